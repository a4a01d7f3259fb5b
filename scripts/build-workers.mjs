// Bundles the app's Web Workers into public/workers/ (git-ignored), as plain scripts at fixed URLs: the benchmark
// page's first script starts its loading worker while the HTML is still being parsed, long before Next's own
// chunks (and any worker they could create) have loaded. Run by `npm run build`, `dev`, `export` and `npm test`.
//
//   node scripts/build-workers.mjs
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Worker entry points (TypeScript, `@/` imports resolved by tsconfig.json) → their public URLs. */
export const WORKERS = [{ entry: 'components/bench/load.worker.ts', out: 'public/workers/load-timeline.js' }];

const started = Date.now();
try {
  await Promise.all(
    WORKERS.map(({ entry, out }) =>
      build({
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
      }),
    ),
  );
} catch {
  // esbuild has printed the errors.
  process.exit(1);
}
console.log(`workers: ${WORKERS.map((worker) => worker.out).join(', ')} (${Date.now() - started} ms)`);
