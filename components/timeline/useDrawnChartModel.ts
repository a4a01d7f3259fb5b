'use client';

import { useRef } from 'react';
import { buildChartModel, buildWideChartModel, panShift, type ChartModel, type ChartModelInput } from '@/lib/chart-model';
import type { TimeWindow } from '@/lib/scale';

interface Drawn {
  input: ChartModelInput;
  /** The window the model's x positions are measured from, and the time range its marks cover. */
  window: TimeWindow;
  model: ChartModel;
}

/**
 * The chart model for the current window, and how far (px) its marks layer is shifted. At rest the model is built
 * for the window itself (shift 0). During a pan (`moving`, the same scale as the previous frame), the model is built
 * once for the window widened by half its span on each side, and later frames only shift its marks layer, until the
 * window leaves the range drawn: React then re-renders no mark (their props stay the same objects) and the browser
 * moves one group instead of every mark. A zoom step changes every mark's position anyway: it is built as at rest.
 * While shifted, labels of ranges that begin left of the window stay where they were, and the count of events in
 * view is the drawn range's; both are exact again when the gesture ends.
 */
export function useDrawnChartModel(input: ChartModelInput, moving: boolean): { model: ChartModel; shiftX: number } {
  const drawn = useRef<Drawn | null>(null);
  const { window, width } = input;
  const span = Math.max(window.to - window.from, 1);
  const previous = drawn.current;
  const panning =
    moving &&
    previous !== null &&
    sameInputsBesidesWindow(previous.input, input) &&
    Math.abs(previous.input.window.to - previous.input.window.from - span) <= span * 1e-9;

  if (panning) {
    if (window.from < previous.window.from || window.to > previous.window.to) {
      const { model, drawn: wide } = buildWideChartModel(input);
      drawn.current = { input, window: wide, model };
    } else {
      drawn.current = { ...previous, input };
    }
    const { model, window: from } = drawn.current;
    const shiftX = panShift(from, window, width);
    return { model: { ...model, ...(model.asOfX !== undefined && { asOfX: model.asOfX + shiftX }) }, shiftX };
  }
  const model = buildChartModel(input);
  drawn.current = { input, window, model };
  return { model, shiftX: 0 };
}

function sameInputsBesidesWindow(a: ChartModelInput, b: ChartModelInput): boolean {
  return a.timeline === b.timeline && a.lanes === b.lanes && a.layout === b.layout && a.metrics === b.metrics && a.eventsById === b.eventsById && a.width === b.width;
}
