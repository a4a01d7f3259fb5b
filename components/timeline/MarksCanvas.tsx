'use client';

import { useEffect, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { drawMarks, pickAt, type CanvasPalette, type Picked } from '@/lib/canvas-marks';
import { CHART, type ChartModel } from '@/lib/chart-model';
import { inIdleSlices } from '../idle';

export interface MarksCanvasProps {
  /** Draw the model's marks (a zoom or pan is under way); otherwise the canvas is left blank. */
  active: boolean;
  model: ChartModel;
  shiftX: number;
  width: number;
  height: number;
  showLinks: boolean;
  selectedId?: string;
  activeId?: string;
  faded?: ReadonlySet<string>;
  /** A click on the canvas while it draws: what the SVG marks layer would have taken it on (see pickAt). */
  onPick?: (picked: Picked, canvas: HTMLCanvasElement) => void;
}

/**
 * A canvas over the chart's SVG marks layer that draws the marks while a zoom or pan is under way (see useZoomCanvas): a
 * frame then redraws a few hundred marks in a few ms, where moving their SVG groups costs a frame's budget in
 * style and layout. Hidden from assistive technology and print: the SVG stays the chart's accessible content.
 */
export function MarksCanvas({ active, model, shiftX, width, height, showLinks, selectedId, activeId, faded, onPick }: MarksCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const palette = useRef<(CanvasPalette & { theme: string }) | null>(null);
  const painted = useRef(false);
  /** The part of the canvas the page shows (CSS px from its top), read as a move starts and when the page scrolls. */
  const view = useRef<{ top: number; bottom: number } | null>(null);
  /** The canvas's size on screen (CSS px), which max-width may make smaller than the chart's width. */
  const box = useRef<{ width: number; height: number } | null>(null);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      box.current = { width: entry.contentRect.width, height: entry.contentRect.height };
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  const latest = useRef({ model, width, height, shiftX, showLinks, onPick });
  latest.current = { model, width, height, shiftX, showLinks, onPick };

  // Made ready while the page is idle: sizing a canvas and producing its first frames costs ~20 ms a frame on two
  // cores (its buffers are allocated then), and the drawing code runs slowly until compiled: both would otherwise
  // fall on a gesture's first frames. The model on screen is drawn once and cleared in the same task (nothing shows).
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let frames = 3;
    let frame = 0;
    const warm = () => {
      const ctx = context(canvas);
      if (!ctx || painted.current) return;
      fit(canvas, box.current ?? { width, height });
      palette.current = currentPalette(canvas, palette.current);
      if (frames === 3) {
        const { model, width, showLinks } = latest.current;
        drawMarks(ctx, model, { shiftX: 0, width, palette: palette.current, showLinks });
      }
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      if (--frames > 0) frame = requestAnimationFrame(warm);
    };
    const cancelIdle = inIdleSlices(() => {
      frame = requestAnimationFrame(warm);
      return true;
    });
    return () => {
      cancelIdle();
      cancelAnimationFrame(frame);
    };
  }, [width, height]);

  // Draws the model on screen: called as each frame of a move commits, and when the page scrolls meanwhile.
  const draw = () => {
    const canvas = ref.current;
    const ctx = canvas && context(canvas);
    if (!canvas || !ctx) return;
    const shown = box.current ?? { width, height };
    const ratio = fit(canvas, shown);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    // The chart's SVGs fit their viewBox (0 0 width height) into the box uniformly, centred: so does the drawing.
    const scale = Math.min(shown.width / width, shown.height / height);
    const offsetY = (shown.height - height * scale) / 2;
    ctx.setTransform(ratio * scale, 0, 0, ratio * scale, (ratio * (shown.width - width * scale)) / 2, ratio * offsetY);
    ctx.translate(0, CHART.axisHeight);
    const focused = document.activeElement;
    const focusRingId = focused?.matches(':focus-visible') ? (focused.getAttribute('data-event-id') ?? undefined) : undefined;
    // Only the rows the page shows (a tall chart scrolled part out of view, on a phone above all), in the lanes' y.
    const shownPart = view.current;
    const rows = shownPart ? { top: (shownPart.top - offsetY) / scale - CHART.axisHeight, bottom: (shownPart.bottom - offsetY) / scale - CHART.axisHeight } : undefined;
    drawMarks(ctx, model, { shiftX, width, palette: palette.current!, showLinks, selectedId, focusId: activeId ?? selectedId, focusRingId, faded, rows });
    painted.current = true;
  };
  const latestDraw = useRef(draw);
  latestDraw.current = draw;

  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas && context(canvas);
    if (!canvas || !ctx) return;
    if (!active) {
      if (painted.current) ctx.clearRect(0, 0, canvas.width, canvas.height);
      painted.current = false;
      return;
    }
    // Checked as a zoom or pan starts, not on each of its frames: the theme and the page's scroll do not change
    // during one (a scroll is followed below). Not for a first picture drawn before the page is laid out (see
    // useZoomCanvas), where reading the canvas's place would lay out the page an extra time: that one draws all rows.
    if (!painted.current) {
      palette.current = currentPalette(canvas, palette.current);
      view.current = box.current ? onScreen(canvas) : null;
    }
    draw();
  });

  // While it draws, a scroll of the page brings other rows into view: they are drawn at once.
  useEffect(() => {
    const canvas = ref.current;
    if (!active || !canvas) return;
    const scrolled = () => {
      view.current = onScreen(canvas);
      latestDraw.current();
    };
    // Captured: a scroll of any scrolling box around the chart, not only of the page, which is all that bubbles.
    addEventListener('scroll', scrolled, { passive: true, capture: true });
    return () => removeEventListener('scroll', scrolled, { capture: true });
  }, [active]);

  // Its own compositing layer: drawing on it does not repaint the chart around it. While it draws, it takes the pointer
  // (the chart's gestures still get its events): the hidden SVG marks under it, where they were, must not take clicks
  // or hovers. A click on it goes to what it drew under the pointer, as it would on the SVG (a click just after a pan
  // or zoom, before the SVG marks are back).
  const pick = (event: MouseEvent<HTMLCanvasElement>) => {
    const { model, width, height, shiftX, onPick } = latest.current;
    if (!onPick) return;
    const shown = event.currentTarget.getBoundingClientRect();
    const scale = Math.min(shown.width / width, shown.height / height);
    const x = (event.clientX - shown.left - (shown.width - width * scale) / 2) / scale - shiftX;
    const y = (event.clientY - shown.top - (shown.height - height * scale) / 2) / scale - CHART.axisHeight;
    const picked = pickAt(model, x, y);
    if (picked) onPick(picked, event.currentTarget);
  };
  return (
    <canvas
      ref={ref}
      aria-hidden="true"
      className="absolute inset-0 h-full w-full print:hidden"
      style={{ willChange: 'transform', pointerEvents: active ? 'auto' : 'none' }}
      onClick={pick}
    />
  );
}

/**
 * The canvas's 2D context, kept in memory rather than on a GPU (`willReadFrequently`): on a machine without one, a
 * GPU canvas goes through a software GL, and each of its frames cost several times as much.
 */
const context = (canvas: HTMLCanvasElement) => canvas.getContext('2d', { willReadFrequently: true });

/** The part of an element the viewport shows, in CSS px from the element's top, with a row's margin each side. */
function onScreen(element: Element): { top: number; bottom: number } {
  const { top, height } = element.getBoundingClientRect();
  return { top: Math.max(0, -top) - ROW_MARGIN_PX, bottom: Math.min(height, window.innerHeight - top) + ROW_MARGIN_PX };
}

/** Drawn beyond the viewport's edges: a row, so that nothing is seen to be cut at an edge. */
const ROW_MARGIN_PX = 24;

/** Sizes the canvas's pixels to its size on screen at the screen's density; returns the density. */
function fit(canvas: HTMLCanvasElement, { width, height }: { width: number; height: number }): number {
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  return ratio;
}

/** The palette for the theme shown, resolved again only when the theme changes (probing forces pending style work). */
function currentPalette(canvas: HTMLCanvasElement, cached: (CanvasPalette & { theme: string }) | null) {
  const theme = `${document.documentElement.getAttribute('data-theme')}|${matchMedia('(prefers-color-scheme: dark)').matches}`;
  return cached?.theme === theme ? cached : { theme, ...resolvePalette(canvas) };
}

/** The chart's colours and font as the page resolves them now (theme, light or dark), read from probe elements. */
function resolvePalette(canvas: HTMLCanvasElement): CanvasPalette {
  const host = canvas.parentElement ?? document.body;
  /** A colour as the chart resolves it, read from a hidden element styled with it (`laneColor`: as a lane's `--c`). */
  const computed = (color: string, laneColor?: string) => {
    const probe = document.createElement('span');
    probe.hidden = true;
    if (laneColor !== undefined) {
      probe.setAttribute('data-lane-color', '');
      probe.style.setProperty('--c', laneColor);
    }
    probe.style.color = color;
    host.appendChild(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  };
  const surface = computed('var(--surface)');
  const ink = computed('var(--ink)');
  const muted = computed('var(--muted)');
  const focus = computed('var(--focus)');
  const halo = computed('var(--tl-halo)');
  const fontFamily = getComputedStyle(host).fontFamily;

  // A lane's colour as its marks get it (`--mark`, lighter in dark mode), reduced to sRGB by painting one pixel.
  const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const lanes = new Map<string, readonly [number, number, number]>();
  const mark = (color: string) => {
    let rgb = lanes.get(color);
    if (rgb) return rgb;
    rgb = [0, 0, 0];
    if (pixel) {
      pixel.clearRect(0, 0, 1, 1);
      pixel.fillStyle = computed('var(--mark)', color);
      pixel.fillRect(0, 0, 1, 1);
      const [r, g, b] = pixel.getImageData(0, 0, 1, 1).data;
      rgb = [r, g, b];
    }
    lanes.set(color, rgb);
    return rgb;
  };
  return { mark, surface, ink, muted, focus, halo, fontFamily };
}
