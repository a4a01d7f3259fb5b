'use client';

import { useRef, useSyncExternalStore } from 'react';
import { drawsFirstOnCanvas, withoutMarks, type ChartModel } from '@/lib/chart-model';
import type { TimeWindow } from '@/lib/scale';
import { useWhenIdle } from './useWhenIdle';

/**
 * Whether the marks are drawn on the canvas (MarksCanvas) and which model the SVG marks layer keeps meanwhile. Once a
 * gesture or an animated move changes what is shown (a zoom or a pan), the SVG keeps the marks it had (hidden,
 * untouched: React renders none of them and the browser restyles none) and the canvas draws each frame's. When the
 * move ends, the canvas draws the settled model and the SVG draws it again at the next idle moment (within
 * SVG_RETURN_TIMEOUT_MS): moving every mark's group is the longest frame of a zoom, and a zoom often follows another.
 * A pan is drawn on the canvas too: in the SVG, the marks it brings into view were created a few per frame, and their
 * rendering and styling made its longest frames.
 *
 * A view mounted in the browser with many marks in view (a file opened there, the benchmark page: not one hydrating the
 * server's HTML, which has them) draws them first on the canvas too, and creates their SVG at the first idle moment
 * after that first picture (see drawsFirstOnCanvas). Until then the canvas takes clicks for them (see MarksCanvas).
 */
export function useZoomCanvas(model: ChartModel, window: TimeWindow, moving: boolean): { svgModel: ChartModel; onCanvas: boolean } {
  const hydrating = useSyncExternalStore(noSubscription, notHydrating, duringHydration);
  const state = useRef<{ svgModel: ChartModel; svgWindow: TimeWindow; onCanvas: boolean } | null>(null);
  if (state.current === null) {
    const first = !hydrating && drawsFirstOnCanvas(model);
    state.current = { svgModel: first ? withoutMarks(model) : model, svgWindow: window, onCanvas: first };
  }
  const released = useRef(false);
  let { svgModel, svgWindow, onCanvas } = state.current;
  if (moving) {
    released.current = false;
    if (window.from !== svgWindow.from || window.to !== svgWindow.to) onCanvas = true;
    else if (!onCanvas) svgModel = model;
  } else if (!onCanvas || released.current) {
    released.current = false;
    onCanvas = false;
    svgModel = model;
    svgWindow = window;
  }
  const current = state.current;
  if (svgModel !== current.svgModel || svgWindow !== current.svgWindow || onCanvas !== current.onCanvas) state.current = { svgModel, svgWindow, onCanvas };

  useWhenIdle(onCanvas && !moving, () => {
    released.current = true;
  });

  return state.current;
}

/** useSyncExternalStore's way of telling a render that hydrates server HTML (and the server's) from one in the browser. */
const noSubscription = () => () => {};
const notHydrating = () => false;
const duringHydration = () => true;
