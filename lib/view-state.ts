import { parsePartialDate, partialDateAt, periodEnd, periodStart, toIsoString } from './dates';
import { ceilDay, floorDay } from './ticks';

export type ViewMode = 'chart' | 'list';

/** What a URL can say about the view: the visible window, the selected event, chart or list, relation arrows. */
export interface ViewState {
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

const KNOWN = ['from', 'to', 'event', 'view', 'links'];

/**
 * Reads the view from a query string. Never throws: malformed or unknown values are left out and listed in
 * `ignored`. `from` and `to` take YYYY, YYYY-MM or YYYY-MM-DD (`to` counts to the end of its period).
 */
export function parseViewState(query: string | URLSearchParams, context: { eventIds: ReadonlySet<string> }): ParsedViewState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state: ViewState = {};
  const ignored: string[] = [];
  for (const key of new Set(params.keys())) if (!KNOWN.includes(key)) ignored.push(key);

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
 * Writes the view as a stable query string (without "?"): from, to, event, view, links, in that order.
 * The window is widened to whole days; `to` names the day the window ends in.
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.from !== undefined && state.to !== undefined) {
    params.set('from', dayString(floorDay(state.from)));
    params.set('to', dayString(ceilDay(state.to) - 1));
  }
  if (state.event) params.set('event', state.event);
  if (state.view === 'list') params.set('view', 'list');
  if (state.links === false) params.set('links', '0');
  return params.toString();
}
