import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePartialDate, utcMs, type PartialDate } from '@/lib/dates';
import type { ResolvedTimeline } from '@/lib/resolve';
import {
  clampWindow,
  DAY_MS,
  defaultWindow,
  MIN_SPAN_MS,
  quickRanges,
  timelineExtent,
  windowForZoom,
  zoomForWindow,
  zoomLimits,
  type TimeWindow,
} from '@/lib/scale';
import { afghanistan2020, buildTimeline, rawEvent } from '../fixtures/timelines';

// Fixed seed: property tests explore many inputs but run the same ones every time.
const PROPERTY_RUNS = { seed: 20200229, numRuns: 200 };

const DAY = DAY_MS;
const iso = (ms: number) => new Date(ms).toISOString();
const span = (window: TimeWindow) => window.to - window.from;
const isoWindow = (window: TimeWindow) => ({ from: iso(window.from), to: iso(window.to) });

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

type Extentable = Pick<ResolvedTimeline, 'events' | 'asOf'>;

/**
 * A timeline of point events on the given days (and optional ranges), built through the real loader; with an
 * `asOf`, every event is "expected" (events after `asOf` may not be marked as having occurred).
 */
function timelineOf(starts: (string | [string, string])[], asOf?: string): ResolvedTimeline {
  const status = asOf ? 'expected' : 'occurred';
  return buildTimeline({
    ...(asOf && { asOf }),
    events: starts.map((start, i) =>
      typeof start === 'string' ? rawEvent(`e${i}`, { start, status }) : rawEvent(`e${i}`, { start: start[0], end: start[1], status }),
    ),
  });
}

const afghanistan = afghanistan2020();

describe('timelineExtent', () => {
  it('spans every event with a 15-day margin on a short timeline', () => {
    const extent = timelineExtent(timelineOf(['2020-02-22', '2020-02-29']));
    expect(isoWindow(extent)).toEqual({ from: '2020-02-07T00:00:00.000Z', to: '2020-03-16T00:00:00.000Z' });
  });

  it('reaches to the end of the last event, inclusive ends counted', () => {
    const extent = timelineExtent(timelineOf(['2020-02-22', ['2020-02-29', '2020-04']]));
    // The range ends with April; its end instant is 1 May.
    expect(extent.to).toBe(Date.UTC(2020, 4, 1) + 15 * DAY);
  });

  it('uses a 3% margin on a long timeline', () => {
    const extent = timelineExtent(timelineOf(['2000', '2019']));
    const covered = Date.UTC(2020, 0, 1) - Date.UTC(2000, 0, 1);
    expect(extent.from).toBeCloseTo(Date.UTC(2000, 0, 1) - covered * 0.03, -1);
    expect(extent.to).toBeCloseTo(Date.UTC(2020, 0, 1) + covered * 0.03, -1);
  });

  it('includes the "as of" date, to the end of its day', () => {
    const extent = timelineExtent(timelineOf(['2020-02-29'], '2020-06-30'));
    expect(extent.to).toBe(Date.UTC(2020, 6, 1) + 15 * DAY);
    const before = timelineExtent(timelineOf(['2020-02-29'], '2019-12-31'));
    expect(before.from).toBe(Date.UTC(2020, 0, 1) - 15 * DAY);
  });

  it('includes an "as of" month or year to its end', () => {
    expect(timelineExtent(timelineOf(['2020-02-29'], '2020-06')).to).toBe(Date.UTC(2020, 6, 1) + 15 * DAY);
    expect(timelineExtent(timelineOf(['2020-02-29'], '2020')).to).toBe(Date.UTC(2021, 0, 1) + 15 * DAY);
  });

  it('shows the year 2000 for an empty timeline', () => {
    expect(isoWindow(timelineExtent({ events: [], asOf: undefined }))).toEqual({
      from: '1999-12-17T00:00:00.000Z',
      to: '2001-01-16T00:00:00.000Z',
    });
    expect(timelineExtent(buildTimeline({ events: [] }))).toEqual(timelineExtent({ events: [], asOf: undefined }));
  });

  it('centres an empty timeline on its "as of" date', () => {
    const extent = timelineExtent({ events: [], asOf: date('2020-03-30') });
    expect(isoWindow(extent)).toEqual({ from: '2020-03-16T00:00:00.000Z', to: '2020-04-15T00:00:00.000Z' });
  });

  it('spans BCE events', () => {
    const extent = timelineExtent(timelineOf(['-0044-03-15']));
    expect(extent).toEqual({ from: utcMs(-44, 3, 15) - 15 * DAY, to: utcMs(-44, 3, 16) + 15 * DAY });
  });

  it('holds every event and the "as of" date of the bundled dataset', () => {
    const extent = timelineExtent(afghanistan);
    for (const event of afghanistan.events) {
      expect(event.startMs).toBeGreaterThan(extent.from);
      expect(event.endMs).toBeLessThan(extent.to);
    }
    expect(iso(extent.from).slice(0, 4)).toBe('1989');
    expect(iso(extent.to).slice(0, 4)).toBe('2022');
  });
});

describe('zoomForWindow and windowForZoom', () => {
  const extent = { from: Date.UTC(2020, 0, 1), to: Date.UTC(2021, 0, 1) };

  it('shows the whole extent at k = 1, x = 0', () => {
    expect(zoomForWindow(extent, 800, extent)).toEqual({ k: 1, x: -0 });
    expect(windowForZoom(extent, 800, { k: 1, x: 0 })).toEqual(extent);
  });

  it('zooms in by the ratio of spans and pans to the window start', () => {
    const half = { from: extent.from + span(extent) / 2, to: extent.to };
    expect(zoomForWindow(extent, 800, half)).toEqual({ k: 2, x: -800 });
    expect(windowForZoom(extent, 800, { k: 2, x: -800 })).toEqual(half);
  });

  it('are inverses of each other', () => {
    const extentArb = fc
      .tuple(fc.integer({ min: utcMs(-5000, 1, 1), max: utcMs(5000, 1, 1) }), fc.integer({ min: 30 * DAY, max: 3000 * 365 * DAY }))
      .map(([from, length]) => ({ from, to: from + length }));
    const windowIn = (e: TimeWindow) =>
      fc
        .tuple(fc.double({ min: -0.2, max: 1, noNaN: true }), fc.double({ min: 1e-6, max: 1.2, noNaN: true }))
        .map(([start, length]) => ({ from: e.from + start * span(e), to: e.from + (start + length) * span(e) }));
    const width = fc.integer({ min: 100, max: 3000 });
    fc.assert(
      fc.property(
        extentArb.chain((e) => fc.tuple(fc.constant(e), windowIn(e), width)),
        ([e, window, w]) => {
          const back = windowForZoom(e, w, zoomForWindow(e, w, window));
          const tolerance = span(e) * 1e-9;
          return Math.abs(back.from - window.from) <= tolerance && Math.abs(back.to - window.to) <= tolerance;
        },
      ),
      PROPERTY_RUNS,
    );
    fc.assert(
      fc.property(
        extentArb,
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        width,
        (e, k, x, w) => {
          const zoom = zoomForWindow(e, w, windowForZoom(e, w, { k, x }));
          return Math.abs(zoom.k - k) / k < 1e-6 && Math.abs(zoom.x - x) < 1e-3 * Math.max(1, Math.abs(x), k * w);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('do not depend on the width for the window they show', () => {
    const window = { from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 3, 1) };
    for (const width of [320, 1280]) {
      const back = windowForZoom(extent, width, zoomForWindow(extent, width, window));
      expect(back.from).toBeCloseTo(window.from, -1);
      expect(back.to).toBeCloseTo(window.to, -1);
    }
  });
});

describe('zoomLimits', () => {
  it('goes from the whole extent to a 3-day window', () => {
    const extent = { from: 0, to: 300 * DAY };
    expect(zoomLimits(extent)).toEqual([1, 100]);
    const narrowest = windowForZoom(extent, 1000, { k: 100, x: -5000 });
    expect(span(narrowest)).toBeCloseTo(MIN_SPAN_MS, -1);
  });

  it('never zooms out past the extent, even when it is shorter than 3 days', () => {
    expect(zoomLimits({ from: 0, to: DAY })).toEqual([1, 1]);
    expect(zoomLimits({ from: 0, to: MIN_SPAN_MS })).toEqual([1, 1]);
  });
});

describe('clampWindow', () => {
  const extent = { from: Date.UTC(2020, 0, 1), to: Date.UTC(2020, 3, 10) }; // 100 days

  it('leaves a window that fits alone', () => {
    const window = { from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 2, 1) };
    expect(clampWindow(window, extent)).toEqual(window);
  });

  it('widens a window to at least 3 days, keeping its centre', () => {
    const centre = Date.UTC(2020, 1, 15, 12);
    expect(clampWindow({ from: centre - 3_600_000, to: centre + 3_600_000 }, extent)).toEqual({
      from: centre - 1.5 * DAY,
      to: centre + 1.5 * DAY,
    });
    expect(clampWindow({ from: centre, to: centre }, extent)).toEqual({ from: centre - 1.5 * DAY, to: centre + 1.5 * DAY });
  });

  it('slides a window back inside the extent, keeping its span', () => {
    const late = clampWindow({ from: Date.UTC(2020, 3, 1), to: Date.UTC(2020, 4, 1) }, extent);
    expect(late).toEqual({ from: extent.to - 30 * DAY, to: extent.to });
    const early = clampWindow({ from: Date.UTC(2019, 11, 1), to: Date.UTC(2019, 11, 11) }, extent);
    expect(early).toEqual({ from: extent.from, to: extent.from + 10 * DAY });
  });

  it('narrows a window wider than the extent to the extent', () => {
    expect(clampWindow({ from: Date.UTC(2019, 0, 1), to: Date.UTC(2021, 0, 1) }, extent)).toEqual(extent);
  });

  it('returns the extent when the extent is narrower than 3 days', () => {
    const tiny = { from: 0, to: DAY };
    expect(clampWindow({ from: 0, to: 1 }, tiny)).toEqual(tiny);
  });

  it('accepts a reversed window as its span', () => {
    const window = clampWindow({ from: Date.UTC(2020, 1, 10), to: Date.UTC(2020, 1, 1) }, extent);
    expect(span(window)).toBe(MIN_SPAN_MS);
  });

  it('stays inside the extent, at least 3 days wide, centred where it can be', () => {
    const instant = fc.integer({ min: extent.from - 200 * DAY, max: extent.to + 200 * DAY });
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const window = { from: Math.min(a, b), to: Math.max(a, b) };
        const clamped = clampWindow(window, extent);
        const centre = (window.from + window.to) / 2;
        const fits = centre - span(clamped) / 2 >= extent.from && centre + span(clamped) / 2 <= extent.to;
        const again = clampWindow(clamped, extent);
        return (
          clamped.from >= extent.from &&
          clamped.to <= extent.to &&
          span(clamped) >= MIN_SPAN_MS &&
          span(clamped) === Math.min(Math.max(span(window), MIN_SPAN_MS), span(extent)) &&
          (!fits || Math.abs((clamped.from + clamped.to) / 2 - centre) < 1) &&
          // Clamping twice changes nothing.
          again.from === clamped.from &&
          again.to === clamped.to
        );
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('quickRanges', () => {
  it('offers the whole timeline, its busiest year and its busiest two months', () => {
    const ranges = quickRanges(afghanistan);
    expect(ranges.map((range) => range.label)).toEqual(['Whole timeline', 'Feb 2020 – Jan 2021', 'Feb–Mar 2020']);
    expect(ranges[0]).toEqual({ ...timelineExtent(afghanistan), label: 'Whole timeline' });
    expect(isoWindow(ranges[1])).toEqual({ from: '2020-02-01T00:00:00.000Z', to: '2021-02-01T00:00:00.000Z' });
    expect(isoWindow(ranges[2])).toEqual({ from: '2020-02-01T00:00:00.000Z', to: '2020-04-01T00:00:00.000Z' });
  });

  it('puts the whole timeline first, even when there are no events', () => {
    expect(quickRanges({ events: [], asOf: undefined })).toEqual([{ ...timelineExtent({ events: [], asOf: undefined }), label: 'Whole timeline' }]);
  });

  it('aligns the busy windows to month starts and counts event starts', () => {
    const timeline = timelineOf([
      '2010-06-01',
      '2015-01-20',
      '2015-03-05',
      '2015-03-06',
      '2015-04-30',
      '2015-08-01',
      '2016-01-01',
      '2016-01-02',
      '2019-12-31',
    ]);
    const [, year, months] = quickRanges(timeline);
    // Jan 2015 – Dec 2015 holds 5 starts; Mar 2015 – Feb 2016 holds 6 (as does Feb 2015 – Jan 2016, but no
    // event starts in Feb 2015: the window opens on the month of its first event).
    expect(year).toEqual({ from: Date.UTC(2015, 2, 1), to: Date.UTC(2016, 2, 1), label: 'Mar 2015 – Feb 2016' });
    // Mar–Apr 2015 holds three starts, more than any other two months.
    expect(months).toEqual({ from: Date.UTC(2015, 2, 1), to: Date.UTC(2015, 4, 1), label: 'Mar–Apr 2015' });
  });

  it('prefers the earliest of equally busy windows', () => {
    const [, year, months] = quickRanges(timelineOf(['2010-05-10', '2010-05-20', '2018-05-10', '2018-05-20']));
    expect(year.label).toBe('May 2010 – Apr 2011');
    expect(months.label).toBe('May–Jun 2010');
  });

  it('labels a busy window that crosses a year "Dec 2019 – Jan 2020"', () => {
    const ranges = quickRanges(timelineOf(['2015-01-01', '2019-12-20', '2020-01-05', '2020-01-06', '2022-01-01']));
    expect(ranges.map((range) => range.label)).toContain('Dec 2019 – Jan 2020');
  });

  it('labels BCE windows', () => {
    const ranges = quickRanges(timelineOf(['-0100', '-0044-03-15', '-0044-03-20', '-0001']));
    expect(ranges.map((range) => range.label)).toContain('Mar–Apr 44 BCE');
  });

  it('leaves out a busy window that is most of the timeline already', () => {
    // Three months of events: a 12-month window would show more than the whole timeline.
    const ranges = quickRanges(timelineOf(['2020-01-10', '2020-02-10', '2020-02-11', '2020-03-20', '2020-03-21', '2020-03-22']));
    expect(ranges.map((range) => range.label)).toEqual(['Whole timeline', 'Feb–Mar 2020']);
    // Events within one month: the two-month window, trimmed to whole months inside the extent, is February.
    expect(quickRanges(timelineOf(['2020-02-01', '2020-02-20'])).map((range) => range.label)).toEqual(['Whole timeline', 'Feb 2020']);
    // Events within a fortnight of one month's end: no whole month fits inside the extent.
    expect(quickRanges(timelineOf(['2020-02-20', '2020-02-22'])).map((range) => range.label)).toEqual(['Whole timeline']);
  });

  it('never repeats a label or offers a window outside the events', () => {
    const day = fc.integer({ min: 0, max: 20 * 365 });
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 20 }), (days) => {
        const starts = days.map((d) => new Date(Date.UTC(2000, 0, 1) + d * DAY).toISOString().slice(0, 10));
        const timeline = timelineOf(starts);
        const ranges = quickRanges(timeline);
        const labels = ranges.map((range) => range.label);
        expect(new Set(labels).size).toBe(labels.length);
        expect(labels[0]).toBe('Whole timeline');
        expect(ranges.length).toBeLessThanOrEqual(3);
        for (const range of ranges.slice(1)) {
          expect(range.from).toBe(Date.UTC(new Date(range.from).getUTCFullYear(), new Date(range.from).getUTCMonth(), 1));
          expect(timeline.events.some((event) => event.startMs >= range.from && event.startMs < range.to)).toBe(true);
          expect(span(range)).toBeLessThan(span(ranges[0]) * 0.8);
        }
      }),
      { ...PROPERTY_RUNS, numRuns: 50 },
    );
  });
});

describe('defaultWindow', () => {
  it('opens the bundled dataset on February–April 2020', () => {
    // Half of its 25 events (13) start between 29 Feb and 1 Apr 2020; "as of" 30 Mar is inside; 20-day margin.
    expect(isoWindow(defaultWindow(afghanistan))).toEqual({ from: '2020-02-09T00:00:00.000Z', to: '2020-04-21T00:00:00.000Z' });
  });

  it('shows the whole extent for fewer than 6 events', () => {
    const timeline = timelineOf(['2000', '2020-02-01', '2020-02-02', '2020-02-03', '2020-02-04']);
    expect(defaultWindow(timeline)).toEqual(timelineExtent(timeline));
    expect(defaultWindow({ events: [], asOf: undefined })).toEqual(timelineExtent({ events: [], asOf: undefined }));
  });

  it('finds the shortest span holding half the event starts, with a 20-day margin', () => {
    const timeline = timelineOf(['2000-01-01', '2005-01-01', '2010-01-01', '2020-03-01', '2020-03-05', '2020-03-10']);
    expect(isoWindow(defaultWindow(timeline))).toEqual({ from: '2020-02-10T00:00:00.000Z', to: '2020-03-30T00:00:00.000Z' });
  });

  it('uses a 12% margin when the crowded span is long', () => {
    // 9 starts: the shortest run of 5 is 2010 … 2020 (2010, 2011, 2012, 2013, 2020).
    const timeline = timelineOf(['1900', '1950', '2000', '2010', '2011', '2012', '2013', '2020', '2030']);
    const best = { from: Date.UTC(2010, 0, 1), to: Date.UTC(2020, 0, 1) };
    const margin = span(best) * 0.12;
    const window = defaultWindow(timeline);
    expect(window.from).toBeCloseTo(best.from - margin, -1);
    expect(window.to).toBeCloseTo(best.to + margin, -1);
  });

  it('stretches to include the "as of" date', () => {
    const starts = ['2000-01-01', '2005-01-01', '2010-01-01', '2020-03-01', '2020-03-05', '2020-03-10'];
    const window = defaultWindow(timelineOf(starts, '2020-04-30'));
    expect(isoWindow(window)).toEqual({ from: '2020-02-10T00:00:00.000Z', to: '2020-05-21T00:00:00.000Z' });
  });

  it('shows the whole extent when the crowded span is more than 40% of it', () => {
    const timeline = timelineOf(['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08']);
    expect(defaultWindow(timeline)).toEqual(timelineExtent(timeline));
  });

  it('always lies inside the extent, and is either the extent or at most 40% of it', () => {
    const day = fc.integer({ min: 0, max: 30 * 365 });
    fc.assert(
      fc.property(fc.array(day, { minLength: 6, maxLength: 24 }), fc.option(day, { nil: undefined }), (days, asOfDay) => {
        const text = (d: number) => new Date(Date.UTC(1990, 0, 1) + d * DAY).toISOString().slice(0, 10);
        const timeline = buildTimeline({
          ...(asOfDay !== undefined && { asOf: text(asOfDay) }),
          // "expected": events after `asOf` may not be marked as having occurred.
          events: days.map((d, i) => rawEvent(`e${i}`, { start: text(d), status: 'expected' })),
        });
        const extent = timelineExtent(timeline);
        const window = defaultWindow(timeline);
        expect(window.from).toBeGreaterThanOrEqual(extent.from);
        expect(window.to).toBeLessThanOrEqual(extent.to);
        if (window.from !== extent.from || window.to !== extent.to) {
          expect(span(window)).toBeLessThanOrEqual(span(extent) * 0.4);
          expect(span(window)).toBeGreaterThanOrEqual(MIN_SPAN_MS);
          // Half the starts are in it.
          const inside = timeline.events.filter((event) => event.startMs >= window.from && event.startMs <= window.to).length;
          expect(inside).toBeGreaterThanOrEqual(Math.ceil(timeline.events.length / 2));
          if (timeline.asOf && asOfDay !== undefined) expect(window.to).toBeGreaterThanOrEqual(Date.UTC(1990, 0, 1) + (asOfDay + 1) * DAY);
        }
      }),
      { ...PROPERTY_RUNS, numRuns: 50 },
    );
  });
});
