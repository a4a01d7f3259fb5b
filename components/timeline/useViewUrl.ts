'use client';

import { useCallback, useEffect, useRef } from 'react';
import { filtersFromViewState, type Filters } from '@/lib/filter';
import type { ResolvedTimeline } from '@/lib/resolve';
import { clampWindow, DAY_MS, type TimeWindow } from '@/lib/scale';
import { parseViewState, serializeViewState, unknownValues, withPageParams, type ViewMode } from '@/lib/view-state';

/** What the URL holds of a view: its window, selected event, view mode, relations toggle and filters. */
export interface UrlViewState {
  window: TimeWindow;
  selectedId: string | undefined;
  view: ViewMode;
  showLinks: boolean;
  filters: Filters;
}

/** A state read from the URL, for the view to apply; `notice` names what the link held that was not understood. */
export interface ReadViewState extends UrlViewState {
  notice: string | null;
}

/** Two windows the URL writes alike (it holds whole days). */
export const sameWindow = (a: TimeWindow, b: TimeWindow) => Math.abs(a.from - b.from) < DAY_MS && Math.abs(a.to - b.to) < DAY_MS;

/**
 * The view's state in the URL (`?from=…&to=…&event=…&actors=…`): `writeUrl` pushes or replaces the history entry
 * for the current state with some values changed, `queryFor` gives the query string of any state (the embed
 * snippet), and the URL is read once the view is mounted and again on back and forward (`onRead`, with whether to
 * animate the move to the URL's window). Nothing is written before the URL has been read (`isRead`): d3-zoom settles
 * on attach. `pageParams` belong to the page, not to the view, and are kept.
 */
export function useViewUrl({
  timeline,
  initialWindow,
  extent,
  eventIds,
  actorIds,
  pageParams,
  state,
  mounted,
  onRead,
}: {
  timeline: ResolvedTimeline;
  initialWindow: TimeWindow;
  extent: TimeWindow;
  eventIds: ReadonlySet<string>;
  actorIds: ReadonlySet<string>;
  pageParams: readonly string[];
  state: UrlViewState;
  mounted: boolean;
  onRead: (read: ReadViewState, animate: boolean) => void;
}) {
  /** The state as last rendered, or as just read from the URL (a move to its window may write before a render). */
  const stateRef = useRef(state);
  stateRef.current = state;
  const read = useRef(false);
  const latestOnRead = useRef(onRead);
  latestOnRead.current = onRead;

  const queryFor = useCallback(
    (shown: UrlViewState) => {
      const { filters: f } = shown;
      const order = (ids: string[]) => timeline.actors.map((actor) => actor.id).filter((id) => ids.includes(id));
      return serializeViewState({
        actors: order(f.actors),
        match: f.match,
        kinds: f.kinds,
        statuses: f.statuses,
        q: f.q,
        ...(!sameWindow(shown.window, initialWindow) && { from: shown.window.from, to: shown.window.to }),
        event: shown.selectedId,
        mode: f.mode,
        view: shown.view,
        links: shown.showLinks,
      });
    },
    [initialWindow, timeline],
  );

  const writeUrl = useCallback(
    (mode: 'push' | 'replace', overrides: Partial<UrlViewState> = {}) => {
      const query = withPageParams(queryFor({ ...stateRef.current, ...overrides }), location.search, pageParams);
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
    [queryFor, pageParams],
  );

  const applyUrl = useCallback(
    (animate: boolean) => {
      const { state: parsed, ignored } = parseViewState(location.search, { eventIds, actorIds });
      read.current = true;
      const dropped = [
        ...unknownValues(location.search, 'actors', actorIds).map((id) => `actor “${id}”`),
        ...ignored.filter((key) => key !== 'actors' && !pageParams.includes(key)).map((key) => `“${key}”`),
      ];
      const shown = {
        filters: filtersFromViewState(parsed),
        view: parsed.view ?? 'chart',
        showLinks: parsed.links ?? true,
        selectedId: parsed.event,
      };
      // Moving to the URL's window may settle at once and write the URL: it must write what was just read.
      stateRef.current = { ...stateRef.current, ...shown };
      const target =
        parsed.from !== undefined || parsed.to !== undefined ? { from: parsed.from ?? extent.from, to: parsed.to ?? extent.to } : initialWindow;
      latestOnRead.current(
        {
          ...shown,
          window: clampWindow(target, extent),
          notice: dropped.length ? `Some settings in this link were not understood and were left out: ${dropped.join(', ')}.` : null,
        },
        animate,
      );
    },
    [eventIds, actorIds, extent, initialWindow, pageParams],
  );

  useEffect(() => {
    if (!mounted) return;
    applyUrl(false);
    const onPop = () => applyUrl(true);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [mounted, applyUrl]);

  return { stateRef, queryFor, writeUrl, isRead: () => read.current };
}
