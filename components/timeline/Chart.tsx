import { forwardRef, useId, useMemo, useRef, type CSSProperties } from 'react';
import { linkCurve, relatedEvents, type Picked } from '@/lib/canvas-marks';
import { CHART, drawOrder, type ChartModel, type ClusterBadge } from '@/lib/chart-model';
import { partialDateAt, periodEnd, type PartialDate } from '@/lib/dates';
import { formatDate, formatRange } from '@/lib/format-dates';
import { LINK_LABELS } from '@/lib/labels';
import { clusterKey, markKey } from '@/lib/progressive';
import { estimateTextWidth } from '@/lib/text-width';
import type { TimeWindow } from '@/lib/scale';
import { axisTicks, contextTicks, placeContextLabels } from '@/lib/ticks';
import { ClusterMark, PrimaryMark, SecondaryMark, type MarkHandlers } from './Marks';
import { MarksCanvas } from './MarksCanvas';

export interface ChartProps {
  model: ChartModel;
  /** The window shown (the model may span a wider range: see shiftX). */
  window: TimeWindow;
  width: number;
  asOf?: PartialDate;
  selectedId?: string;
  /** The hovered or focused event: its relations are labelled, and unrelated marks fade. */
  activeId?: string;
  /** Events that do not match the filters, drawn faint ("highlight" mode). */
  faded?: ReadonlySet<string>;
  showLinks: boolean;
  accessibleName: (eventId: string) => string;
  laneName: (actorId: string) => string;
  handlers: MarkHandlers;
  onExpandCluster: (cluster: ClusterBadge) => void;
  /** How far the marks layer is shifted right (px) from the positions in the model (see useDrawnChartModel). */
  shiftX?: number;
  /** The model whose marks, badges, connectors and relations the SVG draws, when not `model`'s (see useProgressiveModel). */
  marksModel?: ChartModel;
  /** A zoom or pan is under way: `model`'s marks are drawn on a canvas and the SVG's are hidden (see useZoomCanvas). */
  marksOnCanvas?: boolean;
}

/** The width of an axis context label ("2020", "Mar 2020"). */
const contextWidth = (label: string) => estimateTextWidth(label, 11, 'semibold');

function clusterName(cluster: ClusterBadge, laneName: string): string {
  const from = partialDateAt(cluster.startMs, 'day');
  const to = partialDateAt(Math.max(cluster.startMs, cluster.endMs - 1), 'day');
  return `${cluster.count} more ${laneName} events, ${formatRange(from, to, 'long')}: zoom in to show them`;
}

/** A relation arrow's curve as an SVG path (see linkCurve). */
const linkPath = (c: ReturnType<typeof linkCurve>) => `M${c.x1},${c.y1} C${c.c1x},${c.c1y} ${c.c2x},${c.c2y} ${c.x2},${c.y2}`;

/**
 * The timeline's drawing for one window, in parts: `base` (the axis and the lane bands, in the window's coordinates),
 * `backdrop` and `shifted` (background periods, forecast hatching and grid; marks, badges, connectors and relation
 * arrows: what a pan moves, in the model's coordinates) and `top` (the "as of" line, the labels kept at the window's
 * left edge and the lane names, which stay put), with the `defs` they use. It only draws a precomputed model: the
 * layout, scale and ticks come from lib/ (D3 for the math, React for the DOM).
 */
function useChartParts({ model, marksModel = model, window, width, asOf, selectedId, activeId, faded, showLinks, accessibleName, laneName, handlers, onExpandCluster, shiftX = 0 }: ChartProps) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const clipId = `${id}-clip`;
  const fuzzyMaskId = `${id}-fuzzy`;
  const fuzzyGradientId = `${id}-fuzzy-gradient`;
  const hatchId = `${id}-hatch`;
  const arrowId = `${id}-arrow`;
  const height = CHART.axisHeight + model.lanesHeight;
  const markDefs = useMemo(() => ({ fuzzyMaskId }), [fuzzyMaskId]);
  // The same handlers on every render (calling the latest ones), so that memoised marks whose props are unchanged
  // are not re-rendered on every frame of a pan.
  const latest = useRef({ handlers, onExpandCluster });
  latest.current = { handlers, onExpandCluster };
  const stableHandlers = useMemo<MarkHandlers>(
    () => ({
      onActivate: (eventId, element) => latest.current.handlers.onActivate(eventId, element),
      onHover: (eventId) => latest.current.handlers.onHover(eventId),
    }),
    [],
  );
  const expandCluster = useMemo(() => (cluster: ClusterBadge) => latest.current.onExpandCluster(cluster), []);
  const span = Math.max(window.to - window.from, 1);
  const toX = (ms: number) => ((ms - window.from) / span) * width;
  // The model's ticks, for the whole range it spans: the grid lines are drawn from them in the model's coordinates (the
  // same objects while a pan only shifts the model, so a pan frame changes none of them) and the axis in the window's,
  // so that the two always agree.
  const { window: spanned, width: spannedWidth } = model;
  const ticks = useMemo(() => axisTicks(spanned.from, spanned.to, spannedWidth), [spanned, spannedWidth]);
  const toModelX = (ms: number) => ((ms - spanned.from) / Math.max(spanned.to - spanned.from, 1)) * spannedWidth;
  const context = contextTicks(ticks.level, window.from, window.to);
  const forecastX = asOf ? Math.max(0, toModelX(periodEnd(asOf))) : undefined;

  const focusId = activeId ?? selectedId;
  const related = relatedEvents(marksModel.links, focusId, showLinks);
  const dimmed = (eventId: string) => (related.size > 0 && !related.has(eventId)) || (faded?.has(eventId) ?? false);
  const asOfVisible = model.asOfX !== undefined && model.asOfX >= 0 && model.asOfX <= width;
  const asOfOnLeft = asOfVisible && model.asOfX! > width - 140;
  const asOfText = asOf ? `As of ${formatDate(asOf)}${asOfOnLeft ? '' : ' →'}` : '';
  const asOfWidth = estimateTextWidth(asOfText, 11, 'semibold');
  const asOfSpan: [number, number] | undefined = asOfVisible
    ? asOfOnLeft
      ? [model.asOfX! - 6 - asOfWidth, model.asOfX!]
      : [model.asOfX!, model.asOfX! + 6 + asOfWidth]
    : undefined;
  // A year or month label that would run into the "as of" label moves just past it.
  const contextX = (label: string, x: number) => {
    if (!asOfSpan) return x;
    const end = x + contextWidth(label);
    return end > asOfSpan[0] - 4 && x < asOfSpan[1] + 4 ? asOfSpan[1] + 8 : x;
  };

  const defs = (
    <defs>
      <linearGradient id={fuzzyGradientId} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" stopColor="#fff" stopOpacity="0.08" />
        <stop offset="0.22" stopColor="#fff" stopOpacity="1" />
        <stop offset="0.78" stopColor="#fff" stopOpacity="1" />
        <stop offset="1" stopColor="#fff" stopOpacity="0.08" />
      </linearGradient>
      <mask id={fuzzyMaskId} maskContentUnits="objectBoundingBox">
        <rect x="0" y="-1" width="1" height="3" fill={`url(#${fuzzyGradientId})`} />
      </mask>
      <pattern id={hatchId} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="7" height="7" fill="var(--tl-forecast)" />
        <line x1="0" y1="0" x2="0" y2="7" stroke="var(--tl-grid)" strokeWidth="1.4" />
      </pattern>
      <marker id={arrowId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
        <path d="M0,1 L9,5 L0,9 z" fill="var(--muted)" />
      </marker>
    </defs>
  );
  const base = (
    <>
      {/* Axis: context labels (years over months, months over days), the left one pinned at the window's edge, and ticks. */}
      <g aria-hidden="true" fontSize={11} fill="var(--muted)">
        <rect x={0} y={0} width={width} height={CHART.axisHeight} fill="var(--surface)" />
        {placeContextLabels(context, toX, contextWidth).map((tick) => (
          <text key={`c${tick.label}`} x={contextX(tick.label, tick.x)} y={14} fontWeight={650} fill="var(--ink)">
            {tick.label}
          </text>
        ))}
        {/* The model's ticks (its grid lines move with the marks), those in the window, at the window's x: a label
            too close to the right edge to be read whole is left out. */}
        {ticks.ticks.map((tick) => {
          const x = toModelX(tick.ms) + shiftX;
          if (x < 0 || x > width) return null;
          return (
            <g key={`t${tick.ms}`} transform={`translate(${x},0)`}>
              <line y1={ticks.context.length ? 20 : 8} y2={CHART.axisHeight} stroke="var(--line)" />
              <text x={4} y={ticks.context.length ? 32 : 24} opacity={x > width - 30 ? 0 : 1} fontWeight={ticks.level === 'years' ? 650 : 500} fill={ticks.level === 'years' ? 'var(--ink)' : 'var(--muted)'}>
                {tick.label}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={width} y1={CHART.axisHeight - 0.5} y2={CHART.axisHeight - 0.5} stroke="var(--line)" />
        {asOfVisible && asOf && (
          <text
            className="tl-label"
            x={model.asOfX! + (asOfOnLeft ? -6 : 6)}
            y={14}
            textAnchor={asOfOnLeft ? 'end' : 'start'}
            style={{ fontSize: 11, fontWeight: 650, fill: 'var(--accent)' }}
          >
            {asOfText}
          </text>
        )}
      </g>

      <g transform={`translate(0,${CHART.axisHeight})`} aria-hidden="true">
        {model.lanes.map((lane, index) => (
          <rect key={lane.actor.id} x={0} y={lane.y} width={width} height={lane.height} fill={index % 2 ? 'var(--tl-band-alt)' : 'var(--tl-band)'} />
        ))}
        {model.lanes.map((lane) => (
          <line key={lane.actor.id} x1={0} x2={width} y1={lane.y + lane.height - 0.5} y2={lane.y + lane.height - 0.5} stroke="var(--line)" strokeOpacity={0.6} />
        ))}
      </g>
    </>
  );
  // Behind the marks, in the lanes' coordinates and the model's x: background periods, the hatched forecast beyond
  // the "as of" date, and the grid.
  const inView = model.periods.filter((period) => period.inView);
  const backdrop = (
    <>
      <g aria-hidden="true">
        {model.periods.map((period) => (
          <g key={`${period.index}`} data-period={period.title}>
            <rect
              x={period.x1}
              y={0}
              width={period.x2 - period.x1}
              height={model.lanesHeight}
              fill={period.color ?? (period.index % 2 ? 'var(--tl-period-alt)' : 'var(--tl-period)')}
              fillOpacity={period.color ? 0.14 : 1}
            />
            <line x1={period.x1} x2={period.x1} y1={0} y2={model.lanesHeight} stroke="var(--tl-period-edge)" />
          </g>
        ))}
        {forecastX !== undefined && forecastX < spannedWidth && (
          <rect x={forecastX} y={0} width={spannedWidth - forecastX} height={model.lanesHeight} fill={`url(#${hatchId})`} />
        )}
        {ticks.ticks.map((tick) => (
          <line key={tick.ms} x1={toModelX(tick.ms)} x2={toModelX(tick.ms)} y1={0} y2={model.lanesHeight} stroke="var(--tl-grid)" />
        ))}
      </g>
      {inView.length > 0 && (
        // Period names are read out (the bands behind them are decoration); a name cut short keeps its whole title.
        <g role="list" aria-label="Background periods in view">
          {inView.map((period) => (
            <text
              key={`${period.index}`}
              role="listitem"
              aria-label={period.title}
              className="tl-label"
              x={period.labelX}
              y={model.lanesHeight - 7}
              style={{ fontSize: 11, fontWeight: 600, fill: 'var(--muted)' }}
            >
              {period.label ?? ''}
            </text>
          ))}
        </g>
      )}
    </>
  );
  // What a pan moves: marks, badges, connectors and relations, positioned from the model's window (see shiftX). The
  // same elements while only the window moves, so that React skips them at once on a pan frame.
  const { marks, clusters, connectors, links } = marksModel;
  const shifted = useMemo(() => (
    <>
      <g aria-hidden="true">
        {connectors.map((connector) => (
          <line
            key={connector.eventId}
            x1={connector.x}
            x2={connector.x}
            y1={connector.y1}
            y2={connector.y2}
            stroke="var(--muted)"
            strokeWidth={1.2}
            strokeDasharray="2 3"
            className={dimmed(connector.eventId) ? 'tl-dimmed' : undefined}
          />
        ))}
      </g>
      {showLinks && (
        <g data-layer="links">
          {links.map((link) => {
            const active = focusId === link.from || focusId === link.to;
            const curve = linkCurve(link.x1, link.y1, link.x2, link.y2);
            return (
              <g key={`${link.from}-${link.type}-${link.to}`} data-link={`${link.from}>${link.to}`} className={related.size && !active ? 'tl-dimmed' : undefined}>
                <path
                  d={linkPath(curve)}
                  fill="none"
                  stroke={active ? 'var(--ink)' : 'var(--muted)'}
                  strokeOpacity={active ? 0.9 : 0.55}
                  strokeWidth={active ? 1.6 : 1.1}
                  markerEnd={`url(#${arrowId})`}
                >
                  <title>{`${LINK_LABELS[link.type]}: ${accessibleName(link.to).split(',')[0]}`}</title>
                </path>
                {active && (
                  <text
                    className="tl-label"
                    x={curve.labelX}
                    y={curve.labelY}
                    textAnchor="middle"
                    fontSize={11}
                    style={{ fontSize: 11, fontWeight: 600 }}
                  >
                    {LINK_LABELS[link.type].toLowerCase()}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      )}
      {/* Marks and badges in one chronological sequence: their order is the tab order (drawOrder). */}
      <g data-layer="marks">
        {drawOrder(marks, clusters).map(({ mark, cluster }) =>
          cluster ? (
            <ClusterMark key={clusterKey(cluster)} cluster={cluster} name={clusterName(cluster, laneName(cluster.lane))} onExpand={expandCluster} />
          ) : mark.primary ? (
            <PrimaryMark
              key={markKey(mark)}
              mark={mark}
              defs={markDefs}
              name={accessibleName(mark.event.id)}
              selected={selectedId === mark.event.id}
              dimmed={dimmed(mark.event.id)}
              handlers={stableHandlers}
            />
          ) : (
            <SecondaryMark key={markKey(mark)} mark={mark} defs={markDefs} dimmed={dimmed(mark.event.id)} handlers={stableHandlers} />
          ),
        )}
      </g>
    </>
    // eslint-disable-next-line react-hooks/exhaustive-deps -- related, dimmed and linkPath derive from these
  ), [marks, clusters, connectors, links, showLinks, focusId, selectedId, faded, accessibleName, laneName, markDefs, stableHandlers, expandCluster, arrowId]);
  const top = (
    <>
      {asOfVisible && asOf && (
        <line
          aria-hidden="true"
          x1={model.asOfX}
          x2={model.asOfX}
          y1={-CHART.axisHeight + 18}
          y2={model.lanesHeight}
          stroke="var(--accent)"
          strokeWidth={1.5}
          strokeDasharray="5 3"
        />
      )}

      {/* Labels of ranges that began left of the window, kept in view (drawn here while a pan only shifts the marks). */}
      {model.edgeLabels?.map((edge) => (
        <text
          key={`${edge.lane}:${edge.eventId}`}
          aria-hidden="true"
          data-edge-label={edge.eventId}
          className={`tl-label tl-label-plain${dimmed(edge.eventId) ? ' tl-dimmed' : ''}`}
          x={edge.x}
          y={edge.y}
          dy="0.35em"
          textDecoration={edge.cancelled ? 'line-through' : edge.eventId === activeId ? 'underline' : undefined}
        >
          {edge.label}
        </text>
      ))}

      {/* Lane names stay at the left edge while the lanes pan beneath them. */}
      <g>
        {model.lanes.map((lane) => (
          <text
            key={lane.actor.id}
            className="tl-label"
            x={10}
            y={lane.y + 14}
            data-lane-color=""
            style={{ '--c': lane.actor.color, fontSize: 11, fontWeight: 700, letterSpacing: '0.04em', textTransform: 'uppercase' } as CSSProperties}
          >
            <tspan fill="var(--mark)">● </tspan>
            {laneName(lane.actor.id)}
            <tspan fill="var(--muted)" fontWeight={500}>{`  ${lane.count}`}</tspan>
          </text>
        ))}
      </g>
    </>
  );
  // A click on the zoom canvas: as on the SVG mark or badge it drew there.
  const pick = useMemo(
    () => (picked: Picked, canvas: Element) =>
      picked.cluster ? latest.current.onExpandCluster(picked.cluster) : latest.current.handlers.onActivate(picked.mark.event.id, canvas),
    [],
  );
  return { width, height, clipId, defs, base, backdrop, shifted, top, pick };
}

/**
 * The chart on screen: the base SVG, the shifted parts (the backdrop, then the marks, each in an SVG of its own) moved
 * by a CSS transform in their own compositing layer (a pan frame moves a picture, the marks are not painted again),
 * the zoom canvas, and the top SVG over all. The SVGs share one viewBox and scale together (print). The ref is the
 * element d3-zoom listens on.
 */
export const Chart = forwardRef<HTMLDivElement, ChartProps>(function Chart(props, ref) {
  const { width, height, defs, base, backdrop, shifted, top, pick } = useChartParts(props);
  const shiftX = props.shiftX ?? 0;
  const viewBox = `0 0 ${width} ${height}`;
  return (
    <div ref={ref} className="tl tl-chart relative max-w-full [contain:content]" style={{ width }} role="group" aria-label="Timeline chart, one lane per actor" data-bench-target="">
      <svg className="block max-w-full" width={width} height={height} viewBox={viewBox}>
        {defs}
        {base}
      </svg>
      <div className="pointer-events-none absolute inset-0 overflow-hidden">
        <div className="absolute inset-0" style={{ transform: `translateX(${(shiftX / width) * 100}%)`, willChange: 'transform' }} data-layer="shifted">
          <svg className="absolute inset-0 overflow-visible" width="100%" height="100%" viewBox={viewBox}>
            <g transform={`translate(0,${CHART.axisHeight})`}>{backdrop}</g>
          </svg>
          {/* The marks in an SVG of their own: a zoom step redraws the grid behind them, and the browser then paints
              again only that SVG, reusing what it recorded for this one (~1,300 elements at 10,000 events). */}
          <svg className="absolute inset-0 overflow-visible" width="100%" height="100%" viewBox={viewBox}>
            <g transform={`translate(0,${CHART.axisHeight})`}>
              {/* Hidden, not removed, while the canvas draws a zoom or pan: unchanged, it costs no style, layout or focus. */}
              <g className="pointer-events-auto" opacity={props.marksOnCanvas ? 0 : undefined} data-on-canvas={props.marksOnCanvas ? '' : undefined}>
                {shifted}
              </g>
            </g>
          </svg>
        </div>
      </div>
      <MarksCanvas
        active={props.marksOnCanvas ?? false}
        model={props.model}
        shiftX={shiftX}
        width={width}
        height={height}
        showLinks={props.showLinks}
        selectedId={props.selectedId}
        activeId={props.activeId}
        faded={props.faded}
        onPick={pick}
      />
      <svg className="pointer-events-none absolute inset-0" width="100%" height="100%" viewBox={viewBox}>
        <g transform={`translate(0,${CHART.axisHeight})`}>{top}</g>
      </svg>
    </div>
  );
});

/** The chart as one SVG, for figures (the marks clipped to the chart, shifted by an attribute). */
export function ChartSvg(props: ChartProps) {
  const { width, height, clipId, defs, base, backdrop, shifted, top } = useChartParts(props);
  const shiftX = props.shiftX ?? 0;
  return (
    <svg className="tl block max-w-full" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label="Timeline chart, one lane per actor">
      {defs}
      <clipPath id={clipId}>
        <rect x={0} y={0} width={width} height={height} />
      </clipPath>
      {base}
      <g clipPath={`url(#${clipId})`}>
        <g transform={`translate(${shiftX},${CHART.axisHeight})`}>
          {backdrop}
          {shifted}
        </g>
      </g>
      <g transform={`translate(0,${CHART.axisHeight})`}>{top}</g>
    </svg>
  );
}
