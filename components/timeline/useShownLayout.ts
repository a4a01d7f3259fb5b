'use client';

import { useEffect, useRef } from 'react';
import type { Layout } from '@/lib/layout';

/**
 * The lanes' layout at a scale. A scale laid out for the first time places first the events that the layout on
 * screen labels (the last one committed), so that a zoom step keeps the labels in view and adds others, instead of
 * showing different events (see layoutLanes' placeFirst); a scale laid out before is taken from the cache as it was.
 */
export function useShownLayout(layoutFor: (pxPerMs: number, shown?: Layout) => Layout, pxPerMs: number): Layout {
  const shown = useRef<Layout | undefined>(undefined);
  const layout = layoutFor(pxPerMs, shown.current);
  useEffect(() => {
    shown.current = layout;
  }, [layout]);
  return layout;
}
