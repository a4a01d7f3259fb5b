import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance, formatPath, formatProblem, listSome } from '@/lib/problems';

describe('formatPath', () => {
  it.each([
    [['events', 3, 'end'], 'events[3].end'],
    [['source', 'url'], 'source.url'],
    [['events', 0, 'sources', 1, 'quote'], 'events[0].sources[1].quote'],
    [['actors', 0, 'odd key'], 'actors[0]["odd key"]'],
    [['$schema'], '$schema'],
    [[0, 'id'], '[0].id'],
    [['a-b'], '["a-b"]'],
    [[], ''],
  ])('%j reads %j', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it('writes symbols as quoted keys', () => {
    expect(formatPath(['x', Symbol('s')])).toBe('x["Symbol(s)"]');
  });
});

describe('formatProblem', () => {
  it('reads file: path: message (line, column)', () => {
    expect(
      formatProblem({ file: 'data/x.json', path: ['events', 3, 'end'], message: '"2020-02-30" is not a calendar date', line: 12, column: 14 }),
    ).toBe('data/x.json: events[3].end: "2020-02-30" is not a calendar date (line 12, column 14)');
  });

  it('leaves out what it does not know', () => {
    expect(formatProblem({ path: ['id'], message: 'm' })).toBe('id: m');
    expect(formatProblem({ file: 'f.json', path: [], message: 'the file is empty', line: 1, column: 1 })).toBe(
      'f.json: the file is empty (line 1, column 1)',
    );
    expect(formatProblem({ path: [], message: 'm' })).toBe('m');
  });

  it('names a spreadsheet row and column heading', () => {
    expect(formatProblem({ file: 't.csv', path: [], row: 4, field: 'End Year', message: 'not a year' })).toBe(
      't.csv: row 4, column "End Year": not a year',
    );
    expect(formatProblem({ path: [], row: 2, message: 'm' })).toBe('row 2: m');
  });

  it('assumes column 1 when only the line is known', () => {
    expect(formatProblem({ path: ['a'], message: 'm', line: 3 })).toBe('a: m (line 3, column 1)');
  });
});

describe('editDistance', () => {
  it.each([
    ['title', 'title', 0],
    ['titel', 'title', 1], // a swap of neighbours counts once
    ['planed', 'planned', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['agrement', 'agreement', 1],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closest and didYouMean', () => {
  const fields = ['id', 'title', 'summary', 'start', 'end', 'status', 'actors', 'kind'];

  it('suggests the nearest candidate for a typo', () => {
    expect(closest('titel', fields)).toBe('title');
    expect(closest('Title', fields)).toBe('title');
    expect(closest('actor', fields)).toBe('actors');
    expect(didYouMean('titel', fields)).toBe(' (did you mean "title"?)');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closest('zzzzzzz', fields)).toBeUndefined();
    expect(didYouMean('description', fields)).toBe('');
    expect(didYouMean('x', [])).toBe('');
  });

  it('allows one edit for short words', () => {
    expect(closest('ix', ['id'])).toBe('id');
    expect(closest('xy', ['id'])).toBeUndefined();
  });
});

describe('listSome', () => {
  it('lists up to six items, then an ellipsis', () => {
    expect(listSome(['a', 'b'])).toBe('a, b');
    expect(listSome(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c, d, e, f');
    expect(listSome(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('a, b, c, d, e, f, …');
    expect(listSome(['a', 'b', 'c'], 2)).toBe('a, b, …');
    expect(listSome([])).toBe('');
  });
});
