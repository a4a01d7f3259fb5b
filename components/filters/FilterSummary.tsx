import { partialDateAt } from '@/lib/dates';
import type { ActorMatch } from '@/lib/filter';
import { formatRange } from '@/lib/format-dates';
import type { TimeWindow } from '@/lib/scale';

export interface FilterSummaryProps {
  shown: number;
  total: number;
  actorNames: string[];
  match: ActorMatch;
  dateRange?: TimeWindow;
  active: boolean;
  onClear: () => void;
  notice: string | null;
  onDismissNotice: () => void;
}

/** "14 of 25 events · Taliban and United States · 9 Feb – 21 Apr 2020", announced as it changes, with Clear filters. */
export function FilterSummary({ shown, total, actorNames, match, dateRange, active, onClear, notice, onDismissNotice }: FilterSummaryProps) {
  const joiner = match === 'all' ? ' and ' : ' or ';
  const parts = [
    active ? `${shown} of ${total} events` : `${total} events`,
    actorNames.length ? actorNames.join(actorNames.length > 1 ? joiner : '') : undefined,
    dateRange ? formatRange(partialDateAt(dateRange.from, 'day'), partialDateAt(dateRange.to - 1, 'day')) : undefined,
  ].filter(Boolean);
  return (
    <div className="space-y-2 print:hidden">
      {/* On a phone a pan adds the window's dates and Clear filters, which wrap to a second line: it is kept free, so
          that the chart below does not jump down in the middle of the gesture. */}
      <div className="flex min-h-12 flex-wrap content-start items-center gap-x-3 gap-y-1 text-sm sm:min-h-0">
        <p role="status" className="font-medium text-ink" data-filter-summary="">
          {parts.join(' · ')}
        </p>
        {active && (
          <button type="button" onClick={onClear} className="rounded-md px-2 py-0.5 text-sm font-semibold text-accent underline-offset-2 hover:underline">
            Clear filters
          </button>
        )}
      </div>
      {notice && (
        <div role="note" className="flex items-start justify-between gap-3 rounded-lg border border-line bg-surface-2 px-3 py-2 text-xs text-muted">
          <span>{notice}</span>
          <button type="button" onClick={onDismissNotice} className="shrink-0 font-semibold text-ink hover:underline" aria-label="Dismiss the notice">
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
