// Bundles the app's Web Workers into public/workers/ (git-ignored), as plain scripts at fixed URLs: the benchmark
// page's first script starts its loading worker while the HTML is still being parsed, long before Next's own
// chunks (and any worker they could create) have loaded. Run by `npm run build`, `export` and `npm test`; `npm run
// dev` runs it with --watch, which rebuilds the workers when their sources change and runs the command after `--`
// (`next dev`) until it exits.
//
//   node scripts/build-workers.mjs
//   node scripts/build-workers.mjs --watch -- next dev
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { build, context } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Worker entry points (TypeScript, `@/` imports resolved by tsconfig.json) → their public URLs. */
export const WORKERS = [{ entry: 'components/bench/load.worker.ts', out: 'public/workers/load-timeline.js' }];

/** esbuild's options for one worker. */
const options = ({ entry, out }) => ({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const started = Date.now();
const args = process.argv.slice(2);
if (args.includes('--watch')) await watchThenRun(args.slice(args.indexOf('--') + 1));
else {
  try {
    await Promise.all(WORKERS.map((worker) => build(options(worker))));
  } catch {
    // esbuild has printed the errors.
    process.exit(1);
  }
  console.log(`workers: ${WORKERS.map((worker) => worker.out).join(', ')} (${Date.now() - started} ms)`);
}

/** Builds the workers, rebuilds them on every change to their sources, and runs `command` until it exits. */
async function watchThenRun(command) {
  const contexts = await Promise.all(
    WORKERS.map((worker) =>
      context({
        ...options(worker),
        logLevel: 'info',
        plugins: [{ name: 'log', setup: (b) => b.onEnd((result) => result.errors.length === 0 && console.log(`workers: ${worker.out} built`)) }],
      }),
    ),
  );
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  if (command.length === 0 || process.argv.indexOf('--') < 0) return; // watch only, until interrupted
  const [program, ...rest] = command;
  const local = path.join(root, 'node_modules', '.bin', program);
  const child = spawn(local, rest, { cwd: root, stdio: 'inherit' });
  const stop = async (code) => {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => stop(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`build-workers: could not start ${program}: ${error.message}`);
    stop(1);
  });
}
