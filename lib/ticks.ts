import { UTCDate } from '@date-fns/utc';
import { scaleUtc, utcDay, utcMonth, utcYear } from 'd3';
import { format } from 'date-fns';
import { formatYear, historicalYear } from './dates';

export type TickLevel = 'years' | 'months' | 'days';

export interface Tick {
  ms: number;
  label: string;
}

export interface AxisTicks {
  level: TickLevel;
  /** The labelled ticks along the axis. */
  ticks: Tick[];
  /** Coarser context labels at their boundaries: the year for month ticks, the month for day ticks. */
  context: Tick[];
}

/** Pixels the axis wants between labelled ticks. */
export const TICK_SPACING_PX = 84;

const DAY = 86_400_000;

const yearOf = (ms: number) => formatYear(historicalYear(new Date(ms).getUTCFullYear()));
// date-fns's short month names, looked up once per month: the axis is relabelled on every frame of a zoom or pan.
const MONTH_LABELS: string[] = [];
const monthOf = (ms: number) => {
  const month = new Date(ms).getUTCMonth();
  return (MONTH_LABELS[month] ??= format(new UTCDate(ms), 'MMM'));
};

/**
 * Ticks for a time axis of a given width: years (or decades, centuries) on wide spans, months with the year as
 * context, then weeks and days with the month as context. Labels come from date-fns; BCE years read "44 BCE".
 */
export function axisTicks(fromMs: number, toMs: number, widthPx: number): AxisTicks {
  const count = Math.max(2, Math.floor(widthPx / TICK_SPACING_PX));
  const scale = scaleUtc().domain([new Date(fromMs), new Date(toMs)]);
  const dates = scale.ticks(count);
  const step = dates.length > 1 ? dates[1].getTime() - dates[0].getTime() : toMs - fromMs;

  if (step >= 360 * DAY) {
    return { level: 'years', ticks: dates.map((d) => ({ ms: d.getTime(), label: yearOf(d.getTime()) })), context: [] };
  }
  if (step >= 28 * DAY) {
    return { level: 'months', ticks: dates.map((d) => ({ ms: d.getTime(), label: monthOf(d.getTime()) })), context: contextTicks('months', fromMs, toMs) };
  }
  // Hour ticks would repeat each day's label ("26 26 27 27"): label whole days only.
  const days = step < DAY ? scale.ticks(utcDay) : dates;
  return {
    level: 'days',
    ticks: days.map((d) => ({ ms: d.getTime(), label: String(new Date(d.getTime()).getUTCDate()) })),
    context: contextTicks('days', fromMs, toMs),
  };
}

/**
 * The context labels for ticks of a level over a window: the year of month ticks, the month of day ticks (none for
 * year ticks), one at each boundary in the window and one at its start for the period the window begins in.
 */
export function contextTicks(level: TickLevel, fromMs: number, toMs: number): Tick[] {
  if (level === 'years') return [];
  const interval = level === 'months' ? utcYear : utcMonth;
  const label = level === 'months' ? yearOf : (ms: number) => `${monthOf(ms)} ${yearOf(ms)}`;
  return interval
    .range(interval.floor(new Date(fromMs)), new Date(toMs + 1))
    .map((d) => d.getTime())
    .map((ms) => ({ ms: Math.max(ms, fromMs), label: label(ms) }))
    .filter((tick) => tick.ms >= fromMs && tick.ms <= toMs);
}

/**
 * Where the context labels go (px from the axis's left edge): each just after its boundary, and the label of the
 * period the window begins in pinned at the left edge. A pinned label that would run into the next one is left
 * out ("2019" under "2020" when the window begins in the last days of 2019): the next label says it all.
 */
export function placeContextLabels(
  context: readonly Tick[],
  toX: (ms: number) => number,
  widthOf: (label: string) => number,
  { padPx = 4, gapPx = 8 } = {},
): (Tick & { x: number })[] {
  const placed = context.map((tick) => ({ ...tick, x: Math.max(toX(tick.ms), 0) + padPx }));
  return placed.filter((tick, i) => {
    const next = placed[i + 1];
    return !next || tick.x + widthOf(tick.label) + gapPx <= next.x;
  });
}

/** Day boundaries, for snapping a window to whole days. */
export const floorDay = (ms: number) => utcDay.floor(new Date(ms)).getTime();
export const ceilDay = (ms: number) => utcDay.ceil(new Date(ms)).getTime();
/** Month boundaries. */
export const floorMonth = (ms: number) => utcMonth.floor(new Date(ms)).getTime();
export const ceilMonth = (ms: number) => utcMonth.ceil(new Date(ms)).getTime();
