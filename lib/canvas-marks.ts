import { LINK_LABELS } from './labels';
import { CHART, drawOrder, type ChartModel, type ClusterBadge, type DrawnItem, type LinkArrow, type MarkInstance } from './chart-model';

/**
 * The chart's marks, badges, connectors and relation arrows drawn on a 2D canvas, as the SVG marks layer draws them
 * (components/timeline/Marks.tsx, Chart.tsx): used while a zoom or pan is under way, when moving every mark's SVG group
 * costs a frame's budget in style and layout alone. At rest the SVG is drawn again (focusable, named, printable).
 */

/** The part of CanvasRenderingContext2D the drawing uses (a recording fake in the tests). */
export type MarksContext = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'bezierCurveTo'
  | 'closePath'
  | 'arc'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'strokeText'
  | 'setLineDash'
  | 'createLinearGradient'
  | 'translate'
  | 'rotate'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

/** Colours as the page resolves them (theme, light or dark), and the chart's font family. */
export interface CanvasPalette {
  /** A lane colour (`--c`) as its marks are drawn (`--mark`), as [r, g, b]. */
  mark(color: string): readonly [number, number, number];
  surface: string;
  ink: string;
  muted: string;
  focus: string;
  halo: string;
  fontFamily: string;
}

export interface DrawMarksOptions {
  /** Added to the model's x positions (the window's coordinates); y is offset by the axis. */
  shiftX: number;
  /** The drawn area's width (px): what lies wholly outside [0, width] is skipped. */
  width: number;
  /**
   * The rows on screen, in the lanes' coordinates (y from the top of the first lane): what lies wholly above `top` or
   * below `bottom` is skipped, as the page's scroll hides it. All rows when absent.
   */
  rows?: { top: number; bottom: number };
  palette: CanvasPalette;
  showLinks: boolean;
  selectedId?: string;
  /** The event whose relations are highlighted (hovered, focused or selected). */
  focusId?: string;
  /** The focused mark's event, drawn with its focus ring. */
  focusRingId?: string;
  faded?: ReadonlySet<string>;
}

const R = CHART.markMinPx / 2;
const BAR_H = 16;
const DIMMED = 0.28;
/** The fuzzy ends of an approximate range: the SVG mask's gradient stops (offset, opacity). */
const FUZZY_STOPS: readonly (readonly [number, number])[] = [
  [0, 0.08],
  [0.22, 1],
  [0.78, 1],
  [1, 0.08],
];

/**
 * How far a mark's glyph reaches right of its start (px): a range's length, or the period a date known only to the
 * month or year covers; 0 for a point event known to the day. The SVG (Marks.tsx) and the canvas draw it alike.
 */
export const glyphSpan = (mark: MarkInstance) => (mark.event.end || mark.event.start.precision !== 'day' ? mark.x2 - mark.x : 0);

/** The box of a primary mark's focus ring (its glyph and label), which also takes its clicks: x from the mark's start. */
function ringBox(mark: MarkInstance): { left: number; right: number } {
  const right = Math.max(mark.event.end ? glyphSpan(mark) : R, mark.labelX - mark.x + (mark.label ? mark.labelWidth : 0)) + 4;
  return { left: -R - 4, right };
}

const isHollow = (status: string) => status === 'planned' || status === 'expected' || status === 'cancelled';

/** The events a focused event's relations involve (itself included), or none when it has no drawn relation. */
export function relatedEvents(links: readonly Pick<LinkArrow, 'from' | 'to'>[], focusId: string | undefined, showLinks: boolean): Set<string> {
  const related = new Set<string>();
  if (!showLinks || !focusId) return related;
  for (const link of links) {
    if (link.from === focusId) related.add(link.to);
    if (link.to === focusId) related.add(link.from);
  }
  if (related.size) related.add(focusId);
  return related;
}

/** How far above its higher end a relation arrow and its label may reach (linkCurve: 6 + a lift of at most 46, and the label). */
const LINK_RISE_PX = 64;

/**
 * The path of a relation arrow, as the SVG draws it: a curve that arcs above the row when both ends share it; and
 * where its type is written when it is active (labelX, labelY: the middle of the text, above the curve).
 */
export function linkCurve(x1: number, y1: number, x2: number, y2: number) {
  const dx = x2 - x1;
  const lift = Math.abs(y2 - y1) < 2 ? Math.min(46, Math.abs(dx) / 3 + 10) : 0;
  const labelY = Math.min(y1, y2) - (lift > 0 ? lift * 0.75 + 8 : 10);
  return { x1, y1: y1 - 6, c1x: x1 + dx * 0.25, c1y: y1 - 6 - lift, c2x: x1 + dx * 0.75, c2y: y2 - 6 - lift, x2, y2: y2 - 6, lift, labelX: (x1 + x2) / 2, labelY };
}

/** What a click on the canvas lands on: a mark (its event) or a "+N" badge. */
export type Picked = DrawnItem;

/**
 * What the SVG marks layer would take a click at (x, y) on, in the model's coordinates (the lanes' origin at y = 0):
 * the topmost badge or mark whose hit box holds the point. A primary mark takes the whole box of its glyph and label
 * (its focus ring's box), a secondary instance its glyph, a badge its pill. The canvas stands in for the SVG marks
 * while they are hidden, so a click then still opens the event under the pointer.
 */
export function pickAt(model: Pick<ChartModel, 'marks' | 'clusters'>, x: number, y: number): Picked | undefined {
  const items = drawOrder(model.marks, model.clusters);
  for (let i = items.length - 1; i >= 0; i--) {
    const { mark, cluster } = items[i];
    if (cluster) {
      const width = badgeWidth(`+${cluster.count}`);
      if (x >= cluster.x - 3 && x <= cluster.x - 3 + width && Math.abs(y - cluster.y) <= 9) return items[i];
    } else if (hits(mark, x, y)) return items[i];
  }
  return undefined;
}

function hits(mark: MarkInstance, x: number, y: number): boolean {
  const { event } = mark;
  const span = glyphSpan(mark);
  if (mark.primary) {
    // The focus ring's box (Marks.tsx, PrimaryBody), which takes the SVG mark's clicks.
    const { left, right } = ringBox(mark);
    return x >= mark.x + left && x <= mark.x + right && Math.abs(y - mark.y) <= 11;
  }
  if (event.end) return x >= mark.x && x <= mark.x + Math.max(span, 4) && Math.abs(y - mark.y) <= BAR_H / 2;
  return Math.hypot(x - mark.x, y - mark.y) <= R + 1;
}

/** A badge's pill width for its label ("+12"), as the SVG draws it. */
export const badgeWidth = (label: string) => Math.max(CHART.badgeWidthPx - 6, 10 + label.length * 7);

const rgba = ([r, g, b]: readonly [number, number, number], alpha: number) => `rgba(${r},${g},${b},${Math.round(alpha * 1000) / 1000})`;

/**
 * Draws the model's connectors, relation arrows, marks and badges (in the SVG's order: the later on top) and returns
 * how many marks and badges it drew. The context is expected in CSS px, cleared, with the lanes' origin at y = 0.
 */
export function drawMarks(ctx: MarksContext, model: Pick<ChartModel, 'marks' | 'clusters' | 'connectors' | 'links'>, options: DrawMarksOptions): number {
  const { shiftX, width, palette, faded } = options;
  const related = relatedEvents(model.links, options.focusId, options.showLinks);
  const dimmed = (eventId: string) => (related.size > 0 && !related.has(eventId)) || (faded?.has(eventId) ?? false);
  const top = options.rows?.top ?? -Infinity;
  const bottom = options.rows?.bottom ?? Infinity;
  const onRows = (y1: number, y2: number) => y2 >= top && y1 <= bottom;
  const visible = (x1: number, x2: number, y1 = top, y2 = bottom) => x2 + shiftX >= -4 && x1 + shiftX <= width + 4 && onRows(y1, y2);

  ctx.save();
  ctx.translate(shiftX, 0);
  const pen: Pen = { font: '', align: 'left' };
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.setLineDash([2, 3]);
  ctx.lineWidth = 1.2;
  ctx.strokeStyle = palette.muted;
  for (const connector of model.connectors) {
    if (!visible(connector.x, connector.x, connector.y1, connector.y2)) continue;
    ctx.globalAlpha = dimmed(connector.eventId) ? DIMMED : 1;
    ctx.beginPath();
    ctx.moveTo(connector.x, connector.y1);
    ctx.lineTo(connector.x, connector.y2);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  if (options.showLinks) {
    for (const link of model.links) {
      // A curve stays within the box of its ends and control points, which linkCurve lifts by at most 52 px; its
      // label sits at most ~10 px above that.
      if (onRows(Math.min(link.y1, link.y2) - LINK_RISE_PX, Math.max(link.y1, link.y2))) drawLink(ctx, pen, link, options.focusId, related.size > 0, palette);
    }
  }

  let drawn = 0;
  for (const { mark, cluster } of drawOrder(model.marks, model.clusters)) {
    if (cluster) {
      if (!visible(cluster.x - 3, cluster.x + CHART.badgeWidthPx, cluster.y - 10, cluster.y + 10)) continue;
      drawBadge(ctx, pen, cluster, palette);
    } else {
      const right = mark.primary && mark.label ? Math.max(mark.x2, mark.labelX + mark.labelWidth) : Math.max(mark.x2, mark.x + R);
      if (!visible(mark.x - R - 4, right + 4, mark.y - 12, mark.y + 12)) continue;
      ctx.globalAlpha = dimmed(mark.event.id) ? DIMMED : 1;
      drawMark(ctx, pen, mark, palette, mark.primary && (options.selectedId === mark.event.id || options.focusRingId === mark.event.id));
      ctx.globalAlpha = 1;
    }
    drawn++;
  }
  ctx.restore();
  return drawn;
}

function drawLink(ctx: MarksContext, pen: Pen, link: LinkArrow, focusId: string | undefined, anyRelated: boolean, palette: CanvasPalette) {
  const active = focusId === link.from || focusId === link.to;
  const curve = linkCurve(link.x1, link.y1, link.x2, link.y2);
  const width = active ? 1.6 : 1.1;
  const groupAlpha = anyRelated && !active ? DIMMED : 1;
  ctx.globalAlpha = groupAlpha * (active ? 0.9 : 0.55);
  ctx.strokeStyle = active ? palette.ink : palette.muted;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(curve.x1, curve.y1);
  ctx.bezierCurveTo(curve.c1x, curve.c1y, curve.c2x, curve.c2y, curve.x2, curve.y2);
  ctx.stroke();
  // The SVG marker: a 10-unit triangle drawn 6 stroke widths wide, its tip (8, 5) at the curve's end, along its tangent.
  ctx.globalAlpha = groupAlpha;
  ctx.save();
  ctx.translate(curve.x2, curve.y2);
  ctx.rotate(Math.atan2(curve.y2 - curve.c2y, curve.x2 - curve.c2x));
  const unit = (6 * width) / 10;
  ctx.fillStyle = palette.muted;
  ctx.beginPath();
  ctx.moveTo(-8 * unit, -4 * unit);
  ctx.lineTo(1 * unit, 0);
  ctx.lineTo(-8 * unit, 4 * unit);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  if (active) drawLabel(ctx, pen, LINK_LABELS[link.type].toLowerCase(), curve.labelX, curve.labelY, 11, `600 11px ${palette.fontFamily}`, palette, 'center');
  ctx.globalAlpha = 1;
}

/** The text settings last set on the context during one drawMarks call. */
interface Pen {
  font: string;
  align: CanvasTextAlign;
}

/** Text with the labels' halo (the SVG's stroke painted under the fill), its baseline 0.35em below y as `dy` puts it. */
function drawLabel(ctx: MarksContext, pen: Pen, text: string, x: number, y: number, size: number, font: string, palette: CanvasPalette, align: CanvasTextAlign = 'left', halo = true) {
  // Setting a font parses it: a frame draws a few hundred labels in two or three fonts.
  if (pen.font !== font) ctx.font = pen.font = font;
  if (pen.align !== align) ctx.textAlign = pen.align = align;
  const baseline = y + 0.35 * size;
  if (halo) {
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = palette.halo;
    ctx.strokeText(text, x, baseline);
  }
  ctx.fillStyle = palette.ink;
  ctx.fillText(text, x, baseline);
}

function drawBadge(ctx: MarksContext, pen: Pen, cluster: ClusterBadge, palette: CanvasPalette) {
  const label = `+${cluster.count}`;
  const w = badgeWidth(label);
  ctx.beginPath();
  ctx.roundRect(cluster.x - 3, cluster.y - 9, w, 18, 9);
  ctx.fillStyle = palette.surface;
  ctx.fill();
  ctx.lineWidth = 1.2;
  ctx.strokeStyle = rgba(palette.mark(cluster.color), 1);
  ctx.stroke();
  drawLabel(ctx, pen, label, cluster.x - 3 + w / 2, cluster.y, 11, `600 11px ${palette.fontFamily}`, palette, 'center', false);
}

function drawMark(ctx: MarksContext, pen: Pen, mark: MarkInstance, palette: CanvasPalette, ring: boolean) {
  const { event } = mark;
  const rgb = palette.mark(mark.color);
  const hollow = isHollow(event.status);
  const { x, y } = mark;
  const span = glyphSpan(mark);
  if (ring) {
    const { left, right } = ringBox(mark);
    ctx.beginPath();
    ctx.roundRect(x + left, y - 11, right - left, 22, 6);
    ctx.lineWidth = 2;
    ctx.strokeStyle = palette.focus;
    ctx.stroke();
  }
  if (event.end) {
    const width = Math.max(span, 4);
    const top = y - BAR_H / 2;
    // An approximate range's ends fade out, as the SVG's gradient mask fades them.
    const paint = (alpha: number) => {
      if (!event.approximate) return rgba(rgb, alpha);
      const gradient = ctx.createLinearGradient(x, 0, x + width, 0);
      for (const [offset, opacity] of FUZZY_STOPS) gradient.addColorStop(offset, rgba(rgb, alpha * opacity));
      return gradient;
    };
    ctx.beginPath();
    ctx.roundRect(x, top, width, BAR_H, 4);
    ctx.fillStyle = paint(hollow ? 0.06 : 0.2);
    ctx.fill();
    ctx.lineWidth = hollow ? 1.4 : 1;
    ctx.strokeStyle = paint(hollow ? 1 : 0.55);
    if (hollow) ctx.setLineDash([4, 3]);
    ctx.stroke();
    ctx.setLineDash([]);
    if (!hollow) {
      ctx.beginPath();
      ctx.roundRect(x, top, Math.min(4, width), BAR_H, 1.5);
      ctx.fillStyle = paint(1);
      ctx.fill();
    }
    if (event.end.derived) {
      ctx.beginPath();
      ctx.moveTo(x + width, top - 3);
      ctx.lineTo(x + width, top + BAR_H + 3);
      ctx.lineWidth = 1.6;
      ctx.strokeStyle = paint(1);
      ctx.setLineDash([2, 2]);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (event.status === 'cancelled') strokeLine(ctx, x, y, x + width, y, palette.ink, 1.5);
  } else {
    if (event.start.precision !== 'day' && span > R * 2) {
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + span, y);
      ctx.moveTo(x + span, y - 3);
      ctx.lineTo(x + span, y + 3);
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = rgba(rgb, 0.4);
      ctx.stroke();
    }
    const color = rgba(rgb, 1);
    if (event.approximate) strokeCircle(ctx, x, y, R + 3.5, color, 1.2, [1.5, 2.5]);
    if (event.status === 'ongoing') strokeCircle(ctx, x, y, R + 3, color, 1.2, []);
    ctx.beginPath();
    ctx.arc(x, y, R, 0, Math.PI * 2);
    ctx.fillStyle = hollow ? palette.surface : color;
    ctx.fill();
    strokeCircle(ctx, x, y, R, color, hollow ? 1.8 : 1, hollow ? [2.5, 1.8] : []);
    if (event.status === 'cancelled') strokeLine(ctx, x - R, y + R, x + R, y - R, palette.ink, 1.5);
  }
  if (mark.primary && mark.label) {
    const font = `560 ${CHART.labelFontPx}px ${palette.fontFamily}`;
    drawLabel(ctx, pen, mark.label, mark.labelX, y, CHART.labelFontPx, font, palette, 'left', !event.end);
    if (event.status === 'cancelled') strokeLine(ctx, mark.labelX, y, mark.labelX + mark.labelWidth, y, palette.ink, 1);
  }
}

function strokeCircle(ctx: MarksContext, x: number, y: number, r: number, color: string, width: number, dash: number[]) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.lineWidth = width;
  ctx.strokeStyle = color;
  ctx.setLineDash(dash);
  ctx.stroke();
  ctx.setLineDash([]);
}

function strokeLine(ctx: MarksContext, x1: number, y1: number, x2: number, y2: number, color: string, width: number) {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.lineWidth = width;
  ctx.strokeStyle = color;
  ctx.stroke();
}
