'use client';

import { startTransition, useEffect, useReducer, useRef } from 'react';

/** How long after a gesture ends what waits for an idle moment may wait (ms): the SVG marks' return, the final layout. */
export const SVG_RETURN_TIMEOUT_MS = 150;

/**
 * While `waiting`, runs `settle` at the page's next idle moment (within SVG_RETURN_TIMEOUT_MS), then renders the
 * component again as a transition. Hooks that call it in one component settle in the order they call it.
 */
export function useWhenIdle(waiting: boolean, settle: () => void): void {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const latest = useRef(settle);
  latest.current = settle;
  useEffect(() => {
    if (!waiting) return;
    const back = () => {
      latest.current();
      startTransition(rerender);
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(back, { timeout: SVG_RETURN_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(back, 50);
    return () => clearTimeout(handle);
  }, [waiting]);
}
