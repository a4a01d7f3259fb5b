'use client';

import { useEffect, useRef, useState } from 'react';
import { formatProblem } from '@/lib/problems';
import type { ResolvedTimeline } from '@/lib/resolve';
import { syntheticTimelineText } from '@/lib/synthetic';
import { TimelineView } from '../timeline/TimelineView';
import { epochNow } from './clock';
import type { TimedLoad } from './load-dataset';
import { fromWorkerReply, type WorkerReply } from './worker-reply';

/** The page's own query parameters, which the view keeps in the URL as it writes its state there. */
const PAGE_PARAMS = ['data', 'n', 'seed'];

type BenchMarks = { fetched?: number; parsed?: number; validated?: number; rendered?: number };
/** What public/bench-fetch.js started before the page's scripts arrived. */
type EarlyLoad = { url: string; text: Promise<string>; fetchedAt: number; loaded: Promise<WorkerReply | null> };
type BenchGlobals = { __benchMarks?: BenchMarks; __benchError?: string; __benchFetch?: EarlyLoad };
type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; timeline: ResolvedTimeline; width?: number };

/** The loading worker, a plain script at a fixed URL (built by scripts/build-workers.mjs). */
const WORKER_URL = '/workers/load-timeline.js';

/**
 * Below this size (about 2,500 events) a dataset the page loads itself is parsed and validated on the main thread:
 * starting the worker only now (fetching and compiling its script) takes longer than the work it would take over.
 * public/bench-fetch.js, which starts its worker before the page's scripts arrive, hands it files from 64 KB.
 */
const WORKER_MIN_CHARS = 512 * 1024;

/** Parses, validates and resolves here, with the validator loaded on demand (the page's own scripts leave zod out). */
const loadHere = async (text: string): Promise<TimedLoad> => (await import('./load-dataset')).loadTimed(text);

/** Parses, validates and resolves a large dataset in a worker; a small one, or where a worker cannot run, here. */
function loadOffMainThread(text: string): Promise<TimedLoad> {
  if (text.length < WORKER_MIN_CHARS) return loadHere(text);
  let worker: Worker;
  try {
    worker = new Worker(WORKER_URL);
  } catch {
    return loadHere(text);
  }
  return new Promise<TimedLoad>((resolve) => {
    worker.onmessage = (message: MessageEvent<WorkerReply>) => {
      worker.terminate();
      resolve(fromWorkerReply(message.data));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(loadHere(text));
    };
    worker.postMessage(text);
  });
}

/** Turns an absolute time (epochNow) into performance.now()'s scale on this page. */
const pageTime = (epochMs: number) => epochMs - performance.timeOrigin;

type Loaded = TimedLoad & { fetchedAt: number };
let loading: { search: string; promise: Promise<Loaded> } | undefined;

/**
 * Reads the dataset the query names, a file to fetch (`?data=`) or a generated one (`?n=&seed=`), and parses,
 * validates and resolves it. A file is usually already on its way, with its worker: the page's first script
 * started both (public/bench-fetch.js).
 */
async function readAndLoad(params: URLSearchParams): Promise<Loaded> {
  const data = params.get('data');
  const early = (globalThis as BenchGlobals).__benchFetch;
  if (data && early?.url === data) {
    const text = await early.text;
    const loaded = await early.loaded;
    return { fetchedAt: early.fetchedAt, ...(loaded ? fromWorkerReply(loaded) : await loadOffMainThread(text)) };
  }
  let text: string;
  if (data) {
    const response = await fetch(data, { cache: 'no-store' });
    if (!response.ok) throw new Error(`fetch ${data}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    const n = Number(params.get('n'));
    if (!Number.isInteger(n) || n < 1) throw new Error('add ?data=<url of a timeline file> or ?n=<events>&seed=<integer>');
    text = syntheticTimelineText(n, Number(params.get('seed') ?? 42));
  }
  const fetchedAt = epochNow();
  return { fetchedAt, ...(await loadOffMainThread(text)) };
}

/** readAndLoad, once per query string; started as soon as this module is evaluated in the browser. */
function loadDataset(search: string): Promise<Loaded> {
  if (loading?.search !== search) {
    const promise = readAndLoad(new URLSearchParams(search));
    promise.catch(() => {}); // reported by the component, which awaits it
    loading = { search, promise };
  }
  return loading.promise;
}
if (typeof window !== 'undefined' && location.pathname === '/bench') loadDataset(location.search);

/**
 * Loads a dataset, validates it, and draws it with the interactive view; records phase marks in
 * `window.__benchMarks` (performance.now() values) and a failure in `window.__benchError` for the harness.
 */
export function BenchTimeline() {
  const [state, setState] = useState<State>({ status: 'loading' });
  // The chart will be as wide as this placeholder: measured before the view mounts, it is laid out once.
  const placeholder = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const global = globalThis as BenchGlobals;
    const marks = (global.__benchMarks = {} as BenchMarks);
    loadDataset(location.search)
      .then(({ result, fetchedAt, parsedAt, validatedAt }) => {
        marks.fetched = pageTime(fetchedAt);
        marks.parsed = pageTime(parsedAt);
        marks.validated = pageTime(validatedAt);
        if (!result.ok) {
          const shown = result.problems.slice(0, 5).map((problem) => formatProblem(problem));
          throw new Error(`${result.problems.length} problem(s) in the dataset: ${shown.join('; ')}`);
        }
        setState({ status: 'ready', timeline: result.resolved, width: placeholder.current?.clientWidth });
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

  if (state.status === 'loading') {
    return (
      // Bordered like the chart's box, so that its width inside the border is the chart's.
      <p ref={placeholder} className="rounded-xl border border-transparent text-sm text-muted">
        Loading the dataset…
      </p>
    );
  }
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
      <TimelineView timeline={state.timeline} withoutList initialWidth={state.width} pageParams={PAGE_PARAMS} />
    </>
  );
}
