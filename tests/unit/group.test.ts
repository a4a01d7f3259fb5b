import { describe, expect, it } from 'vitest';
import { groupByYear, splitAtAsOf } from '@/lib/group';
import { afghanistan2020, buildTimeline, rawEvent } from '../fixtures/timelines';

const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

/** A timeline of events with the given starts (e0, e1, …), "expected" so that any may follow `asOf`. */
function timelineOf(starts: (string | Record<string, unknown>)[], asOf?: string) {
  return buildTimeline({
    ...(asOf && { asOf }),
    events: starts.map((start, i) => rawEvent(`e${i}`, { status: 'expected', ...(typeof start === 'string' ? { start } : start) })),
  });
}

describe('groupByYear', () => {
  it('groups events by the year they start in', () => {
    const { events } = timelineOf(['2019-05', '2019-12-31', '2020', '2020-02-29', '2020-12']);
    expect(groupByYear(events).map((group) => [group.year, ids(group.events)])).toEqual([
      ['2019', ['e0', 'e1']],
      ['2020', ['e2', 'e3', 'e4']],
    ]);
  });

  it('groups by start, not end', () => {
    const { events } = timelineOf([{ start: '2019-12-30', end: '2021-01-02' }, '2020-01-01']);
    expect(groupByYear(events).map((group) => [group.year, ids(group.events)])).toEqual([
      ['2019', ['e0']],
      ['2020', ['e1']],
    ]);
  });

  it('names BCE years "44 BCE", and has no year 0', () => {
    const { events } = timelineOf(['-0044-03-15', '-0044-12', '-0001', '0001']);
    expect(groupByYear(events).map((group) => group.year)).toEqual(['44 BCE', '1 BCE', '1']);
  });

  it('groups consecutive events only: a year met again starts a new group', () => {
    // The list is in the caller's order (e.g. filtered or re-sorted): groups follow it.
    const { events } = timelineOf(['2019', '2020', '2021']);
    const [a, b, c] = events;
    expect(groupByYear([a, b, a, c]).map((group) => [group.year, ids(group.events)])).toEqual([
      ['2019', ['e0']],
      ['2020', ['e1']],
      ['2019', ['e0']],
      ['2021', ['e2']],
    ]);
  });

  it('returns no groups for no events', () => {
    expect(groupByYear([])).toEqual([]);
  });

  it('groups the bundled dataset from 1990 to 2020, keeping every event in order', () => {
    const timeline = afghanistan2020();
    const groups = groupByYear(timeline.events);
    expect(groups.map((group) => [group.year, group.events.length])).toEqual([
      ['1990', 1],
      ['2001', 4],
      ['2010', 1],
      ['2018', 2],
      ['2019', 3],
      ['2020', 14],
    ]);
    expect(groups.flatMap((group) => group.events)).toEqual(timeline.events);
  });
});

describe('splitAtAsOf', () => {
  it('keeps every event on the record when there is no "as of" date', () => {
    const timeline = timelineOf(['2019', '2030']);
    expect(splitAtAsOf(timeline)).toEqual({ record: timeline.events, beyond: [] });
  });

  it('keeps events starting on the "as of" day on the record, and moves later ones beyond it', () => {
    const { record, beyond } = splitAtAsOf(timelineOf(['2020-03-29', '2020-03-30', '2020-03-31', '2020-04'], '2020-03-30'));
    expect(ids(record)).toEqual(['e0', 'e1']);
    expect(ids(beyond)).toEqual(['e2', 'e3']);
  });

  it('counts an "as of" month or year to its end', () => {
    const month = splitAtAsOf(timelineOf(['2020-03-31', '2020-04-01'], '2020-03'));
    expect([ids(month.record), ids(month.beyond)]).toEqual([['e0'], ['e1']]);
    const year = splitAtAsOf(timelineOf(['2020-12-31', '2021'], '2020'));
    expect([ids(year.record), ids(year.beyond)]).toEqual([['e0'], ['e1']]);
  });

  it('keeps an event that began before the "as of" date on the record, however long it runs', () => {
    const { record, beyond } = splitAtAsOf(timelineOf([{ start: '2020-02-29', end: '2021-04-29' }], '2020-03-30'));
    expect([ids(record), ids(beyond)]).toEqual([['e0'], []]);
  });

  it('keeps a month-precision event starting in the "as of" month on the record', () => {
    const { record } = splitAtAsOf(timelineOf(['2020-03'], '2020-03-30'));
    expect(ids(record)).toEqual(['e0']);
  });

  it('puts the planned intra-Afghan negotiations beyond the bundled briefing', () => {
    const timeline = afghanistan2020();
    const { record, beyond } = splitAtAsOf(timeline);
    expect(ids(beyond)).toEqual(['intra-afghan-negotiations']);
    expect(ids(record)).toContain('crisis-group-briefing-published');
    expect([...record, ...beyond]).toEqual(timeline.events);
  });
});
