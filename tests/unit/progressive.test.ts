import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChartModel, chartLanes, labelMetrics, layoutAtScale, layoutScale, type ChartModel } from '@/lib/chart-model';
import { clusterKey, drawnKeys, limitNewMarks, markKey } from '@/lib/progressive';
import { eventsById, type ResolvedTimeline } from '@/lib/resolve';
import { timelineExtent, type TimeWindow } from '@/lib/scale';
import { afghanistan2020, syntheticResolved } from '../fixtures/timelines';

const WIDTH = 1200;
const PROPERTY_RUNS = { seed: 20200229, numRuns: 60 };

function model(timeline: ResolvedTimeline, window: TimeWindow): ChartModel {
  const lanes = chartLanes(timeline);
  const metrics = labelMetrics(timeline.events);
  const layout = layoutAtScale(timeline.events, lanes.map((lane) => lane.id), metrics, layoutScale(window, WIDTH), 3);
  return buildChartModel({ timeline, lanes, layout, metrics, eventsById: eventsById(timeline), window, width: WIDTH });
}

const big = syntheticResolved(3000, 11);
const wide = model(big, timelineExtent(big));

const extent = timelineExtent(big);
const middle = (extent.from + extent.to) / 2;
// A close view of two months, as before a zoom out to the whole timeline.
const close = model(big, { from: middle - 30 * 86_400_000, to: middle + 30 * 86_400_000 });

describe('limitNewMarks', () => {
  it('gives back the model itself when the new marks fit the budget', () => {
    expect(limitNewMarks(wide, drawnKeys(wide), 0, WIDTH / 2)).toEqual({ model: wide, waiting: 0 });
    const all = wide.marks.length + wide.clusters.length;
    const result = limitNewMarks(wide, new Set(), all, WIDTH / 2);
    expect(result.model).toBe(wide);
    expect(result.waiting).toBe(0);
  });

  it('keeps what is drawn, adds the budget nearest the centre, and counts the rest as waiting', () => {
    const drawn = drawnKeys(close);
    const { model: shown, waiting } = limitNewMarks(wide, drawn, 24, WIDTH / 2);
    const shownKeys = drawnKeys(shown);
    const fresh = [...drawnKeys(wide)].filter((key) => !drawn.has(key));
    const added = [...shownKeys].filter((key) => !drawn.has(key));
    expect(added).toHaveLength(24);
    expect(waiting).toBe(fresh.length - 24);
    // Everything already drawn that the new model still has stays.
    for (const key of drawnKeys(wide)) if (drawn.has(key)) expect(shownKeys.has(key)).toBe(true);
    // The added ones are the nearest the centre: none left waiting is nearer than the farthest added.
    const distance = new Map<string, number>([
      ...wide.marks.map((mark) => [markKey(mark), Math.abs(mark.x - WIDTH / 2)] as const),
      ...wide.clusters.map((cluster) => [clusterKey(cluster), Math.abs(cluster.x - WIDTH / 2)] as const),
    ]);
    const farthestAdded = Math.max(...added.map((key) => distance.get(key)!));
    for (const key of fresh) if (!shownKeys.has(key)) expect(distance.get(key)!).toBeGreaterThanOrEqual(farthestAdded);
  });

  it('always draws the kept events, and no connector or arrow to a mark that waits', () => {
    const timeline = afghanistan2020();
    const full = model(timeline, timelineExtent(timeline));
    const keepId = full.links[0]?.from ?? full.connectors[0]?.eventId;
    if (keepId === undefined) throw new Error('the briefing has relations and multi-actor events');
    const { model: shown } = limitNewMarks(full, new Set(), 0, 0, new Set([keepId]));
    expect(shown.marks.length).toBeGreaterThan(0);
    expect(shown.marks.every((mark) => mark.event.id === keepId)).toBe(true);
    const drawnEvents = new Set(shown.marks.map((mark) => mark.event.id));
    for (const link of shown.links) expect(drawnEvents.has(link.from) && drawnEvents.has(link.to)).toBe(true);
    for (const connector of shown.connectors) expect(drawnEvents.has(connector.eventId)).toBe(true);
    // The figures that do not depend on what is drawn this frame stay the model's.
    expect(shown.visibleEventCount).toBe(full.visibleEventCount);
    expect(shown.lanesHeight).toBe(full.lanesHeight);
  });

  it('property: a subset of the model in its order, with at most the budget of new marks and badges', () => {
    const items = [...wide.marks.map(markKey), ...wide.clusters.map(clusterKey)];
    fc.assert(
      fc.property(fc.subarray(items), fc.nat(80), fc.integer({ min: -200, max: WIDTH + 200 }), (drawnList, budget, centre) => {
        const drawn = new Set(drawnList);
        const { model: shown, waiting } = limitNewMarks(wide, drawn, budget, centre);
        const order = (list: string[]) => list.filter((key) => shownKeys.has(key));
        const shownKeys = drawnKeys(shown);
        expect(shown.marks.map(markKey)).toEqual(order(wide.marks.map(markKey)));
        expect(shown.clusters.map(clusterKey)).toEqual(order(wide.clusters.map(clusterKey)));
        const added = [...shownKeys].filter((key) => !drawn.has(key)).length;
        expect(added).toBeLessThanOrEqual(budget);
        expect(added + waiting).toBe(items.filter((key) => !drawn.has(key)).length);
        for (const key of drawn) expect(shownKeys.has(key)).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
