import type { ResolvedEvent } from './resolve';

/**
 * Lane layout: packs each actor lane's events into a few rows so that no two marks or labels collide,
 * and gathers what does not fit into "+N" clusters on an overflow row below the lane.
 *
 * Geometry, in px at the layout scale (x = startMs · pxPerMs):
 * - mark:  [x, x + max(markMinPx, (endMs − startMs) · pxPerMs))
 * - label: [x + markMinPx + labelGapPx, … + labelPx), on primary items only
 * - item:  [x, max(markEnd, labelEnd) + itemGapPx) — items in one lane row never overlap.
 * Marks are drawn from x rightwards (a point mark is not centred on its date).
 *
 * Zoom stability: lay out at `quantizeScale(actualPxPerMs)`, not at the actual scale. An item's extent in
 * milliseconds is [startMs, max(endMs, startMs + (markMinPx + labelGapPx + labelPx) / k) + itemGapPx / k),
 * which only shrinks as k grows, so a layout computed at q stays collision-free (gaps included) at every
 * zoom k ≥ q. Zooming within one quantisation step keeps the same layout (no reshuffling); crossing a step
 * re-packs.
 *
 * Greedy first-fit is not monotone in zoom: zooming in can shorten an early item enough to place an item it
 * used to hide, whose own long label then hides two later ones. What does hold: once the scale makes every
 * label shorter than the gaps between dates, only places where more than maxRows events of a lane overlap in
 * time stay hidden.
 */

/** The fields of an event the layout reads. */
export type LayoutEvent = Pick<ResolvedEvent, 'id' | 'startMs' | 'endMs' | 'actors'>;

export interface LayoutOptions<E extends LayoutEvent = ResolvedEvent> {
  /** The horizontal scale to lay out at (pixels per millisecond); pass a quantised scale, see quantizeScale. */
  pxPerMs: number;
  /** Rows available per lane (e.g. 3 on desktop, 2 on phone). */
  maxRows: number;
  /** A point mark's width in px; ranges are max(markMinPx, (endMs − startMs) · pxPerMs). */
  markMinPx: number;
  /** Gap between a mark's minimum width and its label. */
  labelGapPx: number;
  /** Minimum horizontal gap between items in a row, and between clusters. */
  itemGapPx: number;
  /** The px width of the event's label (e.g. from estimateTextWidth); non-finite or negative counts as 0. */
  labelWidth: (event: E) => number;
  /** Labels are reserved at most this wide; the caller truncates the text to match. Default 220. */
  maxLabelPx?: number;
  /** Width of a "+N" cluster badge. Default 34. */
  badgeWidthPx?: number;
  /**
   * Least distance between the starts of two badges in a lane, in px: a hidden event joins the lane's last badge if
   * it starts closer to it than this. Default (and least) badgeWidthPx + itemGapPx, badges side by side; more
   * gathers dense stretches into fewer badges.
   */
  clusterSpacingPx?: number;
}

export interface PlacedItem {
  eventId: string;
  lane: string;
  row: number;
  /** True in the first of the event's lanes (in the order its actors are listed) that had a free row; only primary items carry a label. */
  primary: boolean;
  /** Label width reserved, 0 for secondary items. */
  labelPx: number;
  /** The time extent the item occupies, including its label and the item gap. */
  x0Ms: number;
  x1Ms: number;
}

export interface Cluster {
  lane: string;
  /** Covers the hidden events' marks; the badge is drawn at startMs on the lane's overflow row. */
  startMs: number;
  endMs: number;
  count: number;
  /** Hidden events in time order. */
  eventIds: string[];
}

export interface LaneLayout {
  lane: string;
  /** Rows used (≥ 1), not counting the overflow row that clusters need when there are any. */
  rows: number;
  /** Placed items in time order. */
  items: PlacedItem[];
  /** Clusters in time order, disjoint with at least itemGapPx between badges. */
  clusters: Cluster[];
}

export interface Layout {
  lanes: LaneLayout[];
  /** Events with a lane among `lanes` none of whose instances was placed. */
  hiddenCount: number;
}

const DEFAULT_MAX_LABEL_PX = 220;
const DEFAULT_BADGE_WIDTH_PX = 34;

/** Packs events into rows per lane (greedy, chronological) and clusters those that do not fit. */
export function layoutLanes<E extends LayoutEvent>(
  events: readonly E[],
  lanes: readonly string[],
  options: LayoutOptions<E>,
): Layout {
  const { pxPerMs, maxRows, markMinPx, labelGapPx, itemGapPx, labelWidth } = options;
  const maxLabelPx = options.maxLabelPx ?? DEFAULT_MAX_LABEL_PX;
  const badgeWidthPx = options.badgeWidthPx ?? DEFAULT_BADGE_WIDTH_PX;
  if (!(pxPerMs > 0 && pxPerMs < Infinity)) throw new RangeError(`layoutLanes: pxPerMs must be a positive number, got ${pxPerMs}`);
  if (!(Number.isInteger(maxRows) && maxRows >= 1)) throw new RangeError(`layoutLanes: maxRows must be an integer ≥ 1, got ${maxRows}`);

  const laneIndex = new Map<string, number>();
  lanes.forEach((lane, index) => {
    if (laneIndex.has(lane)) throw new RangeError(`layoutLanes: lane "${lane}" is listed twice`);
    laneIndex.set(lane, index);
  });

  // Pixel amounts as durations at this scale; an item's extent is computed in ms so that it is exact to compare.
  const markMinMs = markMinPx / pxPerMs;
  const itemGapMs = itemGapPx / pxPerMs;
  const clusterReachMs = Math.max(badgeWidthPx + itemGapPx, options.clusterSpacingPx ?? 0) / pxPerMs;

  const laneCount = lanes.length;
  const rowEnd = new Float64Array(laneCount * maxRows).fill(-Infinity);
  const rowsUsed = new Int32Array(laneCount);
  const seenInEvent = new Int32Array(laneCount).fill(-1);
  const openCluster: (Cluster | null)[] = new Array(laneCount).fill(null);
  const openClusterReach = new Float64Array(laneCount);
  const result: LaneLayout[] = lanes.map((lane) => ({ lane, rows: 1, items: [], clusters: [] }));
  let hiddenCount = 0;

  const eventLanes = new Int32Array(laneCount);
  const freeRow = (lane: number, startMs: number) => {
    const base = lane * maxRows;
    let row = 0;
    while (row < maxRows && rowEnd[base + row] > startMs) row++;
    return row;
  };
  const place = (lane: number, row: number, event: E, primary: boolean, labelPx: number, x1Ms: number) => {
    rowEnd[lane * maxRows + row] = x1Ms;
    if (row >= rowsUsed[lane]) rowsUsed[lane] = row + 1;
    result[lane].items.push({ eventId: event.id, lane: lanes[lane], row, primary, labelPx, x0Ms: event.startMs, x1Ms });
  };
  // Hidden: join the lane's open cluster if its badge would otherwise crowd this one, else open a new one.
  // The reach is measured from the badge (at the cluster's start), not from the hidden marks' ends: a long
  // hidden range must not pull later events into a badge drawn far before them.
  const hide = (lane: number, event: E, markEndMs: number) => {
    const cluster = openCluster[lane];
    if (cluster && event.startMs < openClusterReach[lane]) {
      cluster.count++;
      cluster.eventIds.push(event.id);
      if (markEndMs > cluster.endMs) cluster.endMs = markEndMs;
    } else {
      const opened: Cluster = { lane: lanes[lane], startMs: event.startMs, endMs: markEndMs, count: 1, eventIds: [event.id] };
      result[lane].clusters.push(opened);
      openCluster[lane] = opened;
      openClusterReach[lane] = event.startMs + clusterReachMs;
    }
  };

  const order = chronologicalOrder(events);
  for (let n = 0; n < order.length; n++) {
    const event = events[order[n]];
    const { startMs, endMs, actors } = event;
    const markEndMs = Math.max(endMs, startMs + markMinMs);

    // The event's lanes, in the order its actors are listed, each once.
    let count = 0;
    for (let a = 0; a < actors.length; a++) {
      const lane = laneIndex.get(actors[a]);
      if (lane === undefined || seenInEvent[lane] === n) continue;
      seenInEvent[lane] = n;
      eventLanes[count++] = lane;
    }
    if (count === 0) continue;

    // The labelled (primary) instance goes in the first of its lanes with a free row, so that an event is
    // never drawn without its label; the other lanes get unlabelled marks where they fit. With no free row
    // anywhere, the event is hidden in every lane.
    let primaryIndex = -1;
    let primaryRow = maxRows;
    for (let i = 0; i < count && primaryIndex < 0; i++) {
      primaryRow = freeRow(eventLanes[i], startMs);
      if (primaryRow < maxRows) primaryIndex = i;
    }
    if (primaryIndex < 0) {
      for (let i = 0; i < count; i++) hide(eventLanes[i], event, markEndMs);
      hiddenCount++;
      continue;
    }
    const width = labelWidth(event);
    const labelPx = width > 0 ? Math.min(width, maxLabelPx) : 0;
    const labelledEndMs = Math.max(endMs, startMs + (markMinPx + labelGapPx + labelPx) / pxPerMs) + itemGapMs;
    place(eventLanes[primaryIndex], primaryRow, event, true, labelPx, labelledEndMs);
    for (let i = 0; i < count; i++) {
      if (i === primaryIndex) continue;
      const lane = eventLanes[i];
      const row = freeRow(lane, startMs);
      if (row < maxRows) place(lane, row, event, false, 0, markEndMs + itemGapMs);
      else hide(lane, event, markEndMs);
    }
  }

  for (let lane = 0; lane < laneCount; lane++) result[lane].rows = Math.max(1, rowsUsed[lane]);
  return { lanes: result, hiddenCount };
}

/** Indices of events by start then end; the identity when they already arrive in that order (the usual case). */
function chronologicalOrder(events: readonly LayoutEvent[]): Uint32Array | number[] {
  const order = new Uint32Array(events.length);
  let sorted = true;
  for (let i = 0; i < events.length; i++) {
    order[i] = i;
    if (i > 0 && compareEvents(events[i - 1], events[i]) > 0) sorted = false;
  }
  if (sorted) return order;
  return Array.from(order).sort((a, b) => compareEvents(events[a], events[b]) || a - b);
}

function compareEvents(a: LayoutEvent, b: LayoutEvent): number {
  return a.startMs - b.startMs || a.endMs - b.endMs;
}

/** Base of the quantised scales: a power of two, so that stepping by whole doublings is exact. */
const SCALE_BASE_EXPONENT = -40;

function scaleStep(index: number, stepsPerDoubling: number): number {
  const doublings = Math.floor(index / stepsPerDoubling);
  const step = index - doublings * stepsPerDoubling;
  return 2 ** (SCALE_BASE_EXPONENT + doublings) * 2 ** (step / stepsPerDoubling);
}

/**
 * The largest scale of the form 2^-40 · 2^(i / stepsPerDoubling) that is ≤ pxPerMs: lay out at this
 * scale so that the layout holds, unchanged and collision-free, for every zoom up to the next step.
 */
export function quantizeScale(pxPerMs: number, stepsPerDoubling = 4): number {
  if (!(pxPerMs > 0 && pxPerMs < Infinity)) throw new RangeError(`quantizeScale: pxPerMs must be a positive number, got ${pxPerMs}`);
  if (!(Number.isInteger(stepsPerDoubling) && stepsPerDoubling >= 1 && stepsPerDoubling <= 64)) {
    throw new RangeError(`quantizeScale: stepsPerDoubling must be an integer from 1 to 64, got ${stepsPerDoubling}`);
  }
  let index = Math.floor((Math.log2(pxPerMs) - SCALE_BASE_EXPONENT) * stepsPerDoubling);
  // log2 may be off by an ulp; settle on the exact step by comparing the values themselves.
  while (scaleStep(index, stepsPerDoubling) > pxPerMs) index--;
  while (scaleStep(index + 1, stepsPerDoubling) <= pxPerMs) index++;
  return scaleStep(index, stepsPerDoubling);
}
