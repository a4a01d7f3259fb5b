'use client';

import { useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { ChartModel } from '@/lib/chart-model';
import { drawnKeys, limitNewMarks } from '@/lib/progressive';

/** New marks and badges a frame of a gesture may create: creating and styling one costs about 0.3-0.6 ms on two cores. */
export const NEW_MARKS_PER_FRAME = 24;

/**
 * While the reader zooms or pans (`moving`), the marks and badges that come into view are drawn a few per frame,
 * nearest the middle first, instead of all in one long frame (zooming out from a close view of 10,000 events
 * brings a few hundred at once); the rest follow on the next frames. At rest the model is drawn whole.
 * The selected and the focused event are always drawn. `shiftX`: how far the marks layer is shifted (see
 * useDrawnChartModel), so that "the middle" is the window's, in the model's coordinates.
 */
export function useProgressiveModel(
  model: ChartModel,
  { moving, width, shiftX = 0, selectedId, activeId }: { moving: boolean; width: number; shiftX?: number; selectedId?: string; activeId?: string },
): ChartModel {
  const keep = useMemo(() => new Set([selectedId, activeId].filter((id): id is string => id !== undefined)), [selectedId, activeId]);
  const drawn = useRef<ReadonlySet<string>>(new Set());
  const [, nextFrame] = useReducer((frame: number) => frame + 1, 0);
  const { model: shown, waiting } = moving ? limitNewMarks(model, drawn.current, NEW_MARKS_PER_FRAME, width / 2 - shiftX, keep) : { model, waiting: 0 };

  // What this commit drew is what the next render may keep without creating anything.
  useLayoutEffect(() => {
    drawn.current = drawnKeys(shown);
  }, [shown]);

  useEffect(() => {
    if (waiting === 0) return;
    const frame = requestAnimationFrame(nextFrame);
    return () => cancelAnimationFrame(frame);
  }, [shown, waiting]);

  return shown;
}
