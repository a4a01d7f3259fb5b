import { describe, expect, it } from 'vitest';
import { buildChartModel, chartLanes, labelMetrics, layoutAtScale, layoutScale } from '@/lib/chart-model';
import { figureFileName, figureLayout, figureModel, figureTexts, legendKeysFor, wrapLines } from '@/lib/figure';
import { eventsById, type ResolvedTimeline } from '@/lib/resolve';
import type { TimeWindow } from '@/lib/scale';
import { estimateTextWidth } from '@/lib/text-width';
import { buildTimeline, rawEvent } from '../fixtures/timelines';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const WIDTH = 1000;

function chart(timeline: ResolvedTimeline, window: TimeWindow) {
  const lanes = chartLanes(timeline);
  const metrics = labelMetrics(timeline.events);
  const layout = layoutAtScale(timeline.events, lanes.map((lane) => lane.id), metrics, layoutScale(window, WIDTH), 3);
  return buildChartModel({ timeline, lanes, layout, metrics, eventsById: eventsById(timeline), window, width: WIDTH });
}

describe('figureFileName', () => {
  it('names the dataset and the window as the URL does, and the scale of a PNG', () => {
    const window = { from: utc('2020-02-01'), to: utc('2020-04-02') };
    expect(figureFileName('afghanistan-2020', window, 'svg')).toBe('afghanistan-2020_2020-02-01_2020-04-01.svg');
    expect(figureFileName('afghanistan-2020', window, 'png', 2)).toBe('afghanistan-2020_2020-02-01_2020-04-01@2x.png');
    expect(figureFileName('afghanistan-2020', { from: window.from + 3_600_000, to: window.to - 3_600_000 }, 'csv')).toBe(
      'afghanistan-2020_2020-02-01_2020-04-01.csv',
    );
  });
});

describe('figureModel and legendKeysFor', () => {
  const timeline = buildTimeline({
    asOf: '2020-03-30',
    events: [
      rawEvent('inside', { start: '2020-03-01', actors: ['us', 'taliban'], links: [{ to: 'planned', type: 'leads-to' }] }),
      rawEvent('planned', { start: '2020-03-10', end: '2020-03-20', status: 'planned' }),
      // Just outside the window, inside the live chart's drawing margin.
      rawEvent('margin', { start: '2020-04-01', status: 'expected' }),
      rawEvent('far', { start: '2020-06-01', status: 'expected' }),
    ],
  });
  const window = { from: utc('2020-02-20'), to: utc('2020-03-31') + 43_200_000 };

  it('drops the marks the live chart draws beyond the window, and their links', () => {
    const live = chart(timeline, window);
    const ids = (model: { marks: { event: { id: string } }[] }) => [...new Set(model.marks.map((mark) => mark.event.id))].sort();
    expect(ids(live)).toContain('margin');
    const trimmed = figureModel(live, WIDTH);
    expect(ids(trimmed)).toEqual(['inside', 'planned']);
    expect(trimmed.links.map((link) => `${link.from}>${link.to}`)).toEqual(['inside>planned']);
    expect(trimmed.connectors.map((c) => c.eventId)).toEqual(['inside']);
  });

  it("shortens a label that would run past the figure's right edge, or leaves it out when too little would fit", () => {
    const edge = buildTimeline({
      events: [
        rawEvent('late', { title: 'Negotiators meet again in Doha to discuss the prisoner exchange', start: '2020-03-27' }),
        rawEvent('last', { title: 'Talks are postponed', start: '2020-03-31' }),
        rawEvent('early', { title: 'Reduction in violence begins', start: '2020-02-22' }),
      ],
    });
    const live = chart(edge, window);
    const label = (model: ReturnType<typeof figureModel>, id: string) => model.marks.find((mark) => mark.primary && mark.event.id === id)!;
    expect(label(live, 'late').labelX + label(live, 'late').labelWidth).toBeGreaterThan(WIDTH);
    const figure = figureModel(live, WIDTH);
    const late = label(figure, 'late');
    expect(late.label).toMatch(/^Negotiators .+…$/);
    expect(late.labelX + late.labelWidth).toBeLessThanOrEqual(WIDTH - 4);
    expect(late.labelWidth).toBe(Math.ceil(estimateTextWidth(late.label!, 12, 'semibold')));
    // Too close to the edge for a useful part of its title: the mark stays, unlabelled.
    expect(label(figure, 'last').label).toBeUndefined();
    expect(label(figure, 'last').labelWidth).toBe(0);
    // Labels that fit are untouched, the same objects.
    expect(label(figure, 'early')).toBe(label(live, 'early'));
  });

  it('lists only the encodings the figure draws', () => {
    const model = figureModel(chart(timeline, window), WIDTH);
    expect(legendKeysFor(model, { width: WIDTH, showLinks: true })).toEqual(['point', 'range', 'planned', 'connector', 'asOf', 'relation']);
    expect(legendKeysFor(model, { width: WIDTH, showLinks: false })).not.toContain('relation');
  });
});

describe('figureTexts', () => {
  const timeline = buildTimeline({ asOf: '2020-03-30', events: [rawEvent('a'), rawEvent('b')] });
  it('says what is shown, the "as of" date and the source, credited to Parley', () => {
    const texts = figureTexts(timeline, {
      window: { from: utc('2020-02-01'), to: utc('2020-04-01') },
      shown: 1,
      filtering: true,
      actorNames: ['United States', 'Taliban'],
      match: 'any',
    });
    expect(texts.title).toBe('Test timeline');
    expect(texts.subtitle).toBe('1 February – 31 March 2020 · 1 of 2 events · United States or Taliban');
    expect(texts.notes).toEqual(['As of 30 March 2020: later events are plans or forecasts.', 'Source: Publisher, 30 March 2020 · Parley']);
  });
});

describe('wrapLines', () => {
  it('wraps at word boundaries within the width', () => {
    const lines = wrapLines('Afghanistan: the U.S.–Taliban agreement and the road to intra-Afghan talks', 300, 22, 'semibold');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Afghanistan: the U.S.–Taliban agreement and the road to intra-Afghan talks');
    for (const line of lines.slice(0, -1)) expect(estimateTextWidth(line, 22, 'semibold')).toBeLessThanOrEqual(300);
  });
});

describe('figureLayout', () => {
  const texts = { title: 'A title', subtitle: 'A subtitle', notes: ['As of …', 'Source: …'] };
  const legend = ['Event on a date', 'Event over a period', 'Planned or expected', 'Relation between events'].map((label, i) => ({
    key: (['point', 'range', 'planned', 'relation'] as const)[i],
    label,
  }));

  it('is as wide as the chart, with the chart scaled into the margins, and stacks its parts top to bottom', () => {
    const layout = figureLayout({ width: 1200, chartHeight: 400, texts, legend });
    expect(layout.width).toBe(1200);
    expect(layout.chart.x).toBe(layout.margin);
    expect(layout.chart.scale * 1200).toBeCloseTo(1200 - 2 * layout.margin);
    expect(layout.subtitle.y).toBeGreaterThan(layout.title.lines[0].y);
    expect(layout.chart.y).toBeGreaterThan(layout.subtitle.y);
    expect(layout.legend[0].y).toBeGreaterThanOrEqual(layout.chart.y + layout.chart.height);
    expect(layout.notes[0].y).toBeGreaterThan(layout.ruleY);
    expect(layout.height).toBeGreaterThan(layout.notes[1].y);
  });

  it('flows the legend into rows that stay within the margins on a narrow figure', () => {
    const layout = figureLayout({ width: 360, chartHeight: 300, texts, legend });
    expect(new Set(layout.legend.map((item) => item.y)).size).toBeGreaterThan(1);
    for (const item of layout.legend) expect(item.x + 40 + estimateTextWidth(item.label, 12)).toBeLessThanOrEqual(360 - layout.margin + 1);
  });
});
