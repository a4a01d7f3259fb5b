import { parsePartialDate, periodEnd, periodStart, type PartialDate } from './dates';
import type { ResolvedDate, EventDates } from './derive';
import type { Actor, Kind, LinkType, SourceRef, Status, Timeline } from './schema';

/**
 * Colours for actors without one: the Okabe–Ito hues (distinguishable with common colour-vision deficiencies,
 * readable on light and dark grounds), then Tol's muted hues for larger casts.
 */
export const ACTOR_PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
  '#8C6D46',
  '#7F7F7F',
];

export interface ResolvedActor extends Actor {
  color: string;
}

export interface ResolvedEvent {
  id: string;
  title: string;
  summary?: string;
  start: ResolvedDate;
  end?: ResolvedDate;
  /** The first instant the event covers. */
  startMs: number;
  /** The instant just after the event's last day, month or year (inclusive end, or the start's own period). */
  endMs: number;
  approximate: boolean;
  status: Status;
  actors: string[];
  kind: Kind;
  place?: string;
  /** How the source writes the date, shown instead of the computed date text. */
  displayDate?: string;
  sources: SourceRef[];
  links: { to: string; type: LinkType }[];
}

/** A background period (an era) with its instants. */
export interface ResolvedPeriod {
  title: string;
  start: PartialDate;
  end: PartialDate;
  startMs: number;
  /** The instant just after the period's last day, month or year. */
  endMs: number;
  color?: string;
}

export interface ResolvedTimeline {
  id: string;
  title: string;
  description?: string;
  source: { title: string; publisher: string; published: PartialDate; url?: string };
  asOf?: PartialDate;
  actors: ResolvedActor[];
  /** Events in chronological order (start, then end, then file order). */
  events: ResolvedEvent[];
  /** Background periods in chronological order; absent when the timeline has none. */
  periods?: ResolvedPeriod[];
}

function mustParse(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(`unvalidated date: ${parsed.error}`);
  return parsed.value;
}

/** Builds the model the views use from a validated timeline and its resolved dates. */
export function resolveTimeline(timeline: Timeline, dates: readonly EventDates[]): ResolvedTimeline {
  const events = timeline.events.map((event, index): ResolvedEvent & { order: number } => {
    const { start, end } = dates[index];
    if (!start) throw new Error(`unvalidated event ${event.id}: its start did not resolve`);
    return {
      id: event.id,
      title: event.title,
      ...(event.summary !== undefined && { summary: event.summary }),
      start,
      ...(end && { end }),
      startMs: periodStart(start),
      endMs: periodEnd(end ?? start),
      approximate: event.approximate ?? false,
      status: event.status,
      actors: event.actors,
      kind: event.kind,
      ...(event.place !== undefined && { place: event.place }),
      ...(event.displayDate !== undefined && { displayDate: event.displayDate }),
      sources: event.sources,
      links: event.links ?? [],
      order: index,
    };
  });
  events.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || a.order - b.order);
  return {
    id: timeline.id,
    title: timeline.title,
    ...(timeline.description !== undefined && { description: timeline.description }),
    source: {
      title: timeline.source.title,
      publisher: timeline.source.publisher,
      published: mustParse(timeline.source.published),
      ...(timeline.source.url !== undefined && { url: timeline.source.url }),
    },
    ...(timeline.asOf !== undefined && { asOf: mustParse(timeline.asOf) }),
    actors: timeline.actors.map((actor, index) => ({ ...actor, color: actor.color ?? ACTOR_PALETTE[index % ACTOR_PALETTE.length] })),
    events: events.map(({ order: _order, ...event }) => event),
    ...(timeline.periods?.length && { periods: resolvePeriods(timeline.periods) }),
  };
}

function resolvePeriods(periods: NonNullable<Timeline['periods']>): ResolvedPeriod[] {
  return periods
    .map((period) => {
      const start = mustParse(period.start);
      const end = mustParse(period.end);
      return { title: period.title, start, end, startMs: periodStart(start), endMs: periodEnd(end), ...(period.color && { color: period.color }) };
    })
    .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

/** Looks events up by id. */
export function eventsById(timeline: ResolvedTimeline): Map<string, ResolvedEvent> {
  return new Map(timeline.events.map((event) => [event.id, event]));
}

/** Looks actors up by id. */
export function actorsById(timeline: ResolvedTimeline): Map<string, ResolvedActor> {
  return new Map(timeline.actors.map((actor) => [actor.id, actor]));
}
