'use client';

import { useMemo, useRef } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function: each keeps its own signature in T
type Handlers<T> = { [K in keyof T]: (...args: any[]) => unknown };

/**
 * The same object of handlers on every render, each calling the latest one given: a memoised child (the toolbar, the
 * filter bar) then renders only when its other props change, not on every zoom or pan frame of the view around it.
 * The keys are those of the first render.
 */
export function useStableHandlers<T extends Handlers<T>>(handlers: T): T {
  const latest = useRef(handlers);
  latest.current = handlers;
  return useMemo(
    () =>
      Object.fromEntries(
        (Object.keys(latest.current) as (keyof T)[]).map((key) => [key, (...args: unknown[]) => latest.current[key](...args)]),
      ) as T,
    [],
  );
}
