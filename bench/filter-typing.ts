// How long the filter takes per keystroke on a large timeline: `npx tsx bench/filter-typing.ts [N=10000]`.
// Types a query one character at a time (and a few other filter changes) over the generated dataset and
// prints the time of `applyFilters` per step, with the unfiltered pass as the baseline in the same run.
// A frame is ~16 ms; the view defers re-rendering the chart and list (useDeferredValue), so the search box
// itself stays responsive, but this is the work each keystroke asks for.
import { performance } from 'node:perf_hooks';
import { applyFilters, NO_FILTERS, searchIndex, type Filters } from '../lib/filter';
import { loadTimeline } from '../lib/load';
import { syntheticTimelineText } from '../lib/synthetic';

const n = Number.parseInt(process.argv[2] ?? '10000', 10);
const loaded = loadTimeline(syntheticTimelineText(n, 42));
if (!loaded.ok) throw new Error(`the generated dataset does not validate: ${loaded.problems[0]?.message}`);
const timeline = loaded.resolved;

const indexStart = performance.now();
const index = searchIndex(timeline);
const indexMs = performance.now() - indexStart;

function time(filters: Filters, repeats = 15): { median: number; p95: number; matches: number } {
  const samples: number[] = [];
  let matches = 0;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    matches = applyFilters(timeline, filters, index).matching.size;
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)], matches };
}

// Warm up the JIT, then measure.
for (let i = 0; i < 5; i++) applyFilters(timeline, { ...NO_FILTERS, q: 'event' }, index);
const baseline = time(NO_FILTERS);
const query = 'event cluster north';
const rows: [string, ReturnType<typeof time>][] = [];
for (let i = 1; i <= query.length; i++) rows.push([`q="${query.slice(0, i)}"`, time({ ...NO_FILTERS, q: query.slice(0, i) })]);
rows.push(['actors=a1,a2 any', time({ ...NO_FILTERS, actors: ['a1', 'a2'] })]);
rows.push(['actors=a1,a2 all + q', time({ ...NO_FILTERS, actors: ['a1', 'a2'], match: 'all', q: 'event' })]);
rows.push(['kinds + statuses', time({ ...NO_FILTERS, kinds: ['violence', 'agreement'], statuses: ['occurred'] })]);

const fmt = (ms: number) => ms.toFixed(2).padStart(7);
console.log(`\n## Filtering ${timeline.events.length} events per keystroke (Node ${process.version}; search index built once in ${indexMs.toFixed(1)} ms)\n`);
console.log('| step | median ms | p95 ms | × baseline | matches |');
console.log('|:-----|----------:|-------:|-----------:|--------:|');
console.log(`| no filter (baseline) | ${fmt(baseline.median)} | ${fmt(baseline.p95)} | 1.00× | ${baseline.matches} |`);
for (const [label, result] of rows) {
  console.log(`| ${label} | ${fmt(result.median)} | ${fmt(result.p95)} | ${(result.median / baseline.median).toFixed(2)}× | ${result.matches} |`);
}
const worst = Math.max(...rows.map(([, r]) => r.p95));
console.log(`\nWorst p95 per keystroke: ${worst.toFixed(2)} ms (${worst <= 16 ? 'within' : 'over'} a 16 ms frame).`);
