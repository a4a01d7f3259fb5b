import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDuration,
  astronomicalYear,
  compareDates,
  DATE_PATTERN,
  daysInMonth,
  DURATION_PATTERN,
  endsBeforeStart,
  formatYear,
  historicalYear,
  MAX_YEAR,
  MIN_YEAR,
  parseDuration,
  parsePartialDate,
  partialDateAt,
  periodEnd,
  periodStart,
  toIsoString,
  utcMs,
  type Duration,
  type PartialDate,
} from '@/lib/dates';

// Fixed seed: property tests explore many inputs but run the same ones every time.
const PROPERTY_RUNS = { seed: 20200229, numRuns: 400 };

/** The parsed date, failing the test with the parser's message when it does not parse. */
function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${parsed.error}`);
  return parsed.value;
}

function duration(text: string): Duration {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to parse: ${parsed.error}`);
  return parsed.value;
}

/** Compares durations without caring about the sign of zero (negative durations hold -0 in unused fields). */
function plain(value: Duration): Duration {
  return { years: value.years + 0, months: value.months + 0, weeks: value.weeks + 0, days: value.days + 0 };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The proleptic Gregorian leap-year rule on a historical year, written independently of lib/dates. */
function isLeapHistorical(year: number): boolean {
  const y = year < 0 ? year + 1 : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function referenceDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapHistorical(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Valid written dates at every precision across the representable range, built without lib/dates. */
const writtenDate = fc
  .record({
    year: fc.integer({ min: MIN_YEAR, max: MAX_YEAR }).filter((year) => year !== 0),
    month: fc.integer({ min: 1, max: 12 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .chain(({ year, month, precision }) =>
    fc.integer({ min: 1, max: referenceDaysInMonth(year, month) }).map((day) => {
      const y = `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`;
      if (precision === 'year') return y;
      if (precision === 'month') return `${y}-${pad(month, 2)}`;
      return `${y}-${pad(month, 2)}-${pad(day, 2)}`;
    }),
  );

describe('parsePartialDate', () => {
  it.each([
    ['2020', { precision: 'year', year: 2020, month: 1, day: 1 }],
    ['2020-02', { precision: 'month', year: 2020, month: 2, day: 1 }],
    ['2020-02-29', { precision: 'day', year: 2020, month: 2, day: 29 }],
    ['-0044', { precision: 'year', year: -44, month: 1, day: 1 }],
    ['0001', { precision: 'year', year: 1, month: 1, day: 1 }],
    ['-0001', { precision: 'year', year: -1, month: 1, day: 1 }],
    ['-0044-03-15', { precision: 'day', year: -44, month: 3, day: 15 }],
    ['0099-12', { precision: 'month', year: 99, month: 12, day: 1 }],
    ['9999-12-31', { precision: 'day', year: 9999, month: 12, day: 31 }],
    ['-9999', { precision: 'year', year: -9999, month: 1, day: 1 }],
  ])('reads %s with its precision', (text, expected) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2020-02-30', 'is not a calendar date'],
    ['2019-02-29', 'is not a calendar date'],
    ['2020-04-31', 'is not a calendar date'],
    ['2020-01-00', 'is not a calendar date'],
    ['2020-01-32', 'is not a calendar date'],
    ['2020-13', 'month 13 does not exist'],
    ['2020-00-10', 'month 00 does not exist'],
    ['2020-00', 'month 00 does not exist'],
    ['0000', 'there is no year 0'],
    ['-0000', 'there is no year 0'],
    ['12345', 'outside the range Parley can represent'],
    ['-10000', 'outside the range Parley can represent'],
    ['2020-2-3', 'is not a date (use YYYY, YYYY-MM or YYYY-MM-DD; -YYYY for BCE)'],
    ['', 'is not a date'],
    ['abc', 'is not a date'],
    ['202', 'is not a date'],
    ['+2020', 'is not a date'],
    [' 2020', 'is not a date'],
    ['2020-02-29T00:00', 'is not a date'],
    ['2020/02/29', 'is not a date'],
    ['29 Feb 2020', 'is not a date'],
    ['02020', 'is not a date'], // a second spelling of 2020
    ['-00044-03', 'is not a date'],
  ])('rejects %j: %s', (text, fragment) => {
    const parsed = parsePartialDate(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain(fragment);
    expect(parsed.error.startsWith(JSON.stringify(text))).toBe(true);
  });

  it('names the year out of range in the historical calendar', () => {
    expect(parsePartialDate('-10000')).toEqual({
      ok: false,
      error: '"-10000": year 10000 BCE is outside the range Parley can represent (9999 BCE to 9999 CE)',
    });
  });

  it.each([
    ['2020', true],
    ['2019', false],
    ['2000', true],
    ['1900', false],
    ['2100', false],
    ['2400', true],
    ['1600', true],
    ['0004', true],
    ['-0001', true], // 1 BCE is astronomical year 0, a leap year
    ['-0005', true],
    ['-0004', false],
  ])('accepts 29 February in %s only in a leap year (%s)', (year, leap) => {
    expect(parsePartialDate(`${year}-02-29`).ok).toBe(leap);
  });

  it('never throws on arbitrary strings', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^-?\d{0,6}(-\d{0,3}){0,3}$/),
    );
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parsePartialDate(input);
        return parsed.ok ? typeof parsed.value.year === 'number' : typeof parsed.error === 'string';
      }),
      PROPERTY_RUNS,
    );
  });

  it('round-trips every valid written date through toIsoString', () => {
    fc.assert(fc.property(writtenDate, (text) => toIsoString(date(text)) === text), PROPERTY_RUNS);
  });

  it('accepts one spelling per date: whatever parses is written back unchanged', () => {
    const text = fc.oneof(writtenDate, fc.stringMatching(/^-?\d{3,6}(-\d{1,3}){0,2}$/));
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parsePartialDate(input);
        return !parsed.ok || toIsoString(parsed.value) === input;
      }),
      PROPERTY_RUNS,
    );
  });

  it('accepts 29 February exactly in the Gregorian leap years, BCE included', () => {
    const year = fc.integer({ min: MIN_YEAR, max: MAX_YEAR }).filter((y) => y !== 0);
    fc.assert(
      fc.property(year, (y) => {
        const text = `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-02-29`;
        return parsePartialDate(text).ok === isLeapHistorical(y);
      }),
      PROPERTY_RUNS,
    );
  });

  it('accepts only text that DATE_PATTERN (the JSON Schema pattern) also accepts', () => {
    const pattern = new RegExp(DATE_PATTERN);
    const text = fc.oneof(writtenDate, fc.string(), fc.stringMatching(/^-?\d{3,5}(-\d{1,3}){0,2}$/));
    fc.assert(
      fc.property(text, (input) => !parsePartialDate(input).ok || pattern.test(input)),
      PROPERTY_RUNS,
    );
  });
});

describe('daysInMonth', () => {
  it.each([
    [2020, 1, 31],
    [2020, 2, 29],
    [2019, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2020, 4, 30],
    [2020, 12, 31],
    [-1, 2, 29],
    [1, 2, 28],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('astronomicalYear and historicalYear', () => {
  it.each([
    [2020, 2020],
    [1, 1],
    [-1, 0],
    [-44, -43],
    [-9999, -9998],
  ])('historical %i is astronomical %i, and back', (historical, astronomical) => {
    expect(astronomicalYear(historical)).toBe(astronomical);
    expect(historicalYear(astronomical)).toBe(historical);
  });

  it('never yields historical year 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), (astronomical) => historicalYear(astronomical) !== 0),
      PROPERTY_RUNS,
    );
  });

  it('round-trips every historical year', () => {
    const year = fc.integer({ min: MIN_YEAR, max: MAX_YEAR }).filter((y) => y !== 0);
    fc.assert(fc.property(year, (y) => historicalYear(astronomicalYear(y)) === y), PROPERTY_RUNS);
  });
});

describe('utcMs', () => {
  it('is midnight UTC of the day', () => {
    expect(utcMs(2020, 2, 29)).toBe(Date.UTC(2020, 1, 29));
  });

  it('does not treat years 1–99 as 1901–1999', () => {
    expect(iso(utcMs(1, 1, 1))).toBe('0001-01-01T00:00:00.000Z');
    expect(iso(utcMs(99, 12, 31))).toBe('0099-12-31T00:00:00.000Z');
  });

  it('counts BCE years astronomically (44 BCE is year -43)', () => {
    expect(iso(utcMs(-44, 3, 15))).toBe('-000043-03-15T00:00:00.000Z');
    expect(iso(utcMs(-1, 12, 31))).toBe('0000-12-31T00:00:00.000Z');
  });
});

describe('partialDateAt', () => {
  const ms = utcMs(-44, 3, 15) + 13 * 3_600_000;

  it('reads the UTC day containing an instant, in historical years', () => {
    expect(partialDateAt(ms, 'day')).toEqual({ precision: 'day', year: -44, month: 3, day: 15 });
  });

  it('drops what is finer than the precision', () => {
    expect(partialDateAt(ms, 'month')).toEqual({ precision: 'month', year: -44, month: 3, day: 1 });
    expect(partialDateAt(ms, 'year')).toEqual({ precision: 'year', year: -44, month: 1, day: 1 });
  });

  it('maps astronomical year 0 to 1 BCE', () => {
    expect(partialDateAt(utcMs(-1, 6, 1), 'year')).toEqual({ precision: 'year', year: -1, month: 1, day: 1 });
  });
});

describe('periodStart and periodEnd', () => {
  it.each([
    ['2020-02-29', '2020-02-29T00:00:00.000Z', '2020-03-01T00:00:00.000Z'],
    ['2020-12-31', '2020-12-31T00:00:00.000Z', '2021-01-01T00:00:00.000Z'],
    ['2020-02', '2020-02-01T00:00:00.000Z', '2020-03-01T00:00:00.000Z'],
    ['2019-02', '2019-02-01T00:00:00.000Z', '2019-03-01T00:00:00.000Z'],
    ['2020-12', '2020-12-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z'],
    ['2020', '2020-01-01T00:00:00.000Z', '2021-01-01T00:00:00.000Z'],
    ['0001', '0001-01-01T00:00:00.000Z', '0002-01-01T00:00:00.000Z'],
    ['-0044', '-000043-01-01T00:00:00.000Z', '-000042-01-01T00:00:00.000Z'],
    ['-0044-12', '-000043-12-01T00:00:00.000Z', '-000042-01-01T00:00:00.000Z'],
    ['-0044-03-15', '-000043-03-15T00:00:00.000Z', '-000043-03-16T00:00:00.000Z'],
    ['-0001', '0000-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z'],
    ['9999', '9999-01-01T00:00:00.000Z', '+010000-01-01T00:00:00.000Z'],
  ])('%s covers [%s, %s)', (text, start, end) => {
    expect(iso(periodStart(date(text)))).toBe(start);
    expect(iso(periodEnd(date(text)))).toBe(end);
  });

  it('makes inclusive ends: 1 BCE is followed directly by 1 CE', () => {
    expect(periodEnd(date('-0001'))).toBe(periodStart(date('0001')));
  });

  it('nests: a day lies inside its month, and a month inside its year', () => {
    expect(periodStart(date('2020'))).toBe(periodStart(date('2020-01')));
    expect(periodEnd(date('2020'))).toBe(periodEnd(date('2020-12')));
    expect(periodEnd(date('2020-02'))).toBe(periodEnd(date('2020-02-29')));
  });

  it('always ends after it starts', () => {
    fc.assert(
      fc.property(writtenDate, (text) => periodStart(date(text)) < periodEnd(date(text))),
      PROPERTY_RUNS,
    );
  });
});

describe('compareDates', () => {
  it('orders by the start of each period', () => {
    expect(compareDates(date('2020'), date('2020-01-01'))).toBe(0);
    expect(compareDates(date('2020-02'), date('2020-02-15'))).toBeLessThan(0);
    expect(compareDates(date('2020-03'), date('2020-02-29'))).toBeGreaterThan(0);
    expect(compareDates(date('-0044'), date('0001'))).toBeLessThan(0);
    expect(compareDates(date('-0044'), date('-0100'))).toBeGreaterThan(0);
  });
});

describe('endsBeforeStart', () => {
  it.each([
    ['2020-02-15', '2020-02', false], // the month "2020-02" contains the 15th
    ['2020-02', '2020-01-31', true],
    ['2020-02', '2020-02-01', false],
    ['2020-02-29', '2020-02-29', false], // a one-day event
    ['2020-02-29', '2020-02-28', true],
    ['2020', '2019-12-31', true],
    ['2020-06', '2020', false],
    ['2020-06-15', '2020-05', true],
    ['2020', '2021', false],
    ['-0044', '-0045', true],
    ['-0044', '-0044-12-31', false],
    ['-0001', '0001', false],
  ])('start %s, end %s: %s', (start, end, before) => {
    expect(endsBeforeStart(date(start), date(end))).toBe(before);
  });

  it('never holds for a date and itself', () => {
    fc.assert(fc.property(writtenDate, (text) => !endsBeforeStart(date(text), date(text))), PROPERTY_RUNS);
  });
});

describe('parseDuration', () => {
  it.each([
    ['P14M', { years: 0, months: 14, weeks: 0, days: 0 }],
    ['-P1Y', { years: -1, months: 0, weeks: 0, days: 0 }],
    ['P7D', { years: 0, months: 0, weeks: 0, days: 7 }],
    ['P1Y2M10D', { years: 1, months: 2, weeks: 0, days: 10 }],
    ['P2W', { years: 0, months: 0, weeks: 2, days: 0 }],
    ['P1Y2M3W4D', { years: 1, months: 2, weeks: 3, days: 4 }],
    ['-P1Y2M', { years: -1, months: -2, weeks: 0, days: 0 }],
    ['P0D', { years: 0, months: 0, weeks: 0, days: 0 }],
  ])('reads %s', (text, expected) => {
    expect(plain(duration(text))).toEqual(expected);
  });

  it.each([
    ['P', 'e.g. "P14M"'],
    ['-P', 'e.g. "P14M"'],
    ['PT1H', 'time parts are not supported: use days'],
    ['P1DT12H', 'time parts are not supported'],
    ['P1.5Y', 'e.g. "P14M"'],
    ['14M', 'e.g. "P14M"'],
    ['', 'e.g. "P14M"'],
    ['p1y', 'e.g. "P14M"'],
    ['P1M1Y', 'e.g. "P14M"'],
    ['P-1Y', 'e.g. "P14M"'],
    [' P1Y', 'e.g. "P14M"'],
    ['P1Y ', 'e.g. "P14M"'],
  ])('rejects %j', (text, hint) => {
    const parsed = parseDuration(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain(`${JSON.stringify(text)} is not an ISO 8601 duration in years, months, weeks or days`);
    expect(parsed.error).toContain(hint);
  });

  it('agrees with DURATION_PATTERN, the JSON Schema pattern', () => {
    const pattern = new RegExp(DURATION_PATTERN);
    const text = fc.oneof(
      fc.stringMatching(/^-?P(\d{1,3}[YMWDTH.]){0,4}$/),
      fc.constantFrom('P', '-P', 'PT1H', 'P14M', '-P1Y', 'P1Y2M3W4D', 'P1W2D'),
      fc.string(),
    );
    fc.assert(fc.property(text, (input) => parseDuration(input).ok === pattern.test(input)), PROPERTY_RUNS);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), (input) => typeof parseDuration(input).ok === 'boolean'), PROPERTY_RUNS);
  });
});

describe('addDuration', () => {
  it.each([
    ['2020-01-31', 'P1M', '2020-02-29'], // clamped to the end of a leap February
    ['2019-01-31', 'P1M', '2019-02-28'],
    ['2020-02-29', 'P14M', '2021-04-29'],
    ['2020-02-29', '-P1Y', '2019-02-28'],
    ['2020-02-29', 'P1Y', '2021-02-28'],
    ['2020-02-29', 'P4Y', '2024-02-29'],
    ['2020-03-31', '-P1M', '2020-02-29'],
    ['2020-02-22', 'P7D', '2020-02-29'],
    ['2020-02-22', 'P1W', '2020-02-29'],
    ['2020-12-31', 'P1D', '2021-01-01'],
    ['2020-01-31', 'P1M1D', '2020-03-01'], // months first, then days
    ['2020-02', 'P14M', '2021-04'],
    ['2020', 'P14M', '2021'],
    ['2020', '-P1Y', '2019'],
    ['-0001', 'P1Y', '0001'], // no year 0
    ['0001', '-P1Y', '-0001'],
    ['-0044-03-15', 'P1Y', '-0043-03-15'],
    ['-0001-02-29', 'P1Y', '0001-02-28'],
  ])('%s + %s = %s', (start, offset, expected) => {
    expect(toIsoString(addDuration(date(start), duration(offset)))).toBe(expected);
  });

  it('keeps the precision of the date it moves', () => {
    expect(addDuration(date('2020-02'), duration('P7D')).precision).toBe('month');
    expect(addDuration(date('2020'), duration('P1M')).precision).toBe('year');
    expect(addDuration(date('2020-02-29'), duration('P1Y')).precision).toBe('day');
  });

  it('does not change the date it is given', () => {
    const start = date('2020-02-29');
    addDuration(start, duration('P14M'));
    expect(start).toEqual({ precision: 'day', year: 2020, month: 2, day: 29 });
  });

  it('moves a day by exactly n days of 24 hours (UTC has no daylight saving)', () => {
    const day = writtenDate.filter((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && text < '9000');
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 3000 }), (text, n) => {
        const moved = addDuration(date(text), { years: 0, months: 0, weeks: 0, days: n });
        return periodStart(moved) - periodStart(date(text)) === n * 86_400_000;
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('toIsoString', () => {
  it.each(['2020', '2020-02', '2020-02-29', '-0044', '0001', '-0001-12-31', '0099-01'])('writes %s back as written', (text) => {
    expect(toIsoString(date(text))).toBe(text);
  });

  it('pads years to four digits and ignores fields finer than the precision', () => {
    expect(toIsoString({ precision: 'day', year: 1, month: 2, day: 3 })).toBe('0001-02-03');
    expect(toIsoString({ precision: 'year', year: -44, month: 3, day: 15 })).toBe('-0044');
    expect(toIsoString({ precision: 'month', year: 2020, month: 2, day: 29 })).toBe('2020-02');
  });
});

describe('formatYear', () => {
  it('writes CE years as numbers and BCE years with the era', () => {
    expect(formatYear(2020)).toBe('2020');
    expect(formatYear(1)).toBe('1');
    expect(formatYear(-44)).toBe('44 BCE');
    expect(formatYear(-1)).toBe('1 BCE');
  });
});
