import { KIND_LABELS } from '@/lib/labels';
import { groupRelations, type Relation } from '@/lib/relations';
import type { ResolvedActor, ResolvedEvent } from '@/lib/resolve';
import { ActorTags } from './ActorTag';
import { EventDates } from './EventDates';
import { Highlight } from './Highlight';
import { SourceQuote } from './SourceQuote';
import { StatusBadge } from './StatusBadge';

export interface EventItemProps {
  event: ResolvedEvent;
  actors: Map<string, ResolvedActor>;
  relations: Relation[];
  titleOf: (id: string) => string | undefined;
  /** Where a related event's link goes: its place in the list, or the event on the whole timeline. */
  hrefOf?: (id: string) => string;
  citation: string;
  /** Search terms to highlight. */
  terms?: readonly string[];
  /** Shown as faint context: it does not match the filters. */
  faded?: boolean;
}

/** One event of the list with all its evidence: dates, status, kind, actors, place, summary, quotes, relations. */
export function EventItem({ event, actors, relations, titleOf, hrefOf = (id) => `#event-${id}`, citation, terms, faded }: EventItemProps) {
  const titleId = `event-${event.id}-title`;
  return (
    <li
      data-event-id={event.id}
      data-faded={faded ? '' : undefined}
      id={`event-${event.id}`}
      className="group grid scroll-mt-6 data-faded:opacity-45 gap-x-6 gap-y-1 border-t border-line py-5 first:border-t-0 sm:grid-cols-[10rem_1fr]"
    >
      <div className="text-sm font-semibold text-ink sm:pt-0.5">
        <EventDates event={event} titleOf={titleOf} />
      </div>
      <article aria-labelledby={titleId} className="min-w-0 space-y-2.5">
        <header className="space-y-1.5">
          <h4 id={titleId} className="text-[17px] font-semibold leading-snug text-ink">
            <Highlight text={event.title} terms={terms} />
          </h4>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
            <StatusBadge status={event.status} />
            <span>{KIND_LABELS[event.kind]}</span>
            {event.place && (
              <>
                <span aria-hidden="true">·</span>
                <span>
                  <Highlight text={event.place} terms={terms} />
                </span>
              </>
            )}
          </p>
        </header>
        <ActorTags ids={event.actors} actors={actors} label="Actors" />
        {event.summary && (
          <p className="max-w-prose text-[15px] leading-relaxed text-ink/90">
            <Highlight text={event.summary} terms={terms} />
          </p>
        )}
        <div className="space-y-2">
          {event.sources.map((source, index) => (
            <SourceQuote key={index} source={source} citation={citation} terms={terms} />
          ))}
        </div>
        {relations.length > 0 && (
          <dl aria-label="Related events" className="grid items-baseline gap-x-3 pt-0.5 text-[13px] sm:grid-cols-[auto_1fr]">
            {groupRelations(relations).map((group) => (
              <div key={group.label} className="contents">
                <dt className="py-0.5 text-muted">{group.label}</dt>
                <dd>
                  <ul className="flex flex-wrap gap-x-4">
                    {group.others.map((other) => (
                      <li key={other}>
                        <a
                          href={hrefOf(other)}
                          className="inline-flex min-h-6 items-center font-medium text-ink underline decoration-line underline-offset-2 hover:decoration-ink"
                        >
                          {titleOf(other) ?? other}
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </article>
    </li>
  );
}
