import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildChartModel,
  buildWideChartModel,
  drawOrder,
  drawsFirstOnCanvas,
  CANVAS_FIRST_MIN_ITEMS,
  modelInWindow,
  withoutMarks,
  CHART,
  chartLanes,
  labelMetrics,
  layoutAtScale,
  lazyLabelMetrics,
  type LabelMetrics,
  gestureLayoutScale,
  keepsGestureLayout,
  zoomOutScales,
  layoutScale,
  panShift,
  placeLabel,
  labelPeriods,
  type ChartModel,
  type PeriodBand,
} from '@/lib/chart-model';
import { periodEnd } from '@/lib/dates';
import { quantizeScale } from '@/lib/layout';
import { eventsById, type ResolvedTimeline } from '@/lib/resolve';
import { DAY_MS, defaultWindow, timelineExtent, type TimeWindow } from '@/lib/scale';
import { ELLIPSIS, estimateTextWidth, truncateToWidth } from '@/lib/text-width';
import { afghanistan2020, buildTimeline, rawEvent, syntheticResolved } from '../fixtures/timelines';

// Fixed seed: property tests explore many inputs but run the same ones every time.
const PROPERTY_RUNS = { seed: 20200229, numRuns: 100 };

const DAY = DAY_MS;
const WIDTH = 1000;

/** Everything buildChartModel needs, computed the way the chart does. */
function model(timeline: ResolvedTimeline, window: TimeWindow, options: { width?: number; maxRows?: number } = {}): ChartModel {
  const width = options.width ?? WIDTH;
  const lanes = chartLanes(timeline);
  const metrics = labelMetrics(timeline.events);
  const layout = layoutAtScale(timeline.events, lanes.map((lane) => lane.id), metrics, layoutScale(window, width), options.maxRows ?? 3);
  return buildChartModel({ timeline, lanes, layout, metrics, eventsById: eventsById(timeline), window, width });
}

const toX = (window: TimeWindow, ms: number, width = WIDTH) => ((ms - window.from) / (window.to - window.from)) * width;
const markIds = (chart: ChartModel, primary?: boolean) =>
  chart.marks.filter((mark) => primary === undefined || mark.primary === primary).map((mark) => mark.event.id);

/**
 * A small briefing: a signing that obligates a withdrawal, a reduction in violence that leads to it, attacks
 * that respond to it, an old intervention and talks planned after the "as of" date.
 */
const briefing = buildTimeline({
  asOf: '2020-03-30',
  actors: [
    { id: 'us', name: 'United States', color: '#0072B2' },
    { id: 'nato', name: 'NATO' },
    { id: 'taliban', name: 'Taliban', color: '#D55E00' },
    { id: 'afghan-government', name: 'Afghan government' },
  ],
  events: [
    rawEvent('intervention', { start: '2001', actors: ['us'] }),
    rawEvent('rif', { title: 'Reduction in violence', start: '2020-02-22', end: '2020-02-29', actors: ['taliban', 'us'], links: [{ to: 'signing', type: 'leads-to' }] }),
    rawEvent('signing', {
      title: 'U.S. and Taliban sign agreement in Doha',
      start: '2020-02-29',
      actors: ['us', 'taliban'],
      links: [{ to: 'withdrawal', type: 'obligates' }, { to: 'talks', type: 'obligates' }],
    }),
    rawEvent('withdrawal', { title: 'Withdrawal', start: '2020-02-29', end: { from: 'signing', offset: 'P14M' }, actors: ['us'] }),
    rawEvent('attacks', { title: 'Attacks resume', start: '2020-03', approximate: true, actors: ['taliban', 'afghan-government'], links: [{ to: 'signing', type: 'responds-to' }] }),
    rawEvent('talks', { title: 'Talks', start: '2020-04-10', status: 'planned', actors: ['afghan-government', 'taliban'] }),
  ],
});
const FEB_MAR = { from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 3, 1) };

describe('chartLanes', () => {
  it('has a lane for each actor with events, in the order the dataset lists actors', () => {
    expect(chartLanes(briefing).map((actor) => actor.id)).toEqual(['us', 'taliban', 'afghan-government']);
  });

  it('keeps the dataset order, not the order actors first appear in events', () => {
    const timeline = buildTimeline({ events: [rawEvent('a', { actors: ['afghan-government'] }), rawEvent('b', { actors: ['taliban', 'us'] })] });
    expect(chartLanes(timeline).map((actor) => actor.id)).toEqual(['us', 'taliban', 'afghan-government']);
  });

  it('has no lanes for a timeline without events', () => {
    expect(chartLanes(buildTimeline({ events: [] }))).toEqual([]);
  });

  it('gives each lane its actor, colour included', () => {
    const [us, taliban, government] = chartLanes(briefing);
    expect(us).toMatchObject({ id: 'us', name: 'United States', color: '#0072B2' });
    expect(taliban.color).toBe('#D55E00');
    expect(government.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('keeps exactly the actors some event lists, however early every actor has appeared', () => {
    const actorList = fc.array(fc.constantFrom('us', 'taliban', 'afghan-government'), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(actorList, { maxLength: 12 }), (lists) => {
        const timeline = buildTimeline({ events: lists.map((actors, i) => rawEvent(`e${i}`, { actors, start: `2020-01-${String(i + 1).padStart(2, '0')}` })) });
        const used = new Set(timeline.events.flatMap((event) => event.actors));
        expect(chartLanes(timeline)).toEqual(timeline.actors.filter((actor) => used.has(actor.id)));
      }),
      PROPERTY_RUNS,
    );
  });

  it('leaves out the unused actors of the bundled dataset: none', () => {
    const timeline = afghanistan2020();
    expect(chartLanes(timeline).map((actor) => actor.id)).toEqual(timeline.actors.map((actor) => actor.id));
  });
});

describe('lazyLabelMetrics', () => {
  it('measures an event on its first lookup only, and gives what labelMetrics gives', () => {
    const timeline = afghanistan2020();
    const byId = eventsById(timeline);
    let reads = 0;
    const counted = { get: (id: string) => (reads++, byId.get(id)) };
    const lazy = lazyLabelMetrics(counted);
    expect(reads).toBe(0);
    const eager = labelMetrics(timeline.events);
    for (const event of timeline.events) expect(lazy.get(event.id)).toEqual(eager.get(event.id));
    for (const event of timeline.events) lazy.get(event.id);
    expect(reads).toBe(timeline.events.length);
    expect(lazy.get('no-such-event')).toBeUndefined();
  });

  it('measures ahead a slice at a time, from where the last slice stopped, and then reads nothing again', () => {
    const timeline = syntheticResolved(50, 3);
    const byId = eventsById(timeline);
    const reads: string[] = [];
    const lazy = lazyLabelMetrics({ get: (id: string) => (reads.push(id), byId.get(id)) });
    const ids = timeline.events.map((event) => event.id);
    lazy.get(ids[3]); // measured by a first render
    // Slices of four events: the stop test is asked after each one.
    const slices: number[] = [];
    let next = 0;
    while (next < ids.length) {
      let left = 4;
      next = lazy.measureAhead(ids, next, () => --left === 0);
      slices.push(next);
    }
    expect(slices).toEqual([4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 50]);
    expect(reads).toHaveLength(ids.length);
    expect(new Set(reads)).toEqual(new Set(ids));
    const eager = labelMetrics(timeline.events);
    for (const id of ids) expect(lazy.get(id)).toEqual(eager.get(id));
    expect(reads).toHaveLength(ids.length);
    // Nothing left, or a list ids it cannot find: no work, and no index past the end.
    expect(lazy.measureAhead(ids, ids.length, () => false)).toBe(ids.length);
    expect(lazy.measureAhead(['gone'], 0, () => false)).toBe(1);
    expect(lazy.get('gone')).toBeUndefined();
  });

  it('lays out and draws the same chart as labelMetrics', () => {
    const timeline = syntheticResolved(2000, 7);
    const lanes = chartLanes(timeline);
    const byId = eventsById(timeline);
    for (const window of [defaultWindow(timeline), timelineExtent(timeline)]) {
      const chart = (metrics: LabelMetrics) => {
        const layout = layoutAtScale(timeline.events, lanes.map((lane) => lane.id), metrics, layoutScale(window, WIDTH), 3);
        return { layout, model: buildChartModel({ timeline, lanes, layout, metrics, eventsById: byId, window, width: WIDTH }) };
      };
      expect(chart(lazyLabelMetrics(byId))).toEqual(chart(labelMetrics(timeline.events)));
    }
  });
});

describe('labelMetrics', () => {
  it('keeps short titles whole and measures them in semibold', () => {
    const metrics = labelMetrics(briefing.events);
    expect(metrics.get('talks')).toEqual({ text: 'Talks', width: Math.ceil(estimateTextWidth('Talks', CHART.labelFontPx, 'semibold')) });
    expect([...metrics.keys()].sort()).toEqual(briefing.events.map((event) => event.id).sort());
  });

  it('truncates long titles to CHART.maxLabelPx with an ellipsis', () => {
    const title = 'Panjwai valley becomes a major battlefield for U.S. and NATO troops and stays one for the next twenty years';
    const [long] = labelMetrics(buildTimeline({ events: [rawEvent('long', { title })] }).events).values();
    expect(long.text).toMatch(/^Panjwai valley becomes a major .*…$/);
    expect(long.width).toBeLessThanOrEqual(CHART.maxLabelPx);
    expect(long.width).toBeGreaterThan(CHART.maxLabelPx - 20);
  });

  it('keeps every label of the bundled dataset within CHART.maxLabelPx, whole or cut with an ellipsis', () => {
    const timeline = afghanistan2020();
    const metrics = labelMetrics(timeline.events);
    for (const event of timeline.events) {
      const { text, width } = metrics.get(event.id)!;
      expect(width).toBeLessThanOrEqual(CHART.maxLabelPx);
      expect(width).toBe(Math.ceil(estimateTextWidth(text, CHART.labelFontPx, 'semibold')));
      if (text.endsWith(ELLIPSIS)) expect(event.title.startsWith(text.slice(0, -1).trimEnd())).toBe(true);
      else expect(text).toBe(event.title);
    }
  });

  it('returns nothing for no events', () => {
    expect(labelMetrics([]).size).toBe(0);
  });

  it('gives each title, measured once when it fits, what truncating and measuring it gives', () => {
    const word = fc.constantFrom('Talks', 'in', 'Doha', 'Kābul', '—', 'WWW', 'iii', '中文', '😀', ' ', 'ceasefire', 'Ελλάδα');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 8 }), (titles) => {
        const events = buildTimeline({ events: titles.map((words, i) => rawEvent(`e${i}`, { title: words.join(' ').trim() || 'x' })) }).events;
        const metrics = labelMetrics(events);
        for (const event of events) {
          const text = truncateToWidth(event.title, CHART.maxLabelPx, CHART.labelFontPx, 'semibold');
          expect(metrics.get(event.id)).toEqual({ text, width: Math.ceil(estimateTextWidth(text, CHART.labelFontPx, 'semibold')) });
        }
      }),
      { ...PROPERTY_RUNS, numRuns: 50 },
    );
  });
});

describe('layoutScale', () => {
  it('is the quantised scale of the window, never above the actual one', () => {
    const window = { from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 3, 1) };
    const actual = WIDTH / (window.to - window.from);
    expect(layoutScale(window, WIDTH)).toBe(quantizeScale(actual));
    expect(layoutScale(window, WIDTH)).toBeLessThanOrEqual(actual);
  });

  it('stays within a quarter of a doubling below the actual scale', () => {
    const instant = fc.integer({ min: Date.UTC(-2000, 0, 1), max: Date.UTC(3000, 0, 1) });
    const span = fc.integer({ min: 3 * DAY, max: 3000 * 365 * DAY });
    fc.assert(
      fc.property(instant, span, fc.integer({ min: 200, max: 3000 }), (from, s, width) => {
        const actual = width / s;
        const scale = layoutScale({ from, to: from + s }, width);
        return scale <= actual && scale > actual / 2 ** 0.25;
      }),
      PROPERTY_RUNS,
    );
  });

  it('is the same while zooming within a step, so the layout can be memoised', () => {
    const from = Date.UTC(2020, 1, 1);
    const scale = layoutScale({ from, to: from + 60 * DAY }, WIDTH);
    expect(layoutScale({ from: from + 5 * DAY, to: from + 5 * DAY + 59 * DAY }, WIDTH)).toBe(scale);
    expect(layoutScale({ from, to: from + 30 * DAY }, WIDTH)).toBe(scale * 2);
  });

  it('treats an empty window as one millisecond wide', () => {
    expect(layoutScale({ from: 0, to: 0 }, WIDTH)).toBe(quantizeScale(WIDTH));
  });
});

describe('placeLabel', () => {
  const label = { text: 'U.S. and Taliban sign agreement', width: 190 };
  const natural = (x: number) => x + CHART.markMinPx / 2 + CHART.labelGapPx;

  it('puts a label just after its mark', () => {
    expect(placeLabel(100, 110, label, false)).toEqual({ labelX: natural(100), label: label.text, labelWidth: 190 });
    expect(placeLabel(100, 400, label, true)).toEqual({ labelX: natural(100), label: label.text, labelWidth: 190 });
  });

  it('places no text for a mark without a label (a secondary instance)', () => {
    expect(placeLabel(100, 110, undefined, false)).toEqual({ labelX: natural(100), labelWidth: 0 });
    expect(placeLabel(-300, 400, undefined, true)).toEqual({ labelX: natural(-300), labelWidth: 0 });
  });

  it('leaves the label of a point event that began left of the window where it is', () => {
    expect(placeLabel(-300, -290, label, false)).toEqual({ labelX: natural(-300), label: label.text, labelWidth: 190 });
  });

  it('keeps the label of a range that began left of the window in view, inside the range', () => {
    const placed = placeLabel(-300, 400, label, true);
    expect(placed).toEqual({ labelX: CHART.labelGapPx + 4, label: label.text, labelWidth: 190 });
    expect(placed.labelX + placed.labelWidth).toBeLessThanOrEqual(400 - CHART.labelGapPx);
  });

  it('shortens the label to the part of the range in view', () => {
    const placed = placeLabel(-300, 120, label, true);
    expect(placed.labelX).toBe(CHART.labelGapPx + 4);
    expect(placed.label).toMatch(/…$/);
    expect(label.text.startsWith(placed.label!.slice(0, -1))).toBe(true);
    expect(placed.labelX + placed.labelWidth).toBeLessThanOrEqual(120 - CHART.labelGapPx);
  });

  it('drops the text when too little of the range shows', () => {
    expect(placeLabel(-300, 30, label, true)).toEqual({ labelX: CHART.labelGapPx + 4, labelWidth: 0 });
    expect(placeLabel(-300, -100, label, true)).toEqual({ labelX: CHART.labelGapPx + 4, labelWidth: 0 });
  });

  it('never lets the label of a range run past its end once it has slid', () => {
    fc.assert(
      // Marks starting more than half a mark plus the gap left of the window: their natural label start is off-screen.
      fc.property(fc.double({ min: -5000, max: -10.5, noNaN: true }), fc.double({ min: -100, max: 3000, noNaN: true }), fc.integer({ min: 0, max: 220 }), (x, x2, width) => {
        const placed = placeLabel(x, x2, { text: 'W'.repeat(Math.ceil(width / 12)), width }, true);
        return placed.labelX >= 0 && (placed.labelWidth === 0 || placed.labelX + placed.labelWidth <= x2 - CHART.labelGapPx);
      }),
      PROPERTY_RUNS,
    );
  });

  it('leaves a label where it is while its start is on screen, however little of the range shows', () => {
    const label = { text: 'Week-long reduction in violence', width: 180 };
    expect(placeLabel(-9, 2, label, true)).toEqual({ labelX: 1, label: label.text, labelWidth: 180 });
  });
});

describe('buildChartModel', () => {
  const chart = model(briefing, FEB_MAR);
  const lanes = chartLanes(briefing);
  const layout = layoutAtScale(briefing.events, lanes.map((lane) => lane.id), labelMetrics(briefing.events), layoutScale(FEB_MAR, WIDTH), 3);

  describe('lanes', () => {
    it('stacks one band per lane, in lane order, from y = 0', () => {
      expect(chart.lanes.map((band) => band.actor.id)).toEqual(['us', 'taliban', 'afghan-government']);
      let y = 0;
      for (const band of chart.lanes) {
        expect(band.y).toBe(y);
        y += band.height;
      }
      expect(chart.lanesHeight).toBe(y);
    });

    it('sizes each band from its rows: header, rows, padding', () => {
      for (const band of chart.lanes) {
        const laneLayout = layout.lanes.find((lane) => lane.lane === band.actor.id)!;
        expect(band.rows).toBe(laneLayout.rows);
        expect(band.hasOverflow).toBe(false);
        expect(band.height).toBe(CHART.laneHeader + band.rows * CHART.rowHeight + CHART.lanePadding);
      }
    });

    it('counts every event of a lane, placed or not, in or out of the window', () => {
      expect(chart.lanes.map((band) => band.count)).toEqual([4, 4, 2]);
    });

    it('adds an overflow row to a lane whose events do not all fit', () => {
      const crowded = buildTimeline({
        events: ['a', 'b', 'c', 'd'].map((id) => rawEvent(id, { start: '2020-02-10' })).concat(rawEvent('e', { start: '2020-02-10', actors: ['taliban'] })),
      });
      const window = { from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 2, 1) };
      const crowdedChart = model(crowded, window, { maxRows: 2 });
      const [us, taliban] = crowdedChart.lanes;
      expect(us).toMatchObject({ rows: 2, hasOverflow: true, count: 4, height: CHART.laneHeader + 2 * CHART.rowHeight + CHART.overflowRow + CHART.lanePadding });
      expect(taliban).toMatchObject({ y: us.height, rows: 1, hasOverflow: false, count: 1 });
      expect(crowdedChart.clusters).toEqual([
        {
          lane: 'us',
          x: toX(window, Date.UTC(2020, 1, 10)),
          y: us.y + CHART.laneHeader + 2 * CHART.rowHeight + CHART.overflowRow / 2,
          count: 2,
          eventIds: ['c', 'd'],
          startMs: Date.UTC(2020, 1, 10),
          endMs: Date.UTC(2020, 1, 11),
          color: us.actor.color,
        },
      ]);
      expect(crowdedChart.visibleEventCount).toBe(3);
    });

    it('draws a one-row band for a lane the layout left out', () => {
      const timeline = buildTimeline({ events: [rawEvent('a', { actors: ['us', 'taliban'] })] });
      const lanes = chartLanes(timeline);
      const metrics = labelMetrics(timeline.events);
      const usOnly = layoutAtScale(timeline.events, ['us'], metrics, layoutScale(FEB_MAR, WIDTH), 3);
      const built = buildChartModel({ timeline, lanes, layout: usOnly, metrics, eventsById: eventsById(timeline), window: FEB_MAR, width: WIDTH });
      expect(built.lanes[1]).toMatchObject({ rows: 1, hasOverflow: false, count: 0, height: CHART.laneHeader + CHART.rowHeight + CHART.lanePadding });
      expect(markIds(built)).toEqual(['a']);
    });
  });

  describe('marks', () => {
    it('draws only what falls in the window', () => {
      expect(new Set(markIds(chart))).toEqual(new Set(['rif', 'signing', 'withdrawal', 'attacks']));
      expect(markIds(chart)).not.toContain('intervention');
      expect(markIds(chart)).not.toContain('talks');
    });

    it('draws what starts just past the window, within a 2% margin', () => {
      // Talks start 10 April: a window ending 9 April (margin 1.4 days) draws them, one ending 7 April does not.
      const near = model(briefing, { from: Date.UTC(2020, 1, 9), to: Date.UTC(2020, 3, 9) });
      const far = model(briefing, { from: Date.UTC(2020, 1, 7), to: Date.UTC(2020, 3, 7) });
      expect(markIds(near)).toContain('talks');
      expect(markIds(far)).not.toContain('talks');
    });

    it('puts secondary marks first, then primary ones in chronological order', () => {
      const primaryAt = chart.marks.findIndex((mark) => mark.primary);
      expect(chart.marks.slice(0, primaryAt).every((mark) => !mark.primary)).toBe(true);
      expect(chart.marks.slice(primaryAt).every((mark) => mark.primary)).toBe(true);
      expect(markIds(chart, true)).toEqual(['rif', 'signing', 'withdrawal', 'attacks']);
      expect(markIds(chart, false).sort()).toEqual(['attacks', 'rif', 'signing']);
    });

    it('gives each primary mark its lane, row, position, label and colour', () => {
      const signing = chart.marks.find((mark) => mark.primary && mark.event.id === 'signing')!;
      const item = layout.lanes.flatMap((lane) => lane.items).find((i) => i.primary && i.eventId === 'signing')!;
      const band = chart.lanes.find((b) => b.actor.id === item.lane)!;
      expect(signing).toMatchObject({
        lane: item.lane,
        x: toX(FEB_MAR, Date.UTC(2020, 1, 29)),
        x2: toX(FEB_MAR, Date.UTC(2020, 2, 1)),
        y: band.y + CHART.laneHeader + item.row * CHART.rowHeight + CHART.rowHeight / 2,
        label: 'U.S. and Taliban sign agreement in Doha',
        labelWidth: Math.ceil(estimateTextWidth('U.S. and Taliban sign agreement in Doha', CHART.labelFontPx, 'semibold')),
        labelX: toX(FEB_MAR, Date.UTC(2020, 1, 29)) + CHART.markMinPx / 2 + CHART.labelGapPx,
        color: band.actor.color,
      });
    });

    it('gives secondary marks no label', () => {
      for (const mark of chart.marks.filter((m) => !m.primary)) {
        expect(mark.label).toBeUndefined();
        expect(mark.labelWidth).toBe(0);
      }
    });

    it('draws a month-precision event across its month', () => {
      const attacks = chart.marks.find((mark) => mark.primary && mark.event.id === 'attacks')!;
      expect(attacks.x).toBe(toX(FEB_MAR, Date.UTC(2020, 2, 1)));
      expect(attacks.x2).toBe(toX(FEB_MAR, Date.UTC(2020, 3, 1)));
    });

    it('keeps the label of a range that began left of the window in view', () => {
      const window = { from: Date.UTC(2020, 5, 1), to: Date.UTC(2020, 7, 1) };
      const summer = model(briefing, window);
      expect(markIds(summer)).toEqual(['withdrawal']);
      const [withdrawal] = summer.marks;
      expect(withdrawal.x).toBeLessThan(0);
      expect(withdrawal.x2).toBeGreaterThan(WIDTH);
      expect(withdrawal.labelX).toBe(CHART.labelGapPx + 4);
      expect(withdrawal.label).toBe('Withdrawal');
    });
  });

  describe('connectors', () => {
    it('joins the visible instances of an event drawn in several lanes', () => {
      const byId = new Map(chart.connectors.map((connector) => [connector.eventId, connector]));
      expect([...byId.keys()].sort()).toEqual(['attacks', 'rif', 'signing']);
      for (const [id, connector] of byId) {
        const ys = chart.marks.filter((mark) => mark.event.id === id).map((mark) => mark.y);
        expect(connector).toEqual({ eventId: id, x: chart.marks.find((mark) => mark.event.id === id)!.x, y1: Math.min(...ys), y2: Math.max(...ys) });
        expect(connector.y1).toBeLessThan(connector.y2);
      }
    });

    it('joins nothing for events in one lane', () => {
      const timeline = buildTimeline({ events: [rawEvent('a'), rawEvent('b', { start: '2020-03-01' })] });
      expect(model(timeline, FEB_MAR).connectors).toEqual([]);
    });
  });

  describe('links', () => {
    it('draws relation arrows between visible primary marks only', () => {
      const mark = (id: string) => chart.marks.find((m) => m.primary && m.event.id === id)!;
      expect(chart.links).toEqual([
        { from: 'rif', to: 'signing', type: 'leads-to', x1: mark('rif').x, y1: mark('rif').y, x2: mark('signing').x, y2: mark('signing').y },
        { from: 'signing', to: 'withdrawal', type: 'obligates', x1: mark('signing').x, y1: mark('signing').y, x2: mark('withdrawal').x, y2: mark('withdrawal').y },
        { from: 'attacks', to: 'signing', type: 'responds-to', x1: mark('attacks').x, y1: mark('attacks').y, x2: mark('signing').x, y2: mark('signing').y },
      ]);
      // signing → talks is left out: the talks are outside the window.
    });

    it('draws no arrow to an event folded into a "+N" badge', () => {
      const timeline = buildTimeline({
        events: [
          rawEvent('a', { start: '2020-02-10', links: [{ to: 'c', type: 'leads-to' }] }),
          rawEvent('b', { start: '2020-02-10' }),
          rawEvent('c', { start: '2020-02-10' }),
        ],
      });
      const folded = model(timeline, FEB_MAR, { maxRows: 2 });
      expect(folded.clusters.map((cluster) => cluster.eventIds)).toEqual([['c']]);
      expect(folded.links).toEqual([]);
    });
  });

  describe('as of', () => {
    it('places the "as of" line at the end of its day', () => {
      expect(chart.asOfX).toBe(toX(FEB_MAR, Date.UTC(2020, 2, 31)));
    });

    it('places it outside the chart when it is outside the window', () => {
      expect(model(briefing, { from: Date.UTC(2020, 0, 1), to: Date.UTC(2020, 1, 1) }).asOfX).toBeGreaterThan(WIDTH);
    });

    it('has none without an "as of" date', () => {
      const built = model(buildTimeline(), FEB_MAR);
      expect(built.asOfX).toBeUndefined();
      expect('asOfX' in built).toBe(false);
    });
  });

  it('counts the events with a visible mark', () => {
    expect(chart.visibleEventCount).toBe(4);
    expect(model(briefing, { from: Date.UTC(2010, 0, 1), to: Date.UTC(2011, 0, 1) }).visibleEventCount).toBe(0);
  });

  // The chart announces "Showing <window>: N of M events" from this count.
  it('does not count an event drawn only in the margin past the window as visible', () => {
    const window = { from: Date.UTC(2020, 1, 9), to: Date.UTC(2020, 3, 9) };
    const near = model(briefing, window);
    const talks = near.marks.find((mark) => mark.event.id === 'talks')!;
    expect(talks.x).toBeGreaterThan(WIDTH); // drawn, but off-screen
    expect(near.visibleEventCount).toBe(4); // rif, signing, withdrawal, attacks
  });

  it('draws nothing but lanes for a timeline without events', () => {
    const empty = model(buildTimeline({ events: [] }), FEB_MAR);
    expect(empty).toEqual({ lanes: [], marks: [], clusters: [], connectors: [], links: [], lanesHeight: 0, periods: [], visibleEventCount: 0, window: FEB_MAR, width: WIDTH });
  });

  describe('background periods', () => {
    const withPeriods = buildTimeline({
      periods: [
        { title: 'Reduction in violence', start: '2020-02-22', end: '2020-02-29', color: '#336699' },
        { title: 'Before', start: '2019', end: '2019' },
        { title: 'A period far too long to be named inside a band one day wide', start: '2020-03-10', end: '2020-03-10' },
      ],
    });

    it('resolves periods in chronological order with their instants', () => {
      expect(withPeriods.periods?.map((period) => period.title)).toEqual([
        'Before',
        'Reduction in violence',
        'A period far too long to be named inside a band one day wide',
      ]);
      expect(withPeriods.periods?.[1]).toMatchObject({ startMs: Date.UTC(2020, 1, 22), endMs: Date.UTC(2020, 2, 1), color: '#336699' });
    });

    it('draws the periods that overlap the window, clipped to it, under a strip that names them', () => {
      const chart = model(withPeriods, FEB_MAR);
      expect(chart.periods.map((period) => period.title)).toEqual(['Reduction in violence', 'A period far too long to be named inside a band one day wide']);
      const rif = chart.periods[0];
      expect(rif.x1).toBeCloseTo(toX(FEB_MAR, Date.UTC(2020, 1, 22)));
      expect(rif.x2).toBeCloseTo(toX(FEB_MAR, Date.UTC(2020, 2, 1)));
      expect(chart.lanesHeight).toBe(model(buildTimeline(), FEB_MAR).lanesHeight + CHART.periodStrip);
    });

    it('labels a period only with what fits in its band, never with a lone ellipsis', () => {
      const [wide, narrow] = model(withPeriods, FEB_MAR).periods;
      expect(wide.label).toBe('Reduction in violence');
      expect(narrow.label).toBeUndefined();
    });

    it('numbers each period by its place in the timeline, whatever else is in view (alternate shading stays put)', () => {
      const chart = model(withPeriods, { from: Date.UTC(2019, 5, 1), to: Date.UTC(2020, 3, 1) });
      expect(chart.periods.map((period) => [period.title, period.index])).toEqual([
        ['Before', 0],
        ['Reduction in violence', 1],
        ['A period far too long to be named inside a band one day wide', 2],
      ]);
      expect(model(withPeriods, FEB_MAR).periods.map((period) => period.index)).toEqual([1, 2]);
    });

    it('clips a period that runs past the window to the chart', () => {
      const [before] = model(withPeriods, { from: Date.UTC(2019, 11, 1), to: Date.UTC(2020, 0, 31) }).periods;
      expect(before.x1).toBe(0);
      expect(before.x2).toBeCloseTo(toX({ from: Date.UTC(2019, 11, 1), to: Date.UTC(2020, 0, 31) }, Date.UTC(2020, 0, 1)));
    });
  });

  it('is deterministic', () => {
    expect(model(briefing, FEB_MAR)).toEqual(chart);
  });
});

describe('buildChartModel on data/afghanistan-2020.json', () => {
  const timeline = afghanistan2020();
  const extent = timelineExtent(timeline);

  /** Lists every broken invariant of a chart model (none, when it is sound). */
  function problems(chart: ChartModel, window: TimeWindow, width: number): string[] {
    const found: string[] = [];
    const check = (ok: boolean, problem: () => string) => {
      if (!ok) found.push(problem());
    };
    const span = window.to - window.from;
    const margin = span * 0.02;
    let y = 0;
    for (const band of chart.lanes) {
      check(band.y === y, () => `${band.actor.id}: y ${band.y}, expected ${y}`);
      y += band.height;
    }
    check(chart.lanesHeight === y, () => `lanesHeight ${chart.lanesHeight}, expected ${y}`);

    const firstPrimary = chart.marks.findIndex((mark) => mark.primary);
    check(firstPrimary === -1 || chart.marks.slice(firstPrimary).every((mark) => mark.primary), () => 'a secondary mark after a primary one');
    const primary = chart.marks.filter((mark) => mark.primary);
    for (let i = 1; i < primary.length; i++) {
      const [a, b] = [primary[i - 1].event, primary[i].event];
      check(a.startMs < b.startMs || (a.startMs === b.startMs && a.endMs <= b.endMs), () => `${a.id} before ${b.id}: not chronological`);
    }
    const primaryIds = primary.map((mark) => mark.event.id);
    check(new Set(primaryIds).size === primaryIds.length, () => 'an event with two primary marks');

    for (const mark of chart.marks) {
      const band = chart.lanes.find((b) => b.actor.id === mark.lane);
      check(band !== undefined && mark.event.actors.includes(mark.lane), () => `${mark.event.id}: in lane ${mark.lane}`);
      if (!band) continue;
      check(mark.y > band.y + CHART.laneHeader && mark.y < band.y + band.height, () => `${mark.event.id}: y outside its band`);
      check(mark.color === band.actor.color, () => `${mark.event.id}: colour`);
      check(Math.abs(mark.x - toX(window, mark.event.startMs, width)) < 1e-6, () => `${mark.event.id}: x`);
      check(Math.abs(mark.x2 - toX(window, mark.event.endMs, width)) < 1e-6, () => `${mark.event.id}: x2`);
      // Not past the window (and its margin) on the right; on the left, its label may still reach in.
      check(mark.event.startMs <= window.to + margin, () => `${mark.event.id}: starts after the window`);
      check(mark.primary || (mark.label === undefined && mark.labelWidth === 0), () => `${mark.event.id}: secondary with a label`);
    }

    const markIdSet = new Set(chart.marks.map((mark) => mark.event.id));
    const inWindow = new Set(chart.marks.filter((m) => m.event.startMs <= window.to && m.event.endMs >= window.from).map((m) => m.event.id));
    check(chart.visibleEventCount === inWindow.size, () => `visibleEventCount ${chart.visibleEventCount}, expected ${inWindow.size}`);
    const multi = [...markIdSet].filter((id) => chart.marks.filter((mark) => mark.event.id === id).length > 1).sort();
    check(chart.connectors.map((c) => c.eventId).sort().join() === multi.join(), () => 'connectors do not match multi-lane events');
    for (const link of chart.links) {
      check(primaryIds.includes(link.from) && primaryIds.includes(link.to), () => `link ${link.from} → ${link.to} to an undrawn mark`);
    }
    const expectedLinks = primary.flatMap((mark) => mark.event.links.filter((link) => primaryIds.includes(link.to))).length;
    check(chart.links.length === expectedLinks, () => `${chart.links.length} links, expected ${expectedLinks}`);
    for (const cluster of chart.clusters) {
      const band = chart.lanes.find((b) => b.actor.id === cluster.lane)!;
      check(band.hasOverflow, () => `${cluster.lane}: cluster without an overflow row`);
      check(cluster.startMs <= window.to + margin && cluster.endMs >= window.from - margin, () => `${cluster.lane}: cluster outside the window`);
    }
    check(chart.asOfX !== undefined && Math.abs(chart.asOfX - toX(window, periodEnd(timeline.asOf!), width)) < 1e-6, () => 'asOfX');
    return found;
  }

  it('opens on the default window with the signing and its aftermath in view', () => {
    const window = defaultWindow(timeline);
    const chart = model(timeline, window);
    expect(problems(chart, window, WIDTH)).toEqual([]);
    const primary = markIds(chart, true);
    expect(primary).toContain('us-taliban-agreement');
    expect(primary).toContain('reduction-in-violence');
    expect(primary).toContain('crisis-group-briefing-published');
    expect(chart.lanes).toHaveLength(10);
    expect(chart.asOfX).toBeGreaterThan(0);
    expect(chart.asOfX).toBeLessThan(WIDTH);
    expect(chart.links).toContainEqual(expect.objectContaining({ from: 'reduction-in-violence', to: 'us-taliban-agreement', type: 'leads-to' }));
  });

  it('labels the signing at the opening view of a phone too', () => {
    const primary = markIds(model(timeline, defaultWindow(timeline), { width: 358, maxRows: 2 }), true);
    expect(primary).toContain('us-taliban-agreement');
  });

  it('accounts for every event on the whole timeline: drawn or in a "+N" badge', () => {
    const chart = model(timeline, extent);
    expect(problems(chart, extent, WIDTH)).toEqual([]);
    const shown = new Set([...chart.marks.map((mark) => mark.event.id), ...chart.clusters.flatMap((cluster) => cluster.eventIds)]);
    expect([...shown].sort()).toEqual(timeline.events.map((event) => event.id).sort());
    for (const band of chart.lanes) {
      const events = timeline.events.filter((event) => event.actors.includes(band.actor.id)).length;
      expect(band.count).toBe(events);
    }
  });

  it('holds its invariants for any window and width', () => {
    const instant = fc.integer({ min: extent.from, max: extent.to });
    const span = fc.double({ min: Math.log(3 * DAY), max: Math.log(extent.to - extent.from), noNaN: true }).map(Math.exp);
    fc.assert(
      fc.property(instant, span, fc.integer({ min: 320, max: 2400 }), fc.integer({ min: 1, max: 4 }), (from, s, width, maxRows) => {
        const window = { from, to: from + s };
        const chart = model(timeline, window, { width, maxRows });
        expect(problems(chart, window, width)).toEqual([]);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('drawsFirstOnCanvas and withoutMarks', () => {
  it('draws first on the canvas only a view with many marks and badges in view', () => {
    const briefingChart = model(afghanistan2020(), defaultWindow(afghanistan2020()));
    expect(briefingChart.marks.length + briefingChart.clusters.length).toBeLessThan(CANVAS_FIRST_MIN_ITEMS);
    expect(drawsFirstOnCanvas(briefingChart)).toBe(false);
    const large = syntheticResolved(3000, 42);
    const crowded = model(large, defaultWindow(large), { width: 1400 });
    expect(crowded.marks.length + crowded.clusters.length).toBeGreaterThanOrEqual(CANVAS_FIRST_MIN_ITEMS);
    expect(drawsFirstOnCanvas(crowded)).toBe(true);
    // At the threshold, counting badges as well as marks.
    const marks = Array.from({ length: CANVAS_FIRST_MIN_ITEMS - 1 }, () => crowded.marks[0]);
    expect(drawsFirstOnCanvas({ marks, clusters: [] })).toBe(false);
    expect(drawsFirstOnCanvas({ marks, clusters: [crowded.clusters[0]] })).toBe(true);
  });

  it('leaves the SVG nothing to draw in the marks layer, and keeps the rest of the model', () => {
    const chart = model(briefing, { from: Date.UTC(2020, 0, 1), to: Date.UTC(2020, 5, 1) });
    expect(chart.marks.length).toBeGreaterThan(0);
    expect(chart.links.length + chart.connectors.length).toBeGreaterThan(0);
    const empty = withoutMarks(chart);
    expect(empty).toMatchObject({ marks: [], clusters: [], connectors: [], links: [] });
    expect(empty.lanes).toBe(chart.lanes);
    expect(empty.periods).toBe(chart.periods);
    expect(empty.lanesHeight).toBe(chart.lanesHeight);
    expect(empty.window).toBe(chart.window);
    expect(chart.marks.length).toBeGreaterThan(0); // the model itself is left as it was
  });
});

describe('drawOrder', () => {
  const big = syntheticResolved(3000, 7);
  const bigExtent = timelineExtent(big);
  const crowded = model(big, bigExtent);
  /** When an item starts: a mark's event's start, a badge's start. */
  const startOf = (item: ReturnType<typeof drawOrder>[number]) => (item.cluster ? item.cluster.startMs : item.mark.event.startMs);

  it('draws every mark and badge once, secondary instances first', () => {
    expect(crowded.clusters.length).toBeGreaterThan(10);
    const items = drawOrder(crowded.marks, crowded.clusters);
    expect(items).toHaveLength(crowded.marks.length + crowded.clusters.length);
    expect(new Set(items.map((item) => item.mark ?? item.cluster)).size).toBe(items.length);
    const firstPrimary = items.findIndex((item) => item.cluster || item.mark.primary);
    expect(items.slice(firstPrimary).some((item) => item.mark && !item.mark.primary)).toBe(false);
  });

  it('puts the badges among the primary marks in chronological order, so that Tab goes forward in time', () => {
    const focusable = drawOrder(crowded.marks, crowded.clusters).filter((item) => item.cluster || item.mark.primary);
    const starts = focusable.map(startOf);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Badges are not all at the end any more: the last item drawn is not always a badge, and badges come before marks.
    const firstBadge = focusable.findIndex((item) => item.cluster);
    expect(focusable.slice(firstBadge).some((item) => item.mark)).toBe(true);
  });

  it('puts a badge after the marks that start when it does', () => {
    const [mark] = crowded.marks.filter((item) => item.primary);
    const badge = { ...crowded.clusters[0], startMs: mark.event.startMs };
    const items = drawOrder([mark], [badge]);
    expect(items.map((item) => (item.cluster ? 'badge' : 'mark'))).toEqual(['mark', 'badge']);
  });

  it('keeps badges that start together in the lanes\' order, and draws badges alone', () => {
    const [a, b] = crowded.clusters;
    const same = [{ ...a, startMs: 5 }, { ...b, startMs: 5 }];
    expect(drawOrder([], same).map((item) => item.cluster)).toEqual(same);
    expect(drawOrder([], [])).toEqual([]);
  });

  it('orders any window of a generated timeline chronologically', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 0.3, noNaN: true }), (at, share) => {
        const span = (bigExtent.to - bigExtent.from) * share;
        const from = bigExtent.from + (bigExtent.to - bigExtent.from) * at;
        const chart = model(big, { from, to: from + span });
        const starts = drawOrder(chart.marks, chart.clusters)
          .filter((item) => item.cluster || item.mark.primary)
          .map(startOf);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
      }),
      { ...PROPERTY_RUNS, numRuns: 25 },
    );
  });
});

describe('gestureLayoutScale', () => {
  const window = { from: 0, to: 1000 * DAY };
  const pxPerMs = WIDTH / (1000 * DAY);
  it('keeps the layout in use while zooming in or panning', () => {
    const held = quantizeScale(pxPerMs / 3);
    expect(gestureLayoutScale(held, window, WIDTH)).toBe(held);
    expect(gestureLayoutScale(quantizeScale(pxPerMs), window, WIDTH)).toBe(quantizeScale(pxPerMs));
  });
  it('re-packs at a whole power of two below the scale when zooming out past the layout in use, or at the start', () => {
    for (const held of [quantizeScale(pxPerMs * 1.5), null]) {
      const scale = gestureLayoutScale(held, window, WIDTH);
      expect(scale).toBeLessThanOrEqual(pxPerMs);
      expect(scale).toBeGreaterThan(pxPerMs / 2);
      expect(Number.isInteger(Math.log2(scale))).toBe(true);
    }
  });
  it('zooming out, takes the finest layout already made that is valid at the scale, instead of re-packing', () => {
    const held = quantizeScale(pxPerMs * 1.5);
    const halving = gestureLayoutScale(held, window, WIDTH);
    const between = quantizeScale(pxPerMs * 0.8);
    expect(between).toBeGreaterThan(halving);
    // Finer than the halving and still ≤ the scale: more labels, and no re-pack.
    expect(gestureLayoutScale(held, window, WIDTH, [halving / 2, between, pxPerMs * 1.2])).toBe(between);
    // Coarser, within two halvings below: fewer labels, but no re-pack mid-gesture.
    expect(gestureLayoutScale(held, window, WIDTH, [halving / 4])).toBe(halving / 4);
    // Too coarse (it would label little), or finer than the scale (its labels would collide): re-pack at the halving.
    expect(gestureLayoutScale(held, window, WIDTH, [halving / 8, pxPerMs * 1.01])).toBe(halving);
    // Zooming in keeps the layout in use, whatever else is ready.
    expect(gestureLayoutScale(quantizeScale(pxPerMs / 3), window, WIDTH, [between])).toBe(quantizeScale(pxPerMs / 3));
  });
  it('never returns a scale above the actual one when zooming out, so its layout is collision-free', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { maxLength: 8 }),
        (ratio, factors) => {
          const held = pxPerMs * 1.1 * ratio > pxPerMs ? pxPerMs * 1.1 * ratio : null;
          const scale = gestureLayoutScale(held, window, WIDTH, factors.map((factor) => pxPerMs * factor));
          return scale <= pxPerMs || scale === held;
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe('keepsGestureLayout', () => {
  const window = { from: 0, to: 1000 * DAY };
  const pxPerMs = WIDTH / (1000 * DAY);
  const atRest = layoutScale(window, WIDTH);
  it("keeps a gesture's layout until idle when the settled scale is not laid out and the layout is valid there", () => {
    const gesture = quantizeScale(pxPerMs / 2, 1);
    expect(keepsGestureLayout(gesture, atRest, window, WIDTH, [gesture])).toBe(true);
  });
  it('re-packs at once when the settled scale is laid out already, or is the same, or the layout would collide there', () => {
    const gesture = quantizeScale(pxPerMs / 2, 1);
    expect(keepsGestureLayout(gesture, atRest, window, WIDTH, [gesture, atRest])).toBe(false);
    expect(keepsGestureLayout(atRest, atRest, window, WIDTH, [])).toBe(false);
    expect(keepsGestureLayout(pxPerMs * 2, atRest, window, WIDTH, [])).toBe(false);
    expect(keepsGestureLayout(null, atRest, window, WIDTH, [])).toBe(false);
  });
});

describe('zoomOutScales', () => {
  it('lists the scales, in order, that a continuous zoom out from rest lays the lanes out at', () => {
    fc.assert(
      fc.property(fc.double({ min: -12, max: 12, noNaN: true }), fc.array(fc.double({ min: 1.01, max: 1.6, noNaN: true }), { minLength: 1, maxLength: 60 }), (exponent, steps) => {
        const width = 1200;
        let span = width / (2 ** exponent * 1e-6);
        const atRest = layoutScale({ from: 0, to: span }, width);
        // What useSteadyLayoutScale asks for, frame by frame, while the reader zooms out by `steps`.
        const asked: number[] = [];
        let held: number | null = atRest;
        for (const step of steps) {
          span *= step;
          held = gestureLayoutScale(held, { from: 0, to: span }, width);
          if (held !== atRest && asked.at(-1) !== held) asked.push(held);
        }
        // Every scale asked for is listed, in the order listed (a large step may pass over some).
        const ahead = zoomOutScales(atRest, 80);
        const places = asked.map((scale) => ahead.indexOf(scale));
        expect(places.every((place, i) => place >= 0 && (i === 0 || place > places[i - 1]))).toBe(true);
        // A pinch's small steps pass over none: the first ones listed are those a pinch needs.
        if (steps.every((step) => step < 1.19)) expect(asked).toEqual(ahead.slice(0, asked.length));
        expect(ahead.every((scale, i) => i === 0 || scale === ahead[i - 1] / 2)).toBe(true);
        expect(ahead[0]).toBeLessThan(atRest);
        expect(ahead[0]).toBeGreaterThanOrEqual(atRest / 2);
      }),
      PROPERTY_RUNS,
    );
  });
});

/** The bundled timeline's chart input at its opening window, laid out at that window's scale. */
function openingInput() {
  const timeline = afghanistan2020();
  const lanes = chartLanes(timeline);
  const metrics = labelMetrics(timeline.events);
  const start = defaultWindow(timeline);
  const layout = layoutAtScale(timeline.events, lanes.map((lane) => lane.id), metrics, layoutScale(start, WIDTH), 3);
  const input = { timeline, lanes, layout, metrics, eventsById: eventsById(timeline), window: start, width: WIDTH };
  return { input, metrics, start, span: start.to - start.from };
}

describe('buildWideChartModel and panShift', () => {
  it('shifted, draw every mark of any window of the same span inside the drawn range where the exact model does', () => {
    const { input, start, span } = openingInput();
    const { model: wide, drawn } = buildWideChartModel(input);
    expect(drawn).toEqual({ from: start.from - span / 2, to: start.to + span / 2 });
    for (const offset of [-0.5, -0.2, 0, 0.3, 0.5]) {
      const window = { from: start.from + offset * span, to: start.to + offset * span };
      const exact = buildChartModel({ ...input, window });
      expect(exact.marks.length).toBeGreaterThan(0);
      const shift = panShift(drawn, window, WIDTH);
      const shifted = new Map(wide.marks.map((mark) => [`${mark.lane}:${mark.event.id}`, mark]));
      for (const mark of exact.marks) {
        const match = shifted.get(`${mark.lane}:${mark.event.id}`);
        expect(match, mark.event.id).toBeDefined();
        expect(match!.x + shift).toBeCloseTo(mark.x, 6);
        expect(match!.y).toBe(mark.y);
      }
      expect(wide.lanesHeight).toBe(exact.lanesHeight);
    }
  });
});

describe('modelInWindow', () => {
  const { input, metrics, start, span } = openingInput();

  it('shows a wide model as the exact model would: labels kept in view at the left edge, the "as of" line, the count in view', () => {
    const { model: wide, drawn } = buildWideChartModel(input);
    let carried = 0;
    for (const offset of [-0.5, -0.31, -0.1, 0, 0.07, 0.25, 0.5]) {
      const window = { from: start.from + offset * span, to: start.to + offset * span };
      const exact = buildChartModel({ ...input, window });
      const { model, shiftX } = modelInWindow(wide, drawn, window, WIDTH, metrics);
      expect(shiftX).toBeCloseTo(panShift(drawn, window, WIDTH), 9);
      expect(model.visibleEventCount).toBe(exact.visibleEventCount);
      if (exact.asOfX !== undefined) expect(model.asOfX).toBeCloseTo(exact.asOfX, 6);
      const shown = new Map(model.marks.map((mark) => [`${mark.lane}:${mark.event.id}`, mark]));
      const edges = new Map((model.edgeLabels ?? []).map((edge) => [`${edge.lane}:${edge.eventId}`, edge]));
      for (const mark of exact.marks) {
        const key = `${mark.lane}:${mark.event.id}`;
        const match = shown.get(key)!;
        const edge = edges.get(key);
        if (mark.x2 < 0) continue; // wholly left of the window: where its label sits is not seen
        if (edge) {
          // Kept in view at the window's edge, over the marks layer: the mark itself is drawn without a label.
          expect(match.label, mark.event.id).toBeUndefined();
          expect(edge.label, mark.event.id).toBe(mark.label);
          expect(edge.x, mark.event.id).toBeCloseTo(mark.labelX, 6);
          expect(edge.y).toBe(mark.y);
          carried++;
        } else {
          expect(match.label, mark.event.id).toBe(mark.label);
          if (mark.label) expect(match.labelX + shiftX, mark.event.id).toBeCloseTo(mark.labelX, 6);
        }
      }
    }
    expect(carried).toBeGreaterThan(0); // some range did cross the left edge with its label
  });

  it('names the background periods in view as the exact model does, at the window\'s left edge for one that began before it', () => {
    const timeline = buildTimeline({
      events: [rawEvent('signing', { start: '2020-02-29' })],
      periods: [
        { title: 'Reduction in violence', start: '2020-02-22', end: '2020-02-29' },
        { title: 'Withdrawal', start: '2020-03-01', end: '2021-04-30' },
      ],
    });
    const lanes = chartLanes(timeline);
    const metrics = labelMetrics(timeline.events);
    const start = { from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 3, 1) };
    const span = start.to - start.from;
    const layout = layoutAtScale(timeline.events, lanes.map((lane) => lane.id), metrics, layoutScale(start, WIDTH), 3);
    const input = { timeline, lanes, layout, metrics, eventsById: eventsById(timeline), window: start, width: WIDTH };
    const { model: wide, drawn } = buildWideChartModel(input);
    let crossed = 0;
    for (const offset of [-0.5, -0.2, 0, 0.25, 0.45]) {
      const window = { from: start.from + offset * span, to: start.to + offset * span };
      const exact = buildChartModel({ ...input, window });
      const { model, shiftX } = modelInWindow(wide, drawn, window, WIDTH, metrics);
      const named = model.periods.filter((period) => period.inView);
      expect(named.map((period) => [period.title, period.label, period.index])).toEqual(exact.periods.map((period) => [period.title, period.label, period.index]));
      named.forEach((period, i) => {
        expect(period.labelX + shiftX).toBeCloseTo(exact.periods[i].labelX, 6);
        // The band itself is the wide model's, drawn for the whole range and only shifted.
        expect(Math.max(period.x1 + shiftX, 0)).toBeCloseTo(exact.periods[i].x1, 6);
        if (exact.periods[i].x1 === 0 && period.x1 + shiftX < 0) crossed++;
      });
      expect(model.window).toBe(wide.window);
    }
    expect(crossed).toBeGreaterThan(0);
  });

  it('relabels only the periods whose label changes, and keeps the list when none does', () => {
    const bands: PeriodBand[] = [
      { title: 'Reduction in violence', index: 0, x1: 100, x2: 400, inView: true, labelX: 106, label: 'Reduction in violence' },
      { title: 'Withdrawal', index: 1, x1: 1200, x2: 1900, inView: false, labelX: 1206 },
    ];
    expect(labelPeriods(bands, 0, 1000)).toBe(bands);
    const panned = labelPeriods(bands, 300, 1300);
    expect(panned[0]).toMatchObject({ inView: true, labelX: 306, label: truncateToWidth('Reduction in violence', 400 - 300 - 12, 11, 'semibold') });
    expect(panned[0].label).toMatch(/^Reduc.*…$/);
    expect(panned[1]).toMatchObject({ inView: true, labelX: 1206, label: 'Withdrawal' });
    const gone = labelPeriods(bands, 2000, 3000);
    expect(gone.map((band) => [band.inView, band.label])).toEqual([
      [false, undefined],
      [false, undefined],
    ]);
    expect(labelPeriods(panned, 300, 1300)).toBe(panned);
  });

  it('keeps the model and its marks when nothing changes (shift 0, a model built for the window)', () => {
    const exact = buildChartModel(input);
    const { model, shiftX } = modelInWindow(exact, start, start, WIDTH, metrics);
    expect(shiftX).toBe(0);
    expect(model.marks).toBe(exact.marks);
    expect(model.visibleEventCount).toBe(exact.visibleEventCount);
  });

  it('replaces only the marks whose label moves to the edge, and keeps them while the same ones cross it', () => {
    const { model: wide, drawn } = buildWideChartModel(input);
    const window = { from: start.from + 0.3 * span, to: start.to + 0.3 * span };
    const { model } = modelInWindow(wide, drawn, window, WIDTH, metrics);
    const changed = model.marks.filter((mark, i) => mark !== wide.marks[i]);
    expect(changed.length).toBeGreaterThan(0);
    for (const mark of changed) {
      expect(mark.primary && (mark.event.end !== undefined || mark.event.start.precision !== 'day')).toBe(true);
      expect(mark.label).toBeUndefined();
    }
    expect(changed.length).toBeLessThan(wide.marks.length);
    // A frame later, a little further: the same ranges cross the edge, so the marks are the same list.
    const later = modelInWindow(wide, drawn, { from: window.from + span * 1e-4, to: window.to + span * 1e-4 }, WIDTH, metrics).model;
    expect(later.marks).toBe(model.marks);
    expect(later.edgeLabels?.map((edge) => edge.eventId)).toEqual(model.edgeLabels?.map((edge) => edge.eventId));
  });
});
