'use client';

import { useCallback, useEffect, useMemo } from 'react';
import { chartLanes, labelledEvents, layoutAtScale, lazyLabelMetrics } from '@/lib/chart-model';
import { eventAccessibleName } from '@/lib/describe';
import { applyFilters, isFiltering, lazySearchIndex, type Filters } from '@/lib/filter';
import { relationsByEvent } from '@/lib/relations';
import type { Layout } from '@/lib/layout';
import { actorsById, eventsById, type ResolvedTimeline } from '@/lib/resolve';
import { defaultWindow, timelineExtent, type TimeWindow } from '@/lib/scale';
import { queryTerms } from '@/lib/search';
import { inIdleSlices } from '../idle';

/**
 * What the chart views (the full view and the embed) derive from a timeline, its filters and the chart's
 * width: lookups, the filter result, the events and lanes the chart lays out, and a memoised layout per
 * quantised scale. Everything here is computed once per change of its inputs, never per zoom frame.
 */
export function useTimelineModel(timeline: ResolvedTimeline, filters: Filters, width: number, dateRange?: TimeWindow) {
  const allLanes = useMemo(() => chartLanes(timeline), [timeline]);
  const index = useMemo(() => lazySearchIndex(timeline), [timeline]);
  const events = useMemo(() => eventsById(timeline), [timeline]);
  const metrics = useMemo(() => lazyLabelMetrics(events), [events]);
  // The labels the first render did not need are measured while the page is idle, so that the layout at a new
  // scale, when a zoom settles, has only the lanes to pack (with 10,000 events, measuring was half of it).
  useEffect(() => {
    const ids = timeline.events.map((event) => event.id);
    let next = 0;
    return inIdleSlices((timeLeft) => {
      next = metrics.measureAhead(ids, next, () => timeLeft() < 1);
      return next >= ids.length;
    });
  }, [timeline, metrics]);
  const actors = useMemo(() => actorsById(timeline), [timeline]);
  const actorIds = useMemo(() => new Set(timeline.actors.map((actor) => actor.id)), [timeline]);
  const eventIds = useMemo(() => new Set(timeline.events.map((event) => event.id)), [timeline]);
  const relations = useMemo(() => relationsByEvent(timeline), [timeline]);
  const extent = useMemo(() => timelineExtent(timeline), [timeline]);
  const initialWindow = useMemo(() => defaultWindow(timeline), [timeline]);
  const maxRows = width < 640 ? 2 : 3;

  const titleOf = useCallback((id: string) => events.get(id)?.title, [events]);
  const actorName = useCallback((id: string) => actors.get(id)?.name ?? id, [actors]);
  // Every drawn mark is named on every frame of a zoom or pan: name each event once.
  const accessibleName = useMemo(() => {
    const names = new Map<string, string>();
    return (id: string) => {
      let name = names.get(id);
      if (name === undefined) {
        const event = events.get(id);
        name = event ? eventAccessibleName(event, actorName) : id;
        names.set(id, name);
      }
      return name;
    };
  }, [events, actorName]);

  const result = useMemo(() => applyFilters(timeline, filters, index, dateRange), [timeline, filters, index, dateRange]);
  const terms = useMemo(() => queryTerms(filters.q), [filters.q]);
  const filtering = isFiltering(filters);

  // What the chart lays out: in "hide" mode only the matching events (their lanes collapse), in "highlight"
  // mode everything, with the rest faded.
  const hide = filters.mode === 'hide' && filtering;
  const chartEvents = useMemo(
    () => (hide ? timeline.events.filter((event) => result.inAnyWindow.has(event.id)) : timeline.events),
    [hide, timeline, result.inAnyWindow],
  );
  const lanes = useMemo(() => {
    if (!hide) return allLanes;
    const used = new Set(chartEvents.flatMap((event) => event.actors));
    const chosen = new Set(filters.actors);
    return allLanes.filter((lane) => used.has(lane.id) && (chosen.size === 0 || chosen.has(lane.id)));
  }, [hide, allLanes, chartEvents, filters.actors]);
  const laneIds = useMemo(() => lanes.map((lane) => lane.id), [lanes]);
  const faded = useMemo(
    () => (filtering && !hide ? new Set(timeline.events.filter((event) => !result.inAnyWindow.has(event.id)).map((event) => event.id)) : undefined),
    [filtering, hide, timeline, result.inAnyWindow],
  );

  // Layouts per quantised scale, for the events and lanes shown; a new filter starts a new cache. A scale not laid out
  // yet places first what `shown` (the layout on screen, see useShownLayout) labels: a zoom step, or a new filter,
  // keeps the labels in view where they still fit.
  const layoutCache = useMemo(() => new Map<string, Layout>(), [chartEvents, laneIds, metrics]);
  const layoutFor = useCallback(
    (pxPerMs: number, shown?: Layout) => {
      const key = `${pxPerMs}|${maxRows}`;
      let layout = layoutCache.get(key);
      if (!layout) {
        layout = layoutAtScale(chartEvents, laneIds, metrics, pxPerMs, maxRows, shown && labelledEvents(shown));
        if (layoutCache.size > 24) layoutCache.clear();
        layoutCache.set(key, layout);
      }
      return layout;
    },
    [layoutCache, chartEvents, laneIds, metrics, maxRows],
  );
  /** The scales laid out already (for this many rows per lane). */
  const laidOutScales = useCallback(() => {
    const scales: number[] = [];
    for (const key of layoutCache.keys()) {
      const [scale, rows] = key.split('|');
      if (Number(rows) === maxRows) scales.push(Number(scale));
    }
    return scales;
  }, [layoutCache, maxRows]);

  return {
    allLanes,
    lanes,
    metrics,
    events,
    actors,
    actorIds,
    eventIds,
    relations,
    extent,
    initialWindow,
    titleOf,
    actorName,
    accessibleName,
    result,
    terms,
    filtering,
    hide,
    chartEvents,
    faded,
    layoutFor,
    laidOutScales,
  };
}
