'use client';

import { select, zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { windowForZoom, zoomForWindow, zoomLimits, type TimeWindow, type ZoomState } from '@/lib/scale';

export interface ZoomControls {
  /** Zooms by a factor around a point (px from the chart's left; the centre by default). */
  zoomBy: (factor: number, atX?: number) => void;
  /** Pans by a number of pixels (positive moves later in time into view). */
  panBy: (px: number) => void;
  /** Shows a window, animated unless the reader prefers reduced motion or `animate` is false. */
  showWindow: (window: TimeWindow, animate?: boolean) => void;
}

const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Attaches d3-zoom to the chart (the element that holds its SVG layers) for horizontal zoom and pan, like a map that
 * does not steal the page's scroll: ctrl/⌘+wheel and pinch zoom around the pointer, drag and horizontal wheel pan,
 * plain vertical wheel scrolls the page. The transform is the single piece of view state; the window is derived from it.
 */
export function useZoom(
  chartRef: RefObject<HTMLElement | null>,
  {
    extent,
    initialWindow,
    width,
    height,
    onSettled,
    gestures = true,
  }: {
    extent: TimeWindow;
    initialWindow: TimeWindow;
    width: number;
    height: number;
    onSettled?: (window: TimeWindow) => void;
    /** Zoom and pan with the pointer, wheel and touch (false: only through the controls, e.g. a fixed embed). */
    gestures?: boolean;
  },
): { window: TimeWindow; moving: boolean; controls: ZoomControls } {
  // The first render (on the server too) shows the initial window; d3-zoom is told the same transform on attach.
  // The transform is in px of the width it was made for: a resize converts it, keeping the window.
  // `moving`: a gesture or an animated move is under way (between d3-zoom's start and end events).
  const [zoom, setZoom] = useState<ZoomState & { width: number; moving: boolean }>(() => ({ ...zoomForWindow(extent, width, initialWindow), width, moving: false }));
  const behaviorRef = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const frame = useRef<number | null>(null);
  const pending = useRef(zoom);
  const widthRef = useRef(width);
  /** The window an animated showWindow is on its way to, while it runs. */
  const heading = useRef<TimeWindow | null>(null);
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;

  const window = windowForZoom(extent, zoom.width, zoom);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const behavior = (behaviorRef.current ??= d3zoom<HTMLElement, unknown>());
    const [kMin, kMax] = zoomLimits(extent);
    behavior
      .scaleExtent([kMin, kMax])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .filter((event: Event) => {
        if (!gestures) return false;
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'dblclick') return false;
        return !(event as MouseEvent).button;
      })
      .on('start', () => {
        pending.current = { ...pending.current, moving: true };
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        pending.current = { k: event.transform.k, x: event.transform.x, width: widthRef.current, moving: pending.current.moving };
        render();
      })
      .on('end', () => {
        // Not on the next frame: React renders this together with what onSettled changes.
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        frame.current = null;
        const next = (pending.current = { ...pending.current, moving: false });
        // Settling re-packs the lanes at the finer scale: a render that may yield to the frames around it.
        startTransition(() => {
          setZoom((current) => (current.k === next.k && current.x === next.x && current.width === next.width && !current.moving ? current : next));
          settledRef.current?.(windowForZoom(extent, next.width, next));
        });
      });
    // One React render per frame, however many wheel or pointer events arrive in it; none when the transform
    // has not changed (d3-zoom also reports wheel steps and drags that its scale or translate extent clamps).
    function render() {
      frame.current ??= requestAnimationFrame(() => {
        frame.current = null;
        const next = pending.current;
        setZoom((current) =>
          current.k === next.k && current.x === next.x && current.width === next.width && current.moving === next.moving ? current : next,
        );
      });
    }
    const selection = select(chart);
    selection.call(behavior);
    // Only when the SVG's transform is not already the one shown (on attach): re-applying it would interrupt a
    // running animated move, e.g. when the lanes' height changes on its first frame, and leave it half-way.
    const shown = zoomTransform(chart);
    if (shown.k !== pending.current.k || shown.x !== pending.current.x) {
      behavior.transform(selection, zoomIdentity.translate(pending.current.x, 0).scale(pending.current.k));
    }
    chart.style.touchAction = gestures ? 'pan-y' : '';

    // Horizontal wheel (trackpads, shift+wheel) pans; d3-zoom's wheel handling is kept for zooming only.
    const onWheel = (event: WheelEvent) => {
      if (!gestures || event.ctrlKey || event.metaKey) return;
      const dx = event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX;
      if (Math.abs(dx) <= Math.abs(event.shiftKey ? 0 : event.deltaY)) return;
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? width : 1;
      behavior.translateBy(selection, (-dx * unit) / pending.current.k, 0);
    };
    chart.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      chart.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [chartRef, extent, width, height, gestures]);

  // Keep the visible window when the chart's width changes.
  useEffect(() => {
    const chart = chartRef.current;
    const behavior = behaviorRef.current;
    if (!chart || !behavior || widthRef.current === width) return;
    // Mid-transition, keep where the transition was heading, not where it happens to be.
    const kept = heading.current ?? windowForZoom(extent, pending.current.width, pending.current);
    heading.current = null;
    widthRef.current = width;
    const next = zoomForWindow(extent, width, kept);
    behavior.transform(select(chart), zoomIdentity.translate(next.x, 0).scale(next.k));
  }, [chartRef, extent, width]);

  const run = useCallback(
    (apply: (behavior: ZoomBehavior<HTMLElement, unknown>, chart: HTMLElement, duration: number) => void, animate = true) => {
      const chart = chartRef.current;
      const behavior = behaviorRef.current;
      if (!chart || !behavior) return;
      apply(behavior, chart, animate && !prefersReducedMotion() ? 280 : 0);
    },
    [chartRef],
  );

  const controls: ZoomControls = {
    zoomBy: (factor, atX) =>
      run((behavior, chart, duration) =>
        select(chart)
          .transition()
          .duration(duration)
          .call(behavior.scaleBy, factor, [atX ?? widthRef.current / 2, 0]),
      ),
    panBy: (px) =>
      run((behavior, chart, duration) =>
        select(chart)
          .transition()
          .duration(duration)
          .call(behavior.translateBy, -px / pending.current.k, 0),
      ),
    showWindow: (target, animate = true) =>
      run((behavior, chart, duration) => {
        const next = zoomForWindow(extent, widthRef.current, target);
        const transform = zoomIdentity.translate(next.x, 0).scale(next.k);
        if (duration === 0) return behavior.transform(select(chart), transform);
        heading.current = target;
        select(chart)
          .transition()
          .duration(duration)
          .call(behavior.transform, transform)
          .on('end interrupt', () => {
            if (heading.current === target) heading.current = null;
          });
      }, animate),
  };

  return { window, moving: zoom.moving, controls };
}
