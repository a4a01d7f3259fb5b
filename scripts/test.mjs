// `npm test`: validates data/, runs the unit tests, makes sure a Chromium exists, builds the app and runs
// the browser tests against `next start`. Every step runs where it can; the exit code says if any failed.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const steps = [
  { name: 'data validation', command: 'npm', args: ['run', '-s', 'validate'] },
  { name: 'unit tests', command: 'npx', args: ['vitest', 'run'] },
  { name: 'chromium', command: 'node', args: ['scripts/ensure-chromium.mjs'], gate: true },
  // The export first: its build also writes parts of .next, which the production build then rewrites whole.
  { name: 'static export', command: 'npm', args: ['run', '-s', 'export'], gate: true },
  { name: 'production build', command: 'npm', args: ['run', '-s', 'build'], gate: true },
  { name: 'browser tests', command: 'npx', args: ['playwright', 'test'] },
];

const results = [];
let blocked;
for (const step of steps) {
  if (blocked) {
    results.push({ ...step, status: `skipped (${blocked} failed)` });
    continue;
  }
  console.log(`\n▶ ${step.name}: ${[step.command, ...step.args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(step.command, step.args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ ...step, status: status === 0 ? `passed in ${seconds} s` : `FAILED (exit ${status}) after ${seconds} s` });
  if (status !== 0 && step.gate) blocked = step.name;
}

console.log('\nSummary');
for (const result of results) console.log(`  ${result.name.padEnd(18)} ${result.status}`);
const failed = results.filter((result) => !result.status.startsWith('passed')).length;
process.exitCode = failed ? 1 : 0;
