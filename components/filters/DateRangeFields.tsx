'use client';

import { useEffect, useId, useState } from 'react';
import { parsePartialDate, periodEnd, periodStart } from '@/lib/dates';
import type { TimeWindow } from '@/lib/scale';
import { dayString } from '@/lib/view-state';

const DAY = 86_400_000;

/**
 * The date range as two fields that follow the chart's window and move it: the same filter as the overview
 * brush. Dates are typed as YYYY-MM-DD (or YYYY-MM, YYYY; -YYYY for BCE); a bad date is explained, not applied.
 */
export function DateRangeFields({ window, onChange }: { window: TimeWindow; onChange: (window: TimeWindow) => void }) {
  const id = useId();
  const shownFrom = dayString(window.from);
  const shownTo = dayString(Math.max(window.from, Math.ceil(window.to / DAY) * DAY - 1));
  const [from, setFrom] = useState(shownFrom);
  const [to, setTo] = useState(shownTo);
  const [error, setError] = useState<string | null>(null);

  // Follow the chart, unless the reader is in the middle of typing a date that does not parse yet.
  useEffect(() => setFrom(shownFrom), [shownFrom]);
  useEffect(() => setTo(shownTo), [shownTo]);

  const apply = (nextFrom: string, nextTo: string) => {
    const a = parsePartialDate(nextFrom.trim());
    const b = parsePartialDate(nextTo.trim());
    if (!a.ok) return setError(`From: ${a.error}`);
    if (!b.ok) return setError(`To: ${b.error}`);
    const range = { from: periodStart(a.value), to: periodEnd(b.value) };
    if (range.to <= range.from) return setError('From must come before To.');
    setError(null);
    onChange(range);
  };

  const field = (label: string, value: string, set: (value: string) => void, key: 'from' | 'to') => (
    <label className="inline-flex items-center gap-1.5 text-xs font-medium text-muted">
      {label}
      <input
        id={`${id}-${key}`}
        value={value}
        inputMode="numeric"
        spellCheck={false}
        size={10}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => set(event.target.value)}
        onBlur={() => (key === 'from' ? from !== shownFrom : to !== shownTo) && apply(from, to)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply(from, to);
          }
        }}
        className="w-[7.5rem] rounded-lg border border-line bg-surface px-2 py-1.5 font-mono text-[13px] text-ink aria-invalid:border-(--danger)"
      />
    </label>
  );

  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">Date range</legend>
      {field('From', from, setFrom, 'from')}
      {field('To', to, setTo, 'to')}
      {error && (
        <p id={`${id}-error`} role="alert" className="basis-full text-xs text-(--danger)">
          {error}
        </p>
      )}
    </fieldset>
  );
}
