'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { formatDistanceStrict } from 'date-fns';
import { localTimelineUrl, type LocalTimelineSummary } from '@/lib/local-timelines';
import { deleteLocalTimeline, renameLocalTimeline } from './store';
import { storageProblemOf, useLocalTimelines } from './useLocalTimelines';
import { ExportButtons } from './ExportButtons';

/** The timelines kept in this browser, each with open, rename, export and delete. */
export function LocalTimelineList() {
  const id = useId();
  const { items, problem: readProblem, readAt } = useLocalTimelines();
  const [changeProblem, setProblem] = useState<string | null>(null);
  const problem = changeProblem ?? readProblem;

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="font-serif text-xl font-semibold text-ink">
        Your timelines in this browser
      </h2>
      {problem && (
        <p role="alert" className="rounded-xl border border-(--danger) px-4 py-3 text-sm text-ink">
          {problem}
        </p>
      )}
      {items === null ? (
        <p className="text-sm text-muted">Looking in this browser’s storage…</p>
      ) : items.length === 0 ? (
        <p className="text-sm text-muted">None yet. Timelines you open here are kept in this browser, and only here.</p>
      ) : (
        <ul className="divide-y divide-line rounded-2xl border border-line bg-surface">
          {items.map((item) => (
            <LocalTimelineRow key={item.key} item={item} now={readAt ?? new Date(item.updatedAt)} onProblem={setProblem} />
          ))}
        </ul>
      )}
    </section>
  );
}

function LocalTimelineRow({ item, now, onProblem }: { item: LocalTimelineSummary; now: Date; onProblem: (message: string) => void }) {
  const id = useId();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(item.name);
  const fail = (error: unknown) => onProblem(storageProblemOf(error));

  return (
    <li className="space-y-2 px-4 py-3 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Link href={localTimelineUrl(item.key)} className="font-semibold text-ink underline decoration-line underline-offset-2 hover:decoration-ink">
          {item.name}
        </Link>
        <span className="text-xs text-muted">
          {item.eventCount.toLocaleString('en')} {item.eventCount === 1 ? 'event' : 'events'}
          {item.origin.fileName ? ` · from ${item.origin.fileName}` : ''} · updated{' '}
          <time dateTime={item.updatedAt}>{formatDistanceStrict(new Date(item.updatedAt), now, { addSuffix: true })}</time>
        </span>
      </div>

      {mode === 'rename' ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = name.trim();
            if (!trimmed) return;
            renameLocalTimeline(item.key, trimmed, new Date()).then(() => setMode('idle'), fail);
          }}
        >
          <label htmlFor={`${id}-name`} className="sr-only">
            New name for {item.name}
          </label>
          <input
            id={`${id}-name`}
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setMode('idle')}
            className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink"
          />
          <button type="submit" disabled={!name.trim()} className={smallPrimary}>
            Save name
          </button>
          <button type="button" onClick={() => setMode('idle')} className={smallButton}>
            Cancel
          </button>
        </form>
      ) : mode === 'delete' ? (
        <div role="group" aria-label={`Confirm deleting ${item.name}`} className="flex flex-wrap items-center gap-2 rounded-lg bg-accent-soft px-3 py-2 text-sm text-ink">
          <span>Delete “{item.name}” from this browser? Export it first if you may need it again.</span>
          <button type="button" onClick={() => deleteLocalTimeline(item.key).catch(fail)} className={smallDanger}>
            Delete
          </button>
          <button type="button" autoFocus onClick={() => setMode('idle')} className={smallButton}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" onClick={() => setMode('rename')} className={smallButton} aria-label={`Rename ${item.name}`}>
            Rename
          </button>
          <ExportButtons itemKey={item.key} itemName={item.name} className={smallButton} onProblem={onProblem} />
          <button type="button" onClick={() => setMode('delete')} className={smallButton} aria-label={`Delete ${item.name}`}>
            Delete…
          </button>
        </div>
      )}
    </li>
  );
}

const smallButton = 'rounded-md border border-line bg-surface px-2.5 py-1 text-xs text-ink hover:bg-surface-2';
const smallPrimary = 'rounded-md bg-ink px-2.5 py-1 text-xs font-semibold text-bg disabled:opacity-40';
const smallDanger = 'rounded-md bg-(--danger) px-2.5 py-1 text-xs font-semibold text-bg';
