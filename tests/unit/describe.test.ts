import { describe, expect, it } from 'vitest';
import { describeDerivation, eventAccessibleName, eventDateText } from '@/lib/describe';
import type { ResolvedTimeline } from '@/lib/resolve';
import { afghanistan2020, buildTimeline, rawEvent } from '../fixtures/timelines';

const afghanistan = afghanistan2020();

function event(timeline: ResolvedTimeline, id: string) {
  const found = timeline.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

const titleIn = (timeline: ResolvedTimeline) => (id: string) => timeline.events.find((e) => e.id === id)?.title;
const actorNameIn = (timeline: ResolvedTimeline) => (id: string) => timeline.actors.find((a) => a.id === id)?.name ?? id;

/** One event, resolved through the loader, with the fields given. */
function single(fields: Record<string, unknown>) {
  return event(buildTimeline({ events: [rawEvent('e', fields)] }), 'e');
}

describe('describeDerivation', () => {
  it('says how a derived date was computed, naming the event it comes from', () => {
    const withdrawal = event(afghanistan, 'us-withdrawal');
    expect(describeDerivation(withdrawal.end!, titleIn(afghanistan))).toBe('14 months after “U.S. and Taliban sign agreement in Doha”');
  });

  it('says nothing about a date written out', () => {
    const withdrawal = event(afghanistan, 'us-withdrawal');
    expect(describeDerivation(withdrawal.start, titleIn(afghanistan))).toBeUndefined();
  });

  it('describes offsets before, of several units, and of none', () => {
    const timeline = buildTimeline({
      events: [
        rawEvent('signing', { title: 'Signing' }),
        rawEvent('before', { start: { from: 'signing', offset: '-P1Y' } }),
        rawEvent('later', { start: { from: 'signing', offset: 'P1Y2M10D' } }),
        rawEvent('same', { start: { from: 'signing', offset: 'P0D' } }),
        rawEvent('week', { start: { from: 'signing', offset: 'P1W' } }),
      ],
    });
    const derivation = (id: string) => describeDerivation(event(timeline, id).start, titleIn(timeline));
    expect(derivation('before')).toBe('1 year before “Signing”');
    expect(derivation('later')).toBe('1 year, 2 months and 10 days after “Signing”');
    expect(derivation('same')).toBe('the same day as “Signing”');
    expect(derivation('week')).toBe('1 week after “Signing”');
  });

  it('falls back to the id when the title is unknown', () => {
    const withdrawal = event(afghanistan, 'us-withdrawal');
    expect(describeDerivation(withdrawal.end!, () => undefined)).toBe('14 months after us-taliban-agreement');
  });
});

describe('eventDateText', () => {
  it.each([
    ['a day', { start: '2020-02-29' }, '29 Feb 2020', '29 February 2020'],
    ['a month', { start: '2020-03' }, 'Mar 2020', 'March 2020'],
    ['a year', { start: '2019' }, '2019', '2019'],
    ['an approximate month', { start: '2020-03', approximate: true }, 'c. Mar 2020', 'c. March 2020'],
    ['a week', { start: '2020-02-22', end: '2020-02-29' }, '22–29 Feb 2020', '22–29 February 2020'],
    ['days across months', { start: '2020-01-29', end: '2020-02-03' }, '29 Jan – 3 Feb 2020', '29 January – 3 February 2020'],
    ['an approximate range of mixed precision', { start: '2019', end: '2020-02', approximate: true }, 'c. 2019 – Feb 2020', 'c. 2019 – February 2020'],
    ['a range of years', { start: '1990', end: '1999' }, '1990–1999', '1990–1999'],
    ['a range within its own day', { start: '2020-02-29', end: '2020-02-29' }, '29 Feb 2020', '29 February 2020'],
    ['a BCE day', { start: '-0044-03-15' }, '15 Mar 44 BCE', '15 March 44 BCE'],
    ['a range across the era', { start: '-0004', end: '0030' }, '4 BCE – 30', '4 BCE – 30'],
  ])('writes %s', (_, fields, short, long) => {
    const e = single(fields);
    expect(eventDateText(e)).toBe(short);
    expect(eventDateText(e, 'short')).toBe(short);
    expect(eventDateText(e, 'long')).toBe(long);
  });

  it('writes the derived end of the U.S. withdrawal', () => {
    expect(eventDateText(event(afghanistan, 'us-withdrawal'))).toBe('29 Feb 2020 – 29 Apr 2021');
  });

  it('writes "c. Mar 2020" for the approximate events of March 2020', () => {
    expect(eventDateText(event(afghanistan, 'taliban-claim-victory'))).toBe('c. Mar 2020');
  });
});

describe('eventAccessibleName', () => {
  it('names the event, its date in full and its actors', () => {
    expect(eventAccessibleName(event(afghanistan, 'us-taliban-agreement'), actorNameIn(afghanistan))).toBe(
      'U.S. and Taliban sign agreement in Doha, 29 February 2020, United States and Taliban',
    );
  });

  it('lists three or more actors with commas and a final "and"', () => {
    expect(eventAccessibleName(event(afghanistan, 'intra-afghan-negotiations'), actorNameIn(afghanistan))).toBe(
      'Intra-Afghan negotiations planned to begin, c. April 2020, Taliban, Afghan government and Afghan power-brokers',
    );
  });

  it('names a single actor alone', () => {
    expect(eventAccessibleName(event(afghanistan, 'crisis-group-briefing-published'), actorNameIn(afghanistan))).toBe(
      'Crisis Group publishes briefing note on Taliban and peace negotiations, 30 March 2020, International Crisis Group',
    );
  });

  it('keeps the actors in the order the event lists them', () => {
    expect(eventAccessibleName(event(afghanistan, 'reduction-in-violence'), actorNameIn(afghanistan))).toBe(
      'Week-long reduction in violence, 22–29 February 2020, Taliban and United States',
    );
  });

  it('gives every event of the bundled dataset a distinct name with its title and date', () => {
    const names = afghanistan.events.map((e) => eventAccessibleName(e, actorNameIn(afghanistan)));
    expect(new Set(names).size).toBe(names.length);
    afghanistan.events.forEach((e, i) => expect(names[i].startsWith(`${e.title}, ${eventDateText(e, 'long')}, `)).toBe(true));
  });
});
