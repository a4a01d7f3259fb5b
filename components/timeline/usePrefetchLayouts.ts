'use client';

import { useEffect } from 'react';
import { zoomOutScales } from '@/lib/chart-model';
import type { Layout } from '@/lib/layout';
import { inIdleSlices } from '../idle';

/** How many halvings of the scale below the one at rest are laid out ahead. */
export const PREFETCHED_HALVINGS = 4;

/**
 * Lays out ahead, while the page is idle, the scales a zoom out from this view re-packs the lanes at (zoomOutScales),
 * seeded with the layout on screen as a zoom out would seed them, so that the zoom finds them in layoutFor's cache.
 * Packing 10,000 events takes 10-40 ms in a browser on two cores: done during the gesture, it made the zoom's longest
 * frames.
 */
export function usePrefetchLayouts(layoutFor: (pxPerMs: number, shown?: Layout) => Layout, shown: Layout, pxPerMs: number, moving: boolean) {
  useEffect(() => {
    if (moving) return;
    const scales = zoomOutScales(pxPerMs, PREFETCHED_HALVINGS);
    let next = 0;
    return inIdleSlices((timeLeft) => {
      // One layout per idle slice that has room for one (it cannot be split).
      if (timeLeft() >= 8) layoutFor(scales[next++], shown);
      return next >= scales.length;
    });
  }, [layoutFor, shown, pxPerMs, moving]);
}
