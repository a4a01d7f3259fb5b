import type { ResolvedEvent, ResolvedTimeline } from './resolve';
import type { TimeWindow } from './scale';
import { KINDS, STATUSES, type Kind, type Status } from './vocabulary';
import { fold, matchesTerms, queryTerms } from './search';
import type { ViewState } from './view-state';

export type ActorMatch = 'any' | 'all';
export type FilterMode = 'hide' | 'highlight';

/** What the reader has narrowed the timeline to. Empty lists mean "no restriction". */
export interface Filters {
  actors: string[];
  match: ActorMatch;
  kinds: Kind[];
  statuses: Status[];
  q: string;
  mode: FilterMode;
}

export const NO_FILTERS: Filters = { actors: [], match: 'any', kinds: [], statuses: [], q: '', mode: 'hide' };

/** The filters a URL's view state asks for, with defaults for what it leaves out. */
export function filtersFromViewState(state: ViewState): Filters {
  return {
    actors: state.actors ?? [],
    match: state.match ?? 'any',
    kinds: state.kinds ?? [],
    statuses: state.statuses ?? [],
    q: state.q ?? '',
    mode: state.mode ?? 'hide',
  };
}

/** True when any filter restricts the events (the date range is separate). */
export function isFiltering(filters: Filters): boolean {
  return filters.actors.length > 0 || filters.kinds.length > 0 || filters.statuses.length > 0 || queryTerms(filters.q).length > 0;
}

/** Every event's searchable text, folded once: title, summary, quotes, place and actor names. */
export function searchIndex(timeline: Pick<ResolvedTimeline, 'events' | 'actors'>): Map<string, string> {
  const names = new Map(timeline.actors.map((actor) => [actor.id, actor.name]));
  return new Map(
    timeline.events.map((event) => [
      event.id,
      fold(
        [event.title, event.summary ?? '', ...event.sources.map((s) => s.quote), event.place ?? '', ...event.actors.map((id) => names.get(id) ?? id)].join('\n'),
      ),
    ]),
  );
}

/** What applyFilters reads of a search index: an event's folded text, by id. */
export type SearchIndex = Pick<ReadonlyMap<string, string>, 'get'>;

/** searchIndex, built on the first lookup: only a text query reads it, and most views never get one. */
export function lazySearchIndex(timeline: Pick<ResolvedTimeline, 'events' | 'actors'>): SearchIndex {
  let index: Map<string, string> | undefined;
  return { get: (id) => (index ??= searchIndex(timeline)).get(id) };
}

export interface FilterResult {
  /** Ids of the events that pass every filter, including the date range when one is given. */
  matching: ReadonlySet<string>;
  /** The matching events in chronological order. */
  events: ResolvedEvent[];
  /** Ids of the events that pass every filter but the date range: what the chart lays out (may be `matching` itself). */
  inAnyWindow: ReadonlySet<string>;
  /** For each facet value, how many events would match with that facet's own filter left out. */
  counts: { actors: Map<string, number>; kinds: Map<Kind, number>; statuses: Map<Status, number> };
}

/**
 * Applies the filters: actors (any or all of them), kinds, statuses, text (every word, case- and
 * diacritic-insensitive, over title, summary, quotes, place and actor names) and, when given, the date range
 * (events overlapping it). Counts are faceted: each chip's count ignores the chip group's own selection.
 */
export function applyFilters(
  timeline: Pick<ResolvedTimeline, 'events'>,
  filters: Filters,
  index: SearchIndex,
  window?: TimeWindow,
): FilterResult {
  if (!window && !isFiltering(filters)) return unfiltered(timeline.events);
  const actorList = [...new Set(filters.actors)];
  const actorSet = new Set(actorList);
  const kindSet = new Set<string>(filters.kinds);
  const statusSet = new Set<string>(filters.statuses);
  const terms = queryTerms(filters.q);
  const matching = new Set<string>();
  const inAnyWindow = new Set<string>();
  const events: ResolvedEvent[] = [];
  const actors = new Map<string, number>();
  const kinds = new Map<Kind, number>(KINDS.map((kind) => [kind, 0]));
  const statuses = new Map<Status, number>(STATUSES.map((status) => [status, 0]));
  for (const event of timeline.events) {
    // Each facet is tested once per event; the faceted counts combine the results.
    const actorOk =
      actorSet.size === 0 ||
      (filters.match === 'all' ? actorList.every((actor) => event.actors.includes(actor)) : event.actors.some((actor) => actorSet.has(actor)));
    const kindOk = kindSet.size === 0 || kindSet.has(event.kind);
    const statusOk = statusSet.size === 0 || statusSet.has(event.status);
    const windowOk = !window || (event.startMs < window.to && event.endMs > window.from);
    const textOk = terms.length === 0 || matchesTerms(index.get(event.id) ?? '', terms);
    const others = windowOk && textOk;
    if (actorOk && kindOk && statusOk && textOk) {
      inAnyWindow.add(event.id);
      if (windowOk) {
        matching.add(event.id);
        events.push(event);
      }
    }
    if (kindOk && statusOk && others) countActors(actors, event.actors);
    if (actorOk && statusOk && others) kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
    if (actorOk && kindOk && others) statuses.set(event.status, (statuses.get(event.status) ?? 0) + 1);
  }
  return { matching, events, inAnyWindow, counts: { actors, kinds, statuses } };
}

/** What applyFilters returns when nothing filters: every event, and counts of all of them, in one pass. */
function unfiltered(all: readonly ResolvedEvent[]): FilterResult {
  const ids = new Set<string>();
  const actors = new Map<string, number>();
  const kinds = new Map<Kind, number>(KINDS.map((kind) => [kind, 0]));
  const statuses = new Map<Status, number>(STATUSES.map((status) => [status, 0]));
  for (let i = 0; i < all.length; i++) {
    const event = all[i];
    ids.add(event.id);
    countActors(actors, event.actors);
    kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
    statuses.set(event.status, (statuses.get(event.status) ?? 0) + 1);
  }
  // Nothing filters, so every event is in every window: one set serves as both.
  return { matching: ids, events: all.slice(), inAnyWindow: ids, counts: { actors, kinds, statuses } };
}

/** Counts an event once for each actor it lists, an actor listed twice once, in first-seen order. */
function countActors(counts: Map<string, number>, actors: readonly string[]): void {
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i];
    if (i > 0 && actors.lastIndexOf(actor, i - 1) >= 0) continue;
    counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
}
