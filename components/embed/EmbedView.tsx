'use client';

import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { buildChartModel } from '@/lib/chart-model';
import { formatDate } from '@/lib/format-dates';
import { DEFAULT_EMBED_OPTIONS, fullViewUrl, parseEmbedOptions, RESIZE_MESSAGE, type EmbedOptions } from '@/lib/embed';
import { NO_FILTERS, type Filters, filtersFromViewState } from '@/lib/filter';
import { citeSourceShort } from '@/lib/labels';
import type { ResolvedTimeline } from '@/lib/resolve';
import { clampWindow, type TimeWindow } from '@/lib/scale';
import { parseViewState, serializeViewState } from '@/lib/view-state';
import { EventDetail } from '../EventDetail';
import { Chart } from '../timeline/Chart';
import { Legend } from '../timeline/Legend';
import { Overview } from '../timeline/Overview';
import { useFocusFollowsMarks } from '../timeline/useFocusFollowsMarks';
import { useProgressiveModel } from '../timeline/useProgressiveModel';
import { usePrefetchLayouts } from '../timeline/usePrefetchLayouts';
import { useShownLayout } from '../timeline/useShownLayout';
import { useSteadyLayoutScale } from '../timeline/useSteadyLayoutScale';
import { useTimelineModel } from '../timeline/useTimelineModel';
import { useZoom } from '../timeline/useZoom';
import { useZoomCanvas } from '../timeline/useZoomCanvas';

const SERVER_WIDTH = 900;

/**
 * The chart alone, for iframes in other sites' reports: the same view state as the full view (filters, window,
 * selected event) read from the URL, presentation options (theme, title, legend, controls, height), a credit
 * that links to the full view at the same state, and its height posted to the parent page for auto-sizing.
 */
export function EmbedView({ timeline, defaultId }: { timeline: ResolvedTimeline; defaultId: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(SERVER_WIDTH);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [activeId, setActiveId] = useState<string | undefined>();
  const [showLinks, setShowLinks] = useState(true);
  const [origin, setOrigin] = useState('');

  const model = useTimelineModel(timeline, filters, width);
  const { extent, initialWindow, lanes, layoutFor, laidOutScales, metrics, events, actors, relations } = model;
  const { window, moving, controls } = useZoom(chartRef, { extent, initialWindow, width, height: 600, gestures: options.controls !== 'none' });
  useFocusFollowsMarks(containerRef, chartRef, { window, extent, showWindow: controls.showWindow });
  const layoutPxPerMs = useSteadyLayoutScale(window, width, moving, laidOutScales);
  const layout = useShownLayout(layoutFor, layoutPxPerMs);
  usePrefetchLayouts(layoutFor, layout, layoutPxPerMs, moving);
  const chart = buildChartModel({ timeline, lanes, layout, metrics, eventsById: events, window, width });
  const { svgModel, onCanvas } = useZoomCanvas(chart, window, moving);
  const drawnChart = useProgressiveModel(svgModel, { moving, width, selectedId, activeId });

  // Read the view and the presentation from the URL once, after hydration (the page itself is static).
  useEffect(() => {
    const { state } = parseViewState(location.search, { eventIds: model.eventIds, actorIds: model.actorIds });
    const presentation = parseEmbedOptions(location.search);
    setOptions(presentation);
    setOrigin(location.origin);
    setFilters(filtersFromViewState(state));
    setSelectedId(state.event);
    if (state.links === false) setShowLinks(false);
    if (presentation.theme !== 'auto') document.documentElement.setAttribute('data-theme', presentation.theme);
    if (state.from !== undefined || state.to !== undefined) {
      controls.showWindow(clampWindow({ from: state.from ?? extent.from, to: state.to ?? extent.to }, extent), false);
    }
    // The URL is read once: the embed does not write to its host's history.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // Inside its border (see TimelineView).
    const measure = () => setWidth(Math.max(260, container.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    container.dataset.ready = 'true';
    return () => observer.disconnect();
  }, []);

  // Tell the parent page how tall the embed's content is, whenever that changes (public/embed.js listens).
  // The content, not the document: the document is at least as tall as the iframe, so it could never shrink.
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (parent === self || !root) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(root);
    post();
    return () => observer.disconnect();
  }, []);

  const viewQuery = serializeViewState({
    actors: timeline.actors.map((actor) => actor.id).filter((id) => filters.actors.includes(id)),
    match: filters.match,
    kinds: filters.kinds,
    statuses: filters.statuses,
    q: filters.q,
    from: window.from,
    to: window.to,
    event: selectedId,
    mode: filters.mode,
    links: showLinks,
  });
  const selected = selectedId ? events.get(selectedId) : undefined;
  const toggleActor = (id: string) =>
    setFilters((current) => ({ ...current, actors: current.actors.includes(id) ? current.actors.filter((a) => a !== id) : [...current.actors, id] }));
  const fixedHeight: CSSProperties | undefined = options.height ? { maxHeight: options.height - 90, overflowY: 'auto' } : undefined;

  return (
    <div ref={rootRef} className="space-y-2 bg-bg p-2 text-ink sm:p-3" data-embed="">
      {options.title && (
        <h1 className="font-serif text-lg font-semibold leading-snug text-ink sm:text-xl">{timeline.title}</h1>
      )}
      {options.controls !== 'none' && (
        <div className="flex flex-wrap items-center gap-1.5 text-xs">
          <div className="flex rounded-lg border border-line bg-surface" role="group" aria-label="Zoom">
            {[
              ['Zoom out', '−', () => controls.zoomBy(1 / 1.6)],
              ['Zoom in', '+', () => controls.zoomBy(1.6)],
              ['Reset the view', 'Reset', () => controls.showWindow(initialWindow)],
            ].map(([label, text, run]) => (
              <button
                key={label as string}
                type="button"
                aria-label={label as string}
                onClick={run as () => void}
                className="min-w-8 px-2 py-1 font-semibold first:rounded-l-lg last:rounded-r-lg hover:bg-surface-2 [&+&]:border-l [&+&]:border-line"
              >
                {text as string}
              </button>
            ))}
          </div>
          {options.controls === 'full' && (
            <>
              <label className="inline-flex items-center gap-1.5 rounded-lg border border-line bg-surface px-2 py-1 font-medium">
                <input type="checkbox" checked={showLinks} onChange={() => setShowLinks(!showLinks)} className="size-3.5 accent-(--accent)" />
                Relations
              </label>
              <fieldset className="flex flex-wrap items-center gap-1">
                <legend className="sr-only">Actors</legend>
                {model.allLanes.map((actor) => (
                  <label
                    key={actor.id}
                    data-lane-color=""
                    style={{ '--c': actor.color } as CSSProperties}
                    className="inline-flex cursor-pointer items-center gap-1 rounded-full border border-line bg-surface px-2 py-0.5 has-checked:border-ink"
                  >
                    <input type="checkbox" className="sr-only" checked={filters.actors.includes(actor.id)} onChange={() => toggleActor(actor.id)} />
                    <span aria-hidden="true" className="size-2 rounded-full bg-(--mark)" />
                    {actor.name}
                  </label>
                ))}
              </fieldset>
            </>
          )}
        </div>
      )}
      <div
        ref={containerRef}
        className="overflow-hidden rounded-lg border border-line bg-surface"
        style={fixedHeight}
        data-window-from={new Date(window.from).toISOString().slice(0, 10)}
        data-window-to={new Date(window.to).toISOString().slice(0, 10)}
      >
        <Chart
          ref={chartRef}
          model={chart}
          marksModel={drawnChart}
          marksOnCanvas={onCanvas}
          window={window}
          width={width}
          asOf={timeline.asOf}
          selectedId={selectedId}
          activeId={activeId}
          faded={model.faded}
          showLinks={showLinks}
          accessibleName={model.accessibleName}
          laneName={model.actorName}
          handlers={{ onActivate: (id) => setSelectedId(id), onHover: (id) => setActiveId(id ?? undefined) }}
          onExpandCluster={(cluster) => controls.showWindow(clampWindow(narrowAround(cluster.startMs, cluster.endMs, window), extent))}
        />
      </div>
      {options.controls === 'full' && (
        <Overview
          starts={model.chartEvents.map((event) => event.startMs)}
          extent={extent}
          window={window}
          width={width}
          asOf={timeline.asOf}
          onWindow={(next, animate) => controls.showWindow(clampWindow(next, extent), animate)}
        />
      )}
      {options.legend && <Legend />}
      <p className="flex flex-wrap items-center justify-between gap-2 text-[11px] text-muted">
        <span>
          Source: {citeSourceShort(timeline.source)}
          {timeline.asOf && ` · as of ${formatDate(timeline.asOf, 'long')}`} ·{' '}
          <a href={fullViewUrl(origin, timeline.id, viewQuery, defaultId)} target="_blank" rel="noopener" className="font-semibold text-ink underline underline-offset-2">
            Parley
          </a>
        </span>
        <a href={fullViewUrl(origin, timeline.id, viewQuery, defaultId)} target="_blank" rel="noopener" className="underline underline-offset-2 hover:text-ink">
          Open the full timeline ↗
        </a>
      </p>
      {selected && (
        <EventDetail
          event={selected}
          actors={actors}
          relations={relations.get(selected.id) ?? []}
          titleOf={model.titleOf}
          citation={citeSourceShort(timeline.source)}
          onClose={() => {
            const id = selected.id;
            setSelectedId(undefined);
            chartRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
          }}
          onNavigate={(id) => setSelectedId(id)}
        />
      )}
    </div>
  );
}

/** A narrower window around a span (half the current one at most), for expanding a "+N" badge. */
function narrowAround(from: number, to: number, current: TimeWindow): TimeWindow {
  const span = Math.min(Math.max(to - from, 0) * 1.5 + 4 * 86_400_000, (current.to - current.from) / 2);
  const centre = (from + to) / 2;
  return { from: centre - span / 2, to: centre + span / 2 };
}

