'use client';

import { useRef } from 'react';
import { gestureLayoutScale, keepsGestureLayout, layoutScale } from '@/lib/chart-model';
import type { TimeWindow } from '@/lib/scale';
import { useWhenIdle } from './useWhenIdle';

/**
 * The scale to lay the lanes out at: layoutScale's at rest, and while the reader zooms or pans (`moving`),
 * gestureLayoutScale's, which keeps the layout the gesture started with while zooming in and re-packs at whole
 * doublings while zooming out, or takes a layout already made (`laidOut`: their scales) that is valid there.
 * Re-packing 10,000 events and remounting the marks that move takes several frames' time, so a continuous pinch
 * must not do it on every step. When a gesture ends, the lanes are packed at layoutScale's finer step again at the
 * next idle moment (useWhenIdle, just before the SVG marks return, see useZoomCanvas), the gesture's
 * layout staying meanwhile (it is valid at the settled scale): a zoom that follows another is not held up by it.
 */
export function useSteadyLayoutScale(window: TimeWindow, width: number, moving: boolean, laidOut?: () => Iterable<number>): number {
  const held = useRef<number | null>(null);
  /** A gesture has ended and its layout may stay until the page is idle. */
  const settling = useRef(false);
  const atRest = layoutScale(window, width);
  let scale = atRest;
  let waiting = false;
  if (moving) {
    settling.current = laidOut !== undefined;
    scale = held.current = gestureLayoutScale(held.current, window, width, laidOut?.());
  } else {
    const gesture = held.current;
    waiting = settling.current && keepsGestureLayout(gesture, atRest, window, width, laidOut?.() ?? []);
    if (waiting) scale = gesture!;
    else {
      settling.current = false;
      held.current = atRest;
    }
  }

  useWhenIdle(waiting, () => {
    settling.current = false;
  });

  return scale;
}
