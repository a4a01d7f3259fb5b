import { daysInMonth, MAX_YEAR, MIN_YEAR, toIsoString, type Precision } from '../dates';

type Raw = Record<string, unknown>;

export type DateConversion =
  | { ok: true; date: string; time?: string; display?: string }
  | { ok: false; field: string; message: string };

/** A TimelineJS number field, written as a number or a string; empty strings count as absent. */
function field(date: Raw, key: string): string | undefined {
  const value = date[key];
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

/** True when a TimelineJS date object names no year (absent, or an object of empty strings). */
export function isEmptyDate(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'object' && field(value as Raw, 'year') === undefined);
}

/**
 * A TimelineJS date object → a Parley written date at its precision (year, month or day). Negative years are
 * years before the common era ("-44" → "-0044"). Times are returned apart: Parley dates are to the day.
 */
export function convertTimelineJsDate(value: unknown): DateConversion {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, field: '', message: 'expected a date object such as {"year": 1969, "month": 7}' };
  }
  const date = value as Raw;
  const yearText = field(date, 'year');
  if (yearText === undefined) return { ok: false, field: 'year', message: 'the year is missing' };
  if (!/^-?\d+$/.test(yearText)) return { ok: false, field: 'year', message: `${JSON.stringify(yearText)} is not a year (a whole number, negative before the common era)` };
  const year = Number(yearText);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, field: 'year', message: `year ${yearText} is outside what Parley can show (9999 BCE–9999 CE)` };
  }
  if (year === 0) return { ok: false, field: 'year', message: 'there is no year 0 (1 BCE is -1, 1 CE is 1)' };
  const monthText = field(date, 'month');
  const dayText = field(date, 'day');
  let precision: Precision = 'year';
  let month = 1;
  let day = 1;
  if (monthText !== undefined) {
    month = Number(monthText);
    if (!/^\d+$/.test(monthText) || month < 1 || month > 12) return { ok: false, field: 'month', message: `month ${JSON.stringify(monthText)} does not exist (1–12)` };
    precision = 'month';
  }
  if (dayText !== undefined) {
    if (monthText === undefined) return { ok: false, field: 'day', message: 'a day is given without a month' };
    day = Number(dayText);
    if (!/^\d+$/.test(dayText) || day < 1 || day > daysInMonth(year, month)) {
      return { ok: false, field: 'day', message: `day ${JSON.stringify(dayText)} does not exist in ${toIsoString({ precision: 'month', year, month, day: 1 })}` };
    }
    precision = 'day';
  }
  const time = timeText(date);
  const display = typeof date.display_date === 'string' && date.display_date.trim() !== '' ? date.display_date : undefined;
  return { ok: true, date: toIsoString({ precision, year, month, day }), ...(time && { time }), ...(display && { display }) };
}

/** "14:30" from hour and minute (a spreadsheet's Time column arrives whole in `hour`). */
function timeText(date: Raw): string | undefined {
  const [hour, minute, second] = ['hour', 'minute', 'second'].map((key) => field(date, key));
  if (hour === undefined && minute === undefined && second === undefined) return undefined;
  if (hour !== undefined && /\D/.test(hour)) return hour;
  const pad = (part: string | undefined) => (part ?? '0').padStart(2, '0');
  return `${pad(hour)}:${pad(minute)}${second !== undefined ? `:${pad(second)}` : ''}`;
}
