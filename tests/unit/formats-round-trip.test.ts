// Parley JSON → CSV → Parley JSON keeps everything, for any valid timeline (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTimeline, toCsv, toParleyJson } from '@/lib/formats';
import { validateTimeline } from '@/lib/load';
import { formatProblem } from '@/lib/problems';
import { KINDS, LINK_TYPES, STATUSES, type TimelineInput } from '@/lib/schema';

const now = new Date('2026-11-27T12:00:00Z');

// Any text a cell can hold but NUL and U+FFFD (which mark a file as binary), with the spreadsheet-formula starts
// and CSV metacharacters made frequent.
const tricky = fc.constantFrom('=1+2', '-0500', "'-x", "''=y", '@SUM(A1)', '+', '\t x', 'a, "b"\r\nc', ' ; ', '#parley {}', "'");
const anyText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((text) => text.replace(/[\u0000\ufffd]/g, 'x')),
  tricky,
  fc.tuple(tricky, fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
);
const text = anyText.filter((value) => value.trim() !== '');

const yearText = (year: number) => `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
const writtenDate = fc
  .tuple(fc.integer({ min: -9000, max: 9000 }).filter((year) => year !== 0), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([year, month, day]) => (month === 0 ? yearText(year) : `${yearText(year)}-${String(month).padStart(2, '0')}${day > 14 ? `-${String(day).padStart(2, '0')}` : ''}`));
const offset = fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 30 }), fc.constantFrom('Y', 'M', 'W', 'D')).map(([minus, n, unit]) => `${minus ? '-' : ''}P${n}${unit}`);
const ACTOR_IDS = ['us', 'taliban', 'afghan-government'];

const timelineArbitrary = fc.integer({ min: 0, max: 6 }).chain((count) => {
  const ids = Array.from({ length: count }, (_, index) => `event-${index}`);
  const event = (index: number) =>
    fc.record(
      {
        id: fc.constant(ids[index]),
        title: text,
        summary: text,
        start: index === 0 ? writtenDate : fc.oneof(writtenDate, fc.record({ from: fc.constantFrom(...ids.slice(0, index)), offset })),
        end: offset.map((value) => ({ from: ids[index], offset: value.replace(/^-/, '') })),
        approximate: fc.boolean(),
        status: fc.constantFrom(...STATUSES),
        actors: fc.subarray(ACTOR_IDS, { minLength: 1 }),
        kind: fc.constantFrom(...KINDS),
        place: text,
        displayDate: text,
        sources: fc.array(fc.record({ quote: text, url: fc.webUrl() }, { requiredKeys: ['quote'] }), { minLength: 1, maxLength: 3 }),
        links: fc.array(fc.record({ to: fc.constantFrom(...ids.filter((id) => id !== ids[index]), 'event-x'), type: fc.constantFrom(...LINK_TYPES) }), { minLength: 1, maxLength: 2 }),
      },
      { requiredKeys: ['id', 'title', 'start', 'actors', 'kind', 'sources'] },
    );
  return fc.record(
    {
      id: fc.constant('round-trip'),
      title: text,
      description: text,
      source: fc.record({ title: text, publisher: text, published: writtenDate, url: fc.webUrl() }, { requiredKeys: ['title', 'publisher', 'published'] }),
      actors: fc.constant(ACTOR_IDS.map((id, index) => ({ id, name: `Actor ${index}`, ...(index === 1 && { description: 'Described', color: '#aabbcc' }) }))),
      periods: fc.array(fc.record({ title: text, start: fc.constant('1990'), end: fc.constant('2000-05'), color: fc.constant('#123456') }, { requiredKeys: ['title', 'start', 'end'] }), { maxLength: 2 }),
      events: fc.tuple(...ids.map((_, index) => event(index))),
    },
    { requiredKeys: ['id', 'title', 'source', 'actors', 'events'] },
  );
});

/** Only timelines the schema accepts (links to a missing "event-x", say, are generated and filtered out here). */
const validTimeline = timelineArbitrary
  .map((timeline) => timeline as unknown as TimelineInput)
  .filter((timeline) => validateTimeline(timeline).ok);

describe('Parley JSON → CSV → Parley JSON', () => {
  // Generous timeouts: the runs take about a second alone, several on a busy machine.
  it('keeps every field of every event and all the metadata', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(validTimeline, (timeline) => {
        const result = importTimeline(toCsv(timeline), { now, fileName: 'round-trip.csv' });
        expect(result.fatal).toBeUndefined();
        expect(result.problems.map(formatProblem)).toEqual([]);
        expect(result.notices).toEqual([]);
        expect(result.timeline).toEqual(timeline);
      }),
      { numRuns: 150 },
    );
  });

  it('and JSON → JSON through toParleyJson is the identity but for "$schema"', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(validTimeline, (timeline) => {
        const result = importTimeline(toParleyJson(timeline), { now });
        expect(result.problems.map(formatProblem)).toEqual([]);
        expect(result.timeline).toEqual({ $schema: './timeline.schema.json', ...timeline });
      }),
      { numRuns: 100 },
    );
  });
});
