'use client';

import { useEffect, useRef } from 'react';
import { buildChartModel, buildWideChartModel, modelInWindow, type ChartModel, type ChartModelInput } from '@/lib/chart-model';
import type { TimeWindow } from '@/lib/scale';
import { inIdleSlices } from '../idle';

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
 * mark's position anyway: it builds a model for the window. At rest, the widened model is built ahead in an idle
 * moment, for the next pan's first frame.
 */
export function useDrawnChartModel(input: ChartModelInput, moving: boolean): { model: ChartModel; shiftX: number } {
  const drawn = useRef<Drawn | null>(null);
  /** The widened model for the window shown, built ahead in idle time at rest, for a pan's first frame. */
  const ahead = useRef<Drawn | null>(null);
  const { window, width } = input;
  const previous = drawn.current;
  const sameView = previous !== null && sameInputsBesidesWindow(previous.input, input) && sameSpan(previous.input.window, window);

  if (canShow(previous, input)) {
    drawn.current = { ...previous, input };
  } else if (sameView && moving) {
    const ready = ahead.current;
    if (canShow(ready, input)) {
      drawn.current = { ...ready, input };
    } else {
      const { model, drawn: wide } = buildWideChartModel(input);
      drawn.current = { input, window: wide, model };
    }
  } else {
    drawn.current = { input, window, model: buildChartModel(input) };
  }

  // At rest with a model built for the window alone, the widened one is built in the next idle moment: a pan's first
  // frame then finds it, instead of building a model twice as wide (~10-20 ms) on top of the canvas's start.
  const shown = drawn.current;
  const forWindowAlone = sameSpan(shown.window, window);
  useEffect(() => {
    if (moving || !forWindowAlone) return;
    return inIdleSlices(() => {
      const { input } = drawn.current!;
      const { model, drawn: wide } = buildWideChartModel(input);
      ahead.current = { input, window: wide, model };
      return true;
    });
  }, [moving, forWindowAlone, shown.model]);

  if (shown.window === window) return { model: shown.model, shiftX: 0 };
  return modelInWindow(shown.model, shown.window, window, width, input.metrics);
}

/** Whether a model drawn earlier can show the input's window: the same inputs and scale, and its range covers it. */
function canShow(drawn: Drawn | null, input: ChartModelInput): drawn is Drawn {
  const { window } = input;
  return (
    drawn !== null &&
    sameInputsBesidesWindow(drawn.input, input) &&
    sameSpan(drawn.input.window, window) &&
    window.from >= drawn.window.from &&
    window.to <= drawn.window.to
  );
}

/** Whether two windows span the same time (the same scale at one width). */
function sameSpan(a: TimeWindow, b: TimeWindow): boolean {
  const span = Math.max(b.to - b.from, 1);
  return Math.abs(a.to - a.from - span) <= span * 1e-9;
}

function sameInputsBesidesWindow(a: ChartModelInput, b: ChartModelInput): boolean {
  return a.timeline === b.timeline && a.lanes === b.lanes && a.layout === b.layout && a.metrics === b.metrics && a.eventsById === b.eventsById && a.width === b.width;
}
