import { bisectLeft, utcMonth } from 'd3';
import { partialDateAt, periodEnd } from './dates';
import { formatRange } from './format-dates';
import type { ResolvedEvent, ResolvedTimeline } from './resolve';
import { ceilMonth, floorMonth } from './ticks';

export const DAY_MS = 86_400_000;
/** The narrowest window the chart zooms to. */
export const MIN_SPAN_MS = 3 * DAY_MS;

export interface TimeWindow {
  from: number;
  to: number;
}

/** A horizontal zoom: screen x = k · base(ms) + x, where base maps the timeline's extent onto [0, width]. */
export interface ZoomState {
  k: number;
  x: number;
}

/** The span the chart can show: every event and the "as of" date, with a margin on both sides. */
export function timelineExtent(timeline: Pick<ResolvedTimeline, 'events' | 'asOf'>): TimeWindow {
  return once(extents, timeline, computeExtent);
}

/**
 * The views ask for a timeline's extent and opening window in several places: each is computed once per timeline
 * object (timelines are never changed in place) and shared.
 */
const extents = new WeakMap<object, TimeWindow>();
const openingWindows = new WeakMap<object, TimeWindow>();
function once<T extends object>(cache: WeakMap<object, TimeWindow>, timeline: T, compute: (timeline: T) => TimeWindow): TimeWindow {
  let window = cache.get(timeline);
  if (!window) cache.set(timeline, (window = compute(timeline)));
  return window;
}

function computeExtent(timeline: Pick<ResolvedTimeline, 'events' | 'asOf'>): TimeWindow {
  const { events } = timeline;
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const { startMs, endMs } = events[i];
    if (startMs < from) from = startMs;
    if (endMs > to) to = endMs;
  }
  if (timeline.asOf) {
    const asOf = periodEnd(timeline.asOf);
    from = Math.min(from, asOf);
    to = Math.max(to, asOf);
  }
  if (!Number.isFinite(from)) {
    from = Date.UTC(2000, 0, 1);
    to = Date.UTC(2001, 0, 1);
  }
  const margin = Math.max((to - from) * 0.03, 15 * DAY_MS);
  return { from: from - margin, to: to + margin };
}

/** The zoom that shows a window, for a base scale over `extent` and a chart `width` px wide. */
export function zoomForWindow(extent: TimeWindow, width: number, window: TimeWindow): ZoomState {
  const k = (extent.to - extent.from) / Math.max(window.to - window.from, 1);
  const baseFrom = ((window.from - extent.from) / (extent.to - extent.from)) * width;
  return { k, x: -k * baseFrom };
}

/** The window a zoom shows. */
export function windowForZoom(extent: TimeWindow, width: number, zoom: ZoomState): TimeWindow {
  const span = extent.to - extent.from;
  const toMs = (px: number) => extent.from + ((px - zoom.x) / zoom.k / width) * span;
  return { from: toMs(0), to: toMs(width) };
}

/** The zoom factors the chart allows: from the whole extent to MIN_SPAN_MS. */
export function zoomLimits(extent: TimeWindow): [number, number] {
  return [1, Math.max(1, (extent.to - extent.from) / MIN_SPAN_MS)];
}

/** Keeps a window inside the extent and at least MIN_SPAN_MS wide, preserving its centre where possible. */
export function clampWindow(window: TimeWindow, extent: TimeWindow): TimeWindow {
  const span = Math.min(Math.max(window.to - window.from, MIN_SPAN_MS), extent.to - extent.from);
  const centre = (window.from + window.to) / 2;
  const from = Math.min(Math.max(centre - span / 2, extent.from), extent.to - span);
  return { from, to: from + span };
}

export interface QuickRange extends TimeWindow {
  label: string;
}

/**
 * The busiest window of `months` months, aligned to month starts: the one holding the most event starts.
 * `starts` must be sorted; each month that has a start is tried once, as the window's first month.
 */
export function busiestWindow(starts: ArrayLike<number>, months: number): TimeWindow | undefined {
  let best: TimeWindow | undefined;
  let bestCount = 0;
  let monthEnd = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i] < monthEnd) continue; // in the same month as the previous start: tried already
    const from = floorMonth(starts[i]);
    monthEnd = utcMonth.offset(new Date(from), 1).getTime();
    // `from` is the 1st of a month, so adding whole months never spills over a shorter month's end.
    const to = utcMonth.offset(new Date(from), months).getTime();
    const count = bisectLeft(starts, to) - bisectLeft(starts, from);
    if (count > bestCount) {
      best = { from, to };
      bestCount = count;
    }
  }
  return best;
}

/** Shortcuts for the range picker: the whole timeline, its busiest year and its busiest two months. */
export function quickRanges(timeline: Pick<ResolvedTimeline, 'events' | 'asOf'>): QuickRange[] {
  const extent = timelineExtent(timeline);
  const ranges: QuickRange[] = [{ ...extent, label: 'Whole timeline' }];
  const starts = sortedStarts(timeline.events);
  for (const months of [12, 2]) {
    const busiest = busiestWindow(starts, months);
    if (!busiest) continue;
    // Trimmed to whole months inside the extent, so that the range shown is the range named.
    const window = { from: Math.max(busiest.from, ceilMonth(extent.from)), to: Math.min(busiest.to, floorMonth(extent.to)) };
    if (window.to <= window.from || bisectLeft(starts, window.to) - bisectLeft(starts, window.from) === 0) continue;
    if (window.to - window.from >= (extent.to - extent.from) * 0.8) continue;
    const label = formatRange(partialDateAt(window.from, 'month'), partialDateAt(window.to - 1, 'month'));
    if (!ranges.some((range) => range.label === label)) ranges.push({ ...window, label });
  }
  return ranges;
}

/**
 * The window a timeline opens on: where its events crowd. The shortest span holding half of the event starts
 * (and the "as of" date), with a margin; the whole timeline when that is already a large part of it.
 */
export function defaultWindow(timeline: Pick<ResolvedTimeline, 'events' | 'asOf'>): TimeWindow {
  return once(openingWindows, timeline, computeDefaultWindow);
}

function computeDefaultWindow(timeline: Pick<ResolvedTimeline, 'events' | 'asOf'>): TimeWindow {
  const extent = timelineExtent(timeline);
  const starts = sortedStarts(timeline.events);
  const needed = Math.ceil(starts.length / 2);
  if (starts.length < 6) return extent;
  let best: TimeWindow = { from: starts[0], to: starts[starts.length - 1] };
  for (let i = 0; i + needed - 1 < starts.length; i++) {
    const from = starts[i];
    const to = starts[i + needed - 1];
    if (to - from < best.to - best.from) best = { from, to };
  }
  if (timeline.asOf) {
    const asOf = periodEnd(timeline.asOf);
    best = { from: Math.min(best.from, asOf), to: Math.max(best.to, asOf) };
  }
  const margin = Math.max((best.to - best.from) * 0.12, 20 * DAY_MS);
  const window = clampWindow({ from: best.from - margin, to: best.to + margin }, extent);
  return window.to - window.from > (extent.to - extent.from) * 0.4 ? extent : window;
}

/** The events' start times in ascending order; a typed array sorts numerically without a comparator call per step. */
function sortedStarts(events: readonly Pick<ResolvedEvent, 'startMs'>[]): Float64Array {
  const starts = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) starts[i] = events[i].startMs;
  return starts.sort();
}
