import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTimelineFiles, timelineFiles } from '@/lib/datasets.server';
import { formatProblem } from '@/lib/problems';

const made: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-datasets-'));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const timeline = (id: string, title = `Timeline ${id}`) =>
  JSON.stringify(
    {
      id,
      title,
      source: { title: 'S', publisher: 'P', published: '2020-03-30' },
      actors: [{ id: 'us', name: 'United States' }],
      events: [{ id: 'a', title: 'A', start: '2020-02-29', actors: ['us'], kind: 'other', sources: [{ quote: 'q' }] }],
    },
    null,
    2,
  );

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('timelineFiles', () => {
  it('lists the .json timelines of a folder by name, leaving out the JSON Schema and other files', () => {
    const dir = tempDir();
    write(dir, 'b.json', timeline('b'));
    write(dir, 'a.json', timeline('a'));
    write(dir, 'timeline.schema.json', '{}');
    write(dir, 'notes.md', '# notes');
    write(dir, 'a.json.bak', '{}');
    expect(timelineFiles(dir)).toEqual([path.join(dir, 'a.json'), path.join(dir, 'b.json')]);
  });

  it('is empty for a folder without timelines', () => {
    expect(timelineFiles(tempDir())).toEqual([]);
  });
});

describe('loadTimelineFiles', () => {
  it('loads every valid file', () => {
    const dir = tempDir();
    const files = [write(dir, 'one.json', timeline('one')), write(dir, 'two.json', timeline('two'))];
    const { timelines, problems } = loadTimelineFiles(files);
    expect(problems).toEqual([]);
    expect(timelines.map((t) => t.id)).toEqual(['one', 'two']);
  });

  it('detects an id used by two files in different folders, keeping the first', () => {
    const first = write(tempDir(), 'peace.json', timeline('peace', 'First'));
    const secondDir = path.join(tempDir(), 'nested');
    mkdirSync(secondDir);
    const second = write(secondDir, 'peace-copy.json', timeline('peace', 'Second'));
    const label = (file: string) => path.basename(path.dirname(file)) + '/' + path.basename(file);

    const { timelines, problems } = loadTimelineFiles([first, second], label);
    expect(timelines.map((t) => t.title)).toEqual(['First']);
    expect(problems).toEqual([
      { file: label(second), path: ['id'], message: `id "peace" is already used by ${label(first)}` },
    ]);
    expect(formatProblem(problems[0])).toBe(`nested/peace-copy.json: id: id "peace" is already used by ${label(first)}`);
  });

  it('reports the problems of a bad file, labelled, and leaves it out', () => {
    const dir = tempDir();
    const good = write(dir, 'good.json', timeline('good'));
    const bad = write(dir, 'bad.json', timeline('bad').replace('"2020-02-29"', '"2020-02-30"'));
    const { timelines, problems } = loadTimelineFiles([good, bad], (file) => `data/${path.basename(file)}`);
    expect(timelines.map((t) => t.id)).toEqual(['good']);
    expect(problems.map(formatProblem)).toEqual([
      'data/bad.json: events[0].start: "2020-02-30" is not a calendar date (line 19, column 7)',
    ]);
  });

  it('does not count a file with problems as using its id', () => {
    const dir = tempDir();
    const bad = write(dir, 'bad.json', timeline('same').replace('"United States"', '""'));
    const good = write(dir, 'good.json', timeline('same'));
    const { timelines, problems } = loadTimelineFiles([bad, good]);
    expect(timelines.map((t) => t.id)).toEqual(['same']);
    expect(problems.map((p) => p.message)).toEqual(['must not be empty']);
  });

  it('throws on a file it cannot read (the CLI turns that into exit code 2)', () => {
    expect(() => loadTimelineFiles([path.join(tempDir(), 'missing.json')])).toThrow(/ENOENT/);
  });
});
