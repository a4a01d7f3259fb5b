import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ResolvedEvent } from '@/lib/resolve';
import { LIST_PAGE_SIZE } from '../EventList';

/** Lets `item` take focus without entering the tab order, and gives it focus. */
function focusItem(item: HTMLElement) {
  item.tabIndex = -1;
  item.focus();
}

/**
 * The list's paging: how many of `events` are listed, "Show more" or "Show all" (focus moves to the first event
 * either adds), and `listUpTo`, which lists the pages up to an event and returns its item. While `active`, a link to
 * an event not listed yet (`#event-<id>`) lists it and moves focus there.
 */
export function useListPages(events: readonly ResolvedEvent[], active: boolean) {
  const [limit, setLimit] = useState(LIST_PAGE_SIZE);

  const showMore = useCallback(
    (all = false) => {
      const first = events[limit]?.id;
      flushSync(() => setLimit(all ? Infinity : limit + LIST_PAGE_SIZE));
      const item = first === undefined ? null : document.getElementById(`event-${first}`);
      if (item) focusItem(item);
    },
    [events, limit],
  );

  const listUpTo = useCallback(
    (id: string): HTMLElement | null => {
      const at = events.findIndex((event) => event.id === id);
      if (at >= limit) flushSync(() => setLimit(Math.ceil((at + 1) / LIST_PAGE_SIZE) * LIST_PAGE_SIZE));
      return document.getElementById(`event-${id}`);
    },
    [events, limit],
  );

  useEffect(() => {
    if (!active) return;
    const reveal = () => {
      if (!location.hash.startsWith('#event-')) return;
      const id = decodeURIComponent(location.hash.slice('#event-'.length));
      if (document.getElementById(`event-${id}`)) return; // listed: the browser has scrolled to it
      const item = listUpTo(id);
      if (!item) return;
      item.scrollIntoView({ block: 'start' });
      focusItem(item);
    };
    addEventListener('hashchange', reveal);
    return () => removeEventListener('hashchange', reveal);
  }, [active, listUpTo]);

  return { limit, showMore, listUpTo };
}
