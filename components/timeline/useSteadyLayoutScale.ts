'use client';

import { useRef } from 'react';
import { gestureLayoutScale, layoutScale } from '@/lib/chart-model';
import type { TimeWindow } from '@/lib/scale';

/**
 * The scale to lay the lanes out at: layoutScale's at rest, and while the reader zooms or pans (`moving`),
 * gestureLayoutScale's, which keeps the layout the gesture started with while zooming in and re-packs at whole
 * doublings while zooming out, or takes a layout already made (`laidOut`: their scales) that is valid there. At the
 * gesture's end the lanes are packed at layoutScale's finer step again.
 * Re-packing 10,000 events and remounting the marks that move takes several frames' time, so a continuous pinch
 * must not do it on every step.
 */
export function useSteadyLayoutScale(window: TimeWindow, width: number, moving: boolean, laidOut?: () => Iterable<number>): number {
  const held = useRef<number | null>(null);
  const atRest = layoutScale(window, width);
  if (!moving) {
    held.current = atRest;
    return atRest;
  }
  held.current = gestureLayoutScale(held.current, window, width, laidOut?.());
  return held.current;
}
