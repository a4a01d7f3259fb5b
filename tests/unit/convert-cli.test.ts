// scripts/convert.ts, run as `npm run convert` runs it: tsx from the project root.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript, SCRIPT_TIMEOUT } from '../fixtures/run-script';
import { loadTimelineFiles } from '@/lib/datasets.server';
import { formatProblem } from '@/lib/problems';

const TIMEOUT = SCRIPT_TIMEOUT;
const convert = (...args: string[]) => runScript('convert.ts', ...args);
const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run convert', () => {
  it('converts a TimelineJS file to Parley JSON that npm run validate accepts, exiting 0', { timeout: TIMEOUT }, () => {
    const out = path.join(dir, 'eras.json');
    const { status, stdout, stderr } = convert('tests/fixtures/timelinejs/eras.json', '--out', out);
    expect(stdout).toBe('');
    expect(stderr).toBe(`converted 20 of 20 events from TimelineJS JSON → ${out}\n`);
    expect(status).toBe(0);
    const { timelines, problems } = loadTimelineFiles([out]);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(timelines[0].events).toHaveLength(20);
  });

  it('writes what converted and exits 1 when events are skipped, printing each problem on stderr', { timeout: TIMEOUT }, () => {
    const { status, stdout, stderr } = convert('tests/fixtures/timelinejs/cosmo.json', '--from', 'timelinejs');
    expect(JSON.parse(stdout).events).toHaveLength(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'tests/fixtures/timelinejs/cosmo.json: events[0].start_date.year: year -13800000000 is outside what Parley can show (9999 BCE–9999 CE) (line 21, column 17)',
    );
    expect(lines.at(-1)).toBe(
      'converted 1 of 7 events from TimelineJS JSON (6 skipped: The Big Bang, The Dark Ages and large-scale structure emergence, The universe as it appears today, …)',
    );
    expect(status).toBe(1);
  });

  it('writes Parley CSV with --to csv', { timeout: TIMEOUT }, () => {
    const out = path.join(dir, 'women.csv');
    const { status } = convert('tests/fixtures/timelinejs/women_in_computing.json', '--to', 'csv', '--out', out);
    expect(status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[2]).toMatch(/^id,title,start,end,/);
  });

  it('exits 2 on usage errors and unreadable files', { timeout: TIMEOUT }, () => {
    const usage = convert('--from', 'xml', 'a.json');
    expect(usage.stderr).toMatch(/^convert: unknown format xml \(one of: parley, timelinejs, csv\)\nusage: npm run convert -- /);
    expect(usage.status).toBe(2);
    const fatal = convert('tests/fixtures/timelinejs/README.md', '--from', 'parley');
    expect(fatal.stderr).toBe(
      'convert: tests/fixtures/timelinejs/README.md: The file is not valid JSON: unexpected character (line 1, column 1).\n',
    );
    expect(fatal.status).toBe(2);
  });
});
