// Deterministic, seeded timeline generator for the benchmarks (`npx tsx bench/gen.ts N [SEED] > file.json`).
// The same algorithm and output as peer-bench's gen.mjs (../shared/peer-bench/gen.mjs), from which
// lib/synthetic.ts is ported: the same N and SEED give a byte-identical file. SEED defaults to 42.
import process from 'node:process';
import { syntheticTimelineText } from '../lib/synthetic';

const [nArg, seedArg] = process.argv.slice(2);
const n = Number.parseInt(nArg, 10);
const seed = Number.parseInt(seedArg ?? '42', 10);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  process.stderr.write('usage: npx tsx bench/gen.ts N SEED > file.json   (N >= 1, SEED integer)\n');
  process.exit(2);
}
process.stdout.write(syntheticTimelineText(n, seed));
