import { periodEnd } from './dates';
import { layoutLanes, quantizeScale, type Layout } from './layout';
import type { ResolvedActor, ResolvedEvent, ResolvedTimeline } from './resolve';
import type { LinkType } from './schema';
import type { TimeWindow } from './scale';
import { estimateTextWidth, truncateToWidth } from './text-width';

/** Vertical rhythm of the chart, in px. */
export const CHART = {
  axisHeight: 40,
  laneHeader: 22,
  rowHeight: 24,
  overflowRow: 24,
  lanePadding: 8,
  markMinPx: 10,
  labelGapPx: 5,
  itemGapPx: 10,
  labelFontPx: 12,
  maxLabelPx: 240,
  badgeWidthPx: 34,
  /** Least distance between two "+N" badges in a lane (see layoutLanes' clusterSpacingPx). */
  badgeSpacingPx: 80,
  /** The strip under the lanes that names background periods, when a timeline has any. */
  periodStrip: 22,
} as const;

export interface LaneBand {
  actor: ResolvedActor;
  y: number;
  height: number;
  rows: number;
  hasOverflow: boolean;
  /** Events in this lane, in all. */
  count: number;
}

export interface MarkInstance {
  event: ResolvedEvent;
  lane: string;
  primary: boolean;
  /** The mark's start and the end of its period in px: a range's end, or the end of a point event's day, month or year. */
  x: number;
  x2: number;
  /** Where the label starts: after the mark, or kept in view inside a range that began left of the window. */
  labelX: number;
  /** Vertical centre of the mark's row. */
  y: number;
  /** The label text (truncated to fit its reserved width) and its estimated width, on primary marks only. */
  label?: string;
  labelWidth: number;
  color: string;
}

/**
 * The label of a range that began left of the window, kept in view at the window's left edge while a pan only shifts
 * the marks layer (see modelInWindow): drawn over the marks, in the window's coordinates, while the mark's own label
 * is left out. A pan frame then changes these few labels, not the marks layer.
 */
export interface EdgeLabel {
  eventId: string;
  lane: string;
  x: number;
  y: number;
  label: string;
  color: string;
  /** A cancelled event's label is struck through, like its mark's. */
  cancelled: boolean;
}

export interface ClusterBadge {
  lane: string;
  x: number;
  y: number;
  count: number;
  eventIds: string[];
  startMs: number;
  endMs: number;
  color: string;
}

export interface Connector {
  eventId: string;
  x: number;
  y1: number;
  y2: number;
}

export interface LinkArrow {
  from: string;
  to: string;
  type: LinkType;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A background period as drawn: its span in px, clipped to the chart, and its label if it fits. */
export interface PeriodBand {
  title: string;
  /** Its place among the timeline's periods (alternate periods are shaded differently). */
  index: number;
  /** Its band, clipped to the range the model spans. */
  x1: number;
  x2: number;
  /** Overlaps the window shown: its name is drawn, and read out. */
  inView: boolean;
  /** Where its name starts: just inside the band's visible part. */
  labelX: number;
  /** As much of its title as fits the visible part of the band. */
  label?: string;
  color?: string;
}

/** One thing the chart draws in its marks layer: an event's mark or a "+N" badge. */
export type DrawnItem = { mark: MarkInstance; cluster?: undefined } | { cluster: ClusterBadge; mark?: undefined };

/**
 * The marks and badges in the order they are drawn, which is the order Tab visits them in: secondary instances first
 * (they are not focusable), then the primary marks and the "+N" badges together, in chronological order. A badge
 * comes after the marks that start when it does (the events it stands for start then or later). The model keeps its
 * badges lane by lane: without this, Tab would visit every mark and only then go back to the first badge.
 */
export function drawOrder(marks: readonly MarkInstance[], clusters: readonly ClusterBadge[]): DrawnItem[] {
  // Stable: badges that start together keep the lanes' order.
  const badges = [...clusters].sort((a, b) => a.startMs - b.startMs);
  const items: DrawnItem[] = [];
  let next = 0;
  for (const mark of marks) {
    if (mark.primary) while (next < badges.length && badges[next].startMs < mark.event.startMs) items.push({ cluster: badges[next++] });
    items.push({ mark });
  }
  while (next < badges.length) items.push({ cluster: badges[next++] });
  return items;
}

export interface ChartModel {
  lanes: LaneBand[];
  /** Visible marks: secondary instances first, then primary ones in chronological order (see drawOrder). */
  marks: MarkInstance[];
  clusters: ClusterBadge[];
  connectors: Connector[];
  links: LinkArrow[];
  /** Total height of the lanes area (below the axis). */
  lanesHeight: number;
  /** Background periods in view. */
  periods: PeriodBand[];
  /** Where the "as of" line falls, in px, when the timeline has one (in the window's coordinates, like shiftX). */
  asOfX?: number;
  /** The time range the model's x positions span (x = 0 at its start), and its width in px: the window it was built for. */
  window: TimeWindow;
  width: number;
  /** Events drawn with at least one mark overlapping the window itself (not just its drawing margin). */
  visibleEventCount: number;
  /** Labels kept in view at the window's left edge, in the window's coordinates (a shifted wide model's only). */
  edgeLabels?: EdgeLabel[];
}

/**
 * How many marks and badges a model must have in view for a view mounted in the browser to draw them first on the
 * canvas, before creating their SVG (see useZoomCanvas): creating, styling and laying out the ~4 elements of each costs
 * ~0.3-0.6 ms on two cores, and the SVG of a few hundred would hold the first picture back by 100 ms or more.
 */
export const CANVAS_FIRST_MIN_ITEMS = 150;

/** Whether a view mounted in the browser draws this first model on the canvas (CANVAS_FIRST_MIN_ITEMS). */
export const drawsFirstOnCanvas = (model: Pick<ChartModel, 'marks' | 'clusters'>) =>
  model.marks.length + model.clusters.length >= CANVAS_FIRST_MIN_ITEMS;

/** The model with nothing for the SVG marks layer to draw: no marks, badges, connectors or relation arrows. */
export const withoutMarks = (model: ChartModel): ChartModel => ({ ...model, marks: [], clusters: [], connectors: [], links: [] });

/**
 * Where a label goes and what it says. It sits just after its mark; for a range that starts left of the
 * window it slides right to stay in view, inside the range (space the layout reserved), shortened to the
 * visible part of the range, or dropped when too little of it shows. The mark keeps its accessible name.
 */
export function placeLabel(
  x: number,
  x2: number,
  label: { text: string; width: number } | undefined,
  isRange: boolean,
): { labelX: number; label?: string; labelWidth: number } {
  const natural = x + CHART.markMinPx / 2 + CHART.labelGapPx;
  if (!label) return { labelX: natural, labelWidth: 0 };
  if (!isRange || natural >= 0) return { labelX: natural, label: label.text, labelWidth: label.width };
  const start = CHART.labelGapPx + 4;
  const room = x2 - start - CHART.labelGapPx;
  if (room >= label.width) return { labelX: start, label: label.text, labelWidth: label.width };
  return { labelX: start, ...labelInRoom(label.text, room) };
}

/** Below this many px a label is left out rather than cut to a stub (a lone ellipsis says nothing). */
export const MIN_LABEL_ROOM_PX = 36;

/** A label's text shortened to fit `room` px, with an ellipsis, and its width; none in less than MIN_LABEL_ROOM_PX. */
export function labelInRoom(text: string, room: number): { label?: string; labelWidth: number } {
  if (room < MIN_LABEL_ROOM_PX) return { labelWidth: 0 };
  const label = truncateToWidth(text, room, CHART.labelFontPx, 'semibold');
  return label ? { label, labelWidth: Math.ceil(estimateTextWidth(label, CHART.labelFontPx, 'semibold')) } : { labelWidth: 0 };
}

/** The actors that have events, in the dataset's order: the chart's lanes. */
export function chartLanes(timeline: Pick<ResolvedTimeline, 'actors' | 'events'>): ResolvedActor[] {
  const { actors, events } = timeline;
  const indexOf = new Map(actors.map((actor, index) => [actor.id, index]));
  const used = new Uint8Array(actors.length);
  // Stop reading events once every actor has one: usually after a few dozen.
  let unused = indexOf.size;
  for (let e = 0; e < events.length && unused > 0; e++) {
    for (const actor of events[e].actors) {
      const index = indexOf.get(actor);
      if (index !== undefined && used[index] === 0) {
        used[index] = 1;
        unused--;
      }
    }
  }
  return actors.filter((actor) => used[indexOf.get(actor.id)!] === 1);
}

/** An event's label as the chart sets it: the title, cut to CHART.maxLabelPx, and its width in px. */
export interface LabelMetric {
  text: string;
  width: number;
}

/** What the layout and the chart model read of label metrics: one event's, by id. */
export type LabelMetrics = Pick<ReadonlyMap<string, LabelMetric>, 'get'>;

function labelMetric(title: string): LabelMetric {
  // Most titles fit: measure them once (truncateToWidth returns a title unchanged exactly when it measures within the limit).
  const full = estimateTextWidth(title, CHART.labelFontPx, 'semibold');
  if (full <= CHART.maxLabelPx) return { text: title, width: Math.ceil(full) };
  const text = truncateToWidth(title, CHART.maxLabelPx, CHART.labelFontPx, 'semibold');
  return { text, width: Math.ceil(estimateTextWidth(text, CHART.labelFontPx, 'semibold')) };
}

/** Label widths and texts of every event. */
export function labelMetrics(events: readonly ResolvedEvent[]): Map<string, LabelMetric> {
  const metrics = new Map<string, LabelMetric>();
  for (const event of events) metrics.set(event.id, labelMetric(event.title));
  return metrics;
}

/** Label metrics measured on demand, which can also measure ahead, a slice at a time, while the page is idle. */
export interface LazyLabelMetrics extends LabelMetrics {
  /**
   * Measures the events of `ids` from index `from` on, until `stop()` says the slice is over (asked after each
   * event), and returns the index to go on from (`ids.length` when all are measured).
   */
  measureAhead(ids: readonly string[], from: number, stop: () => boolean): number;
}

/**
 * labelMetrics, each event's measured on its first lookup and kept: the layout reads only the events it
 * places (a few hundred of 10,000), and the chart only those in view. What the first render did not need can be
 * measured ahead in idle time, so that a layout at a new scale (a zoom settling) finds its labels measured.
 */
export function lazyLabelMetrics(eventsById: Pick<ReadonlyMap<string, Pick<ResolvedEvent, 'title'>>, 'get'>): LazyLabelMetrics {
  const measured = new Map<string, LabelMetric>();
  const get = (id: string) => {
    let metric = measured.get(id);
    if (metric === undefined) {
      const event = eventsById.get(id);
      if (event === undefined) return undefined;
      metric = labelMetric(event.title);
      measured.set(id, metric);
    }
    return metric;
  };
  return {
    get,
    measureAhead(ids, from, stop) {
      let next = Math.max(0, from);
      while (next < ids.length) {
        get(ids[next++]);
        if (stop()) break;
      }
      return next;
    },
  };
}

/**
 * Lays the lanes out at a scale (pixels per millisecond). Pass `quantizeScale(width / span)`: the layout then
 * holds, collision-free, for every zoom within the step, so it can be memoised while the reader pans and zooms.
 * `placeFirst`: the events the layout on screen labels (labelledEvents), when the reader zooms to this scale, so that
 * they keep their labels where they still fit (see layoutLanes).
 */
export function layoutAtScale(
  events: readonly ResolvedEvent[],
  lanes: readonly string[],
  metrics: Pick<ReadonlyMap<string, { width: number }>, 'get'>,
  pxPerMs: number,
  maxRows: number,
  placeFirst?: ReadonlySet<string>,
): Layout {
  return layoutLanes(events, lanes, {
    pxPerMs,
    maxRows,
    markMinPx: CHART.markMinPx,
    labelGapPx: CHART.labelGapPx,
    itemGapPx: CHART.itemGapPx,
    maxLabelPx: CHART.maxLabelPx,
    badgeWidthPx: CHART.badgeWidthPx,
    clusterSpacingPx: CHART.badgeSpacingPx,
    labelWidth: (event) => metrics.get(event.id)?.width ?? 0,
    placeFirst,
  });
}

/** The events a layout labels (its primary items). */
export function labelledEvents(layout: Layout): Set<string> {
  const ids = new Set<string>();
  for (const lane of layout.lanes) for (const item of lane.items) if (item.primary) ids.add(item.eventId);
  return ids;
}

/** The scale of a window drawn `width` px wide (px per ms). */
const windowPxPerMs = (window: TimeWindow, width: number) => width / Math.max(window.to - window.from, 1);

/** The quantised layout scale for a window shown `width` px wide. */
export function layoutScale(window: TimeWindow, width: number): number {
  return quantizeScale(windowPxPerMs(window, width));
}

/**
 * The scale to lay out at during a continuous zoom or pan, given the one in use (`held`, null at the gesture's start):
 * `held` while the reader zooms in or pans (a layout made at q stays collision-free at every scale ≥ q), else the
 * largest whole power of two ≤ the actual scale, so that zooming out re-packs the lanes once per halving of the
 * scale rather than every quarter step. At rest, lay out at layoutScale again.
 * `laidOut`, the scales already laid out: zooming out takes the finest of them that is valid at the actual scale
 * (≤ it) instead of re-packing, if it is no coarser than two halvings below (it labels fewer events the coarser it
 * is). A zoom out that follows a zoom in then goes back through the layouts it came by, without re-packing
 * 10,000 events mid-gesture (20–40 ms each in the browser).
 */
export function gestureLayoutScale(held: number | null, window: TimeWindow, width: number, laidOut?: Iterable<number>): number {
  const pxPerMs = windowPxPerMs(window, width);
  if (held !== null && pxPerMs >= held) return held;
  const halving = quantizeScale(pxPerMs, 1);
  let finest = -Infinity;
  for (const scale of laidOut ?? []) if (scale <= pxPerMs && scale > finest) finest = scale;
  return finest >= halving / 4 ? finest : halving;
}

/**
 * Whether a gesture that has just ended may keep its layout (laid out at `gesture`) until the page is idle, rather
 * than re-pack at `atRest` (layoutScale's) at once: when `atRest` is not laid out yet and the gesture's layout is
 * valid at the settled scale (made at a scale ≤ it, so its labels do not collide).
 */
export function keepsGestureLayout(gesture: number | null, atRest: number, window: TimeWindow, width: number, laidOut: Iterable<number>): gesture is number {
  if (gesture === null || gesture === atRest || gesture > windowPxPerMs(window, width)) return false;
  for (const scale of laidOut) if (scale === atRest) return false;
  return true;
}

/**
 * The first `count` scales a zoom out from rest at `atRest` (layoutScale's) lays out at, in order: the whole powers of
 * two below it that gestureLayoutScale steps through. Laid out ahead in idle time, a zoom out finds them ready.
 */
export function zoomOutScales(atRest: number, count: number): number[] {
  const first = quantizeScale(atRest, 1);
  const top = first < atRest ? first : first / 2;
  return Array.from({ length: count }, (_, i) => top / 2 ** i);
}

export interface ChartModelInput {
  timeline: ResolvedTimeline;
  lanes: ResolvedActor[];
  layout: Layout;
  metrics: LabelMetrics;
  eventsById: Map<string, ResolvedEvent>;
  window: TimeWindow;
  width: number;
}

/**
 * The periods that overlap the range a model spans (0 to `width` px), clipped to it, each labelled for the window
 * shown: [left, right) in the same px (the whole range by default; see labelPeriods).
 */
export function periodBands(timeline: Pick<ResolvedTimeline, 'periods'>, toX: (ms: number) => number, width: number): PeriodBand[] {
  const bands: PeriodBand[] = [];
  (timeline.periods ?? []).forEach((period, index) => {
    const x1 = Math.max(0, toX(period.startMs));
    const x2 = Math.min(width, toX(period.endMs));
    if (x2 <= x1) return;
    bands.push({ title: period.title, index, x1, x2, inView: true, labelX: x1 + 6, ...(period.color && { color: period.color }) });
  });
  return labelPeriods(bands, 0, width);
}

/**
 * Labels periods for the window shown, from `left` to `right` px in the bands' coordinates: a period that overlaps it
 * is named just inside its visible part with as much of its title as fits (a lone ellipsis says nothing: a band too
 * narrow for a letter stays unlabelled, its title is its accessible name). Bands whose label is unchanged stay the
 * same objects, and so does the list when none changes.
 */
export function labelPeriods(bands: PeriodBand[], left: number, right: number): PeriodBand[] {
  let changed = false;
  const labelled = bands.map((band) => {
    const from = Math.max(band.x1, left);
    const to = Math.min(band.x2, right);
    const inView = to > from;
    const text = inView ? truncateToWidth(band.title, to - from - 12, 11, 'semibold') : '';
    const label = text.length > 1 || text === band.title ? text || undefined : undefined;
    const labelX = from + 6;
    if (band.inView === inView && band.label === label && band.labelX === labelX) return band;
    changed = true;
    const next: PeriodBand = { ...band, inView, labelX, label };
    if (!label) delete next.label;
    return next;
  });
  return changed ? labelled : bands;
}

/**
 * Turns a layout into what the chart draws for the current window: lane bands, the visible marks at pixel
 * positions, cluster badges, connectors between an event's lanes, and relation arrows. Only what falls in
 * the window (with a margin) is returned, so the DOM stays small whatever the dataset's size.
 */
export function buildChartModel({ timeline, lanes, layout, metrics, eventsById, window, width }: ChartModelInput): ChartModel {
  const span = Math.max(window.to - window.from, 1);
  const toX = (ms: number) => ((ms - window.from) / span) * width;
  const margin = span * 0.02;
  const visibleFrom = window.from - margin;
  const visibleTo = window.to + margin;
  const laneLayouts = new Map(layout.lanes.map((lane) => [lane.lane, lane]));

  const bands: LaneBand[] = [];
  let y = 0;
  for (const actor of lanes) {
    const laneLayout = laneLayouts.get(actor.id);
    const rows = laneLayout?.rows ?? 1;
    const hasOverflow = (laneLayout?.clusters.length ?? 0) > 0;
    const height = CHART.laneHeader + rows * CHART.rowHeight + (hasOverflow ? CHART.overflowRow : 0) + CHART.lanePadding;
    const count = (laneLayout?.items.length ?? 0) + (laneLayout?.clusters.reduce((sum, c) => sum + c.count, 0) ?? 0);
    bands.push({ actor, y, height, rows, hasOverflow, count });
    y += height;
  }
  const bandById = new Map(bands.map((band) => [band.actor.id, band]));

  const primary: MarkInstance[] = [];
  const secondary: MarkInstance[] = [];
  const instancesByEvent = new Map<string, MarkInstance[]>();
  for (const laneLayout of layout.lanes) {
    const band = bandById.get(laneLayout.lane);
    if (!band) continue;
    for (const item of laneLayout.items) {
      if (item.x0Ms > visibleTo || item.x1Ms < visibleFrom) continue;
      const event = eventsById.get(item.eventId);
      if (!event) continue;
      const x = toX(event.startMs);
      const x2 = toX(event.endMs);
      const mark: MarkInstance = {
        event,
        lane: laneLayout.lane,
        primary: item.primary,
        x,
        x2,
        // A range, or a date known to the month or year (its bracket spans the period), keeps its label in view.
        ...placeLabel(x, x2, item.primary ? metrics.get(event.id) : undefined, Boolean(event.end) || event.start.precision !== 'day'),
        y: band.y + CHART.laneHeader + item.row * CHART.rowHeight + CHART.rowHeight / 2,
        color: band.actor.color,
      };
      (item.primary ? primary : secondary).push(mark);
      const list = instancesByEvent.get(event.id);
      if (list) list.push(mark);
      else instancesByEvent.set(event.id, [mark]);
    }
  }
  primary.sort((a, b) => a.event.startMs - b.event.startMs || a.event.endMs - b.event.endMs || a.y - b.y);

  const clusters: ClusterBadge[] = [];
  for (const laneLayout of layout.lanes) {
    const band = bandById.get(laneLayout.lane);
    if (!band) continue;
    for (const cluster of laneLayout.clusters) {
      if (cluster.startMs > visibleTo || cluster.endMs < visibleFrom) continue;
      clusters.push({
        lane: laneLayout.lane,
        x: toX(cluster.startMs),
        y: band.y + CHART.laneHeader + band.rows * CHART.rowHeight + CHART.overflowRow / 2,
        count: cluster.count,
        eventIds: cluster.eventIds,
        startMs: cluster.startMs,
        endMs: cluster.endMs,
        color: band.actor.color,
      });
    }
  }

  const connectors: Connector[] = [];
  for (const [eventId, instances] of instancesByEvent) {
    if (instances.length < 2) continue;
    let y1 = Infinity;
    let y2 = -Infinity;
    for (const instance of instances) {
      y1 = Math.min(y1, instance.y);
      y2 = Math.max(y2, instance.y);
    }
    connectors.push({ eventId, x: instances[0].x, y1, y2 });
  }

  const primaryById = new Map(primary.map((mark) => [mark.event.id, mark]));
  const links: LinkArrow[] = [];
  for (const mark of primary) {
    for (const link of mark.event.links) {
      const target = primaryById.get(link.to);
      if (!target) continue;
      links.push({ from: mark.event.id, to: link.to, type: link.type, x1: mark.x, y1: mark.y, x2: target.x, y2: target.y });
    }
  }

  return {
    lanes: bands,
    marks: [...secondary, ...primary],
    clusters,
    connectors,
    links,
    lanesHeight: y + (timeline.periods?.length ? CHART.periodStrip : 0),
    periods: periodBands(timeline, toX, width),
    ...(timeline.asOf && { asOfX: toX(periodEnd(timeline.asOf)) }),
    window,
    width,
    visibleEventCount: [...instancesByEvent.values()].filter(([first]) => first.event.startMs <= window.to && first.event.endMs >= window.from).length,
  };
}

/**
 * The chart model for the window widened by half its span on each side (`drawn`), its positions measured from
 * drawn.from: shifted by panShift, it shows any window of the same span inside `drawn` (see useDrawnChartModel).
 */
export function buildWideChartModel(input: ChartModelInput): { model: ChartModel; drawn: TimeWindow } {
  const { window, width } = input;
  const span = Math.max(window.to - window.from, 1);
  const drawn = { from: window.from - span / 2, to: window.to + span / 2 };
  return { model: buildChartModel({ ...input, window: drawn, width: width * 2 }), drawn };
}

/**
 * A model built for a wider range (`drawn`, see buildWideChartModel) as it shows `window`: its marks layer is to be
 * shifted by `shiftX` (panShift); a range whose label would start left of the window keeps its label in view
 * (placeLabel, in the window's coordinates) as an edge label, its mark drawn without one; the periods' names, the
 * "as of" line and the count of events in view are the window's. Marks that need no change stay the same objects,
 * so that React re-renders only the few that do, and those only when a range starts or stops crossing the edge.
 */
export function modelInWindow(
  wide: ChartModel,
  drawn: TimeWindow,
  window: TimeWindow,
  width: number,
  metrics: LabelMetrics,
): { model: ChartModel; shiftX: number } {
  const shiftX = panShift(drawn, window, width);
  const natural = CHART.markMinPx / 2 + CHART.labelGapPx;
  const unlabelled: number[] = [];
  const edgeLabels: EdgeLabel[] = [];
  for (let i = 0; i < wide.marks.length; i++) {
    const mark = wide.marks[i];
    const keepsLabelInView = mark.event.end !== undefined || mark.event.start.precision !== 'day';
    if (!mark.primary || !keepsLabelInView) continue;
    if (mark.x + shiftX + natural >= 0 && mark.x + natural >= 0) continue; // placed after its start, here as there
    const inWindow = placeLabel(mark.x + shiftX, mark.x2 + shiftX, metrics.get(mark.event.id), true);
    if (inWindow.labelX - shiftX === mark.labelX && inWindow.label === mark.label) continue;
    unlabelled.push(i);
    if (inWindow.label) {
      edgeLabels.push({
        eventId: mark.event.id,
        lane: mark.lane,
        x: inWindow.labelX,
        y: mark.y,
        label: inWindow.label,
        color: mark.color,
        cancelled: mark.event.status === 'cancelled',
      });
    }
  }
  const inView = new Set<string>();
  for (const mark of wide.marks) if (mark.event.startMs <= window.to && mark.event.endMs >= window.from) inView.add(mark.event.id);
  return {
    model: {
      ...wide,
      marks: withoutLabels(wide, unlabelled),
      periods: labelPeriods(wide.periods, -shiftX, width - shiftX),
      ...(wide.asOfX !== undefined && { asOfX: wide.asOfX + shiftX }),
      visibleEventCount: inView.size,
      ...(edgeLabels.length > 0 && { edgeLabels }),
    },
    shiftX,
  };
}

/** The last marks list withoutLabels made for a model, and which of its marks it left unlabelled. */
const unlabelledMarks = new WeakMap<ChartModel, { key: string; marks: MarkInstance[] }>();

/**
 * The model's marks with those at `indices` drawn without their label: the same list (and objects) as on the last
 * call for the model when the same marks are left out, so that a pan frame re-renders no mark.
 */
function withoutLabels(model: ChartModel, indices: number[]): MarkInstance[] {
  if (indices.length === 0) return model.marks;
  const key = indices.join(',');
  const cached = unlabelledMarks.get(model);
  if (cached?.key === key) return cached.marks;
  const marks = model.marks.slice();
  for (const i of indices) marks[i] = { ...marks[i], label: undefined, labelWidth: 0 };
  unlabelledMarks.set(model, { key, marks });
  return marks;
}

/** How far (px) to shift marks positioned from drawn.from so that they show `window`, drawn `width` px wide. */
export function panShift(drawn: TimeWindow, window: TimeWindow, width: number): number {
  return ((drawn.from - window.from) / Math.max(window.to - window.from, 1)) * width;
}
