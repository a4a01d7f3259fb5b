import { formatDate } from '@/lib/format-dates';
import { groupByYear, splitAtAsOf } from '@/lib/group';
import { citeSourceShort } from '@/lib/labels';
import { relationsByEvent } from '@/lib/relations';
import { actorsById, eventsById, type ResolvedEvent, type ResolvedTimeline } from '@/lib/resolve';
import type { ReactNode } from 'react';
import { EventItem } from './EventItem';

/** The accessible chronological list of a timeline's events, grouped by year, split at the "as of" date. */
export function EventList({
  timeline,
  events: shown = timeline.events,
  terms,
  faded,
  empty,
  pinnedQuery = '',
}: {
  timeline: ResolvedTimeline;
  /** The events to list (default: all), e.g. those that pass the filters. */
  events?: ResolvedEvent[];
  terms?: readonly string[];
  /** Events shown as faint context (they do not match the filters). */
  faded?: ReadonlySet<string>;
  /** What to show when no event is listed. */
  empty?: ReactNode;
  /** Query parameters every link to the page must keep (a kept timeline's `id=`). */
  pinnedQuery?: string;
}) {
  const actors = actorsById(timeline);
  const events = eventsById(timeline);
  const relations = relationsByEvent(timeline);
  const titleOf = (id: string) => events.get(id)?.title;
  const listed = new Set(shown.map((event) => event.id));
  // A related event the filters hide has no anchor in the list: the link opens it on the whole timeline instead.
  const hrefOf = (id: string) => (listed.has(id) ? `#event-${id}` : `?${pinnedQuery ? `${pinnedQuery}&` : ''}event=${encodeURIComponent(id)}`);
  const citation = citeSourceShort(timeline.source);
  const { record, beyond } = splitAtAsOf({ ...timeline, events: shown });
  if (shown.length === 0 && empty) return <>{empty}</>;

  const renderYears = (list: ResolvedEvent[], keyPrefix: string) =>
    groupByYear(list).map((group) => (
      <div key={`${keyPrefix}${group.year}`} className="relative">
        <h3
          className="sticky top-0 z-10 -mx-1 bg-bg/95 px-1 py-2 font-serif text-lg font-semibold text-ink backdrop-blur-sm"
        >
          {group.year}
        </h3>
        <ol className="rounded-xl border border-line bg-surface px-4 sm:px-6">
          {group.events.map((event) => (
            <EventItem
              key={event.id}
              event={event}
              actors={actors}
              relations={relations.get(event.id) ?? []}
              titleOf={titleOf}
              hrefOf={hrefOf}
              citation={citation}
              terms={terms}
              faded={faded?.has(event.id)}
            />
          ))}
        </ol>
      </div>
    ));

  return (
    <div className="space-y-10">
      <section aria-labelledby="record-heading" className="space-y-4">
        <h2 id="record-heading" className="text-xs font-semibold uppercase tracking-[0.14em] text-muted">
          {timeline.asOf ? `The record, up to ${formatDate(timeline.asOf, 'long')}` : 'Events'}
          <span className="ml-2 font-normal normal-case tracking-normal">({record.length})</span>
        </h2>
        {record.length ? renderYears(record, '') : <p className="text-muted">No events before this date.</p>}
      </section>
      {beyond.length > 0 && timeline.asOf && (
        <section aria-labelledby="beyond-heading" className="space-y-4">
          <div className="flex items-center gap-3" role="presentation">
            <span className="h-px flex-1 border-t border-dashed border-ink/40" />
          </div>
          <h2 id="beyond-heading" className="text-xs font-semibold uppercase tracking-[0.14em] text-muted">
            Plans and forecasts after {formatDate(timeline.asOf, 'long')}
            <span className="ml-2 font-normal normal-case tracking-normal">({beyond.length})</span>
          </h2>
          <p className="max-w-prose text-sm text-muted">
            The source was written on {formatDate(timeline.asOf, 'long')}; these events had not happened yet when it was published.
          </p>
          {renderYears(beyond, 'beyond-')}
        </section>
      )}
    </div>
  );
}
