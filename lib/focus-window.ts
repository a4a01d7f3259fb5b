import { clampWindow, MIN_SPAN_MS, type TimeWindow } from './scale';

/**
 * The window to move to so that an event can be seen and is drawn (not folded into a "+N" badge): unchanged
 * when it already is; else centred on the event, halving the span until `isDrawnAtSpan(span)` says the layout
 * at that zoom places the event (down to the narrowest zoom).
 */
export function windowToShow(
  event: { startMs: number; endMs: number },
  current: TimeWindow,
  extent: TimeWindow,
  isDrawnAtSpan: (span: number) => boolean,
): TimeWindow {
  let span = current.to - current.from;
  const inView = event.startMs >= current.from && event.startMs <= current.to;
  if (inView && isDrawnAtSpan(span)) return current;
  while (!isDrawnAtSpan(span) && span / 2 >= MIN_SPAN_MS) span /= 2;
  const shown = Math.min(event.endMs - event.startMs, span * 0.6);
  const centre = event.startMs + shown / 2;
  return clampWindow({ from: centre - span / 2, to: centre + span / 2 }, extent);
}

/** A horizontal extent on screen (px), e.g. from getBoundingClientRect. */
export interface Span {
  left: number;
  right: number;
}

const overlaps = (a: Span, b: Span) => a.right > b.left && a.left < b.right;

/**
 * What to do when keyboard focus lands on a chart mark (or badge) that lies outside the chart's visible strip: the
 * chart draws marks beyond the window (to pan without redrawing), and those are in the tab order too.
 * - Focus entering the chart (from outside it, or from the chart's own region) goes to the first mark in view when
 *   the mark it landed on is left of the window (Tab), or to the last one when it is right of it (Shift+Tab):
 *   `{ focus: i }`, an index into `marks()` (the chart's focusable marks in tab order: asked for only then, since
 *   measuring every mark on every focus would lay out the page for nothing).
 * - Moving from mark to mark past the window's edge, or entering when no mark is in view, the window follows:
 *   `{ show }` centres the focused mark, keeping the span.
 * - A mark in view (even partly) needs nothing: null.
 */
export function followFocus({
  target,
  chart,
  marks,
  entering,
  window,
  extent,
}: {
  target: Span;
  chart: Span;
  marks: () => readonly Span[];
  entering: boolean;
  window: TimeWindow;
  extent: TimeWindow;
}): { focus: number } | { show: TimeWindow } | null {
  if (overlaps(target, chart)) return null;
  if (entering) {
    const inView = marks()
      .map((mark, index) => ({ mark, index }))
      .filter(({ mark }) => overlaps(mark, chart));
    const chosen = target.right <= chart.left ? inView[0] : inView[inView.length - 1];
    if (chosen) return { focus: chosen.index };
  }
  const width = Math.max(chart.right - chart.left, 1);
  const span = window.to - window.from;
  // The mark's start (a label extends to its right), as a time at the window's scale.
  const at = window.from + ((target.left - chart.left) / width) * span;
  return { show: clampWindow({ from: at - span / 2, to: at + span / 2 }, extent) };
}

/** Where a focusable mark or badge stands: its lane and the time it starts at. */
export interface FocusPlace {
  lane: string;
  ms: number;
}

/**
 * Where keyboard focus goes when the mark or "+N" badge that had it is no longer drawn (a zoom split the badge into
 * the events it stood for, or packed the lane again): an index into `candidates` (the focusable items in view), or
 * -1 when there is none. The item in the same lane nearest in time, at or after the lost one first (zooming in on a
 * badge, its first event); else the nearest in any lane.
 */
export function replacementFocus(lost: FocusPlace, candidates: readonly (FocusPlace | null)[]): number {
  let best = -1;
  let bestScore = Infinity;
  candidates.forEach((candidate, index) => {
    if (!candidate) return;
    const later = candidate.ms >= lost.ms;
    // Ordered: same lane and later, same lane and earlier, then other lanes; nearest first within each.
    const rank = candidate.lane === lost.lane ? (later ? 0 : 1) : 2;
    const score = rank * 1e15 + Math.abs(candidate.ms - lost.ms);
    if (score < bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}
