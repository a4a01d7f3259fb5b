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
 * Greedy first-fit in time order is not monotone in zoom: zooming in can shorten an early item enough to place an
 * item it used to hide, whose own long label then hides two later ones (with 10,000 events, one step changed most of
 * the labels in view). placeFirst makes it nearly so: the chart lays a new scale out with what the layout on screen
 * labelled placed first (it still fits, every extent being shorter when zooming in), then the rest. What holds in
 * any case: once the scale makes every label shorter than the gaps between dates, only places where more than
 * maxRows events of a lane overlap in time stay hidden.
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
   * Events to place before the others, each group in time order: what the layout on screen labelled, when the reader
   * zooms to a new scale, so that zooming in keeps the events shown and adds others instead of showing different ones.
   */
  placeFirst?: ReadonlySet<string>;
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

/**
 * Packs events into rows per lane and clusters those that do not fit: greedy first-fit in time order, in two sweeps
 * when `placeFirst` is given (its events, then the others in the gaps they leave).
 */
export function layoutLanes<E extends LayoutEvent>(
  events: readonly E[],
  lanes: readonly string[],
  options: LayoutOptions<E>,
): Layout {
  const { pxPerMs, maxRows, placeFirst } = options;
  if (!(pxPerMs > 0 && pxPerMs < Infinity)) throw new RangeError(`layoutLanes: pxPerMs must be a positive number, got ${pxPerMs}`);
  if (!(Number.isInteger(maxRows) && maxRows >= 1)) throw new RangeError(`layoutLanes: maxRows must be an integer ≥ 1, got ${maxRows}`);

  const laneIndex = new Map<string, number>();
  lanes.forEach((lane, index) => {
    if (laneIndex.has(lane)) throw new RangeError(`layoutLanes: lane "${lane}" is listed twice`);
    laneIndex.set(lane, index);
  });

  const order = chronologicalOrder(events);
  if (!placeFirst) return pack(events, lanes, laneIndex, options, order, undefined, false)!;
  // placeFirst matters only where not everything fits: in time order alone, everything that can fit does.
  const first = Uint8Array.from(events, (event) => (placeFirst.has(event.id) ? 1 : 0));
  return pack(events, lanes, laneIndex, options, order, undefined, true) ?? pack(events, lanes, laneIndex, options, order, first, false)!;
}

/**
 * layoutLanes' sweeps, each in time order (`order`): one for the events `first` flags (by index), if given, then one
 * for every event still without a label. With `abortOnHide`, returns null as soon as an event's instance would be
 * hidden.
 */
function pack<E extends LayoutEvent>(
  events: readonly E[],
  lanes: readonly string[],
  laneIndex: ReadonlyMap<string, number>,
  options: LayoutOptions<E>,
  order: ArrayLike<number>,
  first: Uint8Array | undefined,
  abortOnHide: boolean,
): Layout | null {
  const { pxPerMs, maxRows, markMinPx, labelGapPx, itemGapPx, labelWidth } = options;
  const maxLabelPx = options.maxLabelPx ?? DEFAULT_MAX_LABEL_PX;
  const badgeWidthPx = options.badgeWidthPx ?? DEFAULT_BADGE_WIDTH_PX;
  // Pixel amounts as durations at this scale; an item's extent is computed in ms so that it is exact to compare.
  const markMinMs = markMinPx / pxPerMs;
  const itemGapMs = itemGapPx / pxPerMs;
  const clusterReachMs = Math.max(badgeWidthPx + itemGapPx, options.clusterSpacingPx ?? 0) / pxPerMs;

  const laneCount = lanes.length;
  const rowCount = laneCount * maxRows;
  // Per row: where the items of the current sweep end (a sweep goes forward in time), and the first sweep's items as
  // [start, end) pairs in time order, with how far the second sweep has gone past them.
  const rowEnd = new Float64Array(rowCount);
  const firstItems: number[][] = Array.from({ length: first ? rowCount : 0 }, () => []);
  const seen = new Int32Array(rowCount);
  const rowsUsed = new Int32Array(laneCount);
  const seenInEvent = new Int32Array(laneCount).fill(-1);
  const result: LaneLayout[] = lanes.map((lane) => ({ lane, rows: 1, items: [], clusters: [] }));
  /** The instances hidden, as o · laneCount + lane (o: the event's place in `order`), in time order per sweep. */
  const hidden: number[] = [];
  let hiddenCount = 0;
  let sweep = 0;

  const eventLanes = new Int32Array(laneCount);
  /** The event's lanes, in the order its actors are listed, each once, into eventLanes; how many. */
  const lanesOf = (event: E, n: number) => {
    let count = 0;
    for (let a = 0; a < event.actors.length; a++) {
      const lane = laneIndex.get(event.actors[a]);
      if (lane === undefined || seenInEvent[lane] === n) continue;
      seenInEvent[lane] = n;
      eventLanes[count++] = lane;
    }
    return count;
  };
  // A label is measured only when its width decides (labelWidth may measure text: with 10,000 events, measuring them
  // all was half of a layout). labelledEnd(event) is the end of the item with its label.
  let labelPx = -1;
  const labelledEnd = (event: E) => {
    if (labelPx < 0) {
      const width = labelWidth(event);
      labelPx = width > 0 ? Math.min(width, maxLabelPx) : 0;
    }
    return Math.max(event.endMs, event.startMs + (markMinPx + labelGapPx + labelPx) / pxPerMs) + itemGapMs;
  };
  /**
   * The lowest row of a lane free for the event from its start: past this sweep's items, and, in a second sweep, clear
   * of the first sweep's items up to `toMs` (or to the end of its label, for a labelled instance).
   */
  const freeRow = (lane: number, event: E, toMs: number, withLabel: boolean) => {
    const fromMs = event.startMs;
    let row = 0;
    for (; row < maxRows; row++) {
      const at = lane * maxRows + row;
      if (rowEnd[at] > fromMs) continue;
      if (sweep > 0) {
        const items = firstItems[at];
        let next = seen[at];
        while (next < items.length && items[next + 1] <= fromMs) next += 2;
        seen[at] = next;
        if (next < items.length && (items[next] < toMs || (withLabel && items[next] < labelledEnd(event)))) continue;
      }
      break;
    }
    return row;
  };
  const place = (lane: number, row: number, event: E, primary: boolean, labelPx: number, x1Ms: number) => {
    const at = lane * maxRows + row;
    rowEnd[at] = x1Ms;
    if (first && sweep === 0) firstItems[at].push(event.startMs, x1Ms);
    if (row >= rowsUsed[lane]) rowsUsed[lane] = row + 1;
    result[lane].items.push({ eventId: event.id, lane: lanes[lane], row, primary, labelPx, x0Ms: event.startMs, x1Ms });
  };

  // With `first`, a sweep visiting its events, then one visiting every event still without a label (those of `first`
  // that no longer fit too); n numbers the visits, for lanesOf.
  const labelled = new Uint8Array(events.length);
  const sweeps = first ? 2 : 1;
  let n = 0;
  for (; sweep < sweeps; sweep++) {
    const last = sweep === sweeps - 1;
    rowEnd.fill(-Infinity);
    for (let o = 0; o < order.length; o++) {
      const index = order[o];
      const event = events[index];
      if (labelled[index] === 1 || (!last && first![index] === 0)) continue;
      const { startMs, endMs } = event;
      const markEndMs = Math.max(endMs, startMs + markMinMs);
      const count = lanesOf(event, n++);
      if (count === 0) continue;

      // The labelled (primary) instance goes in the first of its lanes with a free row, so that an event is
      // never drawn without its label; the other lanes get unlabelled marks where they fit. With no free row
      // anywhere, the event is hidden in every lane (in the first sweep: tried again in the second).
      labelPx = -1;
      let primaryIndex = -1;
      let primaryRow = maxRows;
      for (let i = 0; i < count && primaryIndex < 0; i++) {
        primaryRow = freeRow(eventLanes[i], event, markEndMs + itemGapMs, true);
        if (primaryRow < maxRows) primaryIndex = i;
      }
      if (primaryIndex < 0) {
        if (abortOnHide) return null;
        if (!last) continue;
        hiddenCount++;
        for (let i = 0; i < count; i++) hidden.push(o * laneCount + eventLanes[i]);
        continue;
      }
      labelled[index] = 1;
      const labelledEndMs = labelledEnd(event);
      place(eventLanes[primaryIndex], primaryRow, event, true, labelPx, labelledEndMs);
      for (let i = 0; i < count; i++) {
        if (i === primaryIndex) continue;
        const lane = eventLanes[i];
        const row = freeRow(lane, event, markEndMs + itemGapMs, false);
        if (row < maxRows) place(lane, row, event, false, 0, markEndMs + itemGapMs);
        else if (abortOnHide) return null;
        else hidden.push(o * laneCount + lane);
      }
    }
  }

  // The hidden instances, in time order (two sweeps leave two runs), into "+N" clusters: an event joins its lane's
  // last cluster if it starts within reach of the cluster's start (where its badge is drawn), else opens a new one.
  // The reach is measured from the badge, not from the hidden marks' ends: a long hidden range must not pull later
  // events into a badge drawn far before them.
  if (first) hidden.sort((a, b) => a - b);
  const open: (Cluster | null)[] = new Array(laneCount).fill(null);
  for (const key of hidden) {
    const lane = key % laneCount;
    const event = events[order[(key - lane) / laneCount]];
    const markEndMs = Math.max(event.endMs, event.startMs + markMinMs);
    const cluster = open[lane];
    if (cluster && event.startMs < cluster.startMs + clusterReachMs) {
      cluster.count++;
      cluster.eventIds.push(event.id);
      if (markEndMs > cluster.endMs) cluster.endMs = markEndMs;
    } else {
      const opened: Cluster = { lane: lanes[lane], startMs: event.startMs, endMs: markEndMs, count: 1, eventIds: [event.id] };
      result[lane].clusters.push(opened);
      open[lane] = opened;
    }
  }

  for (let lane = 0; lane < laneCount; lane++) {
    result[lane].rows = Math.max(1, rowsUsed[lane]);
    // Two sweeps leave the items in two runs, each in time order.
    if (first) result[lane].items.sort((a, b) => a.x0Ms - b.x0Ms || a.x1Ms - b.x1Ms || a.row - b.row);
  }
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
  return scaleStep(quantizeIndex(pxPerMs, stepsPerDoubling), stepsPerDoubling);
}

/** quantizeScale's step, as its index i. */
function quantizeIndex(pxPerMs: number, stepsPerDoubling: number): number {
  if (!(pxPerMs > 0 && pxPerMs < Infinity)) throw new RangeError(`quantizeScale: pxPerMs must be a positive number, got ${pxPerMs}`);
  if (!(Number.isInteger(stepsPerDoubling) && stepsPerDoubling >= 1 && stepsPerDoubling <= 64)) {
    throw new RangeError(`quantizeScale: stepsPerDoubling must be an integer from 1 to 64, got ${stepsPerDoubling}`);
  }
  let index = Math.floor((Math.log2(pxPerMs) - SCALE_BASE_EXPONENT) * stepsPerDoubling);
  // log2 may be off by an ulp; settle on the exact step by comparing the values themselves.
  while (scaleStep(index, stepsPerDoubling) > pxPerMs) index--;
  while (scaleStep(index + 1, stepsPerDoubling) <= pxPerMs) index++;
  return index;
}
