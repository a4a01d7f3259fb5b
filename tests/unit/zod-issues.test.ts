import { describe, expect, it } from 'vitest';
import { timelineSchema } from '@/lib/schema';
import { issuesToProblems, knownKeysAt, valueAt } from '@/lib/zod-issues';

function problemsFor(value: unknown) {
  const parsed = timelineSchema.safeParse(value);
  if (parsed.success) return [];
  return issuesToProblems(parsed.error.issues, value, timelineSchema);
}

const event = (fields: Record<string, unknown> = {}) => ({
  id: 'a',
  title: 'A',
  start: '2020-02-29',
  actors: ['us'],
  kind: 'agreement',
  sources: [{ quote: 'q' }],
  ...fields,
});

const timeline = (fields: Record<string, unknown> = {}) => ({
  id: 't',
  title: 'T',
  source: { title: 'S', publisher: 'P', published: '2020-03-30' },
  actors: [{ id: 'us', name: 'US' }],
  events: [event()],
  ...fields,
});

describe('valueAt', () => {
  it('walks objects and arrays', () => {
    const root = { events: [{ id: 'a', sources: [{ quote: 'q' }] }] };
    expect(valueAt(root, ['events', 0, 'sources', 0, 'quote'])).toBe('q');
    expect(valueAt(root, [])).toBe(root);
  });

  it('is undefined past a missing or primitive node', () => {
    expect(valueAt({ a: 1 }, ['b', 'c'])).toBeUndefined();
    expect(valueAt({ a: 'text' }, ['a', 'length', 'x'])).toBeUndefined();
    expect(valueAt(null, ['a'])).toBeUndefined();
  });
});

describe('knownKeysAt', () => {
  it('lists the fields of the root, an event, a source, a quote and a derived date', () => {
    expect(knownKeysAt(timelineSchema, [])).toEqual(['$schema', 'id', 'title', 'description', 'source', 'asOf', 'actors', 'periods', 'events']);
    expect(knownKeysAt(timelineSchema, ['events', 0])).toContain('title');
    expect(knownKeysAt(timelineSchema, ['source'])).toEqual(['title', 'publisher', 'published', 'url']);
    expect(knownKeysAt(timelineSchema, ['events', 2, 'sources', 0])).toEqual(['quote', 'url']);
    expect(knownKeysAt(timelineSchema, ['events', 0, 'end'])).toEqual(['from', 'offset']);
  });

  it('is empty where there is no object', () => {
    expect(knownKeysAt(timelineSchema, ['title'])).toEqual([]);
    expect(knownKeysAt(timelineSchema, ['nope', 'deeper'])).toEqual([]);
  });
});

describe('issuesToProblems', () => {
  it('reports nothing for a valid timeline', () => {
    expect(problemsFor(timeline())).toEqual([]);
  });

  it('reports each unknown field with a suggestion', () => {
    expect(problemsFor(timeline({ events: [event({ titel: 'x', sumary: 'y', zzzzzzzz: 1 })] }))).toEqual([
      { path: ['events', 0, 'titel'], message: 'unknown field (did you mean "title"?)' },
      { path: ['events', 0, 'sumary'], message: 'unknown field (did you mean "summary"?)' },
      { path: ['events', 0, 'zzzzzzzz'], message: 'unknown field' },
    ]);
  });

  it('suggests fields of a derived date', () => {
    const problems = problemsFor(timeline({ events: [event({ end: { from: 'a', ofset: 'P1M' } })] }));
    expect(problems).toContainEqual({ path: ['events', 0, 'end', 'ofset'], message: 'unknown field (did you mean "offset"?)' });
  });

  it('quotes the value of the wrong type', () => {
    const problems = problemsFor(timeline({ title: 5, events: [event({ approximate: 'yes', actors: 'us', sources: {} })] }));
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: ['title'], message: 'expected a string, got a number (5)' },
        { path: ['events', 0, 'approximate'], message: 'expected true or false, got a string ("yes")' },
        { path: ['events', 0, 'actors'], message: 'expected an array, got a string ("us")' },
        { path: ['events', 0, 'sources'], message: 'expected an array, got an object' },
      ]),
    );
  });

  it('shortens long values', () => {
    const problems = problemsFor(timeline({ title: 'x'.repeat(100), id: 'x'.repeat(100).split('') }));
    expect(problems).toContainEqual({ path: ['id'], message: 'expected a string, got an array' });
    const long = problemsFor(timeline({ events: [event({ approximate: 'y'.repeat(60) })] }));
    expect(long[0].message).toBe(`expected true or false, got a string ("${'y'.repeat(36)}…)`);
  });

  it('says a required field is missing', () => {
    const problems = problemsFor(timeline({ events: [{ id: 'a' }] }));
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: ['events', 0, 'title'], message: 'required field is missing' },
        { path: ['events', 0, 'start'], message: 'required field is missing' },
        { path: ['events', 0, 'actors'], message: 'required field is missing' },
        { path: ['events', 0, 'sources'], message: 'required field is missing' },
      ]),
    );
    const kind = problems.find((p) => p.path.join('.') === 'events.0.kind');
    expect(kind?.message).toMatch(/^required field is missing \(one of: agreement, negotiation, /);
  });

  it('lists the allowed values of an enum, with a suggestion', () => {
    const problems = problemsFor(timeline({ events: [event({ status: 'planed', kind: 'agrement' })] }));
    expect(problems).toEqual([
      {
        path: ['events', 0, 'status'],
        message: '"planed" is not one of: occurred, ongoing, planned, expected, cancelled (did you mean "planned"?)',
      },
      {
        path: ['events', 0, 'kind'],
        message:
          '"agrement" is not one of: agreement, negotiation, violence, ceasefire, withdrawal, statement, military, political, publication, other (did you mean "agreement"?)',
      },
    ]);
  });

  it('narrows a date union to the branch the value was written for', () => {
    expect(problemsFor(timeline({ events: [event({ start: '2020-02-30' })] }))).toEqual([
      { path: ['events', 0, 'start'], message: '"2020-02-30" is not a calendar date' },
    ]);
    expect(problemsFor(timeline({ events: [event({ end: { from: 'a', offset: 'PT1H' } })] }))).toEqual([
      {
        path: ['events', 0, 'end', 'offset'],
        message: '"PT1H" is not an ISO 8601 duration in years, months, weeks or days (time parts are not supported: use days)',
      },
    ]);
    expect(problemsFor(timeline({ events: [event({ end: { from: 'Not A Slug', offset: 'P1M' } })] }))).toEqual([
      { path: ['events', 0, 'end', 'from'], message: '"Not A Slug" is not a slug (lower-case letters, digits and single hyphens)' },
    ]);
  });

  it('says what a date must be when it is neither a string nor an object', () => {
    expect(problemsFor(timeline({ events: [event({ start: 2020 })] }))).toEqual([
      { path: ['events', 0, 'start'], message: 'expected a date string or {"from", "offset"}, got a number (2020)' },
    ]);
    expect(problemsFor(timeline({ events: [event({ end: null })] }))).toEqual([
      { path: ['events', 0, 'end'], message: 'expected a date string or {"from", "offset"}, got null' },
    ]);
  });

  it('reports an unparseable date once', () => {
    expect(problemsFor(timeline({ asOf: 'abc' }))).toEqual([
      { path: ['asOf'], message: '"abc" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD; -YYYY for BCE)' },
    ]);
  });

  it('reports a non-http URL once', () => {
    expect(problemsFor(timeline({ source: { title: 'S', publisher: 'P', published: '2020', url: '/relative/path' } }))).toEqual([
      { path: ['source', 'url'], message: '"/relative/path" is not an http(s) URL' },
    ]);
  });
});
