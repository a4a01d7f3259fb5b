'use client';

import { useId, useState } from 'react';
import { IMPORT_FORMATS, type ImportResult } from '@/lib/formats';
import type { LocalTimelineSummary } from '@/lib/local-timelines';
import { formatProblem, type Problem } from '@/lib/problems';

/** How many problems show before "Show all". */
const FIRST_PROBLEMS = 20;

interface ImportReportProps {
  result: ImportResult;
  fileName?: string;
  kept: LocalTimelineSummary[];
  saving: boolean;
  /** Keep the timeline: under a new key, or replacing the one with `replaceKey`. */
  onKeep: (replaceKey?: string) => void;
}

/** What Parley made of an input: the one-sentence failure, or the events it can open, what it skipped and why. */
export function ImportReport({ result, fileName, kept, saving, onKeep }: ImportReportProps) {
  const id = useId();
  const [confirmReplace, setConfirmReplace] = useState(false);
  const formatLabel = IMPORT_FORMATS.find((option) => option.id === result.format)?.label ?? result.format;
  const from = fileName ?? 'The pasted text';

  if (result.fatal) {
    return (
      <section aria-labelledby={`${id}-title`} className="space-y-2 rounded-2xl border border-(--danger) bg-surface px-5 py-4">
        <h2 id={`${id}-title`} className="font-semibold text-ink">
          {from} could not be opened
        </h2>
        <p role="alert" className="text-sm text-ink">
          {result.fatal}
        </p>
      </section>
    );
  }

  const { timeline } = result;
  const ready = timeline?.events.length ?? 0;
  const clash = timeline ? kept.find((k) => k.key === timeline.id) : undefined;
  const keepLabel = result.skipped.length ? `Open ${plural(ready, 'event')}, skip ${result.skipped.length}` : 'Open timeline';

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-6 rounded-2xl border border-line bg-surface px-5 py-5 sm:px-6">
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-[0.12em] text-muted">
          {from} · {formatLabel}
        </p>
        <h2 id={`${id}-title`} className="font-serif text-2xl font-semibold text-ink">
          {timeline?.title ?? 'Nothing could be imported'}
        </h2>
        <p role="status" className="text-sm text-ink">
          {summaryLine(result.total, ready, result.skipped.length)}
        </p>
      </header>

      {timeline && (
        <div className="space-y-3">
          {clash && !confirmReplace && (
            <p className="text-sm text-ink">
              This browser already keeps a timeline with the id “{clash.key}”: <strong>{clash.name}</strong> ({plural(clash.eventCount, 'event')}).
            </p>
          )}
          {confirmReplace && clash ? (
            <div role="group" aria-label="Confirm replacing" className="space-y-3 rounded-xl bg-accent-soft px-4 py-3 text-sm text-ink">
              <p>
                Replace “{clash.name}” ({plural(clash.eventCount, 'event')}) with these {plural(ready, 'event')}? The kept version cannot be brought back.
              </p>
              <div className="flex flex-wrap gap-2">
                <button type="button" disabled={saving} onClick={() => onKeep(clash.key)} className={primaryButton}>
                  Replace it
                </button>
                <button type="button" onClick={() => setConfirmReplace(false)} className={secondaryButton}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <div className="flex flex-wrap items-center gap-2">
              <button type="button" disabled={saving} onClick={() => onKeep()} className={primaryButton}>
                {clash ? 'Keep both' : keepLabel}
              </button>
              {clash && (
                <button type="button" disabled={saving} onClick={() => setConfirmReplace(true)} className={secondaryButton}>
                  Replace “{clash.name}”…
                </button>
              )}
              <span className="text-xs text-muted">Kept in this browser only; nothing is uploaded.</span>
            </div>
          )}
        </div>
      )}

      {result.skipped.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-ink">Skipped events ({result.skipped.length})</h3>
          <ul className="space-y-2 text-sm">
            {result.skipped.map((event) => (
              <li key={event.index} className="rounded-lg border border-line px-3 py-2">
                <p className="font-medium text-ink">{event.label}</p>
                <ProblemList problems={event.problems} />
              </li>
            ))}
          </ul>
        </div>
      )}

      <FileProblems problems={fileLevel(result)} />

      {result.notices.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-ink">Notes on the conversion</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm text-muted">
            {result.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Problems not already shown under a skipped event. */
function fileLevel(result: ImportResult): Problem[] {
  const shown = new Set(result.skipped.flatMap((event) => event.problems));
  return result.problems.filter((problem) => !shown.has(problem));
}

function FileProblems({ problems }: { problems: Problem[] }) {
  const [all, setAll] = useState(false);
  if (!problems.length) return null;
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-ink">Problems ({problems.length})</h3>
      <ProblemList problems={all ? problems : problems.slice(0, FIRST_PROBLEMS)} />
      {problems.length > FIRST_PROBLEMS && !all && (
        <button type="button" onClick={() => setAll(true)} className={secondaryButton}>
          Show all {problems.length} problems
        </button>
      )}
    </div>
  );
}

function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ul className="mt-1 space-y-1 font-mono text-xs leading-relaxed text-(--danger)">
      {problems.map((problem, index) => (
        <li key={index}>{formatProblem({ ...problem, file: undefined })}</li>
      ))}
    </ul>
  );
}

function summaryLine(total: number, ready: number, skipped: number): string {
  if (total === 0) return 'The file holds no events.';
  if (ready === 0) return `None of its ${plural(total, 'event')} could be imported: fix the problems below and try again.`;
  if (skipped === 0) return `All ${plural(total, 'event')} are ready to open.`;
  return `${ready} of ${plural(total, 'event')} are ready; ${skipped} ${skipped === 1 ? 'has' : 'have'} problems and would be skipped.`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

const primaryButton = 'rounded-lg bg-ink px-4 py-2 text-sm font-semibold text-bg disabled:opacity-50';
const secondaryButton = 'rounded-lg border border-line bg-surface px-3 py-1.5 text-sm text-ink hover:bg-surface-2';
