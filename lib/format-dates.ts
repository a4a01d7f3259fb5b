import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { formatYear, utcMs, type Duration, type PartialDate } from './dates';

export type DateStyle = 'short' | 'long';

// date-fns's names, looked up once per month and style: the chart names dozens of dates on every frame.
const MONTH_NAMES: Record<DateStyle, string[]> = { short: [], long: [] };

function monthName(month: number, style: DateStyle): string {
  return (MONTH_NAMES[style][month] ??= format(new UTCDate(utcMs(2000, month, 1)), style === 'short' ? 'MMM' : 'MMMM'));
}

/** A partial date at its precision: "2020", "Feb 2020", "29 Feb 2020" (short) or "29 February 2020" (long). */
export function formatDate(date: PartialDate, style: DateStyle = 'short'): string {
  const year = formatYear(date.year);
  if (date.precision === 'year') return year;
  const month = `${monthName(date.month, style)} ${year}`;
  return date.precision === 'month' ? month : `${date.day} ${month}`;
}

function samePeriod(a: PartialDate, b: PartialDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

/** A range's start and end texts and the dash between them, sharing what the ends share; null for one period. */
export function formatRangeParts(
  start: PartialDate,
  end: PartialDate,
  style: DateStyle = 'short',
): { start: string; separator: string; end: string } | null {
  if (samePeriod(start, end)) return null;
  const endText = formatDate(end, style);
  const sameYear = start.year === end.year;
  if (start.precision === 'day' && end.precision === 'day' && sameYear) {
    if (start.month === end.month) return { start: String(start.day), separator: '–', end: endText };
    return { start: `${start.day} ${monthName(start.month, style)}`, separator: ' – ', end: endText };
  }
  if (start.precision === 'month' && end.precision === 'month' && sameYear) {
    return { start: monthName(start.month, style), separator: '–', end: endText };
  }
  if (start.precision === 'year' && end.precision === 'year' && (start.year > 0) === (end.year > 0)) {
    return { start: String(Math.abs(start.year)), separator: '–', end: endText };
  }
  return { start: formatDate(start, style), separator: ' – ', end: endText };
}

/** A date range that shares what its ends share: "22–29 Feb 2020", "29 Jan – 3 Feb 2020", "Feb 2020 – Apr 2021". */
export function formatRange(start: PartialDate, end: PartialDate, style: DateStyle = 'short'): string {
  const parts = formatRangeParts(start, end, style);
  return parts ? `${parts.start}${parts.separator}${parts.end}` : formatDate(start, style);
}

/** Prefixes "c. " for approximate dates. */
export function circa(text: string, approximate: boolean | undefined): string {
  return approximate ? `c. ${text}` : text;
}

const UNITS: [keyof Duration, string][] = [
  ['years', 'year'],
  ['months', 'month'],
  ['weeks', 'week'],
  ['days', 'day'],
];

/** An offset in words, with its direction: "14 months after", "1 year before", "1 year and 2 months after". */
export function describeOffset(duration: Duration): string {
  const parts = UNITS.filter(([key]) => duration[key] !== 0).map(([key, unit]) => {
    const n = Math.abs(duration[key]);
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
  });
  if (parts.length === 0) return 'the same day as';
  const negative = UNITS.some(([key]) => duration[key] < 0);
  const words = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${words} ${negative ? 'before' : 'after'}`;
}
