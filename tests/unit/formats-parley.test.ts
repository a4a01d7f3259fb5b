import { describe, expect, it } from 'vitest';
import { importTimeline, toParleyJson } from '@/lib/formats';
import { loadTimeline } from '@/lib/load';
import { formatProblem } from '@/lib/problems';
import { rawEvent } from '../fixtures/timelines';

const now = new Date('2026-11-27T12:00:00Z');
const timeline = (events: unknown[], fields: Record<string, unknown> = {}) => ({
  id: 'mine',
  title: 'Mine',
  source: { title: 'Briefing', publisher: 'Publisher', published: '2020-03-30' },
  actors: [{ id: 'us', name: 'United States' }],
  events,
  ...fields,
});
const importJson = (value: unknown) => importTimeline(JSON.stringify(value, null, 2), { fileName: 'mine.json', now });

describe('importTimeline: Parley JSON', () => {
  it('imports a valid file unchanged', () => {
    const value = timeline([rawEvent('a'), rawEvent('b', { displayDate: 'Leap day' })], { periods: [{ title: 'P', start: '2020', end: '2021' }] });
    const result = importJson(value);
    expect(result).toEqual({ format: 'parley', timeline: value, problems: [], notices: [], skipped: [], total: 2 });
  });

  it('keeps the valid events, lists the others with their problems located, and drops links to them', () => {
    const result = importJson(
      timeline([
        rawEvent('a', { links: [{ to: 'b', type: 'leads-to' }, { to: 'c', type: 'leads-to' }] }),
        rawEvent('b', { start: '2020-02-30' }),
        rawEvent('c', { actors: ['usa'] }),
        rawEvent('d', { start: { from: 'b', offset: 'P1M' } }),
        rawEvent('a'),
      ]),
    );
    expect(result.total).toBe(5);
    expect(result.timeline?.events).toEqual([rawEvent('a')]);
    expect(result.skipped.map((entry) => [entry.index, entry.label])).toEqual([
      [1, 'Event b'],
      [2, 'Event c'],
      [3, 'Event d'],
      [4, 'Event a'],
    ]);
    expect(result.problems.map(formatProblem)).toEqual([
      'mine.json: events[1].start: "2020-02-30" is not a calendar date (line 43, column 7)',
      'mine.json: events[2].actors[0]: unknown actor "usa" (known: us) (did you mean "us"?) (line 59, column 9)',
      'mine.json: events[3].start.from: derived from "b", which is left out because of its own problems (line 72, column 9)',
      'mine.json: events[4].id: duplicate id "a" (already used by events[0]) (line 86, column 7)',
    ]);
    expect(result.notices).toEqual([
      'mine.json: events[0].links[0]: its link to "b" is dropped because that event is left out (line 30, column 9)',
      'mine.json: events[0].links[1]: its link to "c" is dropped because that event is left out (line 34, column 9)',
    ]);
  });

  it('gives no timeline when the file-level fields are wrong, but still lists every event problem', () => {
    const result = importJson({ ...timeline([rawEvent('a'), rawEvent('b', { kind: 'treaty' })]), source: { title: 'S' } });
    expect(result.timeline).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([
      'mine.json: source.published: required field is missing (line 4, column 3)',
      'mine.json: source.publisher: required field is missing (line 4, column 3)',
      'mine.json: events[1].kind: "treaty" is not one of: agreement, negotiation, violence, ceasefire, withdrawal, statement, military, political, publication, other (line 35, column 7)',
    ]);
  });

  it('gives no timeline when "events" is not a list', () => {
    const result = importJson(timeline({ a: rawEvent('a') } as unknown as unknown[]));
    expect(result.timeline).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual(['mine.json: events: expected an array, got an object (line 15, column 3)']);
  });

  it('gives no timeline when every event is left out', () => {
    const result = importJson(timeline([rawEvent('a', { kind: 'x' })]));
    expect(result.timeline).toBeUndefined();
    expect(result.skipped).toHaveLength(1);
  });

  it('leaves out an event with a field written twice', () => {
    const text = JSON.stringify(timeline([rawEvent('a'), rawEvent('b')]), null, 2).replace('"title": "Event b"', '"title": "Event b", "title": "Again"');
    const result = importTimeline(text, { now });
    expect(result.timeline?.events.map((event) => event.id)).toEqual(['a']);
    expect(result.problems.map(formatProblem)).toEqual([
      'events[1].title: this field appears twice in the same object (the later value would silently win) (line 32, column 27)',
    ]);
  });

  it.each([
    ['[]', 'This JSON is not a Parley timeline: it should be an object with "id", "title", "source", "actors" and "events".'],
    ['{"foo": 1}', 'This JSON is not a Parley timeline: it should be an object with "id", "title", "source", "actors" and "events".'],
    ['"text"', 'This JSON is not a Parley timeline: it should be an object with "id", "title", "source", "actors" and "events".'],
    ['{"id": "x", "events": [', 'The file is not valid JSON: the text ends too early (is the file truncated?) (line 1, column 24).'],
    ['{"id": "x",}', 'The file is not valid JSON: trailing comma before a closing bracket or brace (line 1, column 11).'],
  ])('%s is fatal: %s', (text, fatal) => {
    const result = importTimeline(text, { format: 'parley', now });
    expect(result.fatal).toBe(fatal);
    expect(result.timeline).toBeUndefined();
  });
});

describe('toParleyJson', () => {
  it('writes "$schema" first and keys in the schema\'s order, as npm run validate accepts', () => {
    const text = toParleyJson({ events: [{ sources: [{ quote: 'q' }], kind: 'other', actors: ['us'], start: '2020', title: 'T', id: 'a' }], actors: [{ id: 'us', name: 'US' }], source: { title: 'S', publisher: 'P', published: '2020' }, title: 'T', id: 't' });
    expect(Object.keys(JSON.parse(text))).toEqual(['$schema', 'id', 'title', 'source', 'actors', 'events']);
    expect(Object.keys(JSON.parse(text).events[0])).toEqual(['id', 'title', 'start', 'actors', 'kind', 'sources']);
    expect(text.startsWith('{\n  "$schema": "./timeline.schema.json",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(loadTimeline(text).ok).toBe(true);
  });
});
