import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLanes, quantizeScale, type Layout, type LayoutEvent, type LayoutOptions } from '@/lib/layout';
import { syntheticResolved } from '../fixtures/timelines';

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);

interface TestEvent extends LayoutEvent {
  label: number;
}

/** A point event on day `day` (its mark covers that day) or a range of `days` days. */
function ev(id: string, day: number, actors: string[], label = 50, days = 1): TestEvent {
  return { id, startMs: T0 + day * DAY, endMs: T0 + (day + days) * DAY, actors, label };
}

function sortChronologically<E extends LayoutEvent>(events: E[]): E[] {
  return [...events].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
}

const base: LayoutOptions<TestEvent> = {
  pxPerMs: 10 / DAY, // 10 px a day
  maxRows: 3,
  markMinPx: 10,
  labelGapPx: 6,
  itemGapPx: 8,
  labelWidth: (event) => event.label,
};

const options = (overrides: Partial<LayoutOptions<TestEvent>> = {}) => ({ ...base, ...overrides });
const lane = (layout: Layout, id: string) => layout.lanes.find((l) => l.lane === id)!;

/** Lists every broken invariant the chart relies on (none, when the layout is sound). */
function problems(events: readonly TestEvent[], lanes: readonly string[], opts: LayoutOptions<TestEvent>, layout: Layout): string[] {
  const { pxPerMs, maxRows, markMinPx, labelGapPx, itemGapPx } = opts;
  const maxLabelPx = opts.maxLabelPx ?? 220;
  const badgeWidthPx = opts.badgeWidthPx ?? 34;
  const spacingPx = Math.max(badgeWidthPx + itemGapPx, opts.clusterSpacingPx ?? 0);
  const byId = new Map(events.map((e) => [e.id, e]));
  const found: string[] = [];
  const check = (ok: boolean, problem: () => string) => {
    if (!ok) found.push(problem());
  };
  check(layout.lanes.map((l) => l.lane).join() === lanes.join(), () => 'lanes out of order');

  const placedEvents = new Set<string>();
  const primaries = new Map<string, number>();
  for (const { lane: laneId, rows, items, clusters } of layout.lanes) {
    // `rows` is the number of rows used, within maxRows.
    const maxRow = items.reduce((max, item) => Math.max(max, item.row), -1);
    check(rows === Math.max(1, maxRow + 1) && rows <= maxRows, () => `${laneId}: rows ${rows}, highest row ${maxRow}`);

    // No overlap within a row, label and gap included.
    for (let row = 0; row < maxRows; row++) {
      const inRow = items.filter((item) => item.row === row).sort((a, b) => a.x0Ms - b.x0Ms);
      for (let i = 1; i < inRow.length; i++) {
        check(inRow[i].x0Ms >= inRow[i - 1].x1Ms, () => `${laneId} row ${row}: ${inRow[i - 1].eventId} overlaps ${inRow[i].eventId}`);
      }
    }

    // Each item's extent covers its mark, label and gap; labels only on primary items.
    for (const item of items) {
      const event = byId.get(item.eventId)!;
      const primary = item.primary;
      if (primary) primaries.set(item.eventId, (primaries.get(item.eventId) ?? 0) + 1);
      const labelPx = primary ? Math.min(Math.max(event.label, 0), maxLabelPx) : 0;
      const expectedPx = Math.max((event.endMs - event.startMs) * pxPerMs, markMinPx + (primary ? labelGapPx + labelPx : 0)) + itemGapPx;
      const widthPx = (item.x1Ms - item.x0Ms) * pxPerMs;
      check(item.lane === laneId && event.actors.includes(laneId) && item.labelPx === labelPx, () => `${laneId}: ${item.eventId} label`);
      check(item.x0Ms === event.startMs && item.x1Ms > event.endMs, () => `${laneId}: ${item.eventId} extent`);
      check(Math.abs(widthPx - expectedPx) < 1e-3, () => `${laneId}: ${item.eventId} is ${widthPx}px, expected ${expectedPx}px`);
      placedEvents.add(item.eventId);
    }

    // Clusters are disjoint, badge and gap included, and cover their events' marks in time order.
    for (let i = 1; i < clusters.length; i++) {
      const reach = clusters[i - 1].startMs + spacingPx / pxPerMs;
      check(clusters[i].startMs >= reach, () => `${laneId}: cluster ${i} crowds cluster ${i - 1}`);
    }
    for (const [i, cluster] of clusters.entries()) {
      const hidden = cluster.eventIds.map((id) => byId.get(id)!);
      const starts = hidden.map((e) => e.startMs);
      check(cluster.lane === laneId && cluster.count === hidden.length, () => `${laneId}: cluster ${i} count`);
      check(starts.every((start, j) => j === 0 || start >= starts[j - 1]), () => `${laneId}: cluster ${i} out of time order`);
      check(cluster.startMs === Math.min(...starts), () => `${laneId}: cluster ${i} start`);
      const end = Math.max(...hidden.map((e) => Math.max(e.endMs, e.startMs + markMinPx / pxPerMs)));
      check(cluster.endMs === end, () => `${laneId}: cluster ${i} end`);
    }

    // Every instance in this lane is placed or clustered, exactly once.
    const expected = events.filter((e) => e.actors.includes(laneId)).map((e) => e.id).sort();
    const accounted = [...items.map((item) => item.eventId), ...clusters.flatMap((c) => c.eventIds)].sort();
    check(accounted.join() === expected.join(), () => `${laneId}: accounts for ${accounted} instead of ${expected}`);
  }

  // Every drawn event has exactly one labelled (primary) instance: no event is drawn without its label.
  for (const id of placedEvents) check(primaries.get(id) === 1, () => `${id}: ${primaries.get(id) ?? 0} primary instances`);

  const inLanes = events.filter((e) => e.actors.some((actor) => lanes.includes(actor)));
  const hidden = inLanes.filter((e) => !placedEvents.has(e.id)).length;
  check(layout.hiddenCount === hidden, () => `hiddenCount ${layout.hiddenCount}, expected ${hidden}`);
  return found;
}

const ACTORS = ['a', 'b', 'c', 'd', 'z'];

/** Random datasets: clumped days, points and ranges, multi-actor events, labels from none to over-long. */
const eventsArbitrary = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      days: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 200 })),
      actors: fc.array(fc.constantFrom(...ACTORS), { minLength: 1, maxLength: 4 }),
      label: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.double({ min: -10, max: 400, noNaN: true })),
    }),
    { maxLength: 60 },
  )
  .map((raw) => sortChronologically(raw.map((r, i) => ev(`e${i}`, r.day, r.actors, r.label, r.days))));

const lanesArbitrary = fc.shuffledSubarray(['a', 'b', 'c', 'd'], { minLength: 1 });
/** From a whole millennium in 1000 px to an hour in 1000 px, and beyond. */
const scaleArbitrary = fc.double({ min: -13, max: -2, noNaN: true }).map((exponent) => 10 ** exponent);
const rowsArbitrary = fc.integer({ min: 1, max: 4 });

describe('layoutLanes', () => {
  it('never overlaps items in a lane row, at any scale, and accounts for every event', () => {
    fc.assert(
      fc.property(eventsArbitrary, lanesArbitrary, scaleArbitrary, rowsArbitrary, (events, lanes, pxPerMs, maxRows) => {
        const opts = options({ pxPerMs, maxRows });
        expect(problems(events, lanes, opts, layoutLanes(events, lanes, opts))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the layout collision-free at every zoom from the quantised scale up', () => {
    fc.assert(
      fc.property(eventsArbitrary, lanesArbitrary, scaleArbitrary, fc.double({ min: 1, max: 1000, noNaN: true }), (events, lanes, pxPerMs, zoom) => {
        const layoutScale = quantizeScale(pxPerMs);
        const layout = layoutLanes(events, lanes, options({ pxPerMs: layoutScale }));
        const k = pxPerMs * zoom; // ≥ layoutScale
        const byId = new Map(events.map((e) => [e.id, e]));
        // An item's extent in ms at scale k, by the documented geometry.
        const endAt = (id: string, labelPx: number, primary: boolean) => {
          const e = byId.get(id)!;
          const reach = primary ? base.markMinPx + base.labelGapPx + labelPx : base.markMinPx;
          return Math.max(e.endMs, e.startMs + reach / k) + base.itemGapPx / k;
        };
        for (const { items } of layout.lanes) {
          const lastEndInRow = new Map<number, number>();
          for (const item of items) {
            expect(item.x0Ms).toBeGreaterThanOrEqual(lastEndInRow.get(item.row) ?? -Infinity);
            lastEndInRow.set(item.row, endAt(item.eventId, item.labelPx, item.primary));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('places an event in every listed lane, with its label only in the first listed lane present', () => {
    const events = [ev('talks', 0, ['z', 'us', 'taliban'], 120)];
    const layout = layoutLanes(events, ['taliban', 'us'], options());
    expect(lane(layout, 'us').items).toEqual([
      expect.objectContaining({ eventId: 'talks', lane: 'us', row: 0, primary: true, labelPx: 120 }),
    ]);
    expect(lane(layout, 'taliban').items).toEqual([
      expect.objectContaining({ eventId: 'talks', lane: 'taliban', row: 0, primary: false, labelPx: 0 }),
    ]);
  });

  it('ignores actors outside the lanes and skips events with none of them', () => {
    const events = [ev('a1', 0, ['a']), ev('z1', 0, ['z']), ev('az', 1, ['z', 'a', 'a'])];
    const layout = layoutLanes(events, ['a'], options());
    expect(layout.lanes).toHaveLength(1);
    expect(lane(layout, 'a').items.map((item) => item.eventId)).toEqual(['a1', 'az']);
    expect(layout.hiddenCount).toBe(0);
  });

  it('gives overlapping items the lowest free row and reuses a row once its last item has ended', () => {
    // At 10 px a day each item spans 10 + 6 + 50 + 8 = 74 px, i.e. 7.4 days.
    const events = [ev('p', 0, ['a']), ev('q', 1, ['a']), ev('r', 7, ['a']), ev('s', 8, ['a'])];
    const { items, rows } = lane(layoutLanes(events, ['a'], options()), 'a');
    expect(items.map((item) => [item.eventId, item.row])).toEqual([
      ['p', 0],
      ['q', 1],
      ['r', 2],
      ['s', 0],
    ]);
    expect(rows).toBe(3);
  });

  it('reserves at most maxLabelPx for a label', () => {
    const { items } = lane(layoutLanes([ev('long', 0, ['a'], 500)], ['a'], options({ maxLabelPx: 100 })), 'a');
    expect(items[0].labelPx).toBe(100);
    expect((items[0].x1Ms - items[0].x0Ms) * base.pxPerMs).toBeCloseTo(10 + 6 + 100 + 8, 9);
  });

  it('lets a range longer than its label occupy its own length plus the gap', () => {
    const { items } = lane(layoutLanes([ev('war', 0, ['a'], 50, 30)], ['a'], options()), 'a');
    expect(items[0].x1Ms).toBe(T0 + 30 * DAY + 8 / base.pxPerMs);
  });

  it('hides what does not fit and gathers nearby hidden events into one cluster', () => {
    // One row: p takes days 0–7.4; q and r are hidden; s is far away and fits.
    const events = [ev('p', 0, ['a']), ev('q', 1, ['a']), ev('r', 3, ['a']), ev('s', 30, ['a'])];
    const layout = layoutLanes(events, ['a'], options({ maxRows: 1 }));
    const { items, clusters } = lane(layout, 'a');
    expect(items.map((item) => item.eventId)).toEqual(['p', 's']);
    expect(clusters).toEqual([{ lane: 'a', startMs: T0 + DAY, endMs: expect.closeTo(T0 + 4 * DAY, 0), count: 2, eventIds: ['q', 'r'] }]);
    expect(layout.hiddenCount).toBe(2);
  });

  it('opens a new cluster only where its badge clears the previous one by the item gap', () => {
    // One row, a 40-day range first: everything after is hidden. Badge + gap = 42 px = 4.2 days.
    const events = [ev('war', 0, ['a'], 0, 40), ev('h1', 1, ['a']), ev('h2', 6, ['a']), ev('h3', 7, ['a']), ev('h4', 13, ['a'])];
    const { clusters } = lane(layoutLanes(events, ['a'], options({ maxRows: 1 })), 'a');
    // Reach is measured from each badge (the cluster's start): h2 at day 6 ≥ 1 + 4.2 opens a second cluster,
    // h3 at 7 < 6 + 4.2 joins it, h4 at 13 ≥ 6 + 4.2 opens a third.
    expect(clusters.map((c) => c.eventIds)).toEqual([['h1'], ['h2', 'h3'], ['h4']]);
  });

  it('spaces badges at least clusterSpacingPx apart, gathering what falls between into fewer badges', () => {
    // As above, with 100 px (10 days) between badge starts: h2 (day 6) and h3 (7) join h1's badge; h4 (13) opens one.
    const events = [ev('war', 0, ['a'], 0, 40), ev('h1', 1, ['a']), ev('h2', 6, ['a']), ev('h3', 7, ['a']), ev('h4', 13, ['a'])];
    const { clusters } = lane(layoutLanes(events, ['a'], options({ maxRows: 1, clusterSpacingPx: 100 })), 'a');
    expect(clusters.map((c) => c.eventIds)).toEqual([['h1', 'h2', 'h3'], ['h4']]);
    // Less than a badge and its gap changes nothing.
    const tight = lane(layoutLanes(events, ['a'], options({ maxRows: 1, clusterSpacingPx: 5 })), 'a');
    expect(tight.clusters.map((c) => c.eventIds)).toEqual([['h1'], ['h2', 'h3'], ['h4']]);
  });

  it('property: wider badge spacing never makes more badges, and places the same items', () => {
    fc.assert(
      fc.property(eventsArbitrary, lanesArbitrary, scaleArbitrary, rowsArbitrary, fc.integer({ min: 0, max: 300 }), (events, lanes, pxPerMs, maxRows, spacing) => {
        const narrow = options({ pxPerMs, maxRows });
        const wide = options({ pxPerMs, maxRows, clusterSpacingPx: spacing });
        const a = layoutLanes(events, lanes, narrow);
        const b = layoutLanes(events, lanes, wide);
        expect(problems(events, lanes, wide, b)).toEqual([]);
        expect(b.lanes.map((l) => l.items)).toEqual(a.lanes.map((l) => l.items));
        expect(b.hiddenCount).toBe(a.hiddenCount);
        for (const [i, laneLayout] of b.lanes.entries()) expect(laneLayout.clusters.length).toBeLessThanOrEqual(a.lanes[i].clusters.length);
      }),
      { numRuns: 200 },
    );
  });

  it('does not let a long hidden range pull later events into a badge drawn before them', () => {
    const events = [ev('p', 0, ['a']), ev('long', 1, ['a'], 1, 400), ev('late', 300, ['a'])];
    const { items, clusters } = lane(layoutLanes(events, ['a'], options({ maxRows: 1 })), 'a');
    expect(items.map((item) => item.eventId)).toEqual(['p', 'late']);
    expect(clusters.map((c) => c.eventIds)).toEqual([['long']]);
  });

  it('counts an event as hidden only when none of its lanes could place it', () => {
    // Lane a is full after p; q (a, b) is hidden in a but placed in b; r (a) is hidden everywhere.
    const events = [ev('p', 0, ['a']), ev('q', 1, ['a', 'b']), ev('r', 2, ['a'])];
    const layout = layoutLanes(events, ['a', 'b'], options({ maxRows: 1 }));
    expect(lane(layout, 'a').clusters.map((c) => c.eventIds)).toEqual([['q', 'r']]);
    expect(layout.hiddenCount).toBe(1);
  });

  it('labels an event in the next of its lanes when the first is full, never leaving it unlabelled', () => {
    const events = [ev('p', 0, ['a']), ev('q', 1, ['a', 'b'])];
    const layout = layoutLanes(events, ['a', 'b'], options({ maxRows: 1 }));
    expect(lane(layout, 'b').items.map((item) => [item.eventId, item.primary, item.labelPx])).toEqual([['q', true, 50]]);
    expect(lane(layout, 'a').clusters.map((c) => c.eventIds)).toEqual([['q']]);
  });

  it('hides an event in every lane when none has room, rather than draw it without a label', () => {
    const events = [ev('p', 0, ['a']), ev('s', 0, ['b']), ev('q', 1, ['a', 'b'])];
    const layout = layoutLanes(events, ['a', 'b'], options({ maxRows: 1 }));
    expect(layout.lanes.flatMap((l) => l.items.map((item) => item.eventId))).toEqual(['p', 's']);
    expect(layout.hiddenCount).toBe(1);
  });

  it('treats events that arrive out of order as if sorted', () => {
    const events = [ev('late', 20, ['a']), ev('early', 0, ['a']), ev('middle', 1, ['a'])];
    const sorted = sortChronologically(events);
    expect(layoutLanes(events, ['a'], options())).toEqual(layoutLanes(sorted, ['a'], options()));
  });

  it('returns the same layout for the same input and leaves the input alone', () => {
    fc.assert(
      fc.property(eventsArbitrary, lanesArbitrary, scaleArbitrary, (events, lanes, pxPerMs) => {
        const frozen = Object.freeze(events.map((e) => Object.freeze({ ...e, actors: Object.freeze([...e.actors]) as string[] })));
        const opts = options({ pxPerMs });
        expect(layoutLanes(frozen, lanes, opts)).toEqual(layoutLanes(frozen, lanes, opts));
      }),
      { numRuns: 50 },
    );
  });

  it('hides nothing at a large enough scale when no more than maxRows events of a lane overlap in time', () => {
    // Greedy first-fit is not monotone in zoom (see lib/layout.ts), so this is the property we can promise.
    fc.assert(
      fc.property(eventsArbitrary, lanesArbitrary, rowsArbitrary, (events, lanes, maxRows) => {
        // Whole days apart, and any item's px (≤ 10 + 6 + 220 + 8) shorter than a day at 1000 px a day.
        const opts = options({ pxPerMs: 1000 / DAY, maxRows });
        const layout = layoutLanes(events, lanes, opts);
        for (const laneId of lanes) {
          const inLane = events.filter((e) => e.actors.includes(laneId));
          // Largest number of events whose closed intervals [start, end] share an instant.
          const depth = Math.max(0, ...inLane.map((e) => inLane.filter((o) => o.startMs <= e.startMs && e.startMs <= o.endMs).length));
          if (depth <= maxRows) expect(lane(layout, laneId).clusters).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a scale or row count it cannot lay out at, and duplicate lanes', () => {
    expect(() => layoutLanes([], ['a'], options({ pxPerMs: 0 }))).toThrow(RangeError);
    expect(() => layoutLanes([], ['a'], options({ pxPerMs: Number.NaN }))).toThrow(RangeError);
    expect(() => layoutLanes([], ['a'], options({ maxRows: 0 }))).toThrow(RangeError);
    expect(() => layoutLanes([], ['a', 'a'], options())).toThrow(/listed twice/);
  });

  it('lays out 10,000 events across 8 lanes', () => {
    // A deterministic pseudo-random dataset (LCG), ~15% of events in two lanes.
    let seed = 42;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const lanes = ['l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7'];
    const events: TestEvent[] = [];
    for (let i = 0; i < 10_000; i++) {
      const actors = [lanes[Math.floor(random() * 8)]];
      if (random() < 0.15) actors.push(lanes[Math.floor(random() * 8)]);
      const days = random() < 0.1 ? 1 + Math.floor(random() * 300) : 1;
      events.push(ev(`e${i}`, Math.floor(random() * 365 * 30), actors, 40 + random() * 200, days));
    }
    const sorted = sortChronologically(events);
    const opts = options({ pxPerMs: quantizeScale(1200 / (365 * 30 * DAY)) });
    const layout = layoutLanes(sorted, lanes, opts);
    const instances = layout.lanes.reduce((sum, l) => sum + l.items.length + l.clusters.reduce((n, c) => n + c.count, 0), 0);
    expect(instances).toBe(sorted.reduce((sum, e) => sum + new Set(e.actors).size, 0));
    expect(layout.hiddenCount).toBeGreaterThan(0);
    expect(layout.hiddenCount).toBeLessThan(10_000);
  });
});

describe('layoutLanes with placeFirst', () => {
  it('places those events first, in time order, then the others in the gaps they leave', () => {
    // One row. In time order, p (day 0, 7.4 days long) hides q; with q placed first, p is the one hidden.
    const events = [ev('p', 0, ['a']), ev('q', 3, ['a']), ev('r', 20, ['a'])];
    const plain = lane(layoutLanes(events, ['a'], options({ maxRows: 1 })), 'a');
    expect(plain.items.map((item) => item.eventId)).toEqual(['p', 'r']);
    const first = lane(layoutLanes(events, ['a'], options({ maxRows: 1, placeFirst: new Set(['q']) })), 'a');
    expect(first.items.map((item) => item.eventId)).toEqual(['q', 'r']);
    expect(first.clusters.map((cluster) => cluster.eventIds)).toEqual([['p']]);
  });

  it('changes nothing where everything fits in time order alone', () => {
    const events = [ev('p', 0, ['a']), ev('q', 3, ['a']), ev('r', 20, ['a'])];
    expect(layoutLanes(events, ['a'], options({ placeFirst: new Set(['r', 'q']) }))).toEqual(layoutLanes(events, ['a'], options()));
  });

  it('keeps every invariant, whatever is placed first', () => {
    fc.assert(
      fc.property(eventsArbitrary, lanesArbitrary, scaleArbitrary, rowsArbitrary, fc.array(fc.integer({ min: 0, max: 59 })), (events, lanes, pxPerMs, maxRows, picks) => {
        const opts = options({ pxPerMs, maxRows, placeFirst: new Set(picks.map((i) => `e${i}`)) });
        expect(problems(events, lanes, opts, layoutLanes(events, lanes, opts))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('zooming with placeFirst', () => {
  const events: TestEvent[] = syntheticResolved(2000, 5).events.map(({ id, startMs, endMs, actors }, i) => ({ id, startMs, endMs, actors, label: 60 + (i % 7) * 20 }));
  const lanes = [...new Set(events.flatMap((event) => event.actors))];
  const chartOptions = options({ maxRows: 3, clusterSpacingPx: 80 });
  const labelled = (layout: Layout) => new Set(layout.lanes.flatMap((l) => l.items.filter((item) => item.primary).map((item) => item.eventId)));
  const span = Math.max(...events.map((e) => e.endMs)) - Math.min(...events.map((e) => e.startMs));

  it('keeps the labelled events, step after step, when each step places first what the last one labelled', () => {
    // In time order alone, a step that shortens a label lets an earlier hidden event in, whose label hides later ones.
    let pxPerMs = quantizeScale(1200 / span);
    let seeded = layoutLanes(events, lanes, { ...chartOptions, pxPerMs });
    let plain = seeded;
    const kept = { seeded: 1, plain: 1 };
    for (let step = 0; step < 16; step++) {
      pxPerMs = quantizeScale(pxPerMs * 1.2);
      const nextSeeded = layoutLanes(events, lanes, { ...chartOptions, pxPerMs, placeFirst: labelled(seeded) });
      const nextPlain = layoutLanes(events, lanes, { ...chartOptions, pxPerMs });
      const share = (before: Layout, after: Layout) => [...labelled(before)].filter((id) => labelled(after).has(id)).length / labelled(before).size;
      kept.seeded = Math.min(kept.seeded, share(seeded, nextSeeded));
      kept.plain = Math.min(kept.plain, share(plain, nextPlain));
      if (step % 5 === 0) expect(problems(events, lanes, { ...chartOptions, pxPerMs }, nextSeeded)).toEqual([]);
      seeded = nextSeeded;
      plain = nextPlain;
    }
    expect(kept.seeded).toBeGreaterThan(0.9);
    expect(kept.plain).toBeLessThan(0.5);
  });
});

describe('quantizeScale', () => {
  const scale = fc.double({ min: 1e-15, max: 1e3, noNaN: true, noDefaultInfinity: true });
  const steps = fc.integer({ min: 1, max: 16 });

  it('returns the largest step at or below the scale', () => {
    fc.assert(
      fc.property(scale, steps, (pxPerMs, stepsPerDoubling) => {
        const q = quantizeScale(pxPerMs, stepsPerDoubling);
        expect(q).toBeLessThanOrEqual(pxPerMs);
        expect(q * 2 ** (1 / stepsPerDoubling)).toBeGreaterThan(pxPerMs * (1 - 1e-12));
        // On the lattice 2^-40 · 2^(i / steps).
        const index = (Math.log2(q) + 40) * stepsPerDoubling;
        expect(Math.abs(index - Math.round(index))).toBeLessThan(1e-6);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(scale, steps, (pxPerMs, stepsPerDoubling) => {
        const q = quantizeScale(pxPerMs, stepsPerDoubling);
        expect(quantizeScale(q, stepsPerDoubling)).toBe(q);
      }),
    );
  });

  it('is monotone', () => {
    fc.assert(
      fc.property(scale, scale, (x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(quantizeScale(low)).toBeLessThanOrEqual(quantizeScale(high));
      }),
    );
  });

  it('keeps powers of two and defaults to four steps a doubling', () => {
    expect(quantizeScale(2 ** -30)).toBe(2 ** -30);
    expect(quantizeScale(1)).toBe(1);
    expect(quantizeScale(1.9)).toBe(2 ** 0.75);
    expect(quantizeScale(1.9, 1)).toBe(1);
  });

  it('rejects scales and step counts that have no step', () => {
    for (const bad of [0, -1, Number.NaN, Infinity]) expect(() => quantizeScale(bad)).toThrow(RangeError);
    expect(() => quantizeScale(1, 0)).toThrow(RangeError);
    expect(() => quantizeScale(1, 1.5)).toThrow(RangeError);
  });
});
