'use client';

import { useEffect, useState } from 'react';
import { loadTimeline, parseJson, validateTimeline } from '@/lib/load';
import { formatProblem } from '@/lib/problems';
import type { ResolvedTimeline } from '@/lib/resolve';
import { syntheticTimelineText } from '@/lib/synthetic';
import { TimelineView } from '../timeline/TimelineView';

type BenchMarks = { fetched?: number; parsed?: number; validated?: number; rendered?: number };
type BenchGlobals = { __benchMarks?: BenchMarks; __benchError?: string };
type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; timeline: ResolvedTimeline };

/** Reads the dataset the query names: a file to fetch (`?data=`) or a generated one (`?n=&seed=`). */
async function readDataset(params: URLSearchParams): Promise<string> {
  const data = params.get('data');
  if (data) {
    const response = await fetch(data, { cache: 'no-store' });
    if (!response.ok) throw new Error(`fetch ${data}: HTTP ${response.status}`);
    return response.text();
  }
  const n = Number(params.get('n'));
  if (!Number.isInteger(n) || n < 1) throw new Error('add ?data=<url of a timeline file> or ?n=<events>&seed=<integer>');
  return syntheticTimelineText(n, Number(params.get('seed') ?? 42));
}

/**
 * Loads a dataset, validates it, and draws it with the interactive view; records phase marks in
 * `window.__benchMarks` (performance.now() values) and a failure in `window.__benchError` for the harness.
 */
export function BenchTimeline() {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const global = globalThis as BenchGlobals;
    const marks = (global.__benchMarks = {} as BenchMarks);
    readDataset(new URLSearchParams(location.search))
      .then((text) => {
        marks.fetched = performance.now();
        // loadTimeline's two steps, timed apart; on any problem loadTimeline itself reports them, located.
        const json = parseJson(text);
        marks.parsed = performance.now();
        const valid = json.ok && json.duplicates.length === 0 ? validateTimeline(json.value) : undefined;
        const result = valid?.ok ? valid : loadTimeline(text);
        marks.validated = performance.now();
        if (!result.ok) {
          const shown = result.problems.slice(0, 5).map((problem) => formatProblem(problem));
          throw new Error(`${result.problems.length} problem(s) in the dataset: ${shown.join('; ')}`);
        }
        setState({ status: 'ready', timeline: result.resolved });
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        global.__benchError = message;
        setState({ status: 'error', message });
      });
  }, []);

  // Runs after TimelineView's own effects on its first commit.
  useEffect(() => {
    const marks = (globalThis as BenchGlobals).__benchMarks;
    if (state.status === 'ready' && marks) marks.rendered = performance.now();
  }, [state]);

  if (state.status === 'loading') return <p className="text-sm text-muted">Loading the dataset…</p>;
  if (state.status === 'error') {
    return (
      <p role="alert" className="whitespace-pre-wrap text-sm text-ink">
        The benchmark dataset could not be shown: {state.message}
      </p>
    );
  }
  return (
    <>
      <h1 className="font-serif text-xl font-semibold text-ink">
        {state.timeline.title}: {state.timeline.events.length.toLocaleString('en')} events
      </h1>
      <TimelineView timeline={state.timeline} withoutList />
    </>
  );
}
