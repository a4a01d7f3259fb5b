'use client';

import { useEffect, useState } from 'react';
import type { LocalTimelineSummary } from '@/lib/local-timelines';
import { listLocalTimelines, onLocalTimelinesChange, StorageError } from './store';

/** What a storage failure says to the reader. */
export function storageProblemOf(error: unknown): string {
  return error instanceof StorageError ? error.message : 'The browser’s storage failed unexpectedly. Try again.';
}

/**
 * The timelines kept in this browser, kept up to date as this page changes them: `items` is null until read,
 * `problem` says why storage could not be read, `readAt` is when the list was last read.
 */
export function useLocalTimelines(): { items: LocalTimelineSummary[] | null; problem: string | null; readAt: Date | null } {
  const [state, setState] = useState<{ items: LocalTimelineSummary[] | null; problem: string | null; readAt: Date | null }>({
    items: null,
    problem: null,
    readAt: null,
  });
  useEffect(() => {
    let live = true;
    const refresh = () => {
      const readAt = new Date();
      listLocalTimelines().then(
        (items) => live && setState({ items, problem: null, readAt }),
        (error: unknown) => live && setState({ items: [], problem: storageProblemOf(error), readAt }),
      );
    };
    refresh();
    const unsubscribe = onLocalTimelinesChange(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return state;
}
