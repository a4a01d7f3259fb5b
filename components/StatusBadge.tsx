import { STATUS_LABELS } from '@/lib/labels';
import type { Status } from '@/lib/schema';

const STYLES: Record<Status, string> = {
  occurred: 'border-line text-muted',
  ongoing: 'border-accent text-accent',
  planned: 'border-dashed border-ink/50 text-ink',
  expected: 'border-dashed border-ink/50 text-ink',
  cancelled: 'border-line text-muted line-through',
};

/** The event's status; plans and forecasts are dashed, as on the chart. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-px text-[11px] font-semibold uppercase tracking-wide ${STYLES[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
