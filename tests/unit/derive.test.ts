import { describe, expect, it } from 'vitest';
import { toIsoString } from '@/lib/dates';
import { resolveEventDates, type ResolvedDate } from '@/lib/derive';

const iso = (value: ResolvedDate | undefined) => (value ? toIsoString(value) : undefined);

describe('resolveEventDates', () => {
  it('reads written starts and ends at their precision', () => {
    const { dates, problems } = resolveEventDates([
      { id: 'a', start: '2020-02-22', end: '2020-02-29' },
      { id: 'b', start: '2020-03' },
      { id: 'c', start: '-0044', end: '2019' },
    ]);
    expect(problems).toEqual([]);
    expect(dates).toEqual([
      { start: { precision: 'day', year: 2020, month: 2, day: 22 }, end: { precision: 'day', year: 2020, month: 2, day: 29 } },
      { start: { precision: 'month', year: 2020, month: 3, day: 1 }, end: undefined },
      { start: { precision: 'year', year: -44, month: 1, day: 1 }, end: { precision: 'year', year: 2019, month: 1, day: 1 } },
    ]);
  });

  it('derives an end from another event’s start, keeping how it was derived', () => {
    const { dates, problems } = resolveEventDates([
      { id: 'us-taliban-agreement', start: '2020-02-29' },
      { id: 'us-withdrawal', start: '2020-02-29', end: { from: 'us-taliban-agreement', offset: 'P14M' } },
    ]);
    expect(problems).toEqual([]);
    const end = dates[1].end;
    expect(iso(end)).toBe('2021-04-29');
    expect(end?.precision).toBe('day');
    expect(end?.derived?.from).toBe('us-taliban-agreement');
    expect(end?.derived?.offset).toBe('P14M');
    expect(end?.derived?.duration).toEqual({ years: 0, months: 14, weeks: 0, days: 0 });
    expect(dates[1].start?.derived).toBeUndefined();
  });

  it('derives a start, with negative offsets too', () => {
    const { dates, problems } = resolveEventDates([
      { id: 'signing', start: '2020-02-29' },
      { id: 'talks-begin', start: { from: 'signing', offset: '-P1Y' } },
    ]);
    expect(problems).toEqual([]);
    expect(iso(dates[1].start)).toBe('2019-02-28');
    expect(dates[1].start?.derived?.from).toBe('signing');
  });

  it('keeps the precision of the event it derives from', () => {
    const { dates } = resolveEventDates([
      { id: 'a', start: '2020' },
      { id: 'b', start: { from: 'a', offset: 'P14M' } },
    ]);
    expect(dates[1].start).toMatchObject({ precision: 'year', year: 2021 });
  });

  it('follows chains a → b → c whatever their order in the file', () => {
    const { dates, problems } = resolveEventDates([
      { id: 'c', start: { from: 'b', offset: 'P1M' } },
      { id: 'b', start: { from: 'a', offset: 'P1M' }, end: { from: 'c', offset: 'P7D' } },
      { id: 'a', start: '2020-01-31' },
    ]);
    expect(problems).toEqual([]);
    expect(iso(dates[2].start)).toBe('2020-01-31');
    expect(iso(dates[1].start)).toBe('2020-02-29');
    expect(iso(dates[0].start)).toBe('2020-03-29');
    expect(iso(dates[1].end)).toBe('2020-04-05');
  });

  it('lets an end derive from its own event’s start (that is not a cycle)', () => {
    const { dates, problems } = resolveEventDates([{ id: 'a', start: '2020-02-29', end: { from: 'a', offset: 'P14M' } }]);
    expect(problems).toEqual([]);
    expect(iso(dates[0].end)).toBe('2021-04-29');
  });

  it('reports a reference to a missing event at its from field', () => {
    const { dates, problems } = resolveEventDates([
      { id: 'a', start: '2020-02-29', end: { from: 'nope', offset: 'P1M' } },
      { id: 'b', start: { from: 'missing', offset: 'P1M' } },
    ]);
    expect(problems).toEqual([
      { path: ['events', 0, 'end', 'from'], message: 'derived from unknown event "nope"' },
      { path: ['events', 1, 'start', 'from'], message: 'derived from unknown event "missing"' },
    ]);
    expect(dates[0].end).toBeUndefined();
    expect(dates[1].start).toBeUndefined();
  });

  it('reports a start derived from itself as a cycle', () => {
    const { dates, problems } = resolveEventDates([{ id: 'a', start: { from: 'a', offset: 'P1M' } }]);
    expect(problems).toEqual([{ path: ['events', 0, 'start', 'from'], message: 'derived dates form a cycle: a → a' }]);
    expect(dates[0].start).toBeUndefined();
  });

  it('reports a 2-cycle once, naming the cycle', () => {
    const { dates, problems } = resolveEventDates([
      { id: 'a', start: { from: 'b', offset: 'P1M' } },
      { id: 'b', start: { from: 'a', offset: 'P1M' } },
    ]);
    expect(problems).toEqual([{ path: ['events', 1, 'start', 'from'], message: 'derived dates form a cycle: a → b → a' }]);
    expect(dates.map((d) => d.start)).toEqual([undefined, undefined]);
  });

  it('reports a 3-cycle once, naming the cycle', () => {
    const { problems } = resolveEventDates([
      { id: 'a', start: { from: 'b', offset: 'P1M' } },
      { id: 'b', start: { from: 'c', offset: 'P1M' } },
      { id: 'c', start: { from: 'a', offset: 'P1M' } },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe('derived dates form a cycle: a → b → c → a');
    expect(problems[0].path).toEqual(['events', 2, 'start', 'from']);
  });

  it('leaves events that depend on a cycle unresolved without reporting them again', () => {
    const { dates, problems } = resolveEventDates([
      { id: 'x', start: '2020', end: { from: 'a', offset: 'P1Y' } },
      { id: 'a', start: { from: 'b', offset: 'P1M' } },
      { id: 'b', start: { from: 'a', offset: 'P1M' } },
    ]);
    expect(problems.map((p) => p.message)).toEqual(['derived dates form a cycle: a → b → a']);
    expect(iso(dates[0].start)).toBe('2020');
    expect(dates[0].end).toBeUndefined();
  });

  it('reports a derived date that falls outside the representable years', () => {
    const { dates, problems } = resolveEventDates([
      { id: 'a', start: '9999-06-01', end: { from: 'a', offset: 'P1Y' } },
      { id: 'b', start: '2020', end: { from: 'b', offset: 'P1000000Y' } },
      { id: 'c', start: '-9999', end: { from: 'c', offset: '-P1Y' } },
    ]);
    expect(problems.map((p) => p.path)).toEqual([
      ['events', 0, 'end', 'offset'],
      ['events', 1, 'end', 'offset'],
      ['events', 2, 'end', 'offset'],
    ]);
    expect(problems[0].message).toBe('P1Y from "a" falls outside the range Parley can represent (9999 BCE to 9999 CE)');
    expect(dates.map((d) => d.end)).toEqual([undefined, undefined, undefined]);
  });

  it('resolves references against the first event with an id', () => {
    const { dates } = resolveEventDates([
      { id: 'a', start: '2020-01-01' },
      { id: 'a', start: '2021-01-01' },
      { id: 'b', start: { from: 'a', offset: 'P1D' } },
    ]);
    expect(iso(dates[2].start)).toBe('2020-01-02');
  });

  it('leaves malformed values for the schema to report', () => {
    const { dates, problems } = resolveEventDates([
      { id: 'a', start: '2020-02-30' },
      { id: 'b', start: { from: 'a', offset: 'P1M' } },
      { id: 'c', start: '2020', end: { from: 'c', offset: 'PT1H' } },
      { id: 'd', start: { from: 'c' } },
      { id: 'e', start: { offset: 'P1M' } },
      { id: 'f', start: 2020, end: ['2020'] },
    ]);
    expect(problems).toEqual([]);
    expect(dates.map((d) => d.start && toIsoString(d.start))).toEqual([undefined, undefined, '2020', undefined, undefined, undefined]);
    expect(dates[2].end).toBeUndefined();
  });

  it('tolerates garbage: null events, numbers, strings and missing ids', () => {
    const events = [null, 5, 'event', [], { id: 3, start: '2020' }, {}, { start: { from: 'x', offset: 'P1M' } }, { id: 'ok', start: '2020' }];
    const run = () => resolveEventDates(events);
    expect(run).not.toThrow();
    const { dates, problems } = run();
    expect(dates).toHaveLength(events.length);
    expect(iso(dates[4].start)).toBe('2020');
    expect(iso(dates[7].start)).toBe('2020');
    expect(problems).toEqual([{ path: ['events', 6, 'start', 'from'], message: 'derived from unknown event "x"' }]);
  });

  it('resolves an empty list', () => {
    expect(resolveEventDates([])).toEqual({ dates: [], problems: [] });
  });
});
