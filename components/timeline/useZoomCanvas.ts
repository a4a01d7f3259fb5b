'use client';

import { useRef } from 'react';
import type { ChartModel } from '@/lib/chart-model';

const pxPerMs = (model: ChartModel) => model.width / Math.max(model.window.to - model.window.from, 1);

/**
 * Whether the marks are drawn on the canvas (MarksCanvas) and which model the SVG marks layer keeps meanwhile. Once a
 * gesture or an animated move changes the scale, the SVG keeps the marks it had (hidden, untouched: React renders
 * none of them and the browser restyles none) and the canvas draws each frame's, until the move ends, when the SVG
 * draws the settled model again. A pan at one scale stays in the SVG: it moves a composited layer (useDrawnChartModel).
 */
export function useZoomCanvas(model: ChartModel, moving: boolean): { svgModel: ChartModel; onCanvas: boolean } {
  const state = useRef<{ svgModel: ChartModel; onCanvas: boolean }>({ svgModel: model, onCanvas: false });
  const { svgModel, onCanvas } = state.current;
  if (!moving) state.current = { svgModel: model, onCanvas: false };
  else if (onCanvas) return state.current;
  else if (Math.abs(pxPerMs(model) - pxPerMs(svgModel)) > pxPerMs(svgModel) * 1e-9) state.current = { svgModel, onCanvas: true };
  else state.current = { svgModel: model, onCanvas: false };
  return state.current;
}
