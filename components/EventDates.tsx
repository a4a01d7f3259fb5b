import { toIsoString } from '@/lib/dates';
import { describeDerivation } from '@/lib/describe';
import { formatDate, formatRangeParts } from '@/lib/format-dates';
import type { ResolvedEvent } from '@/lib/resolve';

/** An event's dates as <time> elements at their precision, with "c." and how derived dates were computed. */
export function EventDates({ event, titleOf }: { event: ResolvedEvent; titleOf: (id: string) => string | undefined }) {
  const { start, end } = event;
  const parts = end ? formatRangeParts(start, end) : null;
  const startNote = describeDerivation(start, titleOf);
  const endNote = end && describeDerivation(end, titleOf);
  return (
    <span className="tabular-nums">
      {event.approximate && (
        <>
          <abbr title="circa: the dates are estimates" className="no-underline">
            c.
          </abbr>{' '}
        </>
      )}
      {event.displayDate ? (
        // The source's own wording of the date ("Spring 1948") reads better than the computed one.
        <time dateTime={toIsoString(start)}>{event.displayDate}</time>
      ) : parts && end ? (
        <>
          <time dateTime={toIsoString(start)}>{parts.start}</time>
          {parts.separator}
          <time dateTime={toIsoString(end)}>{parts.end}</time>
        </>
      ) : (
        <time dateTime={toIsoString(start)}>{formatDate(start)}</time>
      )}
      {startNote && <span className="block text-xs font-normal text-muted">start: {startNote}</span>}
      {endNote && <span className="block text-xs font-normal text-muted">end: {endNote}</span>}
    </span>
  );
}
