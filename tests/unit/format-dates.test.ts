import { describe, expect, it } from 'vitest';
import { parseDuration, parsePartialDate, type Duration, type PartialDate } from '@/lib/dates';
import { circa, describeOffset, formatDate, formatRange, formatRangeParts } from '@/lib/format-dates';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function duration(text: string): Duration {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('formatDate', () => {
  it.each([
    ['2020-02-29', 'short', '29 Feb 2020'],
    ['2020-02-29', 'long', '29 February 2020'],
    ['2020-02', 'short', 'Feb 2020'],
    ['2020-02', 'long', 'February 2020'],
    ['2020', 'short', '2020'],
    ['2020', 'long', '2020'],
    ['-0044', 'short', '44 BCE'],
    ['-0044-03-15', 'short', '15 Mar 44 BCE'],
    ['0001-01-01', 'long', '1 January 1'],
    ['2020-03-05', 'short', '5 Mar 2020'],
  ] as const)('%s (%s) is %j', (text, style, expected) => {
    expect(formatDate(date(text), style)).toBe(expected);
  });

  it('is short by default', () => {
    expect(formatDate(date('2020-09-01'))).toBe('1 Sep 2020');
  });

  it('names every month', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDate(date(`2020-${String(i + 1).padStart(2, '0')}`), 'long'));
    expect(months.map((text) => text.replace(' 2020', ''))).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
  });

  it('names every month in the short style too, the same on every call', () => {
    const months = () => Array.from({ length: 12 }, (_, i) => formatDate(date(`2021-${String(i + 1).padStart(2, '0')}`)).replace(' 2021', ''));
    expect(months()).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(months()).toEqual(months());
  });
});

describe('formatRange', () => {
  it.each([
    ['2020-02-22', '2020-02-29', '22–29 Feb 2020'],
    ['2020-01-29', '2020-02-03', '29 Jan – 3 Feb 2020'],
    ['2020-02', '2020-04', 'Feb–Apr 2020'],
    ['2020-02-29', '2021-04-29', '29 Feb 2020 – 29 Apr 2021'],
    ['2020-12', '2021-01', 'Dec 2020 – Jan 2021'],
    ['1990', '1999', '1990–1999'],
    ['-0100', '-0044', '100–44 BCE'],
    ['-0044', '0014', '44 BCE – 14'],
    ['2019', '2020-02', '2019 – Feb 2020'],
    ['2010', '2020-02-29', '2010 – 29 Feb 2020'],
  ])('%s to %s is %j', (start, end, expected) => {
    expect(formatRange(date(start), date(end))).toBe(expected);
  });

  it('shares the month and year in the long style too', () => {
    expect(formatRange(date('2020-02-22'), date('2020-02-29'), 'long')).toBe('22–29 February 2020');
    expect(formatRange(date('2020-01-29'), date('2020-02-03'), 'long')).toBe('29 January – 3 February 2020');
  });

  it('writes a range within one period as that period', () => {
    expect(formatRange(date('2020-02-29'), date('2020-02-29'))).toBe('29 Feb 2020');
    expect(formatRange(date('2020-02'), date('2020-02'))).toBe('Feb 2020');
    expect(formatRange(date('2020'), date('2020'))).toBe('2020');
  });
});

describe('formatRangeParts', () => {
  it('splits a range into start, separator and end that join to formatRange', () => {
    expect(formatRangeParts(date('2020-02-22'), date('2020-02-29'))).toEqual({ start: '22', separator: '–', end: '29 Feb 2020' });
    for (const [start, end] of [
      ['2020-01-29', '2020-02-03'],
      ['2020-02', '2020-04'],
      ['2020-02-29', '2021-04-29'],
      ['1990', '1999'],
      ['-0044', '0014'],
    ]) {
      const parts = formatRangeParts(date(start), date(end), 'long');
      expect(parts && `${parts.start}${parts.separator}${parts.end}`).toBe(formatRange(date(start), date(end), 'long'));
    }
  });

  it('is null for a range within one period', () => {
    expect(formatRangeParts(date('2020-02'), date('2020-02'))).toBeNull();
  });
});

describe('circa', () => {
  it('prefixes "c. " to approximate dates only', () => {
    expect(circa('2001', true)).toBe('c. 2001');
    expect(circa('2001', false)).toBe('2001');
    expect(circa('2001', undefined)).toBe('2001');
  });
});

describe('describeOffset', () => {
  it.each([
    ['P14M', '14 months after'],
    ['P1M', '1 month after'],
    ['-P1Y', '1 year before'],
    ['-P2Y', '2 years before'],
    ['P1Y2M', '1 year and 2 months after'],
    ['P1Y2M10D', '1 year, 2 months and 10 days after'],
    ['P1W', '1 week after'],
    ['P2W', '2 weeks after'],
    ['P1D', '1 day after'],
    ['P7D', '7 days after'],
    ['-P1Y1D', '1 year and 1 day before'],
    ['P0D', 'the same day as'],
  ])('%s reads %j', (offset, expected) => {
    expect(describeOffset(duration(offset))).toBe(expected);
  });
});
