// scripts/validate.ts, run as `npm run validate` runs it: tsx from the project root.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, SCRIPT_TIMEOUT } from '../fixtures/run-script';

const TIMEOUT = SCRIPT_TIMEOUT;
const validate = (...args: string[]) => runScript('validate.ts', ...args);

describe('npm run validate', () => {
  it('exits 0 on data/', { timeout: TIMEOUT }, () => {
    const { status, stdout, stderr } = validate('data');
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^\d+ files? checked: \d+ valid \(\d+ events?\)\n$/);
    expect(status).toBe(0);
  });

  it('exits 1 on a bad file, printing each problem on stderr with the file and JSON path', { timeout: TIMEOUT }, () => {
    const { status, stdout, stderr } = validate('tests/fixtures/minimal-valid.json', 'tests/fixtures/impossible-end-date.json');
    expect(stderr).toBe(
      'tests/fixtures/impossible-end-date.json: events[3].end: "2020-02-30" is not a calendar date (line 12, column 14)\n',
    );
    expect(stdout).toBe('2 files checked: 1 valid (1 event), 1 with 1 problem\n');
    expect(status).toBe(1);
  });

  it('exits 2 on a missing file', { timeout: TIMEOUT }, () => {
    const { status, stderr } = validate('tests/fixtures/no-such-file.json');
    expect(stderr).toBe('validate: cannot read tests/fixtures/no-such-file.json: no such file or directory\n');
    expect(status).toBe(2);
  });

  it('exits 2 on an unknown option, printing the usage', { timeout: TIMEOUT }, () => {
    const { status, stderr } = validate('--fix');
    expect(stderr).toMatch(/^validate: unknown option --fix\nusage: npm run validate -- /);
    expect(status).toBe(2);
  });

  it('exits 2 when a folder holds no timelines', { timeout: TIMEOUT }, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-validate-'));
    try {
      const { status, stderr } = validate(dir);
      expect(stderr).toBe('validate: no timeline files to check\n');
      expect(status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
