'use client';

import { bin, brushX, max, select, type BrushBehavior, type D3BrushEvent } from 'd3';
import { useEffect, useMemo, useRef } from 'react';
import { periodEnd, type PartialDate } from '@/lib/dates';
import { MIN_SPAN_MS, type TimeWindow } from '@/lib/scale';
import { axisTicks } from '@/lib/ticks';

const HEIGHT = 52;
const PLOT_TOP = 6;
const PLOT_BOTTOM = 34;

export interface OverviewProps {
  starts: number[];
  extent: TimeWindow;
  window: TimeWindow;
  width: number;
  asOf?: PartialDate;
  /** Called while the reader drags or resizes the brush, or clicks to move it. */
  onWindow: (window: TimeWindow, animate: boolean) => void;
}

/**
 * The whole span at a glance: a histogram of event starts, the "as of" line and a d3-brush for the visible
 * window. Drag the brush to pan, drag its edges to zoom, click elsewhere to jump there.
 */
export function Overview({ starts, extent, window, width, asOf, onWindow }: OverviewProps) {
  const brushRef = useRef<SVGGElement>(null);
  const behaviorRef = useRef<BrushBehavior<unknown> | null>(null);
  const span = extent.to - extent.from;
  const toX = (ms: number) => ((ms - extent.from) / span) * width;
  const onWindowRef = useRef(onWindow);
  onWindowRef.current = onWindow;
  const windowRef = useRef(window);
  windowRef.current = window;

  const bars = useMemo(() => {
    const bins = bin()
      .domain([extent.from, extent.to])
      .thresholds(Math.max(10, Math.floor(width / 5)))(starts);
    const tallest = max(bins, (b) => b.length) || 1;
    return bins
      .filter((b) => b.length > 0)
      .map((b) => ({ x0: b.x0 ?? 0, x1: b.x1 ?? 0, h: Math.max(2, (Math.sqrt(b.length) / Math.sqrt(tallest)) * (PLOT_BOTTOM - PLOT_TOP)) }));
  }, [starts, extent.from, extent.to, width]);

  const ticks = useMemo(() => axisTicks(extent.from, extent.to, width), [extent.from, extent.to, width]);

  useEffect(() => {
    const g = brushRef.current;
    if (!g) return;
    const behavior = (behaviorRef.current ??= brushX());
    behavior
      .extent([
        [0, 1],
        [width, PLOT_BOTTOM + 1],
      ])
      .on('brush', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent || !event.selection) return;
        const [x0, x1] = event.selection as [number, number];
        if (x1 - x0 < 3) return; // a click in progress, not a drag
        onWindowRef.current({ from: toMsAt(x0), to: toMsAt(x1) }, false);
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        if (!event.selection) {
          // A click outside the brush: centre the current window's span on the clicked time.
          const [px] = pointerX(event.sourceEvent as MouseEvent, g);
          const current = windowRef.current;
          const half = (current.to - current.from) / 2;
          const centre = toMsAt(px);
          onWindowRef.current({ from: centre - half, to: centre + half }, true);
          return;
        }
        const [x0, x1] = event.selection as [number, number];
        if (toMsAt(x1) - toMsAt(x0) < MIN_SPAN_MS) onWindowRef.current({ from: toMsAt(x0), to: toMsAt(x0) + MIN_SPAN_MS }, true);
      });
    function toMsAt(x: number) {
      return extent.from + (x / width) * (extent.to - extent.from);
    }
    select(g).call(behavior);
    return () => {
      select(g).on('.brush', null);
    };
  }, [width, extent.from, extent.to]);

  // Follow the chart's window without echoing it back (programmatic moves have no sourceEvent).
  useEffect(() => {
    const g = brushRef.current;
    const behavior = behaviorRef.current;
    if (!g || !behavior) return;
    const x0 = Math.max(0, toX(window.from));
    const x1 = Math.min(width, toX(window.to));
    select(g).call(behavior.move, [x0, Math.max(x1, x0 + 2)]);
  });

  const asOfX = asOf ? toX(periodEnd(asOf)) : undefined;
  const histogramPath = useMemo(
    () =>
      bars
        .map((bar) => {
          const x = ((bar.x0 - extent.from) / span) * width;
          const w = Math.max(1, ((bar.x1 - extent.from) / span) * width - x - 1);
          return `M${round(x)} ${round(PLOT_BOTTOM - bar.h)}h${round(w)}v${round(bar.h)}h${round(-w)}z`;
        })
        .join(''),
    [bars, extent.from, span, width],
  );
  // Only the brush follows the window (in the effect above): the histogram and its axis change with the extent
  // and the width alone (toX too), so React need not compare their few hundred nodes on every frame of a zoom or pan.
  return useMemo(() => (
    <svg width={width} height={HEIGHT} className="tl block max-w-full" role="group" aria-label="Overview of the whole timeline: drag the highlighted window to move the chart">
      <rect x={0} y={0} width={width} height={PLOT_BOTTOM + 2} fill="var(--surface-2)" rx={4} aria-hidden="true" />
      <g aria-hidden="true">
        {/* One path for all the bars: a histogram of a large timeline has hundreds. */}
        <path d={histogramPath} fill="var(--muted)" fillOpacity={0.55} data-overview-histogram="" />
        {asOfX !== undefined && <line x1={asOfX} x2={asOfX} y1={2} y2={PLOT_BOTTOM} stroke="var(--accent)" strokeWidth={1.5} strokeDasharray="3 2" />}
        {ticks.ticks.map((tick) => (
          <text key={tick.ms} x={toX(tick.ms)} y={HEIGHT - 4} fontSize={10} fill="var(--muted)" textAnchor="middle">
            {tick.label}
          </text>
        ))}
      </g>
      <g ref={brushRef} className="tl-brush" data-overview-brush="" />
    </svg>
  ), [histogramPath, ticks, asOfX, width, extent.from, extent.to]);
}

const round = (value: number) => Math.round(value * 100) / 100;

function pointerX(event: MouseEvent, target: SVGGElement): [number] {
  const rect = target.getBoundingClientRect();
  return [event.clientX - rect.left];
}
