import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFilters, filtersFromViewState, isFiltering, lazySearchIndex, NO_FILTERS, searchIndex, type Filters } from '@/lib/filter';
import type { TimeWindow } from '@/lib/scale';
import { KINDS, STATUSES } from '@/lib/schema';
import { fold } from '@/lib/search';
import { afghanistan2020, buildTimeline, rawEvent, syntheticResolved } from '../fixtures/timelines';

// Fixed seed: property tests explore many inputs but run the same ones every time.
const PROPERTY_RUNS = { seed: 20200229, numRuns: 200 };

const timeline = afghanistan2020();
const index = searchIndex(timeline);
const ALL_IDS = timeline.events.map((event) => event.id);

const filters = (fields: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...fields });
const run = (fields: Partial<Filters>, window?: TimeWindow) => applyFilters(timeline, filters(fields), index, window);
const ids = (fields: Partial<Filters>, window?: TimeWindow) => run(fields, window).events.map((event) => event.id);
const nonZero = <K>(counts: Map<K, number>) => [...counts].filter(([, count]) => count > 0);

/** 22 February to 1 March 2020, both days included: the reduction in violence and the signing. */
const SIGNING_WEEK: TimeWindow = { from: Date.UTC(2020, 1, 22), to: Date.UTC(2020, 2, 2) };

describe('isFiltering', () => {
  it('is false with no filters', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('is false for settings that restrict nothing on their own: a blank query, match "all", highlight mode', () => {
    expect(isFiltering(filters({ q: '  \t ' }))).toBe(false);
    expect(isFiltering(filters({ match: 'all', mode: 'highlight' }))).toBe(false);
  });

  it.each<[string, Partial<Filters>]>([
    ['actors', { actors: ['us'] }],
    ['kinds', { kinds: ['agreement'] }],
    ['statuses', { statuses: ['planned'] }],
    ['text', { q: 'doha' }],
  ])('is true when filtering by %s', (_, fields) => {
    expect(isFiltering(filters(fields))).toBe(true);
  });
});

describe('searchIndex', () => {
  const small = buildTimeline({
    events: [
      rawEvent('talks', {
        title: 'Talks OPEN',
        summary: 'Delegates meet in Kābul.',
        place: 'Doha, Qatar',
        actors: ['afghan-government', 'taliban'],
        sources: [{ quote: 'A “smokescreen”, say sceptics.' }, { quote: 'Second Quote.' }],
      }),
      rawEvent('bare', { title: 'Bare event' }),
    ],
  });
  const smallIndex = searchIndex(small);

  it('holds one folded entry per event', () => {
    expect([...smallIndex.keys()]).toEqual(['talks', 'bare']);
    for (const text of smallIndex.values()) expect(fold(text)).toBe(text);
  });

  it('holds the title, summary, every quote, the place and the actor names', () => {
    const text = smallIndex.get('talks')!;
    for (const part of ['talks open', 'delegates meet in kabul.', '“smokescreen”', 'second quote.', 'doha, qatar', 'afghan government', 'taliban']) {
      expect(text).toContain(part);
    }
  });

  it('holds actor names, not ids', () => {
    expect(smallIndex.get('talks')).not.toContain('afghan-government');
    expect(smallIndex.get('bare')).toContain('united states');
  });

  it('indexes every event of the bundled dataset', () => {
    expect([...index.keys()].sort()).toEqual([...ALL_IDS].sort());
  });
});

describe('lazySearchIndex', () => {
  it('reads the timeline only on the first lookup, and then gives what searchIndex gives', () => {
    let reads = 0;
    const counted = {
      actors: timeline.actors,
      get events() {
        reads++;
        return timeline.events;
      },
    };
    const lazy = lazySearchIndex(counted);
    expect(applyFilters(timeline, NO_FILTERS, lazy)).toEqual(run({}));
    expect(reads).toBe(0);
    for (const id of ALL_IDS) expect(lazy.get(id)).toBe(index.get(id));
    expect(lazy.get('no-such-event')).toBeUndefined();
    expect(reads).toBe(1);
  });

  it('filters by text as searchIndex does', () => {
    const lazy = lazySearchIndex(timeline);
    for (const q of ['doha', 'KĀBUL taliban', 'zzz']) expect(applyFilters(timeline, filters({ q }), lazy)).toEqual(run({ q }));
  });
});

describe('applyFilters on data/afghanistan-2020.json', () => {
  it('keeps every event, in chronological order, when nothing is filtered', () => {
    const result = run({});
    expect(result.events).toEqual(timeline.events);
    expect([...result.matching]).toEqual(ALL_IDS);
    expect([...result.inAnyWindow]).toEqual(ALL_IDS);
    const starts = result.events.map((event) => event.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  describe('actors', () => {
    it('with match "any" keeps events involving either actor', () => {
      const result = run({ actors: ['us', 'taliban'], match: 'any' });
      expect(result.events).toHaveLength(20);
      for (const event of result.events) expect(event.actors.includes('us') || event.actors.includes('taliban')).toBe(true);
      // Events of neither actor are left out, whoever else they involve.
      expect(result.matching.has('post-2001-foreign-aid')).toBe(false);
      expect(result.matching.has('critics-react-to-agreement')).toBe(false);
    });

    it('with match "all" keeps only events involving both actors', () => {
      expect(ids({ actors: ['us', 'taliban'], match: 'all' })).toEqual([
        'panjwai-valley-battlefield',
        'taliban-test-political-options',
        'us-accedes-to-taliban-sequencing',
        'us-taliban-negotiations',
        'record-us-airstrikes',
        'reduction-in-violence',
        'us-taliban-agreement',
        'us-airstrike-protects-government-forces',
      ]);
    });

    it('does not depend on the order the actors are given in', () => {
      expect(ids({ actors: ['taliban', 'us'], match: 'all' })).toEqual(ids({ actors: ['us', 'taliban'], match: 'all' }));
      expect(ids({ actors: ['taliban', 'us'] })).toEqual(ids({ actors: ['us', 'taliban'] }));
    });

    it('means the same with "any" and "all" for a single actor', () => {
      expect(ids({ actors: ['iskp'], match: 'all' })).toEqual(['taliban-iskp-battles-rise', 'iskp-kabul-complex-attacks']);
      expect(ids({ actors: ['iskp'], match: 'any' })).toEqual(['taliban-iskp-battles-rise', 'iskp-kabul-complex-attacks']);
    });

    it('finds nothing for "all" of actors who never appear together', () => {
      expect(ids({ actors: ['crisis-group', 'iskp'], match: 'all' })).toEqual([]);
      expect(ids({ actors: ['crisis-group', 'iskp'], match: 'any' })).toHaveLength(3);
    });

    it('counts actors the same for "any" and "all": the actor chips ignore the actor selection', () => {
      const any = run({ actors: ['us', 'taliban'], match: 'any' });
      const all = run({ actors: ['us', 'taliban'], match: 'all' });
      expect(all.counts.actors).toEqual(any.counts.actors);
      expect(all.counts.actors).toEqual(run({}).counts.actors);
      expect(all.counts.actors.get('taliban')).toBe(16);
      expect(all.counts.actors.get('us')).toBe(12);
    });

    it('counts kinds and statuses among the events the actor selection keeps', () => {
      const all = run({ actors: ['us', 'taliban'], match: 'all' });
      expect(nonZero(all.counts.kinds)).toEqual([
        ['agreement', 1],
        ['negotiation', 3],
        ['ceasefire', 1],
        ['military', 3],
      ]);
      expect(nonZero(all.counts.statuses)).toEqual([['occurred', 8]]);
      const any = run({ actors: ['us', 'taliban'], match: 'any' });
      expect(nonZero(any.counts.kinds)).toEqual([
        ['agreement', 1],
        ['negotiation', 5],
        ['violence', 2],
        ['ceasefire', 1],
        ['withdrawal', 1],
        ['statement', 3],
        ['military', 5],
        ['political', 2],
      ]);
    });
  });

  describe('kinds and statuses', () => {
    it('keeps events of any selected kind', () => {
      expect(ids({ kinds: ['agreement', 'ceasefire'] })).toEqual(['reduction-in-violence', 'us-taliban-agreement']);
    });

    it('keeps events of any selected status', () => {
      expect(ids({ statuses: ['planned'] })).toEqual(['us-withdrawal', 'intra-afghan-negotiations']);
      expect(ids({ statuses: ['expected', 'cancelled'] })).toEqual([]);
    });

    it('combines kinds, statuses and actors: an event must pass each', () => {
      expect(ids({ kinds: ['negotiation'], statuses: ['planned'] })).toEqual(['intra-afghan-negotiations']);
      expect(ids({ kinds: ['negotiation'], statuses: ['planned'], actors: ['us'] })).toEqual([]);
    });
  });

  describe('text', () => {
    it('finds an event by a word only its quotes hold', () => {
      expect(ids({ q: 'hammered' })).toEqual(['us-taliban-agreement']);
      expect(ids({ q: 'interlocutors' })).toEqual(['us-taliban-negotiations']);
      expect(ids({ q: 'smokescreen' })).toEqual(['taliban-doha-office-prepares-talks']);
    });

    it('finds events by title, summary, place and actor name', () => {
      expect(ids({ q: 'contested' })).toEqual(['prisoner-exchange-dispute']);
      expect(ids({ q: 'birthplace' })).toEqual(['panjwai-valley-battlefield']);
      expect(ids({ q: 'Kandahar' })).toEqual(['panjwai-valley-battlefield']);
      // "Khorasan" is only in the name of the actor "iskp".
      expect(ids({ q: 'Khorasan' })).toEqual(ids({ actors: ['iskp'] }));
    });

    it('ignores case and diacritics', () => {
      const doha = ['us-taliban-agreement', 'taliban-doha-office-prepares-talks'];
      for (const q of ['doha', 'DOHA', 'Doha', 'Dōhá', 'DO\u0301HA']) expect(ids({ q })).toEqual(doha);
      expect(ids({ q: 'Kābul' })).toEqual(ids({ q: 'kabul' }));
      expect(ids({ q: 'Kābul' })).toContain('iskp-kabul-complex-attacks');
    });

    it('needs every word of the query', () => {
      expect(ids({ q: 'doha smokescreen' })).toEqual(['taliban-doha-office-prepares-talks']);
      expect(ids({ q: 'doha  hammered' })).toEqual(['us-taliban-agreement']);
      expect(ids({ q: 'doha kandahar' })).toEqual([]);
    });

    it('matches parts of words', () => {
      expect(ids({ q: 'smokescr' })).toEqual(['taliban-doha-office-prepares-talks']);
    });

    it('does not filter for a blank query', () => {
      expect(ids({ q: '  ' })).toEqual(ALL_IDS);
    });

    it('finds nothing for a word the dataset does not hold', () => {
      expect(ids({ q: 'Panmunjom' })).toEqual([]);
    });
  });

  describe('date window', () => {
    it('keeps the events overlapping 22 February to 1 March 2020', () => {
      expect(ids({}, SIGNING_WEEK)).toEqual([
        'decade-of-peace-efforts',
        'us-taliban-negotiations',
        'record-us-airstrikes',
        'reduction-in-violence',
        'us-taliban-agreement',
        'us-withdrawal',
        // Dated "2020-03": the month overlaps 1 March.
        'taliban-attacks-resume',
        'us-airstrike-protects-government-forces',
        'taliban-claim-victory',
        'critics-react-to-agreement',
        'prisoner-exchange-dispute',
        'taliban-doha-office-prepares-talks',
        'us-officials-contradictory-statements',
        'taliban-not-denouncing-al-qaeda',
        'suspicions-of-taliban-intentions',
      ]);
    });

    it('treats the window and events as half-open: touching is not overlapping', () => {
      // The window ends as 1 March begins, so March events are out.
      expect(ids({}, { from: Date.UTC(2020, 1, 22), to: Date.UTC(2020, 2, 1) })).toEqual([
        'decade-of-peace-efforts',
        'us-taliban-negotiations',
        'record-us-airstrikes',
        'reduction-in-violence',
        'us-taliban-agreement',
        'us-withdrawal',
      ]);
      // The signing (29 February) ends as 1 March begins, so a window from 1 March leaves it out.
      const march = ids({}, { from: Date.UTC(2020, 2, 1), to: Date.UTC(2020, 2, 2) });
      expect(march).not.toContain('us-taliban-agreement');
      expect(march).not.toContain('reduction-in-violence');
      expect(march).toContain('taliban-attacks-resume');
    });

    it('combines with the other filters', () => {
      expect(ids({ actors: ['us', 'taliban'], match: 'all' }, SIGNING_WEEK)).toEqual([
        'us-taliban-negotiations',
        'record-us-airstrikes',
        'reduction-in-violence',
        'us-taliban-agreement',
        'us-airstrike-protects-government-forces',
      ]);
      expect(ids({ q: 'doha' }, SIGNING_WEEK)).toEqual(['us-taliban-agreement', 'taliban-doha-office-prepares-talks']);
    });

    it('lists in inAnyWindow the events that pass every filter but the window', () => {
      const result = run({ actors: ['critics'] }, { from: Date.UTC(2020, 1, 22), to: Date.UTC(2020, 2, 1) });
      expect(result.events).toEqual([]);
      expect(result.matching.size).toBe(0);
      expect([...result.inAnyWindow]).toEqual(['critics-react-to-agreement', 'suspicions-of-taliban-intentions']);
    });

    it('counts every facet within the window', () => {
      const { counts } = run({}, SIGNING_WEEK);
      expect(nonZero(counts.kinds)).toEqual([
        ['agreement', 1],
        ['negotiation', 2],
        ['violence', 1],
        ['ceasefire', 1],
        ['withdrawal', 1],
        ['statement', 5],
        ['military', 2],
        ['political', 2],
      ]);
      expect(nonZero(counts.statuses)).toEqual([
        ['occurred', 12],
        ['ongoing', 2],
        ['planned', 1],
      ]);
      expect(counts.actors.get('iskp') ?? 0).toBe(0);
      expect(counts.actors.get('critics')).toBe(2);
    });
  });

  describe('faceted counts', () => {
    it('maps every kind and status, zero counts included, in schema order', () => {
      const { counts } = run({ q: 'Panmunjom' });
      expect([...counts.kinds]).toEqual(KINDS.map((kind) => [kind, 0]));
      expect([...counts.statuses]).toEqual(STATUSES.map((status) => [status, 0]));
      expect(counts.actors.size).toBe(0);
    });

    it("ignores each facet's own selection but applies the others", () => {
      const selected = run({ kinds: ['agreement'], statuses: ['planned'] });
      expect(selected.events).toEqual([]);
      // The kind chips count the planned events by kind; the status chips count agreements by status.
      expect(nonZero(selected.counts.kinds)).toEqual([
        ['negotiation', 1],
        ['withdrawal', 1],
      ]);
      expect(nonZero(selected.counts.statuses)).toEqual([['occurred', 1]]);
      expect(nonZero(selected.counts.actors)).toEqual([]);
    });

    it('leaves the counts of a facet unchanged by selecting within it', () => {
      expect(run({ kinds: ['violence'] }).counts.kinds).toEqual(run({}).counts.kinds);
      expect(run({ statuses: ['ongoing'] }).counts.statuses).toEqual(run({}).counts.statuses);
      expect(run({ actors: ['nato'] }).counts.actors).toEqual(run({}).counts.actors);
    });

    it('counts the text query in every facet', () => {
      const { counts } = run({ q: 'doha' });
      expect(nonZero(counts.kinds)).toEqual([
        ['agreement', 1],
        ['political', 1],
      ]);
      expect(nonZero(counts.statuses)).toEqual([
        ['occurred', 1],
        ['ongoing', 1],
      ]);
      expect([...counts.actors]).toEqual([
        ['us', 1],
        ['taliban', 2],
      ]);
    });
  });

  describe('on arbitrary filters', () => {
    const actorIds = timeline.actors.map((actor) => actor.id);
    const WORDS = ['doha', 'DOHA', 'taliban', 'kābul', 'agreement', 'violence', 'smokescreen', 'u.s.', 'peace', 'zzz', 'a'];
    const day = fc.integer({ min: Date.UTC(2019, 0, 1) / 86_400_000, max: Date.UTC(2020, 5, 1) / 86_400_000 });
    const arbitraryWindow = fc.option(
      fc.tuple(day, fc.integer({ min: 1, max: 120 })).map(([start, days]) => ({ from: start * 86_400_000, to: (start + days) * 86_400_000 })),
      { nil: undefined },
    );
    const arbitraryFilters: fc.Arbitrary<Filters> = fc.record({
      actors: fc.subarray(actorIds),
      match: fc.constantFrom('any' as const, 'all' as const),
      kinds: fc.subarray([...KINDS]),
      statuses: fc.subarray([...STATUSES]),
      q: fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }).map((words) => words.join(' ')),
      mode: fc.constantFrom('hide' as const, 'highlight' as const),
    });

    it('keeps exactly the events that pass every filter on its own', () => {
      fc.assert(
        fc.property(arbitraryFilters, arbitraryWindow, (chosen, window) => {
          const result = applyFilters(timeline, chosen, index, window);
          const alone = [
            applyFilters(timeline, { ...NO_FILTERS, actors: chosen.actors, match: chosen.match }, index),
            applyFilters(timeline, { ...NO_FILTERS, kinds: chosen.kinds }, index),
            applyFilters(timeline, { ...NO_FILTERS, statuses: chosen.statuses }, index),
            applyFilters(timeline, { ...NO_FILTERS, q: chosen.q }, index),
            applyFilters(timeline, NO_FILTERS, index, window),
          ];
          const expected = ALL_IDS.filter((id) => alone.every((each) => each.matching.has(id)));
          expect(result.events.map((event) => event.id)).toEqual(expected);
          expect([...result.matching]).toEqual(expected);
          const withoutWindow = ALL_IDS.filter((id) => alone.slice(0, 4).every((each) => each.matching.has(id)));
          expect([...result.inAnyWindow]).toEqual(withoutWindow);
        }),
        PROPERTY_RUNS,
      );
    });

    it("counts each facet as the events matching with that facet's selection cleared", () => {
      fc.assert(
        fc.property(arbitraryFilters, arbitraryWindow, (chosen, window) => {
          const { counts } = applyFilters(timeline, chosen, index, window);
          const tally = (events: typeof timeline.events, key: (event: (typeof timeline.events)[number]) => string[]) => {
            const tallied = new Map<string, number>();
            for (const event of events) for (const value of key(event)) tallied.set(value, (tallied.get(value) ?? 0) + 1);
            return tallied;
          };
          const byKind = tally(applyFilters(timeline, { ...chosen, kinds: [] }, index, window).events, (event) => [event.kind]);
          const byStatus = tally(applyFilters(timeline, { ...chosen, statuses: [] }, index, window).events, (event) => [event.status]);
          const byActor = tally(applyFilters(timeline, { ...chosen, actors: [] }, index, window).events, (event) => event.actors);
          for (const kind of KINDS) expect(counts.kinds.get(kind)).toBe(byKind.get(kind) ?? 0);
          for (const status of STATUSES) expect(counts.statuses.get(status)).toBe(byStatus.get(status) ?? 0);
          for (const actor of actorIds) expect(counts.actors.get(actor) ?? 0).toBe(byActor.get(actor) ?? 0);
        }),
        PROPERTY_RUNS,
      );
    });

    it('keeps no more with "all" than with "any", and no more with an extra word', () => {
      fc.assert(
        fc.property(arbitraryFilters, fc.constantFrom(...WORDS), (chosen, word) => {
          const all = applyFilters(timeline, { ...chosen, match: 'all' }, index).matching;
          const any = applyFilters(timeline, { ...chosen, match: 'any' }, index).matching;
          for (const id of all) expect(any.has(id)).toBe(true);
          const narrower = applyFilters(timeline, { ...chosen, q: `${chosen.q} ${word}` }, index).matching;
          const wider = applyFilters(timeline, chosen, index).matching;
          for (const id of narrower) expect(wider.has(id)).toBe(true);
        }),
        PROPERTY_RUNS,
      );
    });

    it('does not depend on the display mode', () => {
      fc.assert(
        fc.property(arbitraryFilters, arbitraryWindow, (chosen, window) => {
          const hide = applyFilters(timeline, { ...chosen, mode: 'hide' }, index, window);
          expect(applyFilters(timeline, { ...chosen, mode: 'highlight' }, index, window)).toEqual(hide);
        }),
        PROPERTY_RUNS,
      );
    });
  });
});

describe('applyFilters on a small timeline', () => {
  it('counts an actor once per event even when the event lists it twice', () => {
    // The schema does not forbid repeats; the count is of events, not mentions.
    const small = buildTimeline({ events: [rawEvent('a', { actors: ['us', 'us', 'taliban'] }), rawEvent('b', { actors: ['taliban'] })] });
    const { counts } = applyFilters(small, NO_FILTERS, searchIndex(small));
    expect(counts.actors.get('us')).toBe(1);
    expect(counts.actors.get('taliban')).toBe(2);
  });

  it('keeps an event without an index entry only when there is no text query', () => {
    const small = buildTimeline({ events: [rawEvent('a', { title: 'Doha' })] });
    expect(applyFilters(small, NO_FILTERS, new Map()).events).toHaveLength(1);
    expect(applyFilters(small, filters({ q: 'doha' }), new Map()).events).toHaveLength(0);
  });

  it('keeps an event of a year for a window of one of its days', () => {
    const small = buildTimeline({ events: [rawEvent('year', { start: '2019' }), rawEvent('day', { start: '2020-02-29' })] });
    const window = { from: Date.UTC(2019, 11, 31), to: Date.UTC(2020, 0, 1) };
    expect(applyFilters(small, NO_FILTERS, searchIndex(small), window).events.map((event) => event.id)).toEqual(['year']);
  });
});

describe('applyFilters with nothing to filter', () => {
  // A window that every event overlaps sends the same question down the general, per-event path.
  const EVERYTHING: TimeWindow = { from: -Infinity, to: Infinity };
  const arbitraryTimeline = fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer()).map(([n, seed]) => syntheticResolved(n, seed)),
    // Actors listed twice, and every kind and status: what the generator never writes.
    fc
      .array(fc.record({ actors: fc.array(fc.constantFrom('us', 'taliban', 'afghan-government'), { minLength: 1, maxLength: 4 }), kind: fc.constantFrom(...KINDS), status: fc.constantFrom(...STATUSES) }), { minLength: 1, maxLength: 30 })
      .map((events) => buildTimeline({ events: events.map((fields, i) => rawEvent(`e${i}`, fields)) })),
  );

  it('gives what the per-event path gives: every event, in both sets, with exact counts', () => {
    fc.assert(
      fc.property(arbitraryTimeline, fc.constantFrom<Partial<Filters>>({}, { q: ' ' }, { match: 'all', mode: 'highlight' }), (chosen, fields) => {
        const index = searchIndex(chosen);
        const fast = applyFilters(chosen, filters(fields), index);
        expect(fast).toEqual(applyFilters(chosen, filters(fields), index, EVERYTHING));
        expect(fast.events).not.toBe(chosen.events);
      }),
      { ...PROPERTY_RUNS, numRuns: 60 },
    );
  });
});

describe('filtersFromViewState', () => {
  it('fills in what the URL leaves out', () => {
    expect(filtersFromViewState({})).toEqual(NO_FILTERS);
  });
  it('keeps what the URL says', () => {
    expect(filtersFromViewState({ actors: ['us'], match: 'all', kinds: ['agreement'], statuses: ['planned'], q: 'doha', mode: 'highlight' })).toEqual({
      actors: ['us'],
      match: 'all',
      kinds: ['agreement'],
      statuses: ['planned'],
      q: 'doha',
      mode: 'highlight',
    });
  });
});
