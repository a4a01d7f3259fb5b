// What a timeline's first render costs in lib/, cold: `npx tsx bench/lib-cold.ts [N=10000]`.
// Generates the dataset with syntheticTimelineText(N, 42) (the same bytes as peer-bench's gen.mjs), then runs
// once, in the order useTimelineModel and the chart call them, each pure function that runs once per timeline,
// with no JIT warm-up, and prints a table of ms. The garbage of generating and loading the dataset is collected
// first, so that its scavenge does not land on whichever function allocates next. One run is noisy: compare
// medians of a few separate processes.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildChartModel, chartLanes, layoutAtScale, layoutScale, lazyLabelMetrics } from '../lib/chart-model';
import { eventAccessibleName } from '../lib/describe';
import { applyFilters, lazySearchIndex, NO_FILTERS } from '../lib/filter';
import { loadTimeline } from '../lib/load';
import { relationsByEvent } from '../lib/relations';
import { actorsById, eventsById } from '../lib/resolve';
import { defaultWindow, quickRanges, timelineExtent } from '../lib/scale';
import { syntheticTimelineText } from '../lib/synthetic';
import { axisTicks } from '../lib/ticks';

const n = Number.parseInt(process.argv[2] ?? '10000', 10);
const loaded = loadTimeline(syntheticTimelineText(n, 42));
if (!loaded.ok) throw new Error(`the generated dataset does not validate: ${loaded.problems[0]?.message}`);
const timeline = loaded.resolved;
const width = 1406;
setFlagsFromString('--expose-gc');
(runInNewContext('gc') as () => void)();

const times = new Map<string, number>();
function time<T>(name: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  times.set(name, (times.get(name) ?? 0) + performance.now() - start);
  return result;
}

const lanes = time('chartLanes', () => chartLanes(timeline));
const index = time('search index', () => lazySearchIndex(timeline));
const events = time('eventsById', () => eventsById(timeline));
// Labels are measured as the layout places them: their cost is in layoutAtScale's row.
const metrics = time('label metrics (lazy)', () => lazyLabelMetrics(events));
const actors = time('actorsById', () => actorsById(timeline));
time('id sets', () => [new Set(timeline.actors.map((actor) => actor.id)), new Set(timeline.events.map((event) => event.id))]);
time('relationsByEvent', () => relationsByEvent(timeline));
time('timelineExtent', () => timelineExtent(timeline));
const window = time('defaultWindow', () => defaultWindow(timeline));
time('quickRanges', () => quickRanges(timeline));
time('applyFilters (none)', () => applyFilters(timeline, NO_FILTERS, index, undefined));
const layout = time('layoutAtScale', () =>
  layoutAtScale(
    timeline.events,
    lanes.map((lane) => lane.id),
    metrics,
    layoutScale(window, width),
    3,
  ),
);
const model = time('buildChartModel', () => buildChartModel({ timeline, lanes, layout, metrics, eventsById: events, window, width }));
time('axisTicks', () => axisTicks(window.from, window.to, width));
time('accessible names', () => model.marks.map((mark) => eventAccessibleName(mark.event, (id) => actors.get(id)?.name ?? id)));

const total = [...times.values()].reduce((sum, ms) => sum + ms, 0);
console.log(`\n## lib/ cold, ${timeline.events.length} events (Node ${process.version})\n`);
console.log('| function | ms |');
console.log('|:---------|---:|');
for (const [name, ms] of times) console.log(`| ${name} | ${ms.toFixed(1)} |`);
console.log(`| **total** | ${total.toFixed(1)} |`);
console.log(`\nwindow ${new Date(window.from).toISOString()} – ${new Date(window.to).toISOString()}, ${model.marks.length} marks, ${model.clusters.length} clusters`);
