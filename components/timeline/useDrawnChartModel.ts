'use client';

import { useRef } from 'react';
import { buildChartModel, buildWideChartModel, modelInWindow, type ChartModel, type ChartModelInput } from '@/lib/chart-model';
import type { TimeWindow } from '@/lib/scale';

interface Drawn {
  input: ChartModelInput;
  /** The window the model's x positions are measured from, and the time range its marks cover. */
  window: TimeWindow;
  model: ChartModel;
}

/**
 * The chart model for the current window, and how far (px) its marks layer is shifted. A model is built for the
 * window itself (shift 0) when nothing can be reused. Once the reader pans (`moving`, the same scale as before), it
 * is built for the window widened by half its span on each side, and later frames, and the window the pan settles
 * on, only shift its marks layer until the window leaves the range drawn: React then re-renders no mark (their props
 * stay the same objects) and the browser moves one group instead of every mark. Labels of ranges that cross the
 * window's left edge and the count of events in view follow the window (modelInWindow). A zoom step changes every
 * mark's position anyway: it builds a model for the window.
 */
export function useDrawnChartModel(input: ChartModelInput, moving: boolean): { model: ChartModel; shiftX: number } {
  const drawn = useRef<Drawn | null>(null);
  const { window, width } = input;
  const span = Math.max(window.to - window.from, 1);
  const previous = drawn.current;
  const sameView =
    previous !== null &&
    sameInputsBesidesWindow(previous.input, input) &&
    Math.abs(previous.input.window.to - previous.input.window.from - span) <= span * 1e-9;
  const covered = sameView && window.from >= previous.window.from && window.to <= previous.window.to;

  if (covered) {
    drawn.current = { ...previous, input };
  } else if (sameView && moving) {
    const { model, drawn: wide } = buildWideChartModel(input);
    drawn.current = { input, window: wide, model };
  } else {
    drawn.current = { input, window, model: buildChartModel(input) };
    return { model: drawn.current.model, shiftX: 0 };
  }
  const { model, window: from } = drawn.current;
  return modelInWindow(model, from, window, width, input.metrics);
}

function sameInputsBesidesWindow(a: ChartModelInput, b: ChartModelInput): boolean {
  return a.timeline === b.timeline && a.lanes === b.lanes && a.layout === b.layout && a.metrics === b.metrics && a.eventsById === b.eventsById && a.width === b.width;
}
