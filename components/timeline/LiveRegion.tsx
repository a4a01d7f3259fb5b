'use client';

import { useEffect, useState, type RefObject } from 'react';

/** A function that announces a text in the live region, once the region is mounted. */
export type Announce = (text: string) => void;

/**
 * A polite live region with its own state, so that announcing (the window at the end of each zoom or pan)
 * re-renders this paragraph only, not the chart around it.
 */
export function LiveRegion({ announce }: { announce: RefObject<Announce | null> }) {
  const [text, setText] = useState('');
  useEffect(() => {
    announce.current = setText;
    return () => {
      announce.current = null;
    };
  }, [announce]);
  return (
    <p aria-live="polite" className="sr-only">
      {text}
    </p>
  );
}
