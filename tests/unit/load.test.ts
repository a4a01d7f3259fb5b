import fc from 'fast-check';
import type { Node } from 'jsonc-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toIsoString } from '@/lib/dates';
import { countKeys, countPropertyNames, lineColumn, loadTimeline, parseJson, parseJsonWithTree, validateTimeline, type LoadResult } from '@/lib/load';
import { formatPath, formatProblem, type Problem } from '@/lib/problems';
import { ACTOR_PALETTE } from '@/lib/resolve';
import { syntheticTimelineText } from '@/lib/synthetic';
import { rawEvent } from '../fixtures/timelines';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => readFileSync(path.join(root, 'tests', 'fixtures', name), 'utf8');

type Raw = Record<string, unknown>;

const event = rawEvent;

const timeline = (fields: Raw = {}): Raw => ({
  id: 'test-timeline',
  title: 'Test timeline',
  source: { title: 'Briefing', publisher: 'Publisher', published: '2020-03-30' },
  asOf: '2020-03-30',
  actors: [
    { id: 'us', name: 'United States' },
    { id: 'taliban', name: 'Taliban' },
    { id: 'afghan-government', name: 'Afghan government' },
  ],
  events: [event('a')],
  ...fields,
});

const text = (value: unknown) => JSON.stringify(value, null, 2);

/** The problems of a file that should not load, failing the test if it does. */
function problemsOf(result: LoadResult): Problem[] {
  if (result.ok) throw new Error('expected the timeline to have problems, but it loaded');
  return result.problems;
}

/** Line and column of the first occurrence of `needle` in `source`: where a problem about it should point. */
function positionOf(source: string, needle: string): { line: number; column: number } {
  const offset = source.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} is not in the text`);
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Loads a timeline written as pretty JSON and expects exactly one problem. */
function onlyProblem(value: unknown): { problem: Problem; source: string } {
  const source = text(value);
  const problems = problemsOf(loadTimeline(source, 'data/x.json'));
  expect(problems.map(formatProblem)).toHaveLength(1);
  return { problem: problems[0], source };
}

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\n', 3)).toEqual({ line: 2, column: 1 });
  });
});

describe('parseJson: malformed JSON', () => {
  it.each([
    ['a missing closing brace', '{\n  "id": "x"\n', 'malformed JSON: the text ends too early (is the file truncated?)', 3, 1],
    ['a missing brace mid-file', '{\n  "a": {\n    "b": 1,\n  "c": 2\n}', 'malformed JSON: the text ends too early (is the file truncated?)', 5, 2],
    ['a trailing comma in an object', '{\n  "id": "x",\n}', 'malformed JSON: trailing comma before a closing bracket or brace', 2, 12],
    ['a trailing comma in an array', '{\n  "a": [1,\n    2,\n  ]\n}', 'malformed JSON: trailing comma before a closing bracket or brace', 3, 6],
    ['a line comment', '{\n  // note\n  "id": "x"\n}', 'malformed JSON: comments are not allowed in JSON', 2, 3],
    ['a block comment', '{\n  "id": "x" /* note */\n}', 'malformed JSON: comments are not allowed in JSON', 2, 13],
    ['a file truncated in a string', '{\n  "title": "Som', 'malformed JSON: a string is not closed', 2, 12],
    ['a file truncated after [', '{\n  "events": [', 'malformed JSON: the text ends too early (is the file truncated?)', 2, 14],
    ['a file truncated after a comma', '{\n  "id": "a",', 'malformed JSON: the text ends too early (is the file truncated?)', 2, 13],
    ['single quotes', "{\n  'id': 'x'\n}", 'malformed JSON: unexpected character', 2, 3],
    ['an unquoted key', '{\n  id: "x"\n}', 'malformed JSON: unexpected character', 2, 3],
    ['a missing colon', '{\n  "id" "x"\n}', 'malformed JSON: expected ":" after the property name', 2, 8],
    ['a missing comma', '{\n  "id": "x"\n  "title": "T"\n}', 'malformed JSON: expected "," between items', 3, 3],
    ['text after the value', '{}\n{}', 'malformed JSON: unexpected text after the end of the JSON value', 2, 1],
    ['a raw tab in a string', '{"a": "x\ty"}', 'malformed JSON: control characters must be escaped in strings', 1, 7],
    ['a bad escape', '{"a": "\\q"}', 'malformed JSON: invalid escape character', 1, 7],
    ['NaN', '{"a": NaN}', 'malformed JSON: unexpected character', 1, 7],
  ])('reports %s with its line and column', (_name, source, message, line, column) => {
    expect(parseJson(source)).toEqual({ ok: false, problems: [{ path: [], message, line, column }] });
  });

  it.each([
    ['an empty file', ''],
    ['a file of whitespace', ' \n\t\n'],
    ['a file holding only a byte order mark', '\uFEFF'],
  ])('reports %s as empty, at line 1', (_name, source) => {
    expect(parseJson(source)).toEqual({ ok: false, problems: [{ path: [], message: 'the file is empty', line: 1, column: 1 }] });
  });

  it('accepts a byte order mark and counts columns after it', () => {
    expect(parseJson('\uFEFF{"id": "x"}')).toMatchObject({ ok: true, value: { id: 'x' } });
    expect(parseJson('\uFEFF{\n  "a": 1,\n}')).toEqual(parseJson('{\n  "a": 1,\n}'));
  });

  it('counts lines the same with CRLF line endings', () => {
    expect(parseJson('{\r\n  "a": 1,\r\n}')).toEqual(parseJson('{\n  "a": 1,\n}'));
  });

  it('reports duplicate keys at the later key, in document order, with their paths', () => {
    const source = '{\n  "events": [\n    { "id": "a", "title": "A", "title": "B" }\n  ],\n  "events": []\n}';
    const message = 'this field appears twice in the same object (the later value would silently win)';
    expect(parseJson(source)).toMatchObject({
      ok: true,
      duplicates: [
        { path: ['events', 0, 'title'], message, line: 3, column: 32 },
        { path: ['events'], message, line: 5, column: 3 },
      ],
    });
  });

  it('reports a duplicate key together with the other problems of the file', () => {
    const source = '{\n  "id": "x",\n  "id": "x",\n  "title": 3\n}';
    const problems = problemsOf(loadTimeline(source, 'data/x.json')).map(formatProblem);
    expect(problems).toContain(
      'data/x.json: id: this field appears twice in the same object (the later value would silently win) (line 3, column 3)',
    );
    expect(problems).toContain('data/x.json: title: expected a string, got a number (3) (line 4, column 3)');
    expect(problems.length).toBeGreaterThan(3);
  });
});

describe('loadTimeline: problems located in the text', () => {
  it('labels each problem with the file and formats it as file: path: message (line, column)', () => {
    const problems = problemsOf(loadTimeline(fixture('impossible-end-date.json'), 'data/x.json'));
    expect(problems.map(formatProblem)).toEqual([
      'data/x.json: events[3].end: "2020-02-30" is not a calendar date (line 12, column 14)',
    ]);
  });

  it('labels malformed JSON with the file too', () => {
    expect(problemsOf(loadTimeline('', 'data/empty.json')).map(formatProblem)).toEqual([
      'data/empty.json: the file is empty (line 1, column 1)',
    ]);
  });

  it('leaves the file out when none is given', () => {
    const [problem] = problemsOf(loadTimeline('{'));
    expect(problem).not.toHaveProperty('file');
  });

  it('reports a value of the wrong type', () => {
    const { problem, source } = onlyProblem(timeline({ events: [event('a', { title: 42 })] }));
    expect(problem).toMatchObject({ path: ['events', 0, 'title'], message: 'expected a string, got a number (42)' });
    expect(problem).toMatchObject(positionOf(source, '"title": 42'));
  });

  it('reports a non-object file at its start', () => {
    expect(problemsOf(loadTimeline('[]'))).toEqual([{ path: [], message: 'expected an object, got an array', line: 1, column: 1 }]);
    expect(problemsOf(loadTimeline('null'))).toEqual([{ path: [], message: 'expected an object, got null', line: 1, column: 1 }]);
  });

  it('reports an unknown field with a suggestion ("titel" → "title"), and the title it then lacks', () => {
    const { title: _title, ...rest } = event('a');
    const source = text(timeline({ events: [{ ...rest, titel: 'Signing' }] }));
    const problems = problemsOf(loadTimeline(source));
    expect(problems).toContainEqual({
      path: ['events', 0, 'titel'],
      message: 'unknown field (did you mean "title"?)',
      ...positionOf(source, '"titel"'),
    });
    expect(problems).toContainEqual(expect.objectContaining({ path: ['events', 0, 'title'], message: 'required field is missing' }));
  });

  it('reports an unknown top-level field', () => {
    const { problem } = onlyProblem(timeline({ descripton: 'x' }));
    expect(problem).toMatchObject({ path: ['descripton'], message: 'unknown field (did you mean "description"?)' });
  });

  it.each([
    ['2020-02-30', '"2020-02-30" is not a calendar date'],
    ['2019-02-29', '"2019-02-29" is not a calendar date'],
    ['2020-13', '"2020-13" is not a calendar date (month 13 does not exist)'],
    ['0000', '"0000": there is no year 0 (1 BCE is "-0001", 1 CE is "0001")'],
    ['2020-2-3', '"2020-2-3" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD; -YYYY for BCE)'],
    ['12345', '"12345": year 12345 is outside the range Parley can represent (9999 BCE to 9999 CE)'],
    ['-10000', '"-10000": year 10000 BCE is outside the range Parley can represent (9999 BCE to 9999 CE)'],
  ])('reports the impossible or out-of-range date %s once', (start, message) => {
    const { problem, source } = onlyProblem(timeline({ events: [event('a', { start, status: 'planned' })] }));
    expect(problem).toEqual({ file: 'data/x.json', path: ['events', 0, 'start'], message, ...positionOf(source, '"start"') });
  });

  it('reports an impossible date in the source and asOf', () => {
    const problems = problemsOf(
      loadTimeline(text(timeline({ source: { title: 'B', publisher: 'P', published: '2020-02-30' }, asOf: '2020-00' }))),
    );
    expect(problems.map(formatProblem)).toEqual([
      'source.published: "2020-02-30" is not a calendar date (line 7, column 5)',
      'asOf: "2020-00" is not a calendar date (month 00 does not exist) (line 9, column 3)',
    ]);
  });

  it.each([
    ['2020-02', '2020-01-31', '2020-01-31 is before the start, 2020-02'],
    ['2020-02-29', '2020-02-28', '2020-02-28 is before the start, 2020-02-29'],
    ['2020', '2019-12', '2019-12 is before the start, 2020'],
  ])('reports an end before the start (%s to %s)', (start, end, message) => {
    const { problem, source } = onlyProblem(timeline({ events: [event('a', { start, end })] }));
    expect(problem).toMatchObject({ path: ['events', 0, 'end'], message, ...positionOf(source, '"end"') });
  });

  it('accepts an end inside the start’s period (precision-aware)', () => {
    expect(loadTimeline(text(timeline({ events: [event('a', { start: '2020-02-15', end: '2020-02' })] }))).ok).toBe(true);
  });

  it('reports an unknown actor with the known ones and a suggestion', () => {
    const { problem, source } = onlyProblem(timeline({ events: [event('a', { actors: ['us', 'talibn'] })] }));
    expect(problem).toMatchObject({
      path: ['events', 0, 'actors', 1],
      message: 'unknown actor "talibn" (known: us, taliban, afghan-government) (did you mean "taliban"?)',
      ...positionOf(source, '"talibn"'),
    });
  });

  it('reports a link to an unknown event', () => {
    const { problem, source } = onlyProblem(
      timeline({ events: [event('signing', { links: [{ to: 'withdrawl', type: 'obligates' }] }), event('withdrawal')] }),
    );
    expect(problem).toMatchObject({
      path: ['events', 0, 'links', 0, 'to'],
      message: 'unknown event "withdrawl" (did you mean "withdrawal"?)',
      ...positionOf(source, '"to"'),
    });
  });

  it('reports a link from an event to itself', () => {
    const { problem } = onlyProblem(timeline({ events: [event('a', { links: [{ to: 'a', type: 'leads-to' }] })] }));
    expect(problem).toMatchObject({ path: ['events', 0, 'links', 0, 'to'], message: 'an event cannot link to itself' });
  });

  it('reports duplicate event and actor ids at the second use', () => {
    const source = text(
      timeline({
        actors: [
          { id: 'us', name: 'United States' },
          { id: 'us', name: 'Also the United States' },
        ],
        events: [event('a'), event('a')],
      }),
    );
    const problems = problemsOf(loadTimeline(source));
    expect(problems.map((p) => [formatPath(p.path), p.message])).toEqual([
      ['actors[1].id', 'duplicate id "us" (already used by actors[0])'],
      ['events[1].id', 'duplicate id "a" (already used by events[0])'],
    ]);
    expect(problems[0].line).toBe(positionOf(source, '"Also the United States"').line - 1);
  });

  it('reports a derived date that references a missing event', () => {
    const { problem, source } = onlyProblem(timeline({ events: [event('a', { end: { from: 'nope', offset: 'P14M' } })] }));
    expect(problem).toMatchObject({
      path: ['events', 0, 'end', 'from'],
      message: 'derived from unknown event "nope"',
      ...positionOf(source, '"from"'),
    });
  });

  it('reports a cycle of derived dates, naming it', () => {
    const { problem } = onlyProblem(
      timeline({
        events: [event('a', { start: { from: 'b', offset: 'P1M' } }), event('b', { start: { from: 'a', offset: '-P1M' } })],
      }),
    );
    expect(problem).toMatchObject({ path: ['events', 1, 'start', 'from'], message: 'derived dates form a cycle: a → b → a' });
  });

  it('reports an offset that is not an ISO 8601 duration', () => {
    const { problem } = onlyProblem(timeline({ events: [event('a', { end: { from: 'a', offset: '14 months' } })] }));
    expect(problem).toMatchObject({ path: ['events', 0, 'end', 'offset'] });
    expect(problem.message).toMatch(/^"14 months" is not an ISO 8601 duration/);
  });

  describe.each([
    ['javascript:alert(1)'],
    ['data:text/html,<b>hi</b>'],
    ['ftp://example.org/briefing.pdf'],
    ['/relative/path'],
    ['www.crisisgroup.org'],
  ])('refuses the non-http(s) URL %s', (url) => {
    it('in source.url', () => {
      const { problem, source } = onlyProblem(timeline({ source: { title: 'B', publisher: 'P', published: '2020', url } }));
      expect(problem).toMatchObject({
        path: ['source', 'url'],
        message: `${JSON.stringify(url)} is not an http(s) URL`,
        ...positionOf(source, '"url"'),
      });
    });

    it('in sources[].url', () => {
      const { problem, source } = onlyProblem(timeline({ events: [event('a', { sources: [{ quote: 'q' }, { quote: 'q', url }] })] }));
      expect(problem).toMatchObject({
        path: ['events', 0, 'sources', 1, 'url'],
        message: `${JSON.stringify(url)} is not an http(s) URL`,
        ...positionOf(source, '"url"'),
      });
    });
  });

  it('accepts http and https URLs', () => {
    const value = timeline({
      source: { title: 'B', publisher: 'P', published: '2020', url: 'https://www.crisisgroup.org/asia/afghanistan' },
      events: [event('a', { sources: [{ quote: 'q', url: 'HTTP://example.org/a?b=c#d' }] })],
    });
    expect(loadTimeline(text(value)).ok).toBe(true);
  });

  it('reports an http URL that does not parse', () => {
    const { problem } = onlyProblem(timeline({ source: { title: 'B', publisher: 'P', published: '2020', url: 'http://' } }));
    expect(problem).toMatchObject({ path: ['source', 'url'], message: '"http://" is not a valid URL' });
  });

  it.each([[''], ['   '], ['\n\t']])('reports the empty or whitespace-only quote %j', (quote) => {
    const { problem, source } = onlyProblem(timeline({ events: [event('a', { sources: [{ quote }] })] }));
    expect(problem).toMatchObject({ path: ['events', 0, 'sources', 0, 'quote'], message: 'must not be empty', ...positionOf(source, '"quote"') });
  });

  it('reports an event without any quote', () => {
    const { problem } = onlyProblem(timeline({ events: [event('a', { sources: [] })] }));
    expect(problem).toMatchObject({ path: ['events', 0, 'sources'], message: 'needs at least one source quote' });
  });

  it('reports an event after asOf that is marked occurred, explicitly or by default', () => {
    const source = text(timeline({ events: [event('a', { start: '2020-04' }), event('b', { start: '2020-04-01', status: 'occurred' })] }));
    const problems = problemsOf(loadTimeline(source));
    const message = '"occurred", but the event starts after asOf (2020-03-30): use "planned" or "expected"';
    expect(problems).toEqual([
      { path: ['events', 0, 'status'], message, ...positionOf(source, '{\n      "id": "a"') },
      { path: ['events', 1, 'status'], message, ...positionOf(source, '"status"') },
    ]);
  });

  it('reports an invalid status and kind with suggestions', () => {
    const source = text(timeline({ events: [event('a', { status: 'planed', kind: 'agrement' })] }));
    const problems = problemsOf(loadTimeline(source));
    expect(problems.map((p) => formatPath(p.path))).toEqual(['events[0].kind', 'events[0].status']);
    expect(problems[0].message).toMatch(/^"agrement" is not one of: agreement, .* \(did you mean "agreement"\?\)$/);
    expect(problems[1]).toMatchObject({
      message: '"planed" is not one of: occurred, ongoing, planned, expected, cancelled (did you mean "planned"?)',
      ...positionOf(source, '"status"'),
    });
  });

  it('reports ALL the problems of a file at once, in document order', () => {
    const problems = problemsOf(loadTimeline(fixture('many-problems.json'), 'tests/fixtures/many-problems.json'));
    expect(problems.map((p) => formatPath(p.path))).toEqual([
      'id',
      'source.published',
      'source.url',
      'actors[1].id',
      'actors[2].color',
      'events[0].title',
      'events[0].titel',
      'events[0].start',
      'events[0].status',
      'events[0].actors[1]',
      'events[0].sources[0].quote',
      'events[0].sources[0].url',
      'events[1].end',
      'events[1].links[0].to',
      'events[1].links[1].to',
      'events[2].id',
      'events[3].end.from',
      'events[5].start.from',
      'events[6].status',
      'events[6].kind',
      'events[7].start',
      'events[7].sources',
    ]);
    const positions = problems.map((p) => [p.line ?? 0, p.column ?? 0]);
    expect(positions.every(([line]) => line > 0)).toBe(true);
    const sorted = [...positions].sort(([l1, c1], [l2, c2]) => l1 - l2 || c1 - c2);
    expect(positions).toEqual(sorted);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['tests/fixtures/many-problems.json']));
  });
});

describe('loadTimeline: a valid timeline', () => {
  const value = timeline({
    actors: [
      { id: 'us', name: 'United States' },
      { id: 'taliban', name: 'Taliban', color: '#123456' },
      { id: 'afghan-government', name: 'Afghan government' },
    ],
    events: [
      event('us-withdrawal', {
        start: '2020-02-29',
        end: { from: 'us-taliban-agreement', offset: 'P14M' },
        status: 'planned',
        kind: 'withdrawal',
      }),
      event('us-taliban-agreement', { kind: 'agreement', actors: ['us', 'taliban'], place: 'Doha, Qatar' }),
      event('reduction-in-violence', { start: '2020-02-22', end: '2020-02-29', approximate: true, links: [{ to: 'us-taliban-agreement', type: 'leads-to' }] }),
      event('talks', { start: '2020-04', status: 'expected' }),
      event('earlier', { start: '2019' }),
    ],
  });
  const result = loadTimeline(text(value), 'data/valid.json');

  it('loads without problems', () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  if (!result.ok) return;
  const { resolved, timeline: parsed } = result;
  const byId = new Map(resolved.events.map((e) => [e.id, e]));

  it('sorts events by start, then end, then file order', () => {
    expect(resolved.events.map((e) => e.id)).toEqual([
      'earlier',
      'reduction-in-violence',
      'us-taliban-agreement',
      'us-withdrawal',
      'talks',
    ]);
  });

  it('defaults status to "occurred" and approximate to false', () => {
    expect(parsed.events[1].status).toBe('occurred');
    expect(byId.get('us-taliban-agreement')).toMatchObject({ status: 'occurred', approximate: false, links: [] });
    expect(byId.get('reduction-in-violence')).toMatchObject({ approximate: true });
    expect(byId.get('talks')?.status).toBe('expected');
  });

  it('assigns palette colours to actors without one and keeps given colours', () => {
    expect(resolved.actors.map((a) => a.color)).toEqual([ACTOR_PALETTE[0], '#123456', ACTOR_PALETTE[2]]);
  });

  it('computes a derived end (2020-02-29 + P14M → 2021-04-29) and keeps how it was derived', () => {
    const withdrawal = byId.get('us-withdrawal');
    expect(withdrawal?.end && toIsoString(withdrawal.end)).toBe('2021-04-29');
    expect(withdrawal?.end?.derived).toEqual({
      from: 'us-taliban-agreement',
      offset: 'P14M',
      duration: { years: 0, months: 14, weeks: 0, days: 0 },
    });
    expect(withdrawal?.endMs).toBe(Date.UTC(2021, 3, 30));
  });

  it('keeps the parsed dates of the source and asOf', () => {
    expect(resolved.source.published).toEqual({ precision: 'day', year: 2020, month: 3, day: 30 });
    expect(resolved.asOf).toEqual({ precision: 'day', year: 2020, month: 3, day: 30 });
  });
});

describe('loadTimeline: fixtures and small cases', () => {
  it('loads the minimal valid fixture, which points at the JSON Schema', () => {
    const result = loadTimeline(fixture('minimal-valid.json'));
    expect(result.ok).toBe(true);
  });

  it('loads a file that starts with a byte order mark', () => {
    expect(loadTimeline(`\uFEFF${fixture('minimal-valid.json')}`).ok).toBe(true);
  });

  it('locates problems past a byte order mark as if it were not there', () => {
    const source = fixture('impossible-end-date.json');
    expect(loadTimeline(`\uFEFF${source}`)).toEqual(loadTimeline(source));
  });

  it('loads a timeline without events', () => {
    expect(loadTimeline(text(timeline({ events: [] }))).ok).toBe(true);
  });

  it('trims quotes and titles', () => {
    const result = loadTimeline(text(timeline({ events: [event('a', { title: '  Signing ', sources: [{ quote: ' q ' }] })] })));
    expect(result.ok && result.resolved.events[0]).toMatchObject({ title: 'Signing', sources: [{ quote: 'q' }] });
  });
});

describe('validateTimeline', () => {
  it('validates an already-parsed value, reporting problems by path only', () => {
    const result = validateTimeline(timeline({ events: [event('a', { start: '2020-02-30' })] }));
    expect(result).toEqual({ ok: false, problems: [{ path: ['events', 0, 'start'], message: '"2020-02-30" is not a calendar date' }] });
  });

  it('does not throw on garbage', () => {
    for (const value of [undefined, null, 0, 'x', [], { events: 'x' }, { events: [null, 1, 'x'] }]) {
      const result = validateTimeline(value);
      expect(result.ok).toBe(false);
    }
  });
});

describe('parseJson: the fast path agrees with the syntax tree', () => {
  it('counts the keys of every object in a value, a duplicated key once', () => {
    expect(countKeys({ a: 1, b: [{ c: null }, 2, { d: { e: 'x' } }] })).toBe(5);
    expect(countKeys(JSON.parse('{"a": 1, "a": 2, "__proto__": {"b": 3}}'))).toBe(3);
    expect(countKeys([1, 'two', null])).toBe(0);
  });

  it('counts the property names in JSON text, not strings that merely contain quotes or colons', () => {
    expect(countPropertyNames('{"a": 1, "a" :2, "b\\"c": "d:e", "f": ["g", {"h\\\\": "\\":"}]}')).toBe(5);
    expect(countPropertyNames('["a", "b:c", {}]')).toBe(0);
    expect(countPropertyNames('{"a"\r\n\t :1}')).toBe(1);
  });

  /** A result without jsonc-parser's parent pointers, to compare with toEqual. */
  const comparable = (result: ReturnType<typeof parseJson>) => {
    if (!result.ok) return result;
    const strip = (node: Node): unknown => ({ ...node, parent: undefined, children: node.children?.map(strip) });
    return { ok: true, value: result.value, duplicates: result.duplicates, tree: strip(result.tree) };
  };
  const texts = fc.oneof(
    fc.json(),
    // Duplicate a key of an object.
    fc.tuple(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat()).map(([object, n]) => {
      const keys = Object.keys(object);
      const text = JSON.stringify(object, null, 1);
      const key = JSON.stringify(keys[n % keys.length]);
      return text.replace(/^\{/, `{${key}: 0,`);
    }),
    // Break it: a character inserted or removed.
    fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', '"', ',', ':', '{', '}', '[', ']', '\\', ' ', '\u000b')).map(([text, at, insert]) => {
      const i = at % (text.length + 1);
      return insert ? text.slice(0, i) + insert + text.slice(i) : text.slice(0, i) + text.slice(i + 1);
    }),
    fc.json().map((text) => `\uFEFF${text}`),
  );

  it('gives what the syntax tree gives, for any text', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(comparable(parseJson(text))).toEqual(comparable(parseJsonWithTree(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on a generated 1,000-event timeline and on one with a duplicated key', () => {
    const text = syntheticTimelineText(1000, 42);
    expect(countPropertyNames(text)).toBe(countKeys(JSON.parse(text))); // so it takes the fast path
    expect(comparable(parseJson(text))).toEqual(comparable(parseJsonWithTree(text)));
    const duplicated = text.replace('"title":"Event 7 ', '"title":"x","title":"Event 7 ');
    expect(parseJson(duplicated)).toMatchObject({ ok: true, duplicates: [{ path: ['events', 6, 'title'] }] });
  });
});
