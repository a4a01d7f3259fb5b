import { describe, expect, it } from 'vitest';
import { badgeWidth, drawMarks, linkCurve, pickAt, relatedEvents, type CanvasPalette, type MarksContext } from '@/lib/canvas-marks';
import { buildChartModel, CHART, chartLanes, labelMetrics, layoutAtScale, layoutScale, type ChartModel } from '@/lib/chart-model';
import { eventsById, type ResolvedTimeline } from '@/lib/resolve';
import { defaultWindow, type TimeWindow } from '@/lib/scale';
import { afghanistan2020, buildTimeline, rawEvent, syntheticResolved } from '../fixtures/timelines';

const WIDTH = 1000;

function chart(timeline: ResolvedTimeline, window: TimeWindow, width = WIDTH): ChartModel {
  const lanes = chartLanes(timeline);
  const metrics = labelMetrics(timeline.events);
  const layout = layoutAtScale(timeline.events, lanes.map((lane) => lane.id), metrics, layoutScale(window, width), 3);
  return buildChartModel({ timeline, lanes, layout, metrics, eventsById: eventsById(timeline), window, width });
}

type Call = { op: string; args: unknown[]; state: { font: string; globalAlpha: number; fillStyle: unknown; strokeStyle: unknown; dash: number[]; tx: number; textAlign: string } };

/** A 2D context that records every call with the state it was made in (translation tracked, no rotation). */
function recorder() {
  const calls: Call[] = [];
  const assigned: { prop: string; value: unknown }[] = [];
  const state = { font: '10px sans-serif', globalAlpha: 1, fillStyle: '#000' as unknown, strokeStyle: '#000' as unknown, dash: [] as number[], tx: 0, textAlign: 'start', lineWidth: 1, lineJoin: 'miter', textBaseline: 'alphabetic' };
  const stack: (typeof state)[] = [];
  const record = (op: string) => (...args: unknown[]) => {
    calls.push({ op, args, state: { font: state.font, globalAlpha: state.globalAlpha, fillStyle: state.fillStyle, strokeStyle: state.strokeStyle, dash: state.dash, tx: state.tx, textAlign: state.textAlign } });
  };
  const ctx = {
    save: () => stack.push({ ...state }),
    restore: () => Object.assign(state, stack.pop()),
    translate: (x: number) => {
      state.tx += x;
    },
    rotate: record('rotate'),
    setLineDash: (dash: number[]) => {
      state.dash = dash;
    },
    createLinearGradient: (...args: number[]) => {
      const stops: [number, string][] = [];
      return { kind: 'gradient', args, stops, addColorStop: (offset: number, color: string) => stops.push([offset, color]) };
    },
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    bezierCurveTo: record('bezierCurveTo'),
    closePath: record('closePath'),
    arc: record('arc'),
    roundRect: record('roundRect'),
    fill: record('fill'),
    stroke: record('stroke'),
    fillText: record('fillText'),
    strokeText: record('strokeText'),
  };
  for (const prop of ['font', 'globalAlpha', 'fillStyle', 'strokeStyle', 'lineWidth', 'lineJoin', 'textAlign', 'textBaseline'] as const) {
    Object.defineProperty(ctx, prop, {
      get: () => state[prop],
      set: (value) => {
        assigned.push({ prop, value });
        (state as Record<string, unknown>)[prop] = value;
      },
    });
  }
  return { ctx: ctx as unknown as MarksContext, calls, assigned };
}

const palette: CanvasPalette = {
  mark: (color) => (color === '#0072B2' ? [0, 114, 178] : [213, 94, 0]),
  surface: 'rgb(255, 255, 255)',
  ink: 'rgb(20, 20, 20)',
  muted: 'rgb(100, 100, 100)',
  focus: 'rgb(0, 0, 255)',
  halo: 'rgb(250, 250, 250)',
  fontFamily: 'Inter, sans-serif',
};

const briefing = buildTimeline({
  asOf: '2020-03-30',
  actors: [
    { id: 'us', name: 'United States', color: '#0072B2' },
    { id: 'taliban', name: 'Taliban', color: '#D55E00' },
  ],
  events: [
    rawEvent('rif', { title: 'Reduction in violence', start: '2020-02-22', end: '2020-02-29', actors: ['taliban', 'us'], links: [{ to: 'signing', type: 'leads-to' }] }),
    rawEvent('signing', { title: 'U.S. and Taliban sign agreement in Doha', start: '2020-02-29', actors: ['us', 'taliban'], links: [{ to: 'withdrawal', type: 'obligates' }] }),
    rawEvent('withdrawal', { title: 'Withdrawal', start: '2020-02-29', end: { from: 'signing', offset: 'P14M' }, actors: ['us'] }),
    rawEvent('attacks', { title: 'Attacks resume', start: '2020-03-04', approximate: true, actors: ['taliban'] }),
    rawEvent('talks', { title: 'Talks', start: '2020-03-10', status: 'planned', actors: ['taliban'] }),
    rawEvent('truce', { title: 'Truce', start: '2020-03-20', end: '2020-03-25', approximate: true, actors: ['taliban'] }),
  ],
});
const FEB_MAR = { from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 3, 1) };

const texts = (calls: Call[], op = 'fillText') => calls.filter((call) => call.op === op).map((call) => call.args[0]);

describe('relatedEvents', () => {
  const links = [
    { from: 'a', to: 'b' },
    { from: 'c', to: 'a' },
    { from: 'd', to: 'e' },
  ];
  it('is the focused event and the events its relations reach, either way', () => {
    expect(relatedEvents(links, 'a', true)).toEqual(new Set(['b', 'c', 'a']));
  });
  it('is empty for an event without relations, with no focus, or with relations hidden', () => {
    expect(relatedEvents(links, 'z', true).size).toBe(0);
    expect(relatedEvents(links, undefined, true).size).toBe(0);
    expect(relatedEvents(links, 'a', false).size).toBe(0);
  });
});

describe('linkCurve', () => {
  it('arcs above the row when both ends share it, by a third of the distance plus 10 px, at most 46 px', () => {
    expect(linkCurve(0, 100, 60, 100)).toMatchObject({ y1: 94, y2: 94, lift: 30, c1y: 64, c2y: 64, c1x: 15, c2x: 45 });
    // Its type is written over the middle of the arc.
    expect(linkCurve(0, 100, 60, 100)).toMatchObject({ labelX: 30, labelY: 100 - (30 * 0.75 + 8) });
    expect(linkCurve(0, 100, 600, 100).lift).toBe(46);
  });
  it('runs straight between rows, without lift', () => {
    expect(linkCurve(0, 100, 60, 140)).toMatchObject({ lift: 0, c1y: 94, c2y: 134, labelX: 30, labelY: 90 });
  });
});

describe('badgeWidth', () => {
  it('fits the count, at least the badge width less its margin', () => {
    expect(badgeWidth('+3')).toBe(CHART.badgeWidthPx - 6);
    expect(badgeWidth('+12345')).toBe(10 + 6 * 7);
  });
});

describe('drawMarks', () => {
  const model = chart(briefing, FEB_MAR);

  it('writes every label the SVG writes, at its x and 0.35 em below its row, with the halo first', () => {
    const { ctx, calls } = recorder();
    drawMarks(ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: true });
    const labelled = model.marks.filter((mark) => mark.primary && mark.label);
    expect(labelled.length).toBeGreaterThan(3);
    for (const mark of labelled) {
      const fill = calls.find((call) => call.op === 'fillText' && call.args[0] === mark.label);
      expect(fill?.args.slice(1)).toEqual([mark.labelX, mark.y + 0.35 * CHART.labelFontPx]);
      expect(fill?.state.font).toBe(`560 ${CHART.labelFontPx}px Inter, sans-serif`);
      // Point labels carry a halo stroked before the fill; range labels sit inside their bar, plain.
      const halo = calls.findIndex((call) => call.op === 'strokeText' && call.args[0] === mark.label);
      if (mark.event.end) expect(halo).toBe(-1);
      else expect(halo).toBeLessThan(calls.indexOf(fill!));
    }
  });

  it('draws a "+N" badge for what does not fit, its count centred in its pill', () => {
    const crowded = chart(syntheticResolved(400, 7), defaultWindow(syntheticResolved(400, 7)));
    expect(crowded.clusters.length).toBeGreaterThan(0);
    const { ctx, calls } = recorder();
    drawMarks(ctx, crowded, { shiftX: 0, width: WIDTH, palette, showLinks: false });
    const cluster = crowded.clusters.find((c) => c.x >= 0 && c.x < WIDTH - 40)!;
    const label = `+${cluster.count}`;
    const text = calls.find((call) => call.op === 'fillText' && call.args[0] === label && call.args[1] === cluster.x - 3 + badgeWidth(label) / 2);
    expect(text?.state.textAlign).toBe('center');
    expect(calls.some((call) => call.op === 'roundRect' && call.args[0] === cluster.x - 3 && call.args[1] === cluster.y - 9)).toBe(true);
  });

  it('shifts everything by shiftX and skips what lies outside the window', () => {
    const { ctx, calls } = recorder();
    const shifted = drawMarks(ctx, model, { shiftX: -400, width: 300, palette, showLinks: false });
    const all = drawMarks(recorder().ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: false });
    expect(shifted).toBeLessThan(all);
    expect(calls.filter((call) => call.op === 'fillText').every((call) => call.state.tx === -400)).toBe(true);
    for (const mark of model.marks.filter((m) => m.primary && m.label && m.x - 400 > 300 + 4)) expect(texts(calls)).not.toContain(mark.label);
  });

  it('skips the rows scrolled out of view, and draws everything in the rows shown', () => {
    const large = syntheticResolved(3000, 42);
    const crowded = chart(large, defaultWindow(large));
    const lanes = crowded.lanes;
    expect(lanes.length).toBeGreaterThan(3);
    // The page shows the second and third lanes only.
    const rows = { top: lanes[1].y, bottom: lanes[2].y + lanes[2].height };
    const { ctx, calls } = recorder();
    const drawn = drawMarks(ctx, crowded, { shiftX: 0, width: WIDTH, palette, showLinks: true, rows });
    const all = drawMarks(recorder().ctx, crowded, { shiftX: 0, width: WIDTH, palette, showLinks: true });
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(all / 2);
    const inRows = (y: number) => y >= rows.top - 12 && y <= rows.bottom + 12;
    const shownLabels = texts(calls);
    for (const mark of crowded.marks.filter((m) => m.primary && m.label && m.x >= 0 && m.labelX + m.labelWidth <= WIDTH)) {
      if (inRows(mark.y)) expect(shownLabels).toContain(mark.label);
      else expect(shownLabels).not.toContain(mark.label);
    }
    // Everything drawn is near the rows shown.
    for (const call of calls.filter((c) => c.op === 'fillText')) expect(inRows(call.args[2] as number)).toBe(true);
  });

  it('keeps a relation arrow whose curve rises into the rows shown from a row below them', () => {
    // Both ends in one row, 300 px apart: the curve arcs 46 px above them.
    const link = { ...model.links[0], x1: 100, y1: 300, x2: 400, y2: 300 };
    const curve = linkCurve(link.x1, link.y1, link.x2, link.y2);
    expect(curve.lift).toBe(46);
    // The rows shown end just above the arrow's ends, where its arc still shows.
    const rows = { top: curve.c1y - 10, bottom: curve.y1 - 10 };
    const { ctx, calls } = recorder();
    drawMarks(ctx, { ...model, marks: [], clusters: [], connectors: [], links: [link] }, { shiftX: 0, width: WIDTH, palette, showLinks: true, rows });
    expect(calls.filter((call) => call.op === 'bezierCurveTo')).toHaveLength(1);
    const below = { top: link.y1 + 20, bottom: link.y1 + 200 };
    const { ctx: ctx2, calls: calls2 } = recorder();
    drawMarks(ctx2, { ...model, marks: [], clusters: [], connectors: [], links: [link] }, { shiftX: 0, width: WIDTH, palette, showLinks: true, rows: below });
    expect(calls2.filter((call) => call.op === 'bezierCurveTo')).toHaveLength(0);
  });

  it('fades what is unrelated to the focused event, as the SVG dims it', () => {
    const { ctx, calls } = recorder();
    drawMarks(ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: true, focusId: 'signing' });
    const alphaOf = (label: string) => calls.find((call) => call.op === 'fillText' && call.args[0] === label)?.state.globalAlpha;
    expect(alphaOf('U.S. and Taliban sign agreement in Doha')).toBe(1);
    expect(alphaOf('Reduction in violence')).toBe(1);
    expect(alphaOf('Talks')).toBe(0.28);
  });

  it('fades the events that do not match the filters', () => {
    const { ctx, calls } = recorder();
    drawMarks(ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: false, faded: new Set(['talks']) });
    expect(calls.find((call) => call.op === 'fillText' && call.args[0] === 'Talks')?.state.globalAlpha).toBe(0.28);
    expect(calls.find((call) => call.op === 'fillText' && call.args[0] === 'Truce')?.state.globalAlpha).toBe(1);
  });

  it('rings the selected event, around its mark and label', () => {
    const { ctx, calls } = recorder();
    drawMarks(ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: false, selectedId: 'talks' });
    const mark = model.marks.find((m) => m.event.id === 'talks' && m.primary)!;
    const ring = calls.find((call) => call.op === 'roundRect' && call.args[0] === mark.x - 9 && call.args[3] === 22);
    expect(ring).toBeDefined();
    expect(mark.x - 9 + (ring!.args[2] as number)).toBeCloseTo(mark.labelX + mark.labelWidth + 4);
    expect(calls[calls.indexOf(ring!) + 1]).toMatchObject({ op: 'stroke', state: { strokeStyle: palette.focus } });
  });

  it('draws a planned event hollow and dashed, and an approximate one with a dotted ring', () => {
    const { ctx, calls } = recorder();
    drawMarks(ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: false });
    const talks = model.marks.find((m) => m.event.id === 'talks')!;
    const attacks = model.marks.find((m) => m.event.id === 'attacks')!;
    const strokesAt = (x: number, r: number) =>
      calls.filter((call, i) => call.op === 'arc' && call.args[0] === x && call.args[2] === r).map((call) => calls.slice(calls.indexOf(call)).find((c) => c.op === 'stroke' || c.op === 'fill'));
    expect(strokesAt(talks.x, CHART.markMinPx / 2)[0]).toMatchObject({ op: 'fill', state: { fillStyle: palette.surface } });
    expect(calls.some((call) => call.op === 'stroke' && call.state.dash.join() === '2.5,1.8')).toBe(true);
    expect(strokesAt(attacks.x, CHART.markMinPx / 2 + 3.5)[0]).toMatchObject({ op: 'stroke', state: { dash: [1.5, 2.5] } });
  });

  it("fades an approximate range's ends with the SVG mask's gradient", () => {
    const { ctx, calls } = recorder();
    drawMarks(ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: false });
    const truce = model.marks.find((m) => m.event.id === 'truce')!;
    const bar = calls.find((call) => call.op === 'roundRect' && call.args[0] === truce.x && call.args[3] === 16)!;
    const fill = calls.slice(calls.indexOf(bar)).find((call) => call.op === 'fill')!;
    const gradient = fill.state.fillStyle as { kind: string; stops: [number, string][] };
    expect(gradient.kind).toBe('gradient');
    expect(gradient.stops.map(([offset]) => offset)).toEqual([0, 0.22, 0.78, 1]);
    expect(gradient.stops[0][1]).toBe('rgba(213,94,0,0.016)');
  });

  it('draws relation arrows with their heads when relations are shown, and none otherwise', () => {
    const withLinks = recorder();
    drawMarks(withLinks.ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: true });
    expect(withLinks.calls.filter((call) => call.op === 'bezierCurveTo')).toHaveLength(model.links.length);
    expect(withLinks.calls.filter((call) => call.op === 'rotate')).toHaveLength(model.links.length);
    const without = recorder();
    drawMarks(without.ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: false });
    expect(without.calls.some((call) => call.op === 'bezierCurveTo')).toBe(false);
  });

  it('labels the focused relation with its type', () => {
    const { ctx, calls } = recorder();
    drawMarks(ctx, model, { shiftX: 0, width: WIDTH, palette, showLinks: true, focusId: 'signing' });
    expect(texts(calls)).toEqual(expect.arrayContaining(['leads to', 'obligates']));
  });

  it("sets each font once per run of labels (parsing a font is a frame's cost at 10,000 events)", () => {
    const timeline = syntheticResolved(2000, 3);
    const busy = chart(timeline, defaultWindow(timeline), 1400);
    const { ctx, calls, assigned } = recorder();
    drawMarks(ctx, busy, { shiftX: 0, width: 1400, palette, showLinks: true });
    const fonts = assigned.filter((a) => a.prop === 'font');
    expect(calls.filter((call) => call.op === 'fillText').length).toBeGreaterThan(100);
    // Marks and badges alternate in time order: one font change per switch between a label and a badge's count.
    const switches = calls.filter((call, i) => call.op === 'fillText' && i > 0).reduce((n, call, i, all) => n + (i > 0 && all[i - 1].state.font !== call.state.font ? 1 : 0), 0);
    expect(fonts.length).toBeLessThanOrEqual(switches + 1);
  });

  it('draws every mark of the briefing in its window (not those in the model\'s margin), and counts them', () => {
    const timeline = afghanistan2020();
    const view = chart(timeline, defaultWindow(timeline), 1400);
    const { ctx, calls } = recorder();
    const drawn = drawMarks(ctx, view, { shiftX: 0, width: 1400, palette, showLinks: true });
    const inWindow = view.marks.filter((m) => m.x2 >= 0 && m.x <= 1400);
    expect(inWindow.length).toBeGreaterThan(10);
    expect(drawn).toBeGreaterThanOrEqual(inWindow.length);
    expect(drawn).toBeLessThanOrEqual(view.marks.length + view.clusters.length);
    expect(texts(calls)).toEqual(expect.arrayContaining(inWindow.filter((m) => m.primary && m.label).map((m) => m.label)));
  });
});

describe('pickAt', () => {
  const model = chart(briefing, FEB_MAR);
  const primary = (id: string) => model.marks.find((mark) => mark.primary && mark.event.id === id)!;
  const pickedId = (x: number, y: number) => pickAt(model, x, y)?.mark?.event.id;

  it("takes a point event's dot, and the whole box of its label, as its SVG focus ring does", () => {
    const attacks = primary('attacks');
    expect(pickedId(attacks.x, attacks.y)).toBe('attacks');
    expect(attacks.label).toBeTruthy();
    expect(pickedId(attacks.labelX + attacks.labelWidth - 2, attacks.y + 10)).toBe('attacks');
    // Just outside the box: above it, and right of the label.
    expect(pickedId(attacks.x, attacks.y - 12)).not.toBe('attacks');
    expect(pickedId(attacks.labelX + attacks.labelWidth + 5, attacks.y)).not.toBe('attacks');
  });

  it("takes a range's bar, and a secondary instance's glyph only", () => {
    const rif = primary('rif');
    expect(pickedId((rif.x + rif.x2) / 2, rif.y + 7)).toBe('rif');
    const secondary = model.marks.find((mark) => !mark.primary && mark.event.id === 'signing')!;
    expect(secondary).toBeDefined();
    expect(pickedId(secondary.x + 3, secondary.y - 3)).toBe('signing');
    expect(pickAt(model, secondary.x + 40, secondary.y)?.mark?.event.id).not.toBe('signing');
  });

  it('gives the topmost of overlapping marks, the one drawn last', () => {
    const rif = primary('rif');
    const attacks = primary('attacks');
    // An event whose dot falls inside the box of the label before it, on the same row.
    const inside = { ...attacks, x: rif.labelX + 20, x2: rif.labelX + 20, labelX: rif.labelX + 30, y: rif.y };
    expect(pickAt({ marks: [rif, inside], clusters: [] }, inside.x, inside.y)?.mark).toBe(inside);
    expect(pickAt({ marks: [inside, rif], clusters: [] }, inside.x, inside.y)?.mark).toBe(rif);
  });

  it('takes a "+N" badge\'s pill, and nothing where nothing is drawn', () => {
    const timeline = syntheticResolved(400, 7);
    const crowded = chart(timeline, defaultWindow(timeline));
    const cluster = crowded.clusters[0];
    expect(pickAt(crowded, cluster.x - 3 + badgeWidth(`+${cluster.count}`) / 2, cluster.y + 8)?.cluster).toBe(cluster);
    expect(pickAt(model, -500, -500)).toBeUndefined();
    expect(pickAt(model, WIDTH / 2, model.lanesHeight + 50)).toBeUndefined();
  });
});

