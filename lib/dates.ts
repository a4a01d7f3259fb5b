import { add } from 'date-fns';
import { UTCDate } from '@date-fns/utc';

/** How finely a date is known, from the form it was written in. */
export type Precision = 'year' | 'month' | 'day';

/**
 * A date known to a precision. `year` is the historical year: negative for BCE, never 0.
 * `month` and `day` are 1-based and are 1 when coarser than the precision.
 */
export interface PartialDate {
  precision: Precision;
  year: number;
  month: number;
  day: number;
}

/** An ISO 8601 calendar duration (no time part); every field has the duration's sign. */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** The earliest and latest historical years Parley can represent (the four-digit ISO 8601 range). */
export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;

/** The regular expression a written date must match before its values are checked. */
export const DATE_PATTERN = '^-?\\d{4,}(-\\d{2}(-\\d{2})?)?$';
/** The regular expression an offset must match: an ISO 8601 duration in years, months, weeks and days. */
export const DURATION_PATTERN = '^-?P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$';

const DATE_RE = /^(-?)(\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DURATION_RE = /^(-?)P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const DAY_MS = 86_400_000;

/** Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or the BCE form "-YYYY…", checking that the date exists. */
export function parsePartialDate(text: string): Parsed<PartialDate> {
  const match = DATE_RE.exec(text);
  // More than four digits only for years out of range ("12345"): "02020" would be a second spelling of 2020.
  if (!match || (match[2].length > 4 && match[2].startsWith('0'))) {
    return { ok: false, error: `${JSON.stringify(text)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD; -YYYY for BCE)` };
  }
  const [, minus, digits, monthText, dayText] = match;
  const magnitude = Number(digits);
  const year = minus ? -magnitude : magnitude;
  if (magnitude === 0) {
    return { ok: false, error: `${JSON.stringify(text)}: there is no year 0 (1 BCE is "-0001", 1 CE is "0001")` };
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      ok: false,
      error: `${JSON.stringify(text)}: year ${formatYear(year)} is outside the range Parley can represent (${formatYear(MIN_YEAR)} to ${MAX_YEAR} CE)`,
    };
  }
  if (monthText === undefined) return { ok: true, value: { precision: 'year', year, month: 1, day: 1 } };
  const month = Number(monthText);
  if (month < 1 || month > 12) {
    return { ok: false, error: `${JSON.stringify(text)} is not a calendar date (month ${monthText} does not exist)` };
  }
  if (dayText === undefined) return { ok: true, value: { precision: 'month', year, month, day: 1 } };
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: `${JSON.stringify(text)} is not a calendar date` };
  }
  return { ok: true, value: { precision: 'day', year, month, day } };
}

/** Parses an ISO 8601 duration in years, months, weeks and days, such as "P14M", "-P1Y" or "P1Y2M10D". */
export function parseDuration(text: string): Parsed<Duration> {
  const match = DURATION_RE.exec(text);
  if (!match || text.replace(/^-?P/, '') === '') {
    const hint = /T/.test(text) ? ' (time parts are not supported: use days)' : ' (e.g. "P14M", "-P1Y", "P7D")';
    return { ok: false, error: `${JSON.stringify(text)} is not an ISO 8601 duration in years, months, weeks or days${hint}` };
  }
  const sign = match[1] ? -1 : 1;
  const [years, months, weeks, days] = match.slice(2).map((part) => sign * Number(part ?? 0));
  return { ok: true, value: { years, months, weeks, days } };
}

/** The astronomical year (1 BCE = 0) that JavaScript dates count in, for a historical year. */
export function astronomicalYear(year: number): number {
  return year < 0 ? year + 1 : year;
}

/** The historical year (never 0) of an astronomical year. */
export function historicalYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

/** Milliseconds since the epoch of midnight UTC on a historical calendar day; works for years 1–99 and BCE. */
export function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(astronomicalYear(year), month - 1, day);
  return date.getTime();
}

/** The partial date of the UTC calendar day containing `ms`, at the given precision. */
export function partialDateAt(ms: number, precision: Precision): PartialDate {
  const date = new Date(ms);
  const year = historicalYear(date.getUTCFullYear());
  return {
    precision,
    year,
    month: precision === 'year' ? 1 : date.getUTCMonth() + 1,
    day: precision === 'day' ? date.getUTCDate() : 1,
  };
}

/** The first instant of the period a partial date names (midnight UTC). */
export function periodStart(date: PartialDate): number {
  return utcMs(date.year, date.month, date.day);
}

/** The instant just after the period a partial date names: inclusive ends cover their whole day, month or year. */
export function periodEnd(date: PartialDate): number {
  const start = periodStart(date);
  if (date.precision === 'day') return start + DAY_MS;
  const next = new UTCDate(start);
  return add(next, date.precision === 'month' ? { months: 1 } : { years: 1 }).getTime();
}

/** Adds a duration to a partial date with calendar arithmetic (31 Jan + P1M = 29 Feb), keeping its precision. */
export function addDuration(date: PartialDate, duration: Duration): PartialDate {
  const moved = add(new UTCDate(periodStart(date)), duration);
  return partialDateAt(moved.getTime(), date.precision);
}

/** Compares two partial dates by the start of their periods. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return periodStart(a) - periodStart(b);
}

/** True when the period `end` names finishes before the period `start` names begins ("2020-02" may end on "2020-02-15"). */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return periodEnd(end) <= periodStart(start);
}

/** The date as written in the data format: "2020", "2020-02", "2020-02-29", "-0044". */
export function toIsoString(date: PartialDate): string {
  const year = `${date.year < 0 ? '-' : ''}${String(Math.abs(date.year)).padStart(4, '0')}`;
  if (date.precision === 'year') return year;
  const month = `${year}-${String(date.month).padStart(2, '0')}`;
  if (date.precision === 'month') return month;
  return `${month}-${String(date.day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return Math.round((utcMs(year, month + 1, 1) - utcMs(year, month, 1)) / DAY_MS);
}

/** "2020", "44 BCE". */
export function formatYear(year: number): string {
  return year < 0 ? `${-year} BCE` : String(year);
}
