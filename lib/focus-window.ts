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
