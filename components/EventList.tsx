import { formatDate, formatRange } from '@/lib/format-dates';
import { groupByYear, splitAtAsOf } from '@/lib/group';
import { citeSourceShort } from '@/lib/labels';
import { relationsByEvent } from '@/lib/relations';
import { actorsById, eventsById, type ResolvedEvent, type ResolvedPeriod, type ResolvedTimeline } from '@/lib/resolve';
import type { ReactNode } from 'react';
import { EventItem } from './EventItem';

/**
 * How many events the list shows at first, and how many more each "Show more" adds. A page of a large timeline stays
 * light: 10,000 listed events are ~15 MB of server HTML and seconds of hydration, for a list no one reads at once.
 */
export const LIST_PAGE_SIZE = 500;

/** The accessible chronological list of a timeline's events, grouped by year, split at the "as of" date. */
export function EventList({
  timeline,
  events: shown = timeline.events,
  terms,
  faded,
  empty,
  pinnedQuery = '',
  limit = Infinity,
  onShowMore,
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
  /** At most this many events are listed, the first in time order; a line after them says how many are left. */
  limit?: number;
  /**
   * Lists the next page of them, or all of them (the "Show more" and "Show all" buttons); without it (the server's
   * HTML), the line says JavaScript lists the rest.
   * With it, links to events not listed yet are anchors too: the caller lists an event when its anchor is followed.
   */
  onShowMore?: (all?: boolean) => void;
}) {
  const actors = actorsById(timeline);
  const events = eventsById(timeline);
  const relations = relationsByEvent(timeline);
  const titleOf = (id: string) => events.get(id)?.title;
  const total = shown.length;
  const cut = total > limit ? shown.slice(0, limit) : shown;
  // A related event the filters hide has no anchor in the list: the link opens it on the whole timeline instead. So
  // does one not listed yet, in the server's HTML; in the browser, the view lists it when its anchor is followed.
  const anchored = new Set((onShowMore ? shown : cut).map((event) => event.id));
  const hrefOf = (id: string) => (anchored.has(id) ? `#event-${id}` : `?${pinnedQuery ? `${pinnedQuery}&` : ''}event=${encodeURIComponent(id)}`);
  const citation = citeSourceShort(timeline.source);
  // The headings count every event shown, listed yet or not.
  const counts = splitAtAsOf({ ...timeline, events: shown });
  const { record, beyond } = cut === shown ? counts : splitAtAsOf({ ...timeline, events: cut });
  if (total === 0 && empty) return <>{empty}</>;

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
      {timeline.periods && <PeriodList periods={timeline.periods} />}
      <section aria-labelledby="record-heading" className="space-y-4">
        <h2 id="record-heading" className="text-xs font-semibold uppercase tracking-[0.14em] text-muted">
          {timeline.asOf ? `The record, up to ${formatDate(timeline.asOf, 'long')}` : 'Events'}
          <span className="ml-2 font-normal normal-case tracking-normal">({counts.record.length})</span>
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
            <span className="ml-2 font-normal normal-case tracking-normal">({counts.beyond.length})</span>
          </h2>
          <p className="max-w-prose text-sm text-muted">
            The source was written on {formatDate(timeline.asOf, 'long')}; these events had not happened yet when it was published.
          </p>
          {renderYears(beyond, 'beyond-')}
        </section>
      )}
      {total > cut.length && <ListMore listed={cut.length} total={total} onShowMore={onShowMore} />}
    </div>
  );
}

/** The timeline's background periods (eras), which the chart draws behind the events, with their dates. */
function PeriodList({ periods }: { periods: ResolvedPeriod[] }) {
  return (
    <section aria-labelledby="periods-heading" className="space-y-4">
      <h2 id="periods-heading" className="text-xs font-semibold uppercase tracking-[0.14em] text-muted">
        Periods
        <span className="ml-2 font-normal normal-case tracking-normal">({periods.length})</span>
      </h2>
      <ol className="divide-y divide-line rounded-xl border border-line bg-surface px-4 sm:px-6">
        {periods.map((period, index) => (
          <li key={index} className="grid gap-x-6 gap-y-0.5 py-3 sm:grid-cols-[10rem_1fr]">
            <span className="text-sm font-semibold tabular-nums text-ink">{formatRange(period.start, period.end)}</span>
            <span className="flex items-baseline gap-2 text-[15px] text-ink">
              {period.color && (
                <span aria-hidden="true" className="size-2.5 shrink-0 self-center rounded-sm" style={{ backgroundColor: period.color }} />
              )}
              {period.title}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The line after a list cut short: how many are listed, and a button that lists the next page. */
function ListMore({ listed, total, onShowMore }: { listed: number; total: number; onShowMore?: (all?: boolean) => void }) {
  const next = Math.min(LIST_PAGE_SIZE, total - listed);
  const button = 'rounded-full border border-line bg-surface px-3 py-1 font-medium text-ink hover:border-ink/40';
  return (
    <div data-list-more="" className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-dashed border-line px-4 py-3 text-sm text-muted sm:px-6">
      <p>
        Showing the first {listed.toLocaleString('en')} of {total.toLocaleString('en')} events.
        {!onShowMore && ' With JavaScript on, the page lists the rest.'}
      </p>
      {onShowMore && (
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => onShowMore()} className={button}>
            Show {next.toLocaleString('en')} more
          </button>
          {/* For the browser's own find-in-page, which only sees what is listed. */}
          {total - listed > next && (
            <button type="button" onClick={() => onShowMore(true)} className={button}>
              Show all {total.toLocaleString('en')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
