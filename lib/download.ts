// The data downloads: a timeline cut down to the events a reader has filtered to, still a valid Parley file.
import { toIsoString } from './dates';
import type { ResolvedDate } from './derive';
import type { ResolvedEvent, ResolvedTimeline } from './resolve';
import type { DateValue, TimelineInput } from './schema';

/** A date as a dataset writes it: derived from another event when that event is kept, else the resolved date. */
function writtenDate(date: ResolvedDate, kept: ReadonlySet<string>): DateValue {
  return date.derived && kept.has(date.derived.from) ? { from: date.derived.from, offset: date.derived.offset } : toIsoString(date);
}

/**
 * A Parley timeline holding just `events` (e.g. those that pass the filters): links and derived dates that point
 * at events left out are dropped or written as the dates they resolved to, and only the actors those events
 * involve are kept, with the colours they had (so the file draws as the view did).
 */
export function timelineWithEvents(timeline: ResolvedTimeline, events: readonly ResolvedEvent[]): TimelineInput {
  const kept = new Set(events.map((event) => event.id));
  const involved = new Set(events.flatMap((event) => event.actors));
  const actors = timeline.actors.filter((actor) => involved.has(actor.id));
  const { id, title, description, source, asOf } = timeline;
  return {
    id,
    title,
    ...(description !== undefined && { description }),
    source: { ...source, published: toIsoString(source.published) },
    ...(asOf && { asOf: toIsoString(asOf) }),
    // A timeline needs an actor: with no event kept, keep them all.
    actors: (actors.length ? actors : timeline.actors).map((actor) => ({
      id: actor.id,
      name: actor.name,
      ...(actor.description !== undefined && { description: actor.description }),
      color: actor.color,
    })),
    events: events.map((event) => {
      const links = event.links.filter((link) => kept.has(link.to));
      return {
        id: event.id,
        title: event.title,
        ...(event.summary !== undefined && { summary: event.summary }),
        start: writtenDate(event.start, kept),
        ...(event.end && { end: writtenDate(event.end, kept) }),
        ...(event.approximate && { approximate: true }),
        status: event.status,
        actors: event.actors,
        kind: event.kind,
        ...(event.place !== undefined && { place: event.place }),
        ...(event.displayDate !== undefined && { displayDate: event.displayDate }),
        sources: event.sources.map((source) => ({ ...source })),
        ...(links.length > 0 && { links }),
      };
    }),
    ...(timeline.periods?.length && {
      periods: timeline.periods.map((period) => ({
        title: period.title,
        start: toIsoString(period.start),
        end: toIsoString(period.end),
        ...(period.color && { color: period.color }),
      })),
    }),
  };
}
