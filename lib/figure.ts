// A downloadable figure of the current view, for PDFs and slides: its file name, what it shows (only the marks
// inside the window), the legend entries it needs, its texts and where everything goes.
import { labelInRoom, type ChartModel, type MarkInstance } from './chart-model';
import { partialDateAt } from './dates';
import { formatDate, formatRange } from './format-dates';
import { citeSourceShort } from './labels';
import type { ResolvedTimeline } from './resolve';
import type { TimeWindow } from './scale';
import { estimateTextWidth } from './text-width';
import { ceilDay, floorDay } from './ticks';
import { dayString } from './view-state';

/** The encodings the legend explains, in its order. */
export const LEGEND_KEYS = [
  'point',
  'range',
  'approximate',
  'planned',
  'ongoing',
  'cancelled',
  'derived',
  'connector',
  'asOf',
  'relation',
  'cluster',
] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

/** The window as the URL writes it: whole days, `to` naming the day the window ends in. */
function windowDays(window: TimeWindow): [string, string] {
  return [dayString(floorDay(window.from)), dayString(ceilDay(window.to) - 1)];
}

/**
 * "afghanistan-2020_2020-02-01_2020-04-01.svg": the dataset and the visible window; a PNG names its scale
 * ("…@2x.png"). Data downloads use the same stem.
 */
export function figureFileName(timelineId: string, window: TimeWindow, extension: string, scale?: number): string {
  const [from, to] = windowDays(window);
  return `${timelineId}_${from}_${to}${scale && scale !== 1 ? `@${scale}x` : ''}.${extension}`;
}

/** Room kept between a figure's last label and its right edge (px). */
const LABEL_MARGIN_PX = 4;

/**
 * The chart model trimmed to what the window shows: the live chart also draws marks just outside it (so a pan
 * does not pop them in), which a figure must not carry, even clipped. A label that would run past the right edge is
 * shortened to end inside it, with an ellipsis (or left out when too little of it would fit): the live chart clips it
 * there, as a map clips names at its edge, but a figure in a report must not print half a word.
 */
export function figureModel(model: ChartModel, width: number): ChartModel {
  const inside = (x: number, x2: number) => x2 >= 0 && x <= width;
  const marks = model.marks.filter((mark) => inside(mark.x, Math.max(mark.x2, mark.x))).map((mark) => fitLabel(mark, width));
  const shown = new Set(marks.map((mark) => mark.event.id));
  return {
    ...model,
    marks,
    clusters: model.clusters.filter((cluster) => cluster.x >= 0 && cluster.x <= width),
    connectors: model.connectors.filter((connector) => shown.has(connector.eventId)),
    links: model.links.filter((link) => shown.has(link.from) && shown.has(link.to)),
  };
}

function fitLabel(mark: MarkInstance, width: number): MarkInstance {
  if (!mark.label || mark.labelX + mark.labelWidth <= width - LABEL_MARGIN_PX) return mark;
  // As the chart shortens a range's label to its bar (labelInRoom): left out when less than a useful part fits.
  const { label, labelWidth } = labelInRoom(mark.label, width - LABEL_MARGIN_PX - mark.labelX);
  return { ...mark, label, labelWidth };
}

/** How many events a figure shows: drawn or counted in a "+N" badge, leaving out those faded as context. */
export function figureEventCount(model: ChartModel, faded?: ReadonlySet<string>): number {
  const ids = new Set([...model.marks.map((mark) => mark.event.id), ...model.clusters.flatMap((cluster) => cluster.eventIds)]);
  return [...ids].filter((id) => !faded?.has(id)).length;
}

/** The legend entries a chart needs: only the encodings it actually draws. */
export function legendKeysFor(model: ChartModel, { width, showLinks }: { width: number; showLinks: boolean }): LegendKey[] {
  const used = new Set<LegendKey>();
  for (const mark of model.marks) {
    const { event } = mark;
    used.add(event.end ? 'range' : 'point');
    if (event.approximate) used.add('approximate');
    if (event.status === 'planned' || event.status === 'expected') used.add('planned');
    if (event.status === 'ongoing') used.add('ongoing');
    if (event.status === 'cancelled') used.add('cancelled');
    if (event.end?.derived) used.add('derived');
  }
  if (model.connectors.length) used.add('connector');
  if (model.asOfX !== undefined && model.asOfX <= width) used.add('asOf');
  if (showLinks && model.links.length) used.add('relation');
  if (model.clusters.length) used.add('cluster');
  return LEGEND_KEYS.filter((key) => used.has(key));
}

export interface FigureTexts {
  title: string;
  /** What the figure shows: "1 February – 31 March 2020 · 12 of 25 events · United States or Taliban". */
  subtitle: string;
  /** Notes under the legend: the "as of" note, then the source caption. */
  notes: string[];
}

/** The figure's title, subtitle and notes (the "as of" date and the source, credited to Parley). */
export function figureTexts(
  timeline: Pick<ResolvedTimeline, 'title' | 'source' | 'asOf'> & { events: readonly unknown[] },
  { window, shown, filtering, actorNames, match }: { window: TimeWindow; shown: number; filtering: boolean; actorNames: string[]; match: 'any' | 'all' },
): FigureTexts {
  const range = formatRange(partialDateAt(floorDay(window.from), 'day'), partialDateAt(ceilDay(window.to) - 1, 'day'), 'long');
  const events = filtering ? `${shown} of ${timeline.events.length} events` : `${shown} ${shown === 1 ? 'event' : 'events'}`;
  const actors = actorNames.length ? actorNames.join(match === 'all' ? ' and ' : ' or ') : undefined;
  return {
    title: timeline.title,
    subtitle: [range, events, actors].filter(Boolean).join(' · '),
    notes: [
      ...(timeline.asOf ? [`As of ${formatDate(timeline.asOf, 'long')}: later events are plans or forecasts.`] : []),
      `Source: ${citeSourceShort(timeline.source)} · Parley`,
    ],
  };
}

/** Splits text into lines no wider than `maxWidth` at `size` px (word by word; a long word gets a line of its own). */
export function wrapLines(text: string, maxWidth: number, size: number, weight: 'normal' | 'semibold' = 'normal'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, size, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Type sizes and spacing of a figure, in CSS px. */
export const FIGURE = {
  titleSize: 22,
  titleSizeNarrow: 18,
  subtitleSize: 13,
  legendSize: 12,
  noteSize: 11.5,
  swatch: { width: 34, height: 18 },
  legendGap: 20,
  legendRow: 24,
  noteLine: 17,
} as const;

export interface FigureLayout {
  width: number;
  height: number;
  margin: number;
  title: { size: number; lines: { text: string; y: number }[] };
  subtitle: { text: string; y: number };
  /** The chart is drawn at (x, y), scaled so that it fits between the margins. */
  chart: { x: number; y: number; scale: number; height: number };
  legend: { key: LegendKey; label: string; x: number; y: number }[];
  /** The hairline between the figure and its notes. */
  ruleY: number;
  notes: { text: string; y: number }[];
}

/**
 * Places a figure's parts, top to bottom: title (wrapped), subtitle, the chart (scaled into the margins, so the
 * figure is exactly as wide as the chart on screen), the legend (flowing into rows), a hairline and the notes.
 * Text y values are baselines.
 */
export function figureLayout({
  width,
  chartHeight,
  texts,
  legend,
}: {
  width: number;
  chartHeight: number;
  texts: FigureTexts;
  legend: { key: LegendKey; label: string }[];
}): FigureLayout {
  const narrow = width < 560;
  const margin = narrow ? 14 : 24;
  const inner = width - 2 * margin;
  const titleSize = narrow ? FIGURE.titleSizeNarrow : FIGURE.titleSize;
  const titleLine = Math.round(titleSize * 1.25);
  let y = margin;
  const title = wrapLines(texts.title, inner, titleSize, 'semibold').map((text) => {
    y += titleLine;
    return { text, y: y - Math.round(titleSize * 0.3) };
  });
  y += 4 + FIGURE.subtitleSize;
  const subtitle = { text: texts.subtitle, y };
  y += 14;

  const scale = inner / width;
  const chart = { x: margin, y, scale, height: chartHeight * scale };
  y += chart.height + 16;

  const placed: FigureLayout['legend'] = [];
  let x = margin;
  let rowTop = y;
  for (const item of legend) {
    const itemWidth = FIGURE.swatch.width + 6 + estimateTextWidth(item.label, FIGURE.legendSize);
    if (x > margin && x + itemWidth > width - margin) {
      x = margin;
      rowTop += FIGURE.legendRow;
    }
    placed.push({ ...item, x, y: rowTop });
    x += itemWidth + FIGURE.legendGap;
  }
  if (placed.length) y = rowTop + FIGURE.legendRow + 6;

  const ruleY = y;
  y += 4;
  const notes = texts.notes.flatMap((note) => wrapLines(note, inner, FIGURE.noteSize)).map((text) => {
    y += FIGURE.noteLine;
    return { text, y: y - 4 };
  });
  return { width, height: Math.ceil(y + margin - 4), margin, title: { size: titleSize, lines: title }, subtitle, chart, legend: placed, ruleY, notes };
}
