import { parsePartialDate, partialDateAt, periodEnd, periodStart, toIsoString } from './dates';
import type { ActorMatch, FilterMode } from './filter';
import { KINDS, STATUSES, type Kind, type Status } from './vocabulary';
import { ceilDay, floorDay } from './ticks';

export type ViewMode = 'chart' | 'list';

/** What a URL can say about the view: filters, the visible window, the selected event, chart or list, relations. */
export interface ViewState {
  /** Actor ids to filter by (at least one), and whether events need any or all of them. */
  actors?: string[];
  match?: ActorMatch;
  kinds?: Kind[];
  statuses?: Status[];
  /** Search text. */
  q?: string;
  /** Whether filtered-out events are hidden or faded. */
  mode?: FilterMode;
  /** The visible window's first instant (ms). */
  from?: number;
  /** The visible window's last instant (ms). */
  to?: number;
  event?: string;
  view?: ViewMode;
  links?: boolean;
}

export interface ParsedViewState {
  state: ViewState;
  /** Parameters present but not understood or not valid here, e.g. `to=2020-02-30` or `event=nope`. */
  ignored: string[];
}

const KNOWN = ['actors', 'match', 'kinds', 'statuses', 'q', 'from', 'to', 'event', 'mode', 'view', 'links'];

/** The comma-separated values of a list parameter, trimmed, without empties or repeats. */
export function listValues(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (raw === null) return [];
  return [...new Set(raw.split(',').map((value) => value.trim()).filter(Boolean))];
}

/** Values of a list parameter that are not among the known ones, e.g. `usa` in `actors=us,usa`. */
export function unknownValues(query: string | URLSearchParams, key: string, known: ReadonlySet<string>): string[] {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  return listValues(params, key).filter((value) => !known.has(value));
}

/** Reads a list parameter against the allowed values; a list with no allowed value is ignored. */
function readList<T extends string>(params: URLSearchParams, key: string, allowed: ReadonlySet<string>, ignored: string[]): T[] | undefined {
  if (!params.has(key)) return undefined;
  const values = listValues(params, key).filter((value) => allowed.has(value)) as T[];
  if (values.length === 0) {
    ignored.push(key);
    return undefined;
  }
  return values;
}

const KIND_SET: ReadonlySet<string> = new Set(KINDS);
const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);

/**
 * Reads the view from a query string. Never throws: malformed or unknown values are left out and listed in
 * `ignored`. `from` and `to` take YYYY, YYYY-MM or YYYY-MM-DD (`to` counts to the end of its period).
 */
export function parseViewState(
  query: string | URLSearchParams,
  context: { eventIds: ReadonlySet<string>; actorIds?: ReadonlySet<string> },
): ParsedViewState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state: ViewState = {};
  const ignored: string[] = [];
  for (const key of new Set(params.keys())) if (!KNOWN.includes(key)) ignored.push(key);

  const actors = readList<string>(params, 'actors', context.actorIds ?? new Set(), ignored);
  if (actors) state.actors = actors;
  const match = params.get('match');
  if (match === 'any' || match === 'all') state.match = match;
  else if (match !== null) ignored.push('match');
  const kinds = readList<Kind>(params, 'kinds', KIND_SET, ignored);
  if (kinds) state.kinds = kinds;
  const statuses = readList<Status>(params, 'statuses', STATUS_SET, ignored);
  if (statuses) state.statuses = statuses;
  const q = params.get('q');
  const text = q === null ? '' : truncate(q, MAX_QUERY_LENGTH);
  if (text.trim() !== '') state.q = text;
  else if (q !== null) ignored.push('q');
  const mode = params.get('mode');
  if (mode === 'hide' || mode === 'highlight') state.mode = mode;
  else if (mode !== null) ignored.push('mode');

  const from = readDate(params.get('from'), 'start');
  const to = readDate(params.get('to'), 'end');
  if (params.has('from') && from === undefined) ignored.push('from');
  if (params.has('to') && to === undefined) ignored.push('to');
  if (from !== undefined && to !== undefined && from >= to) ignored.push('from', 'to');
  else {
    if (from !== undefined) state.from = from;
    if (to !== undefined) state.to = to;
  }

  const event = params.get('event');
  if (event !== null) {
    if (context.eventIds.has(event)) state.event = event;
    else ignored.push('event');
  }
  const view = params.get('view');
  if (view === 'chart' || view === 'list') state.view = view;
  else if (view !== null) ignored.push('view');
  const links = params.get('links');
  if (links === '0' || links === '1') state.links = links === '1';
  else if (links !== null) ignored.push('links');
  return { state, ignored: [...new Set(ignored)] };
}

const MAX_QUERY_LENGTH = 200;

/** The first `max` UTF-16 units of text, one fewer rather than half of a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function readDate(value: string | null, side: 'start' | 'end'): number | undefined {
  if (value === null) return undefined;
  const parsed = parsePartialDate(value.trim());
  if (!parsed.ok) return undefined;
  return side === 'start' ? periodStart(parsed.value) : periodEnd(parsed.value);
}

/** A day's date as the URL writes it: "2020-02-01". */
export function dayString(ms: number): string {
  return toIsoString(partialDateAt(ms, 'day'));
}

/**
 * Writes the view as a stable query string (without "?"): actors, match, kinds, statuses, q, from, to, event,
 * mode, view, links, in that order, leaving out defaults. Lists are written in the order given (callers pass
 * dataset order). The window is widened to whole days; `to` names the day the window ends in.
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.actors?.length) params.set('actors', state.actors.join(','));
  if (state.actors?.length && state.match === 'all') params.set('match', 'all');
  if (state.kinds?.length) params.set('kinds', state.kinds.join(','));
  if (state.statuses?.length) params.set('statuses', state.statuses.join(','));
  if (state.q?.trim()) params.set('q', state.q);
  if (state.from !== undefined && state.to !== undefined) {
    params.set('from', dayString(floorDay(state.from)));
    params.set('to', dayString(ceilDay(state.to) - 1));
  }
  if (state.event) params.set('event', state.event);
  if (state.mode === 'highlight') params.set('mode', 'highlight');
  if (state.view === 'list') params.set('view', 'list');
  if (state.links === false) params.set('links', '0');
  // Commas separate list values: keep them readable (`actors=us,taliban`); commas inside `q` stay encoded.
  return params
    .toString()
    .split('&')
    .map((pair) => (pair.startsWith('q=') ? pair : pair.replace(/%2C/gi, ',')))
    .join('&');
}

/**
 * A view's query string (serializeViewState's) followed by the parameters of the current `search` that belong to
 * the page rather than to the view (`pageParams`, e.g. the benchmark page's `data`), so that writing the view's
 * state to the URL keeps them.
 */
export function withPageParams(query: string, search: string, pageParams: readonly string[]): string {
  if (pageParams.length === 0) return query;
  const current = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of pageParams) for (const value of current.getAll(key)) kept.append(key, value);
  const page = kept.toString();
  return query && page ? `${query}&${page}` : query || page;
}
