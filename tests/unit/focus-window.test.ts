import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followFocus, replacementFocus, windowToShow } from '@/lib/focus-window';
import { DAY_MS, MIN_SPAN_MS, type TimeWindow } from '@/lib/scale';

// Fixed seed: property tests explore many inputs but run the same ones every time.
const PROPERTY_RUNS = { seed: 20200229, numRuns: 300 };

const DAY = DAY_MS;
const T0 = Date.UTC(2020, 0, 1);
const at = (days: number) => T0 + days * DAY;
const span = (window: TimeWindow) => window.to - window.from;
const centre = (window: TimeWindow) => (window.from + window.to) / 2;

/** A point event on day `day`: its mark covers that day. */
const point = (day: number) => ({ startMs: at(day), endMs: at(day + 1) });
const range = (day: number, days: number) => ({ startMs: at(day), endMs: at(day + days) });

const extent = { from: at(-1000), to: at(1000) };
const always = () => true;
/** Drawn only once the window is at most `days` wide, as a crowded lane's layout would. */
const drawnAtMost = (days: number) => (s: number) => s <= days * DAY;

describe('windowToShow', () => {
  it('leaves the window alone when the event is in view and drawn', () => {
    const current = { from: at(0), to: at(60) };
    expect(windowToShow(point(30), current, extent, always)).toBe(current);
  });

  it('counts an event starting on either edge as in view', () => {
    const current = { from: at(0), to: at(60) };
    expect(windowToShow(point(0), current, extent, always)).toBe(current);
    expect(windowToShow({ startMs: at(60), endMs: at(61) }, current, extent, always)).toBe(current);
  });

  it('asks the layout about the current span first', () => {
    const spans: number[] = [];
    const current = { from: at(0), to: at(60) };
    windowToShow(point(30), current, extent, (s) => (spans.push(s), true));
    expect(spans).toEqual([60 * DAY]);
  });

  it('centres a drawn event that is out of view, keeping the span', () => {
    const current = { from: at(0), to: at(60) };
    const shown = windowToShow(point(200), current, extent, always);
    expect(span(shown)).toBe(60 * DAY);
    // Centred on the day the mark covers.
    expect(centre(shown)).toBe(at(200.5));
  });

  it('centres a range on its start and as much of it as fits', () => {
    const current = { from: at(0), to: at(60) };
    // A 10-day range: centred on its middle.
    expect(centre(windowToShow(range(200, 10), current, extent, always))).toBe(at(205));
    // A year-long range: its start sits at 20% of the window, the rest runs off to the right.
    const long = windowToShow(range(200, 365), current, extent, always);
    expect(span(long)).toBe(60 * DAY);
    expect(long.from).toBe(at(200) - 0.2 * 60 * DAY);
  });

  it('moves to an event that started before the window', () => {
    const current = { from: at(100), to: at(160) };
    const shown = windowToShow(range(50, 100), current, extent, always);
    expect(shown.from).toBeLessThanOrEqual(at(50));
    expect(shown.to).toBeGreaterThan(at(50));
  });

  it('halves the span until the event is drawn', () => {
    const current = { from: at(0), to: at(64) };
    const shown = windowToShow(point(30), current, extent, drawnAtMost(10));
    // 64 → 32 → 16 → 8 days.
    expect(span(shown)).toBe(8 * DAY);
    expect(centre(shown)).toBe(at(30.5));
  });

  it('halves the span for an out-of-view event that is not drawn', () => {
    const current = { from: at(0), to: at(64) };
    const shown = windowToShow(point(300), current, extent, drawnAtMost(20));
    expect(span(shown)).toBe(16 * DAY);
    expect(centre(shown)).toBe(at(300.5));
  });

  it('stops at the narrowest zoom when the event is never drawn', () => {
    const current = { from: at(0), to: at(64) };
    const spans: number[] = [];
    const shown = windowToShow(point(30), current, extent, (s) => (spans.push(s), false));
    // 64 → 32 → 16 → 8 → 4 days: halving again would go under 3 days.
    expect(span(shown)).toBe(4 * DAY);
    expect(span(shown)).toBeGreaterThanOrEqual(MIN_SPAN_MS);
    expect(Math.min(...spans)).toBeGreaterThanOrEqual(MIN_SPAN_MS);
    expect(centre(shown)).toBe(at(30.5));
  });

  it('widens a window narrower than 3 days to 3 days', () => {
    const current = { from: at(0), to: at(1) };
    const shown = windowToShow(point(10), current, extent, always);
    expect(span(shown)).toBe(MIN_SPAN_MS);
    // Centred on the part of the day's mark that fit the 1-day window (60% of it), then widened around it.
    expect(centre(shown)).toBe(at(10) + 0.3 * DAY);
  });

  it('keeps the window inside the extent near its edges', () => {
    const current = { from: at(0), to: at(60) };
    const late = windowToShow(point(995), current, extent, always);
    expect(late).toEqual({ from: extent.to - 60 * DAY, to: extent.to });
    const early = windowToShow(point(-1000), current, extent, always);
    expect(early).toEqual({ from: extent.from, to: extent.from + 60 * DAY });
  });

  it('shows every event it is asked for: inside the extent, in view, at a span where it is drawn', () => {
    const day = fc.integer({ min: -990, max: 990 });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 400 }),
        day,
        fc.integer({ min: 3, max: 1500 }),
        fc.integer({ min: 1, max: 2000 }),
        (start, length, windowStart, windowDays, drawnDays) => {
          const event = range(start, length);
          const current = { from: at(windowStart), to: at(Math.min(windowStart + windowDays, 1000)) };
          fc.pre(span(current) >= MIN_SPAN_MS);
          const isDrawn = drawnAtMost(drawnDays);
          const shown = windowToShow(event, current, extent, isDrawn);
          const inView = event.startMs >= shown.from && event.startMs <= shown.to;
          const problems = [
            (shown.from >= extent.from && shown.to <= extent.to) || 'outside the extent',
            span(shown) >= MIN_SPAN_MS || 'narrower than 3 days',
            span(shown) <= span(current) || 'wider than before',
            inView || 'event start not in view',
            // Drawn, unless the narrowest zoom still folds it.
            isDrawn(span(shown)) || span(shown) / 2 < MIN_SPAN_MS || 'not drawn yet could zoom further',
          ].filter((problem) => problem !== true);
          expect(problems).toEqual([]);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe('followFocus', () => {
  // A chart 1,000 px wide on screen at x = 100, showing 100 days; the timeline spans three years.
  const chart = { left: 100, right: 1100 };
  const window = { from: at(0), to: at(100) };
  const extent = { from: at(-500), to: at(600) };
  const box = (left: number, width = 120) => ({ left, right: left + width });
  // In tab order: two marks left of the window, three in it, two right of it.
  const boxes = [box(-400), box(-150), box(120), box(500), box(1050), box(1300), box(1900)];
  const marks = () => boxes;

  it('leaves focus on a mark in view, even one only partly in view', () => {
    for (const index of [2, 3, 4]) expect(followFocus({ target: boxes[index], chart, marks, entering: true, window, extent })).toBeNull();
    expect(followFocus({ target: box(40, 80), chart, marks, entering: false, window, extent })).toBeNull();
    // The marks are measured only when focus must move among them.
    let measured = 0;
    followFocus({ target: boxes[3], chart, marks: () => (measured++, boxes), entering: true, window, extent });
    expect(measured).toBe(0);
  });

  it('sends focus entering the chart to the first mark in view (Tab) or the last (Shift+Tab)', () => {
    expect(followFocus({ target: boxes[0], chart, marks, entering: true, window, extent })).toEqual({ focus: 2 });
    expect(followFocus({ target: boxes[6], chart, marks, entering: true, window, extent })).toEqual({ focus: 4 });
  });

  it('moves the window to a mark reached past its edge, centred on the mark, the span kept', () => {
    const moved = followFocus({ target: boxes[5], chart, marks, entering: false, window, extent });
    expect(moved).toEqual({ show: { from: at(120 - 50), to: at(120 + 50) } });
    const back = followFocus({ target: boxes[1], chart, marks, entering: false, window, extent });
    expect(back).toEqual({ show: { from: at(-25 - 50), to: at(-25 + 50) } });
  });

  it('moves the window when focus enters and no mark is in view', () => {
    const none = [box(-400), box(1300)];
    expect(followFocus({ target: none[0], chart, marks: () => none, entering: true, window, extent })).toEqual({ show: { from: at(-50 - 50), to: at(-50 + 50) } });
  });

  it('keeps the window inside the timeline', () => {
    const far = followFocus({ target: box(60_000), chart, marks, entering: false, window, extent });
    expect(far).toEqual({ show: { from: at(500), to: at(600) } });
  });
});

describe('replacementFocus', () => {
  const lost = { lane: 'us', ms: 1000 };
  it('takes the item in the same lane nearest in time, at or after the lost one first', () => {
    const candidates = [
      { lane: 'us', ms: 900 },
      { lane: 'taliban', ms: 1000 },
      { lane: 'us', ms: 1300 },
      { lane: 'us', ms: 1100 },
    ];
    expect(replacementFocus(lost, candidates)).toBe(3);
  });
  it('falls back to the same lane earlier, then the nearest in any lane, skipping what is not a mark or badge', () => {
    expect(replacementFocus(lost, [{ lane: 'taliban', ms: 1000 }, { lane: 'us', ms: 100 }])).toBe(1);
    expect(replacementFocus(lost, [{ lane: 'taliban', ms: 5000 }, null, { lane: 'nato', ms: 800 }])).toBe(2);
    expect(replacementFocus(lost, [null])).toBe(-1);
    expect(replacementFocus(lost, [])).toBe(-1);
  });
  it('ranks the lane before the distance, however far apart the dates (years −9999 to 9999)', () => {
    const far = Date.UTC(9999, 11, 31);
    expect(replacementFocus({ lane: 'us', ms: -far }, [{ lane: 'taliban', ms: -far }, { lane: 'us', ms: far }])).toBe(1);
  });
});
