'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { loadTimeline } from '@/lib/load';
import { formatProblem } from '@/lib/problems';
import type { ResolvedTimeline } from '@/lib/resolve';
import { TimelineHeader } from '../TimelineHeader';
import { TimelineView } from '../timeline/TimelineView';
import { ExportButtons } from './ExportButtons';
import { getLocalTimeline } from './store';
import { storageProblemOf } from './useLocalTimelines';

type State =
  | { status: 'loading' }
  | { status: 'missing'; key: string | null }
  | { status: 'failed'; message: string }
  | { status: 'ready'; key: string; name: string; timeline: ResolvedTimeline };

/** A timeline kept in this browser (`/local?id=…`), in the full view. */
export function LocalTimelineView() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const key = new URLSearchParams(location.search).get('id');
    if (!key) return setState({ status: 'missing', key });
    getLocalTimeline(key).then(
      (record) => {
        if (!record) return setState({ status: 'missing', key });
        const loaded = loadTimeline(JSON.stringify(record.timeline), record.name);
        if (!loaded.ok) return setState({ status: 'failed', message: loaded.problems.map(formatProblem).join('\n') });
        setState({ status: 'ready', key, name: record.name, timeline: loaded.resolved });
        document.title = `${record.name} · Parley`;
      },
      (error: unknown) => setState({ status: 'failed', message: storageProblemOf(error) }),
    );
  }, []);

  if (state.status === 'loading') return <p className="py-24 text-center text-sm text-muted">Opening the timeline kept in this browser…</p>;
  if (state.status !== 'ready') {
    return (
      <div role="alert" className="mx-auto max-w-2xl space-y-3 py-16">
        <h1 className="font-serif text-2xl font-semibold text-ink">
          {state.status === 'missing' ? 'This timeline is not in this browser' : 'This timeline could not be opened'}
        </h1>
        <p className="whitespace-pre-line text-sm text-ink">
          {state.status === 'missing'
            ? 'Timelines you open in Parley are kept only in the browser where you opened them, until you delete them. It may have been deleted, or opened in another browser or profile.'
            : state.message}
        </p>
        <Link href="/open" className="inline-block rounded-lg bg-ink px-4 py-2 text-sm font-semibold text-bg">
          Open a timeline
        </Link>
      </div>
    );
  }

  const timeline = { ...state.timeline, title: state.name };
  return (
    <div className="space-y-8">
      <div className="max-w-5xl space-y-4">
        <TimelineHeader timeline={timeline} />
        <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <span>Kept in this browser only.</span>
          <ExportButtons itemKey={state.key} itemName={state.name} className={button} onProblem={setProblem} />
          <Link href="/open" className={button}>
            Manage your timelines
          </Link>
        </div>
        {problem && (
          <p role="alert" className="text-sm text-(--danger)">
            {problem}
          </p>
        )}
      </div>
      <div id="timeline">
        <TimelineView timeline={timeline} pageParams={LOCAL_PAGE_PARAMS} embeddable={false} />
      </div>
    </div>
  );
}

/** The kept timeline's key stays in the URL whatever the view writes there. */
const LOCAL_PAGE_PARAMS = ['id'];

const button = 'rounded-md border border-line bg-surface px-2.5 py-1 text-xs text-ink no-underline hover:bg-surface-2';
