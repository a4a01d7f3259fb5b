'use client';

import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { buildChartModel, layoutScale, CHART, type ClusterBadge } from '@/lib/chart-model';
import { partialDateAt } from '@/lib/dates';
import { figureEventCount, figureFileName, figureModel, figureTexts } from '@/lib/figure';
import { replacementFocus, windowToShow, type FocusPlace } from '@/lib/focus-window';
import { formatRange } from '@/lib/format-dates';
import { NO_FILTERS, type Filters } from '@/lib/filter';
import { citeSourceShort } from '@/lib/labels';
import type { ResolvedTimeline } from '@/lib/resolve';
import { clampWindow, DAY_MS, defaultWindow, quickRanges, type TimeWindow } from '@/lib/scale';
import { dayString, withPageParams, type ViewMode } from '@/lib/view-state';
import { EmbedDialog } from '../embed/EmbedDialog';
import { FigureExport, type FigureJob } from '../export/Figure';
import { EventDetail } from '../EventDetail';
import { EventList } from '../EventList';
import { DateRangeFields } from '../filters/DateRangeFields';
import { FilterBar } from '../filters/FilterBar';
import { FilterSummary } from '../filters/FilterSummary';
import { Chart } from './Chart';
import { Legend } from './Legend';
import { LiveRegion, type Announce } from './LiveRegion';
import { Overview } from './Overview';
import { useTimelineModel } from './useTimelineModel';
import { useDrawnChartModel } from './useDrawnChartModel';
import { useListPages } from './useListPages';
import { FOCUSABLE, useFocusFollowsMarks } from './useFocusFollowsMarks';
import { useProgressiveModel } from './useProgressiveModel';
import { usePrefetchLayouts } from './usePrefetchLayouts';
import { useShownLayout } from './useShownLayout';
import { useSteadyLayoutScale } from './useSteadyLayoutScale';
import { useStableHandlers } from './useStableHandlers';
import { useZoomCanvas } from './useZoomCanvas';
import { ViewToolbar, ZOOM_STEP, type ViewToolbarHandlers } from './ViewToolbar';
import { sameWindow, useViewUrl } from './useViewUrl';
import { useZoom } from './useZoom';

/** The width the server renders the chart at, before the client measures its container. */
const SERVER_WIDTH = 1200;

export interface TimelineViewProps {
  timeline: ResolvedTimeline;
  /** Leave out the list view (the benchmark page, where only the chart is measured). */
  withoutList?: boolean;
  /**
   * The chart's width at the first render in the browser, when the page could measure it before mounting the view
   * (the benchmark page, which mounts it once its dataset has loaded): the chart is then laid out and drawn once,
   * not first at the width the server assumes.
   */
  initialWidth?: number;
  /** Query parameters that belong to the page, not to the view (the benchmark page's `data`): kept in the URL. */
  pageParams?: readonly string[];
  /** Offer the Embed dialog (only for timelines the server has). */
  embeddable?: boolean;
}

/** The chart's width in a container this wide. */
const chartWidth = (containerWidth: number) => Math.max(280, Math.floor(containerWidth));

const NO_PAGE_PARAMS: readonly string[] = [];

/** Where a focusable mark or badge of the chart stands (its data-lane and data-start-ms), or null for anything else. */
function focusPlace(element: Element): FocusPlace | null {
  const lane = element.getAttribute('data-lane');
  const ms = Number(element.getAttribute('data-start-ms'));
  return lane !== null && Number.isFinite(ms) && element.hasAttribute('data-start-ms') ? { lane, ms } : null;
}

function describeWindow(window: TimeWindow): string {
  return formatRange(partialDateAt(window.from, 'day'), partialDateAt(window.to - 1, 'day'), 'long');
}

/** The interactive timeline: chart or list, zoom and pan, overview, legend, event details, state in the URL. */
export function TimelineView({ timeline, withoutList = false, initialWidth, pageParams = NO_PAGE_PARAMS, embeddable = true }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const returnFocusTo = useRef<string | null>(null);
  const [width, setWidth] = useState(() => (initialWidth === undefined ? SERVER_WIDTH : chartWidth(initialWidth)));
  const [mounted, setMounted] = useState(false);
  const [view, setView] = useState<ViewMode>('chart');
  const [showLinks, setShowLinks] = useState(true);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [activeId, setActiveId] = useState<string | undefined>();
  const announce = useRef<Announce | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [notice, setNotice] = useState<string | null>(null);
  const [step, setStep] = useState<{ index: number; of: number } | null>(null);
  const [embedding, setEmbedding] = useState(false);
  const [figureJob, setFigureJob] = useState<FigureJob | null>(null);
  // Printing shows the chart and the filtered list, whichever the reader has on screen.
  const [printing, setPrinting] = useState(false);
  // The search box and chips answer at once; the chart and the list catch up when React has time
  // (with 10,000 events a keystroke must not wait for the whole view to re-render).
  const deferredFilters = useDeferredValue(filters);

  const present = useMemo(
    () => ({ kinds: new Set(timeline.events.map((event) => event.kind)), statuses: new Set(timeline.events.map((event) => event.status)) }),
    [timeline],
  );
  const ranges = useMemo(() => quickRanges(timeline), [timeline]);
  const initialWindow = useMemo(() => defaultWindow(timeline), [timeline]);

  // The date range is a filter once the reader has moved away from the opening window (it is then in the URL).
  const [settledWindow, setSettledWindow] = useState<TimeWindow>(initialWindow);
  const dateRange = sameWindow(settledWindow, initialWindow) ? undefined : settledWindow;
  const {
    allLanes,
    lanes,
    metrics,
    events,
    actors,
    actorIds,
    eventIds,
    relations,
    extent,
    titleOf,
    actorName,
    accessibleName,
    result,
    terms,
    filtering,
    hide,
    chartEvents,
    faded,
    layoutFor,
    laidOutScales,
  } = useTimelineModel(timeline, deferredFilters, width, dateRange);
  const listEvents = useMemo(
    () =>
      hide ? result.events : dateRange ? timeline.events.filter((e) => e.startMs < dateRange.to && e.endMs > dateRange.from) : timeline.events,
    [hide, result.events, dateRange, timeline],
  );
  const listPages = useListPages(listEvents, mounted && view === 'list');
  const chartStarts = useMemo(() => chartEvents.map((event) => event.startMs), [chartEvents]);

  const lanesHeightGuess = useRef(400);
  const settle = useRef<(window: TimeWindow) => void>(() => {});
  const { window, moving, controls } = useZoom(chartRef, {
    extent,
    initialWindow,
    width,
    height: CHART.axisHeight + lanesHeightGuess.current,
    onSettled: (w) => settle.current(w),
  });

  useFocusFollowsMarks(containerRef, chartRef, { window, extent, showWindow: controls.showWindow });

  const layoutPxPerMs = useSteadyLayoutScale(window, width, moving, laidOutScales);
  const layout = useShownLayout(layoutFor, layoutPxPerMs);
  usePrefetchLayouts(layoutFor, layout, layoutPxPerMs, moving);
  const chartInput = { timeline, lanes, layout, metrics, eventsById: events, window, width };
  const { model, shiftX } = useDrawnChartModel(chartInput, moving);
  lanesHeightGuess.current = model.lanesHeight;
  const { svgModel, onCanvas } = useZoomCanvas(model, window, moving);
  const drawnModel = useProgressiveModel(svgModel, { moving, width, shiftX, selectedId, activeId });

  // --- URL state -------------------------------------------------------------------------------------------
  const { stateRef, queryFor, writeUrl, isRead } = useViewUrl({
    timeline,
    initialWindow,
    extent,
    eventIds,
    actorIds,
    pageParams,
    state: { window, selectedId, view, showLinks, filters },
    mounted,
    onRead: (read, animate) => {
      setNotice(read.notice);
      setFilters(read.filters);
      setView(read.view);
      setShowLinks(read.showLinks);
      setSelectedId(read.selectedId);
      controls.showWindow(read.window, animate);
    },
  });

  /** A settled window to announce once it is drawn (the count of events in view comes with its model). */
  const toAnnounce = useRef<TimeWindow | null>(null);
  settle.current = (settled) => {
    if (!isRead()) return;
    setSettledWindow(settled);
    writeUrl('replace', { window: settled });
    toAnnounce.current = settled;
  };
  useEffect(() => {
    const settled = toAnnounce.current;
    if (!settled || moving) return;
    toAnnounce.current = null;
    announce.current?.(`Showing ${describeWindow(settled)}: ${model.visibleEventCount} of ${timeline.events.length} events.`);
  });

  // Measured before the browser paints, so that it styles, lays out and paints the chart at its real width only,
  // not first at SERVER_WIDTH too (a server-rendered chart is already on screen either way). A view given its
  // width leaves the measuring to the observer, which reads the layout the browser makes anyway: measuring here
  // would lay out the whole page an extra time, before the effects below change it again.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const measure = () => {
      // Inside its border: a chart as wide as the bordered box was scaled down by max-width, blurring every line.
      const measured = container.clientWidth;
      // A hidden chart (the list is shown) keeps its width, for printing and for coming back.
      if (measured > 0) setWidth(chartWidth(measured));
    };
    if (initialWidth === undefined) measure();
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    // The view the URL asks for comes with hydration, so a list link does not flash the chart first.
    if (new URLSearchParams(location.search).get('view') === 'list') setView('list');
    setMounted(true);
    return () => observer.disconnect();
  }, []);

  // A focused mark that pans or zooms out of view is unmounted: keep keyboard focus in the chart. Checked after the
  // event that caused this render: a render inside a blur (Tab from mark to mark) runs while focus is between the
  // two marks, on the body, and must not take it.
  const chartHadFocus = useRef(false);
  /** Where the chart's last focused mark or badge stood, to give focus to what stands there once it is gone. */
  const lastFocused = useRef<FocusPlace | null>(null);
  /** Focus to what now stands where the lost mark or badge stood (a zoom split the badge, say), else to the chart. */
  const refocus = () => {
    const drawing = chartRef.current;
    const box = drawing?.getBoundingClientRect();
    const inView =
      drawing && box
        ? [...drawing.querySelectorAll<SVGElement>(FOCUSABLE)].filter((item) => {
            const { left, right } = item.getBoundingClientRect();
            return right > box.left && left < box.right;
          })
        : [];
    const index = lastFocused.current ? replacementFocus(lastFocused.current, inView.map(focusPlace)) : -1;
    (index >= 0 ? inView[index] : containerRef.current)?.focus({ preventScroll: true });
  };
  useEffect(() => {
    if (!chartHadFocus.current) return;
    const check = setTimeout(() => {
      if (chartHadFocus.current && (document.activeElement === document.body || document.activeElement === null)) refocus();
    }, 0);
    return () => clearTimeout(check);
  });

  // Tell tests and benchmarks that the chart has been measured and drawn for real.
  useEffect(() => {
    if (!mounted || !containerRef.current) return;
    containerRef.current.dataset.ready = 'true';
    const global = globalThis as { __ready?: number };
    global.__ready ??= performance.now();
  }, [mounted]);

  // The list must be in the page before the browser lays it out for print (flushSync: beforeprint is synchronous).
  useEffect(() => {
    const print = matchMedia('print');
    const update = () => flushSync(() => setPrinting(print.matches));
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(print.matches);
    print.addEventListener('change', update);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      print.removeEventListener('change', update);
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);

  // --- Selection -------------------------------------------------------------------------------------------
  const isDrawn = useCallback(
    (id: string, span: number) =>
      layoutFor(layoutScale({ from: 0, to: span }, width)).lanes.some((lane) => lane.items.some((item) => item.eventId === id)),
    [layoutFor, width],
  );

  const [detailTakesFocus, setDetailTakesFocus] = useState(true);
  const select = useCallback(
    (id: string, options: { reveal?: boolean; takeFocus?: boolean; history?: 'push' | 'replace' } = {}) => {
      const event = events.get(id);
      if (!event) return;
      setSelectedId(id);
      setDetailTakesFocus(options.takeFocus ?? true);
      writeUrl(options.history ?? 'push', { selectedId: id });
      if (options.reveal) {
        const target = windowToShow(event, stateRef.current.window, extent, (span) => isDrawn(id, span));
        if (target !== stateRef.current.window) controls.showWindow(target);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [events, extent, isDrawn, writeUrl],
  );

  const closeDetail = useCallback(() => {
    const id = selectedId;
    setSelectedId(undefined);
    writeUrl('push', { selectedId: undefined });
    const focusId = returnFocusTo.current ?? id;
    const target = focusId ? chartRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(focusId)}"]`) : null;
    (target ?? containerRef.current)?.focus({ preventScroll: true });
    returnFocusTo.current = null;
  }, [selectedId, writeUrl]);

  const expandCluster = useCallback(
    (cluster: ClusterBadge) => {
      const span = Math.max(cluster.endMs - cluster.startMs, 0);
      const padding = Math.max(span * 0.25, 2 * DAY_MS);
      const current = stateRef.current.window;
      const narrower = Math.min(span + 2 * padding, (current.to - current.from) / 2);
      const centre = (cluster.startMs + cluster.endMs) / 2;
      controls.showWindow(clampWindow({ from: centre - narrower / 2, to: centre + narrower / 2 }, extent));
    },
    [controls, extent],
  );

  // --- Filters -------------------------------------------------------------------------------------------
  const changeFilters = (next: Filters, deliberate: boolean) => {
    setFilters(next);
    setStep(null);
    writeUrl(deliberate ? 'push' : 'replace', { filters: next });
  };
  const clearFilters = () => {
    setFilters(NO_FILTERS);
    setStep(null);
    setNotice(null);
    writeUrl('push', { filters: NO_FILTERS, window: initialWindow });
    controls.showWindow(initialWindow);
  };
  const showDates = (range: TimeWindow) => {
    const target = clampWindow(range, extent);
    controls.showWindow(target);
    writeUrl('push', { window: target });
  };
  /** Enter / Shift+Enter in the search box: select the next or previous matching event and bring it into view. */
  const stepThroughResults = (direction: 1 | -1) => {
    const matches = timeline.events.filter((event) => result.inAnyWindow.has(event.id));
    if (matches.length === 0) {
      setStep({ index: -1, of: 0 });
      return;
    }
    const current = step && step.index >= 0 ? step.index : direction === 1 ? -1 : matches.length;
    const next = (current + direction + matches.length) % matches.length;
    setStep({ index: next, of: matches.length });
    select(matches[next].id, { reveal: view === 'chart', takeFocus: false, history: 'replace' });
    if (view === 'list') {
      // A result past the events listed so far is listed first, with the pages before it.
      listPages.listUpTo(matches[next].id)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };

  // The filter bar is memoised: it gets stable handlers that call the latest ones, so a zoom or pan frame
  // (which re-renders this view) does not re-render its chips and menus.
  const stableFilterHandlers = useStableHandlers({ onChange: changeFilters, onStep: stepThroughResults, onDates: showDates });
  const dateRangeFields = useMemo(
    () => <DateRangeFields window={settledWindow} onChange={stableFilterHandlers.onDates} />,
    [settledWindow, stableFilterHandlers],
  );

  const changeView = (next: ViewMode) => {
    setView(next);
    writeUrl('push', { view: next });
  };
  const toggleLinks = () => {
    setShowLinks(!showLinks);
    writeUrl('replace', { showLinks: !showLinks });
  };

  // The toolbar is memoised too (see ViewToolbar).
  const stableToolbarHandlers = useStableHandlers<ViewToolbarHandlers>({
    onView: changeView,
    onToggleLinks: toggleLinks,
    onEmbed: () => setEmbedding(true),
    onDownload: (id) => download(id),
    onZoom: (factor) => controls.zoomBy(factor),
    onReset: () => controls.showWindow(initialWindow),
  });

  /**
   * Where a focused mark or badge in view starts (chart px): a keyboard zoom keeps it there, as a wheel zoom keeps
   * what is under the pointer.
   */
  const focusedX = () => {
    const item = document.activeElement;
    const drawing = chartRef.current;
    if (!item || !drawing || !item.matches(FOCUSABLE) || !drawing.contains(item)) return undefined;
    const box = drawing.getBoundingClientRect();
    // The item's box starts at its focus ring or pill, a few px before its date.
    const x = ((item.getBoundingClientRect().left + 6 - box.left) / box.width) * width;
    return x >= 0 && x <= width ? x : undefined;
  };
  const onChartKey = (event: KeyboardEvent) => {
    const span = window.to - window.from;
    const keys: Record<string, () => void> = {
      '+': () => controls.zoomBy(ZOOM_STEP, focusedX()),
      '=': () => controls.zoomBy(ZOOM_STEP, focusedX()),
      '-': () => controls.zoomBy(1 / ZOOM_STEP, focusedX()),
      _: () => controls.zoomBy(1 / ZOOM_STEP, focusedX()),
      ArrowLeft: () => controls.panBy(-width * (event.shiftKey ? 0.6 : 0.2)),
      ArrowRight: () => controls.panBy(width * (event.shiftKey ? 0.6 : 0.2)),
      Home: () => controls.showWindow({ from: extent.from, to: extent.from + span }),
      End: () => controls.showWindow({ from: extent.to - span, to: extent.to }),
      '0': () => controls.showWindow(extent),
    };
    const run = keys[event.key];
    if (!run || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    run();
  };

  // --- Downloads -------------------------------------------------------------------------------------------
  const download = (id: string) => {
    const dataName = (extension: string) => (dateRange ? figureFileName(timeline.id, dateRange, extension) : `${timeline.id}.${extension}`);
    if (id === 'csv' || id === 'json') {
      // The writers (lib/formats) are loaded on the first data download, not with the page.
      const events = result.events;
      import('../export/data')
        .then(({ downloadCsv, downloadJson }) =>
          id === 'csv' ? downloadCsv(timeline, events, dataName('csv')) : downloadJson(timeline, events, dataName('json')),
        )
        .catch(() => announce.current?.('The file could not be made. Please try again.'));
      return;
    }
    const scale = id === 'png3' ? 3 : 2;
    setFigureJob(
      id === 'svg'
        ? { format: 'svg', scale: 1, fileName: figureFileName(timeline.id, window, 'svg') }
        : { format: 'png', scale, fileName: figureFileName(timeline.id, window, 'png', scale) },
    );
  };
  // A figure is drawn unshifted: from the model for the window itself (the one on screen may be a wider one, shifted).
  const figure = figureJob
    ? figureModel(shiftX === 0 ? model : buildChartModel(chartInput), width)
    : undefined;
  /** What the chart on screen and a figure of it draw alike. */
  const drawn = { window, width, asOf: timeline.asOf, faded, showLinks, laneName: actorName };
  const chosenActors = timeline.actors.filter((actor) => filters.actors.includes(actor.id)).map((actor) => actor.name);

  const selected = selectedId ? events.get(selectedId) : undefined;
  const instructionsId = `${timeline.id}-chart-help`;

  return (
    <div className="space-y-4">
      <ViewToolbar
        groupName={`${timeline.id}-view`}
        view={view}
        showLinks={showLinks}
        embeddable={embeddable}
        preparingFigure={figureJob !== null}
        handlers={stableToolbarHandlers}
      />

      <FilterBar
        actors={allLanes}
        filters={filters}
        counts={result.counts}
        onChange={stableFilterHandlers.onChange}
        onStep={stableFilterHandlers.onStep}
        stepStatus={step ? (step.of === 0 ? 'no results' : `${step.index + 1} of ${step.of}`) : undefined}
        dateRange={dateRangeFields}
        present={present}
      />
      <FilterSummary
        shown={result.matching.size}
        total={timeline.events.length}
        actorNames={chosenActors}
        match={filters.match}
        dateRange={dateRange}
        active={filtering || dateRange !== undefined}
        onClear={clearFilters}
        notice={notice}
        onDismissNotice={() => setNotice(null)}
      />

      <div data-view-panel="chart" data-js-hidden={view !== 'chart' ? '' : undefined} className="space-y-3">
        <p id={instructionsId} className="sr-only">
          Use Tab to move between events and Enter to open one. Plus and minus zoom, the arrow keys pan, Home and End go to the start or the
          end, 0 shows the whole timeline. With a mouse, drag to pan and hold Control or Command while scrolling to zoom.
        </p>
        <div
          ref={containerRef}
          className="overflow-hidden rounded-xl border border-line bg-surface"
          tabIndex={0}
          onFocus={(event) => {
            chartHadFocus.current = true;
            lastFocused.current = focusPlace(event.target) ?? lastFocused.current;
          }}
          onBlur={(event) => {
            if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
            chartHadFocus.current = false;
            const left = event.target;
            // Blurred because the mark or badge was unmounted (it left the window, or a zoom split the badge), not
            // because the reader moved on.
            setTimeout(() => {
              if (!left.isConnected && document.activeElement === document.body) refocus();
            }, 0);
          }}
          role="region"
          aria-label={`${timeline.title}: chart`}
          aria-describedby={instructionsId}
          data-window-from={dayString(window.from)}
          data-window-to={dayString(window.to)}
          onKeyDown={onChartKey}
          style={{ position: 'relative' }}
        >
          {hide && chartEvents.length === 0 && (
            <EmptyState title="No events match these filters" action="Clear filters" onAction={clearFilters} />
          )}
          {chartEvents.length > 0 && model.visibleEventCount === 0 && (
            <EmptyState
              title={`None of the ${chartEvents.length} ${hide ? 'matching ' : ''}events falls in this window`}
              action={hide ? 'Show the matching events' : 'Show the whole timeline'}
              onAction={() => showDates(hide ? spanOf(chartEvents) : extent)}
            />
          )}
          <Chart
            ref={chartRef}
            {...drawn}
            model={model}
            marksModel={drawnModel}
            marksOnCanvas={onCanvas}
            selectedId={selectedId}
            activeId={activeId}
            accessibleName={accessibleName}
            handlers={{
              onActivate: (id, element) => {
                returnFocusTo.current = element.getAttribute('data-event-id') ?? element.getAttribute('data-event-ref');
                select(id);
              },
              onHover: (id) => setActiveId(id ?? undefined),
            }}
            onExpandCluster={expandCluster}
            shiftX={shiftX}
          />
        </div>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 print:hidden">
          <div className="min-w-0 flex-1">
            <Overview starts={chartStarts} extent={extent} window={window} width={Math.max(200, width)} asOf={timeline.asOf} onWindow={(w, animate) => controls.showWindow(clampWindow(w, extent), animate)} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm print:hidden" role="group" aria-label="Quick ranges">
          <span className="text-xs font-semibold uppercase tracking-[0.12em] text-muted">Show</span>
          {ranges.map((range) => (
            <button
              key={range.label}
              type="button"
              onClick={() => {
                controls.showWindow(range);
                writeUrl('push', { window: range });
              }}
              className="rounded-full border border-line bg-surface px-3 py-1 font-medium text-ink hover:border-ink/40"
            >
              {range.label}
            </button>
          ))}
          <span className="ml-auto text-xs text-muted" aria-hidden="true">
            {describeWindow(window)}
          </span>
        </div>
        <Legend />
      </div>

      {/* The list is in the server HTML (for readers without JavaScript); after hydration it is only rendered
          while it is shown, so a large timeline does not re-render thousands of hidden items on every change. */}
      {!withoutList && (!mounted || view === 'list' || printing) && (
        <div data-view-panel="list" data-js-hidden={view !== 'list' ? '' : undefined}>
          <EventList
            timeline={timeline}
            events={listEvents}
            faded={faded}
            terms={terms}
            pinnedQuery={mounted ? withPageParams('', location.search, pageParams) : ''}
            limit={printing ? Infinity : listPages.limit}
            onShowMore={mounted ? listPages.showMore : undefined}
            empty={<EmptyState overlay={false} title="No events match these filters" action="Clear filters" onAction={clearFilters} />}
          />
        </div>
      )}

      <LiveRegion announce={announce} />

      {figureJob && figure && (
        <FigureExport
          job={figureJob}
          texts={figureTexts(timeline, {
            window,
            shown: figureEventCount(figure, faded),
            filtering,
            actorNames: chosenActors,
            match: filters.match,
          })}
          {...drawn}
          model={figure}
          onDone={(error) => {
            setFigureJob(null);
            if (error) announce.current?.('The figure could not be made. Please try again.');
          }}
        />
      )}

      {embedding && (
        <EmbedDialog
          timelineId={timeline.id}
          title={timeline.title}
          viewQuery={queryFor({ ...stateRef.current, view: 'chart' })}
          onClose={() => setEmbedding(false)}
        />
      )}

      {selected && (
        <EventDetail
          event={selected}
          actors={actors}
          relations={relations.get(selected.id) ?? []}
          titleOf={titleOf}
          citation={citeSourceShort(timeline.source)}
          onClose={closeDetail}
          onNavigate={(id) => select(id, { reveal: true })}
          terms={terms}
          takeFocus={detailTakesFocus}
        />
      )}
    </div>
  );
}

/** The window that shows a set of events, with a margin. */
function spanOf(events: readonly { startMs: number; endMs: number }[]): TimeWindow {
  const from = Math.min(...events.map((event) => event.startMs));
  const to = Math.max(...events.map((event) => event.endMs));
  const margin = Math.max((to - from) * 0.08, 10 * DAY_MS);
  return { from: from - margin, to: to + margin };
}

function EmptyState({ title, action, onAction, overlay = true }: { title: string; action: string; onAction: () => void; overlay?: boolean }) {
  return (
    <div className={overlay ? 'pointer-events-none absolute inset-x-0 top-16 z-10 flex justify-center px-4' : 'flex justify-center py-10'}>
      <div role="status" className="pointer-events-auto flex flex-wrap items-center gap-3 rounded-xl border border-line bg-surface px-4 py-3 text-sm shadow-lg">
        <span className="font-medium text-ink">{title}</span>
        <button type="button" onClick={onAction} className="rounded-lg bg-ink px-3 py-1.5 text-xs font-semibold text-bg">
          {action}
        </button>
      </div>
    </div>
  );
}
