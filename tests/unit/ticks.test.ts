import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcMs } from '@/lib/dates';
import { axisTicks, ceilDay, contextTicks, floorDay, floorMonth, placeContextLabels, TICK_SPACING_PX, type AxisTicks } from '@/lib/ticks';
import { estimateTextWidth } from '@/lib/text-width';

// Fixed seed: property tests explore many inputs but run the same ones every time.
const PROPERTY_RUNS = { seed: 20200229, numRuns: 300 };

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);
const labels = (ticks: AxisTicks) => ticks.ticks.map((tick) => tick.label);
const context = (ticks: AxisTicks) => ticks.context.map((tick) => [day(tick.ms), tick.label]);

describe('axisTicks', () => {
  describe('level', () => {
    it('shows years on a span of decades', () => {
      const ticks = axisTicks(Date.UTC(2010, 0, 1), Date.UTC(2021, 0, 1), 840);
      expect(ticks.level).toBe('years');
      expect(labels(ticks)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']);
      expect(ticks.ticks.map((tick) => day(tick.ms))).toEqual(labels(ticks).map((year) => `${year}-01-01`));
      expect(ticks.context).toEqual([]);
    });

    it('steps years by two, five, ten … as the span grows', () => {
      expect(labels(axisTicks(Date.UTC(1990, 0, 1), Date.UTC(2021, 0, 1), 840)).slice(0, 3)).toEqual(['1990', '1992', '1994']);
      expect(labels(axisTicks(Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1), 840)).slice(0, 3)).toEqual(['1900', '1910', '1920']);
    });

    it('shows months on a span of a year', () => {
      const ticks = axisTicks(Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1), 840);
      expect(ticks.level).toBe('months');
      expect(labels(ticks)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan']);
    });

    it('shows quarters as months on a span of a few years', () => {
      const ticks = axisTicks(Date.UTC(2018, 0, 1), Date.UTC(2021, 0, 1), 840);
      expect(ticks.level).toBe('months');
      expect(labels(ticks).slice(0, 5)).toEqual(['Jan', 'Apr', 'Jul', 'Oct', 'Jan']);
    });

    it('shows days on a span of weeks, with day-of-month labels', () => {
      const ticks = axisTicks(Date.UTC(2020, 1, 25), Date.UTC(2020, 2, 6), 840);
      expect(ticks.level).toBe('days');
      expect(labels(ticks)).toEqual(['25', '26', '27', '28', '29', '1', '2', '3', '4', '5', '6']);
    });

    it('shows weekly day ticks on a span of two months', () => {
      const ticks = axisTicks(Date.UTC(2020, 1, 15), Date.UTC(2020, 3, 15), 840);
      expect(ticks.level).toBe('days');
      expect(labels(ticks)).toEqual(['16', '23', '1', '8', '15', '22', '29', '5', '12']);
    });

    it('switches from years to months to days as the span shrinks', () => {
      const order = { years: 0, months: 1, days: 2 };
      const end = Date.UTC(2020, 2, 1);
      let previous = -1;
      const seen = new Set<string>();
      for (let span = 300 * YEAR; span >= 3 * DAY; span /= 1.3) {
        const { level } = axisTicks(end - span, end, 1000);
        expect(order[level]).toBeGreaterThanOrEqual(previous);
        previous = order[level];
        seen.add(level);
      }
      expect([...seen]).toEqual(['years', 'months', 'days']);
    });

    it('shows coarser ticks on a narrower axis', () => {
      const [from, to] = [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)];
      expect(axisTicks(from, to, 1000).level).toBe('months');
      expect(axisTicks(from, to, 200).level).toBe('years');
    });
  });

  describe('labels', () => {
    it('labels BCE years "44 BCE"', () => {
      const ticks = axisTicks(utcMs(-50, 1, 1), utcMs(-40, 1, 1), 840);
      expect(ticks.level).toBe('years');
      expect(labels(ticks)).toContain('44 BCE');
      expect(ticks.ticks.find((tick) => tick.label === '44 BCE')?.ms).toBe(utcMs(-44, 1, 1));
      expect(labels(ticks)).toEqual(['50 BCE', '49 BCE', '48 BCE', '47 BCE', '46 BCE', '45 BCE', '44 BCE', '43 BCE', '42 BCE', '41 BCE', '40 BCE']);
    });

    it('goes from 1 BCE to 1 CE without a year 0', () => {
      const ticks = axisTicks(utcMs(-5, 1, 1), utcMs(5, 1, 1), 840);
      expect(labels(ticks)).toEqual(['5 BCE', '4 BCE', '3 BCE', '2 BCE', '1 BCE', '1', '2', '3', '4', '5']);
    });

    it('labels the year of each tick on a span of centuries across the era', () => {
      // Round astronomical years: the year before 1 CE is 1 BCE, so the labels read 201 BCE, 1 BCE, 200.
      const ticks = axisTicks(utcMs(-1000, 1, 1), utcMs(2000, 1, 1), 840);
      for (const tick of ticks.ticks) expect(tick.label).toBe(formatYearOf(tick.ms));
      expect(labels(ticks)).toContain('1 BCE');
    });

    it('labels months of a BCE year, with the year as context', () => {
      const ticks = axisTicks(utcMs(-44, 1, 1), utcMs(-44, 6, 1), 840);
      expect(ticks.level).toBe('months');
      expect(labels(ticks)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
      expect(ticks.context).toEqual([{ ms: utcMs(-44, 1, 1), label: '44 BCE' }]);
    });

    it('labels 29 February in a leap year', () => {
      const ticks = axisTicks(Date.UTC(2020, 1, 26), Date.UTC(2020, 2, 3), 500);
      expect(labels(ticks)).toContain('29');
      expect(ticks.ticks.find((tick) => tick.label === '29')?.ms).toBe(Date.UTC(2020, 1, 29));
    });

    it('labels whole days only, each day once, however narrow the window', () => {
      // At the narrowest zoom (3 days) d3 would offer 6- or 12-hour ticks: "26 26 27 27".
      for (const [days, width] of [[3, 840], [3, 1600], [6, 840], [7, 1400], [1, 840]]) {
        const from = Date.UTC(2020, 1, 26, 5);
        const ticks = axisTicks(from, from + days * DAY, width);
        expect(ticks.level).toBe('days');
        expect(new Set(labels(ticks)).size).toBe(ticks.ticks.length);
        for (const tick of ticks.ticks) expect(floorDay(tick.ms)).toBe(tick.ms);
      }
      expect(labels(axisTicks(Date.UTC(2020, 1, 26), Date.UTC(2020, 1, 29), 1000))).toEqual(['26', '27', '28', '29']);
    });
  });

  describe('context', () => {
    it('puts the year over month ticks, at each year start inside the window', () => {
      const ticks = axisTicks(Date.UTC(2019, 6, 1), Date.UTC(2021, 0, 1), 840);
      expect(ticks.level).toBe('months');
      expect(context(ticks)).toEqual([
        ['2019-07-01', '2019'],
        ['2020-01-01', '2020'],
        ['2021-01-01', '2021'],
      ]);
    });

    it('puts "Mar 2020" over day ticks, at each month start inside the window', () => {
      const ticks = axisTicks(Date.UTC(2020, 1, 15), Date.UTC(2020, 3, 15), 840);
      expect(context(ticks)).toEqual([
        ['2020-02-15', 'Feb 2020'],
        ['2020-03-01', 'Mar 2020'],
        ['2020-04-01', 'Apr 2020'],
      ]);
    });

    it('moves the context of a period that began before the window to the window start', () => {
      const from = Date.UTC(2020, 2, 10, 6);
      const ticks = axisTicks(from, Date.UTC(2020, 2, 20), 840);
      expect(ticks.context).toEqual([{ ms: from, label: 'Mar 2020' }]);
    });

    it('labels months across a year boundary with their own year', () => {
      const ticks = axisTicks(Date.UTC(2019, 11, 20), Date.UTC(2020, 0, 10), 840);
      expect(context(ticks)).toEqual([
        ['2019-12-20', 'Dec 2019'],
        ['2020-01-01', 'Jan 2020'],
      ]);
    });

    it('labels BCE months "Mar 44 BCE"', () => {
      const ticks = axisTicks(utcMs(-44, 3, 10), utcMs(-44, 3, 20), 840);
      expect(ticks.context).toEqual([{ ms: utcMs(-44, 3, 10), label: 'Mar 44 BCE' }]);
    });

    it('keeps every context label inside the window', () => {
      const instant = fc.integer({ min: utcMs(-3000, 1, 1), max: utcMs(3000, 1, 1) });
      const span = fc.double({ min: 3 * DAY, max: 20 * YEAR, noNaN: true });
      fc.assert(
        fc.property(instant, span, fc.integer({ min: 100, max: 2400 }), (from, span, width) => {
          const to = from + span;
          const ticks = axisTicks(from, to, width);
          const ms = ticks.context.map((tick) => tick.ms);
          if (ticks.level === 'years') expect(ms).toEqual([]);
          expect(ms.every((t, i) => t >= from && t <= to && (i === 0 || t > ms[i - 1]))).toBe(true);
        }),
        PROPERTY_RUNS,
      );
    });
  });

  describe('contextTicks', () => {
    it('gives the context of a level for any window: the wider range\'s ticks, labelled for the window shown', () => {
      const window = { from: Date.UTC(2020, 1, 15), to: Date.UTC(2020, 3, 15) };
      expect(contextTicks('days', window.from, window.to)).toEqual(axisTicks(window.from, window.to, 840).context);
      expect(contextTicks('months', Date.UTC(2019, 6, 1), Date.UTC(2021, 0, 1)).map((tick) => tick.label)).toEqual(['2019', '2020', '2021']);
      expect(contextTicks('years', window.from, window.to)).toEqual([]);
    });

    it('agrees with axisTicks whenever their levels agree', () => {
      const instant = fc.integer({ min: utcMs(-3000, 1, 1), max: utcMs(3000, 1, 1) });
      const span = fc.double({ min: 3 * DAY, max: 20 * YEAR, noNaN: true });
      fc.assert(
        fc.property(instant, span, fc.integer({ min: 100, max: 2400 }), (from, span, width) => {
          const ticks = axisTicks(from, from + span, width);
          expect(contextTicks(ticks.level, from, from + span)).toEqual(ticks.context);
        }),
        PROPERTY_RUNS,
      );
    });
  });

  describe('spacing', () => {
    it('wants a labelled tick every 84 px', () => {
      expect(TICK_SPACING_PX).toBe(84);
    });

    it('draws roughly widthPx / 84 ticks, in order, inside the window, never crowded', () => {
      const instant = fc.integer({ min: utcMs(-2000, 1, 1), max: utcMs(3000, 1, 1) });
      // From the narrowest zoom to three millennia.
      const span = fc.double({ min: Math.log(3 * DAY), max: Math.log(3000 * YEAR), noNaN: true }).map(Math.exp);
      fc.assert(
        fc.property(instant, span, fc.integer({ min: 200, max: 2400 }), (from, span, width) => {
          const to = from + span;
          const ticks = axisTicks(from, to, width);
          const wanted = Math.floor(width / TICK_SPACING_PX);
          const ms = ticks.ticks.map((tick) => tick.ms);
          const xs = ms.map((t) => ((t - from) / span) * width);
          const problems = [
            ms.every((t, i) => t >= from && t <= to && (i === 0 || t > ms[i - 1])) || 'ticks out of order or outside the window',
            ticks.ticks.length <= Math.ceil(2.5 * wanted) + 1 || `${ticks.ticks.length} ticks for ${wanted} wanted`,
            // Fewer only when there are not that many days to label.
            ticks.ticks.length >= Math.min(Math.floor(wanted / 4), Math.floor(span / DAY)) || `${ticks.ticks.length} ticks for ${wanted} wanted`,
            xs.every((x, i) => i === 0 || x - xs[i - 1] >= TICK_SPACING_PX / 2) || 'labelled ticks closer than 42 px',
          ].filter((problem) => problem !== true);
          expect(problems).toEqual([]);
        }),
        PROPERTY_RUNS,
      );
    });

    it('draws more ticks on a wider axis', () => {
      const [from, to] = [Date.UTC(2020, 0, 1), Date.UTC(2020, 3, 1)];
      expect(axisTicks(from, to, 2000).ticks.length).toBeGreaterThan(axisTicks(from, to, 500).ticks.length);
    });

    it('asks for at least two ticks on a very narrow or empty axis', () => {
      const ticks = axisTicks(Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1), 0);
      expect(ticks.ticks.length).toBeGreaterThanOrEqual(2);
      expect(axisTicks(Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1), 0)).toEqual(ticks);
    });
  });

  it('is deterministic', () => {
    const from = Date.UTC(2020, 1, 9);
    const to = Date.UTC(2020, 3, 21);
    expect(axisTicks(from, to, 1000)).toEqual(axisTicks(from, to, 1000));
  });
});

/** The year label of an instant, computed independently of lib/ticks. */
function formatYearOf(ms: number): string {
  const astronomical = new Date(ms).getUTCFullYear();
  return astronomical <= 0 ? `${1 - astronomical} BCE` : String(astronomical);
}

describe('floorDay, ceilDay', () => {
  it('snap to midnight UTC', () => {
    expect(iso(floorDay(Date.UTC(2020, 1, 29, 13, 30)))).toBe('2020-02-29T00:00:00.000Z');
    expect(iso(ceilDay(Date.UTC(2020, 1, 29, 13, 30)))).toBe('2020-03-01T00:00:00.000Z');
    expect(iso(ceilDay(Date.UTC(2020, 1, 29, 0, 0, 0, 1)))).toBe('2020-03-01T00:00:00.000Z');
  });

  it('leave midnight where it is', () => {
    expect(floorDay(Date.UTC(2020, 1, 29))).toBe(Date.UTC(2020, 1, 29));
    expect(ceilDay(Date.UTC(2020, 1, 29))).toBe(Date.UTC(2020, 1, 29));
  });

  it('work before the epoch and before the era', () => {
    expect(floorDay(utcMs(-44, 3, 15) + 5_000)).toBe(utcMs(-44, 3, 15));
    expect(ceilDay(utcMs(-44, 3, 15) + 5_000)).toBe(utcMs(-44, 3, 16));
    expect(floorDay(Date.UTC(1969, 11, 31, 23))).toBe(Date.UTC(1969, 11, 31));
  });

  it('bracket every instant within one day', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcMs(-9999, 1, 1), max: utcMs(9999, 12, 31) }), (ms) => {
        const floor = floorDay(ms);
        const ceil = ceilDay(ms);
        expect(floor).toBeLessThanOrEqual(ms);
        expect(ceil).toBeGreaterThanOrEqual(ms);
        expect(ceil - floor).toBe(ms === floor ? 0 : DAY);
        expect(Math.abs(floor % DAY)).toBe(0);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('floorMonth', () => {
  it('snaps to the first of the month, midnight UTC', () => {
    expect(iso(floorMonth(Date.UTC(2020, 1, 29, 13)))).toBe('2020-02-01T00:00:00.000Z');
    expect(floorMonth(Date.UTC(2020, 2, 1))).toBe(Date.UTC(2020, 2, 1));
    expect(floorMonth(Date.UTC(2020, 2, 1) - 1)).toBe(Date.UTC(2020, 1, 1));
    expect(floorMonth(utcMs(-44, 3, 15))).toBe(utcMs(-44, 3, 1));
  });
});

describe('placeContextLabels', () => {
  const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const WIDTH = 1200;
  const widthOf = (label: string) => estimateTextWidth(label, 11, 'semibold');
  const place = (from: string, to: string) => {
    const [fromMs, toMs] = [at(from), at(to)];
    const toX = (ms: number) => ((ms - fromMs) / (toMs - fromMs)) * WIDTH;
    return placeContextLabels(axisTicks(fromMs, toMs, WIDTH).context, toX, widthOf);
  };

  it('pins the label of the period the window begins in at the left edge, and puts the others after their boundary', () => {
    const placed = place('2019-10-15', '2021-03-01');
    expect(placed.map((tick) => tick.label)).toEqual(['2019', '2020', '2021']);
    expect(placed[0].x).toBe(4);
    const toX = (ms: number) => ((ms - at('2019-10-15')) / (at('2021-03-01') - at('2019-10-15'))) * WIDTH;
    expect(placed[1].x).toBeCloseTo(toX(at('2020-01-01')) + 4, 6);
  });

  it('leaves out a pinned label that would run into the next one', () => {
    // The window begins two days before 2020: "2019" would sit under "2020".
    expect(place('2019-12-30', '2021-06-01').map((tick) => tick.label)).toEqual(['2020', '2021']);
    // Months over days: "Jan 2020" pinned a day before February begins.
    expect(place('2020-01-31', '2020-03-10').map((tick) => tick.label)).toEqual(['Feb 2020', 'Mar 2020']);
  });

  it('never lets two labels overlap, at any window', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('1990-01-01'), max: at('2030-01-01') }), fc.integer({ min: 20, max: 2000 }), (fromMs, days) => {
        const toMs = fromMs + days * 86_400_000;
        const toX = (ms: number) => ((ms - fromMs) / (toMs - fromMs)) * WIDTH;
        const placed = placeContextLabels(axisTicks(fromMs, toMs, WIDTH).context, toX, widthOf);
        for (let i = 1; i < placed.length; i++) expect(placed[i - 1].x + widthOf(placed[i - 1].label)).toBeLessThan(placed[i].x);
      }),
    );
  });

  it('keeps a lone label, and returns nothing for no context', () => {
    expect(place('2020-03-01', '2020-03-20').map((tick) => tick.label)).toEqual(['Mar 2020']);
    expect(placeContextLabels([], (ms) => ms, widthOf)).toEqual([]);
  });
});
