import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_YEAR, MIN_YEAR, utcMs } from '@/lib/dates';
import { KINDS, STATUSES } from '@/lib/schema';
import { dayString, parseViewState, serializeViewState, unknownValues, withPageParams, type ViewState } from '@/lib/view-state';
import { afghanistan2020 } from '../fixtures/timelines';

// Fixed seed: property tests explore many inputs but run the same ones every time.
const PROPERTY_RUNS = { seed: 20200229, numRuns: 300 };

const DAY = 86_400_000;
const EVENT_IDS = ['us-taliban-agreement', 'reduction-in-violence', 'a'];
const context = { eventIds: new Set(EVENT_IDS) };
const parse = (query: string | URLSearchParams) => parseViewState(query, context);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** What a view state means once written to a URL: a window needs both ends; defaults are left out. */
function normalise(state: ViewState): ViewState {
  return {
    ...(state.from !== undefined && state.to !== undefined && { from: state.from, to: state.to }),
    ...(state.event && { event: state.event }),
    ...(state.view === 'list' && { view: 'list' as const }),
    ...(state.links === false && { links: false }),
  };
}

/** Every parameter a query string holds, by name, each once. */
const keysOf = (query: string) => [...new Set(new URLSearchParams(query).keys())];

describe('parseViewState', () => {
  it('reads a full query string', () => {
    expect(parse('?from=2020-02-01&to=2020-04-01&event=us-taliban-agreement&view=list&links=0')).toEqual({
      state: {
        from: Date.UTC(2020, 1, 1),
        to: Date.UTC(2020, 3, 2),
        event: 'us-taliban-agreement',
        view: 'list',
        links: false,
      },
      ignored: [],
    });
  });

  it('reads the same state with or without the leading "?", and from URLSearchParams', () => {
    const query = 'from=2020-02-01&to=2020-04-01&event=a&view=list&links=0';
    expect(parse(`?${query}`)).toEqual(parse(query));
    expect(parse(new URLSearchParams(query))).toEqual(parse(query));
  });

  it('returns an empty state for an empty query', () => {
    expect(parse('')).toEqual({ state: {}, ignored: [] });
    expect(parse('?')).toEqual({ state: {}, ignored: [] });
  });

  it('reads view=chart and links=1 as well as their opposites', () => {
    expect(parse('view=chart&links=1').state).toEqual({ view: 'chart', links: true });
    expect(parse('view=list&links=0').state).toEqual({ view: 'list', links: false });
  });

  describe('from and to', () => {
    it('starts `from` at the first instant of its day, month or year', () => {
      expect(iso(parse('from=2020-02-29').state.from)).toBe('2020-02-29T00:00:00.000Z');
      expect(iso(parse('from=2020-02').state.from)).toBe('2020-02-01T00:00:00.000Z');
      expect(iso(parse('from=2020').state.from)).toBe('2020-01-01T00:00:00.000Z');
    });

    it('counts `to` to the end of its day, month or year', () => {
      expect(iso(parse('to=2020-02-29').state.to)).toBe('2020-03-01T00:00:00.000Z');
      expect(iso(parse('to=2020-02').state.to)).toBe('2020-03-01T00:00:00.000Z');
      expect(iso(parse('to=2019-02').state.to)).toBe('2019-03-01T00:00:00.000Z');
      expect(iso(parse('to=2020-12-31').state.to)).toBe('2021-01-01T00:00:00.000Z');
      expect(iso(parse('to=2020').state.to)).toBe('2021-01-01T00:00:00.000Z');
    });

    it('accepts a window of a single day, month or year', () => {
      expect(parse('from=2020-02-29&to=2020-02-29').state).toEqual({ from: Date.UTC(2020, 1, 29), to: Date.UTC(2020, 2, 1) });
      expect(parse('from=2020-02&to=2020-02').state).toEqual({ from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 2, 1) });
      expect(parse('from=2020&to=2020').state).toEqual({ from: Date.UTC(2020, 0, 1), to: Date.UTC(2021, 0, 1) });
    });

    it('mixes precisions', () => {
      expect(parse('from=2019&to=2020-02-29').state).toEqual({ from: Date.UTC(2019, 0, 1), to: Date.UTC(2020, 2, 1) });
    });

    it('keeps one end when only one is given', () => {
      expect(parse('from=2020-02-01')).toEqual({ state: { from: Date.UTC(2020, 1, 1) }, ignored: [] });
      expect(parse('to=2020-02-01')).toEqual({ state: { to: Date.UTC(2020, 1, 2) }, ignored: [] });
    });

    it('drops both ends when `from` is not before `to`', () => {
      expect(parse('from=2020-04-01&to=2020-02-01')).toEqual({ state: {}, ignored: ['from', 'to'] });
      // `to` 29 Feb ends at the instant 1 March begins: an empty window.
      expect(parse('from=2020-03-01&to=2020-02-29')).toEqual({ state: {}, ignored: ['from', 'to'] });
      expect(parse('from=2020-03&to=2020-02')).toEqual({ state: {}, ignored: ['from', 'to'] });
    });

    it('keeps the other parameters when it drops the window', () => {
      expect(parse('from=2021&to=2020&event=a&view=list')).toEqual({ state: { event: 'a', view: 'list' }, ignored: ['from', 'to'] });
    });

    it('reads BCE dates', () => {
      expect(parse('from=-0044-03-15&to=-0044-03-15').state).toEqual({ from: utcMs(-44, 3, 15), to: utcMs(-44, 3, 16) });
      expect(parse('from=-0100&to=-0044').state).toEqual({ from: utcMs(-100, 1, 1), to: utcMs(-43, 1, 1) });
      // 1 BCE is followed by 1 CE: there is no year 0.
      expect(parse('from=-0001&to=0001').state).toEqual({ from: utcMs(-1, 1, 1), to: utcMs(2, 1, 1) });
    });

    it('reads a date with spaces around it', () => {
      expect(parse('from=%202020-02-01%20&to=+2020-02-03+').state).toEqual({ from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 1, 4) });
    });

    it.each([
      ['a day that does not exist', 'to=2020-02-30'],
      ['29 February in a common year', 'to=2019-02-29'],
      ['month 13', 'to=2020-13'],
      ['month 00', 'to=2020-00'],
      ['year 0', 'to=0000'],
      ['a five-digit year', 'to=10000'],
      ['a padded year', 'to=02020'],
      ['a two-digit year', 'to=20'],
      ['unpadded month and day', 'to=2020-2-1'],
      ['a time of day', 'to=2020-02-01T00:00'],
      ['a slash-separated date', 'to=2020/02/01'],
      ['text', 'to=yesterday'],
      ['an empty value', 'to='],
      ['a bare name', 'to'],
    ])('ignores `to` holding %s and never throws', (_, query) => {
      expect(parse(query)).toEqual({ state: {}, ignored: ['to'] });
      expect(parse(query.replace('to', 'from'))).toEqual({ state: {}, ignored: ['from'] });
    });

    it('keeps a valid end when the other is malformed', () => {
      expect(parse('from=2020-02-01&to=2020-02-30')).toEqual({ state: { from: Date.UTC(2020, 1, 1) }, ignored: ['to'] });
      expect(parse('from=nope&to=2020-02-29')).toEqual({ state: { to: Date.UTC(2020, 2, 1) }, ignored: ['from'] });
    });

    it('reads the first of repeated parameters', () => {
      expect(parse('from=2020-02-01&from=2020-03-01&to=2020-04-01').state).toEqual({ from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 3, 2) });
    });
  });

  describe('event', () => {
    it('selects a known event', () => {
      expect(parse('event=reduction-in-violence')).toEqual({ state: { event: 'reduction-in-violence' }, ignored: [] });
    });

    it.each(['nope', '', 'A', 'us-taliban-agreement ', '__proto__', 'constructor', 'toString'])(
      'ignores the unknown event id %j',
      (id) => {
        expect(parse(`event=${encodeURIComponent(id)}`)).toEqual({ state: {}, ignored: ['event'] });
      },
    );

    it('ignores every event id when the timeline has none', () => {
      expect(parseViewState('event=a', { eventIds: new Set() })).toEqual({ state: {}, ignored: ['event'] });
    });
  });

  describe('view and links', () => {
    it.each(['LIST', 'Chart', 'table', '', 'list '])('ignores view=%j', (value) => {
      expect(parse(`view=${encodeURIComponent(value)}`)).toEqual({ state: {}, ignored: ['view'] });
    });

    it.each(['true', 'false', 'yes', '', '01', '2', ' 1'])('ignores links=%j', (value) => {
      expect(parse(`links=${encodeURIComponent(value)}`)).toEqual({ state: {}, ignored: ['links'] });
    });
  });

  describe('unknown parameters', () => {
    it('lists unknown parameters, each once, in the order they appear', () => {
      expect(parse('utm_source=x&foo=1&foo=2&bar&from=2020')).toEqual({ state: { from: Date.UTC(2020, 0, 1) }, ignored: ['utm_source', 'foo', 'bar'] });
    });

    it('treats parameter names as case-sensitive', () => {
      expect(parse('FROM=2020&View=list')).toEqual({ state: {}, ignored: ['FROM', 'View'] });
    });

    it('lists every problem at once, without repeats', () => {
      const { state, ignored } = parse('x=1&from=2020-02-30&to=2020-02-31&event=nope&view=grid&links=maybe&x=2');
      expect(state).toEqual({});
      expect(ignored).toEqual(['x', 'from', 'to', 'event', 'view', 'links']);
    });
  });

  describe('on arbitrary input', () => {
    /** Checks what holds for every query: no throw, a valid window, and each parameter either used or ignored. */
    const holdsFor = (query: string) => {
      const { state, ignored } = parse(query);
      if (state.from !== undefined && state.to !== undefined && !(state.from < state.to)) return false;
      if (new Set(ignored).size !== ignored.length) return false;
      const keys = keysOf(query);
      if (!ignored.every((key) => keys.includes(key))) return false;
      const used = Object.keys(state);
      if (used.some((key) => ignored.includes(key) || !keys.includes(key))) return false;
      return keys.every((key) => used.includes(key) || ignored.includes(key));
    };

    it('never throws on any string', () => {
      fc.assert(fc.property(fc.string({ maxLength: 80 }), holdsFor), PROPERTY_RUNS);
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), holdsFor), PROPERTY_RUNS);
    });

    it('never throws on web query strings', () => {
      fc.assert(fc.property(fc.webQueryParameters(), holdsFor), PROPERTY_RUNS);
    });

    it('never throws on malformed percent-encoding', () => {
      for (const query of ['from=%', 'from=%E0%A4%A', 'event=%FF', '%%%=%%', 'to=%C0%AF', '&&&=&=']) expect(holdsFor(query)).toBe(true);
    });

    it('accounts for every parameter of plausible-looking queries', () => {
      const value = fc.oneof(
        fc.constantFrom('2020', '2020-02', '2020-02-29', '2019-02-29', '-0044-03-15', '0000', '2020-13', 'list', 'chart', '0', '1', 'a', ''),
        fc.string({ maxLength: 12 }),
      );
      const key = fc.oneof(fc.constantFrom('from', 'to', 'event', 'view', 'links'), fc.string({ maxLength: 6 }));
      const query = fc
        .array(fc.tuple(key, value), { maxLength: 8 })
        .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
      fc.assert(fc.property(query, holdsFor), PROPERTY_RUNS);
    });
  });
});

describe('dayString', () => {
  it('writes the UTC day an instant falls in', () => {
    expect(dayString(Date.UTC(2020, 1, 1))).toBe('2020-02-01');
    expect(dayString(Date.UTC(2020, 1, 29, 23, 59, 59, 999))).toBe('2020-02-29');
    expect(dayString(Date.UTC(2020, 2, 1) - 1)).toBe('2020-02-29');
  });

  it('writes BCE days and the first years of the era with four digits', () => {
    expect(dayString(utcMs(-44, 3, 15))).toBe('-0044-03-15');
    expect(dayString(utcMs(-1, 12, 31))).toBe('-0001-12-31');
    expect(dayString(utcMs(1, 1, 1))).toBe('0001-01-01');
    expect(dayString(utcMs(99, 7, 4) + 12 * 3_600_000)).toBe('0099-07-04');
  });
});

describe('serializeViewState', () => {
  it('writes a full state in a stable order: from, to, event, view, links', () => {
    const state: ViewState = { from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 3, 2), event: 'a', view: 'list', links: false };
    const expected = 'from=2020-02-01&to=2020-04-01&event=a&view=list&links=0';
    expect(serializeViewState(state)).toBe(expected);
    // Key order in the object does not matter.
    expect(serializeViewState({ links: false, view: 'list', event: 'a', to: state.to, from: state.from })).toBe(expected);
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState({})).toBe('');
    expect(serializeViewState({ view: 'chart', links: true })).toBe('');
    expect(serializeViewState({ event: '' })).toBe('');
  });

  it('writes the window only when it has both ends', () => {
    expect(serializeViewState({ from: Date.UTC(2020, 1, 1), view: 'list' })).toBe('view=list');
    expect(serializeViewState({ to: Date.UTC(2020, 1, 1), links: false })).toBe('links=0');
  });

  it('names the day the window ends in', () => {
    // A window ending at midnight ends on the day before.
    expect(serializeViewState({ from: Date.UTC(2020, 1, 29), to: Date.UTC(2020, 2, 1) })).toBe('from=2020-02-29&to=2020-02-29');
    expect(serializeViewState({ from: Date.UTC(2020, 1, 29), to: Date.UTC(2020, 2, 1, 0, 0, 0, 1) })).toBe('from=2020-02-29&to=2020-03-01');
  });

  it('widens a window to whole days', () => {
    const query = serializeViewState({ from: Date.UTC(2020, 1, 1, 12), to: Date.UTC(2020, 3, 1, 12) });
    expect(query).toBe('from=2020-02-01&to=2020-04-01');
    expect(parse(query).state).toEqual({ from: Date.UTC(2020, 1, 1), to: Date.UTC(2020, 3, 2) });
  });

  it('writes BCE windows', () => {
    expect(serializeViewState({ from: utcMs(-44, 3, 15), to: utcMs(-44, 3, 16) })).toBe('from=-0044-03-15&to=-0044-03-15');
  });

  it('encodes what it writes', () => {
    expect(serializeViewState({ event: 'a&b=c d' })).toBe('event=a%26b%3Dc+d');
  });
});

describe('parseViewState(serializeViewState(state))', () => {
  const firstDay = utcMs(MIN_YEAR, 1, 1) / DAY;
  const lastDay = utcMs(MAX_YEAR, 12, 31) / DAY;
  /** A window from midnight to midnight, anywhere from 9999 BCE to 9999 CE, BCE and years 1–99 included. */
  const dayWindow = fc
    .integer({ min: firstDay, max: lastDay })
    .chain((start) => fc.integer({ min: 1, max: Math.min(lastDay + 1 - start, 4000) }).map((days) => ({ from: start * DAY, to: (start + days) * DAY })));
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const state = fc.record({
    window: optional(dayWindow),
    event: optional(fc.constantFrom(...EVENT_IDS)),
    view: optional(fc.constantFrom('chart' as const, 'list' as const)),
    links: optional(fc.boolean()),
  });

  it('gives back a window on day boundaries', () => {
    fc.assert(
      fc.property(dayWindow, (window) => {
        expect(parse(serializeViewState(window))).toEqual({ state: window, ignored: [] });
      }),
      PROPERTY_RUNS,
    );
  });

  it('gives back any state, up to its defaults', () => {
    fc.assert(
      fc.property(state, ({ window, ...rest }) => {
        const written: ViewState = { ...window, ...rest };
        for (const key of Object.keys(written) as (keyof ViewState)[]) if (written[key] === undefined) delete written[key];
        expect(parse(serializeViewState(written))).toEqual({ state: normalise(written), ignored: [] });
      }),
      PROPERTY_RUNS,
    );
  });

  it('gives back a covering window for any instants: widened by less than a day at each end', () => {
    const instant = fc.integer({ min: utcMs(MIN_YEAR, 1, 1), max: utcMs(MAX_YEAR, 12, 31) });
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        fc.pre(a !== b);
        const window = { from: Math.min(a, b), to: Math.max(a, b) };
        const { state, ignored } = parse(serializeViewState(window));
        expect(ignored).toEqual([]);
        expect(state.from).toBeLessThanOrEqual(window.from);
        expect(state.to).toBeGreaterThanOrEqual(window.to);
        expect(window.from - state.from!).toBeLessThan(DAY);
        expect(state.to! - window.to).toBeLessThan(DAY);
      }),
      PROPERTY_RUNS,
    );
  });

  it('is a fixed point after one round: what a URL says is written back the same', () => {
    const query = fc
      .array(
        fc.tuple(
          fc.constantFrom('from', 'to', 'event', 'view', 'links', 'x'),
          fc.constantFrom('2020', '2020-02', '2020-02-29', '-0044-03-15', '2021-13', 'a', 'list', 'chart', '0', '1'),
        ),
        { maxLength: 6 },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(query, (q) => {
        const once = serializeViewState(parse(q).state);
        expect(serializeViewState(parse(once).state)).toBe(once);
        expect(parse(once).ignored).toEqual([]);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('filter parameters', () => {
  /** The bundled dataset's actor ids, in dataset order. */
  const ACTOR_IDS = afghanistan2020().actors.map((actor) => actor.id);
  const actorIds: ReadonlySet<string> = new Set(ACTOR_IDS);
  const filterContext = { eventIds: new Set(EVENT_IDS), actorIds };
  const read = (query: string | URLSearchParams) => parseViewState(query, filterContext);
  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  /** What a state with filters means once written to a URL: lists and text when non-empty, defaults left out. */
  function normaliseFilters(state: ViewState): ViewState {
    return {
      ...(state.actors?.length && { actors: state.actors }),
      ...(state.actors?.length && state.match === 'all' && { match: 'all' as const }),
      ...(state.kinds?.length && { kinds: state.kinds }),
      ...(state.statuses?.length && { statuses: state.statuses }),
      ...(state.q?.trim() && { q: state.q }),
      ...(state.mode === 'highlight' && { mode: 'highlight' as const }),
      ...normalise(state),
    };
  }

  describe('parseViewState', () => {
    it('reads every filter parameter', () => {
      expect(read('actors=us,taliban&match=all&kinds=agreement,ceasefire&statuses=occurred,planned&q=doha+talks&mode=highlight')).toEqual({
        state: {
          actors: ['us', 'taliban'],
          match: 'all',
          kinds: ['agreement', 'ceasefire'],
          statuses: ['occurred', 'planned'],
          q: 'doha talks',
          mode: 'highlight',
        },
        ignored: [],
      });
    });

    it('reads percent-encoded commas as separators', () => {
      expect(read('actors=us%2Ctaliban&kinds=agreement%2Cceasefire').state).toEqual({ actors: ['us', 'taliban'], kinds: ['agreement', 'ceasefire'] });
    });

    it('keeps list values in the order written, trimmed, without empties or repeats', () => {
      expect(read('actors=taliban,%20us,,taliban,').state).toEqual({ actors: ['taliban', 'us'] });
      expect(read('kinds=violence,agreement,violence').state).toEqual({ kinds: ['violence', 'agreement'] });
    });

    it('drops unknown actor ids from a partly valid list without reporting the parameter', () => {
      expect(read('actors=us,usa,taliban')).toEqual({ state: { actors: ['us', 'taliban'] }, ignored: [] });
    });

    it.each(['usa', 'US', 'usa,nope', '', ',', ' , ', '__proto__', 'constructor'])('ignores actors=%j as a whole when no id is known', (value) => {
      expect(read(`actors=${encodeURIComponent(value)}`)).toEqual({ state: {}, ignored: ['actors'] });
    });

    it('ignores actors when the timeline gives no actor ids', () => {
      expect(parseViewState('actors=us', { eventIds: new Set(EVENT_IDS) })).toEqual({ state: {}, ignored: ['actors'] });
    });

    it('accepts every kind and every status of the schema', () => {
      expect(read(`kinds=${KINDS.join(',')}`).state).toEqual({ kinds: [...KINDS] });
      expect(read(`statuses=${STATUSES.join(',')}`).state).toEqual({ statuses: [...STATUSES] });
    });

    it('drops unknown kinds and statuses from a partly valid list, and ignores a list with none known', () => {
      expect(read('kinds=agreement,war&statuses=planned,Occurred')).toEqual({ state: { kinds: ['agreement'], statuses: ['planned'] }, ignored: [] });
      expect(read('kinds=Agreement,war&statuses=done')).toEqual({ state: {}, ignored: ['kinds', 'statuses'] });
    });

    it('reads match=any and match=all, and ignores anything else', () => {
      expect(read('actors=us&match=any').state).toEqual({ actors: ['us'], match: 'any' });
      expect(read('actors=us&match=all').state).toEqual({ actors: ['us'], match: 'all' });
      for (const value of ['ALL', 'Any', 'both', '', ' all']) {
        expect(read(`actors=us&match=${encodeURIComponent(value)}`)).toEqual({ state: { actors: ['us'] }, ignored: ['match'] });
      }
    });

    it('reads mode=hide and mode=highlight, and ignores anything else', () => {
      expect(read('mode=hide').state).toEqual({ mode: 'hide' });
      expect(read('mode=highlight').state).toEqual({ mode: 'highlight' });
      for (const value of ['Highlight', 'fade', '', 'highlight ']) {
        expect(read(`mode=${encodeURIComponent(value)}`)).toEqual({ state: {}, ignored: ['mode'] });
      }
    });

    describe('q', () => {
      it('keeps the search text as written: spaces, case, punctuation and diacritics', () => {
        expect(read('q=%20K%C4%81bul%20').state).toEqual({ q: ' Kābul ' });
        expect(read(`q=${encodeURIComponent('a&b=c#d, e+f')}`).state).toEqual({ q: 'a&b=c#d, e+f' });
      });

      it.each(['q=', 'q', 'q=+', 'q=%20%20', 'q=%09%0A'])('ignores the blank query %j', (query) => {
        expect(read(query)).toEqual({ state: {}, ignored: ['q'] });
      });

      it('truncates the text to 200 characters', () => {
        expect(read(`q=${'a'.repeat(250)}`).state).toEqual({ q: 'a'.repeat(200) });
        expect(read(`q=${'a'.repeat(200)}`).state).toEqual({ q: 'a'.repeat(200) });
      });

      it('never cuts an emoji in half when truncating', () => {
        const q = `${'a'.repeat(199)}🕊️ and more`;
        expect(read(`q=${encodeURIComponent(q)}`).state).toEqual({ q: 'a'.repeat(199) });
        const fits = `${'a'.repeat(198)}🕊️`;
        expect(read(`q=${encodeURIComponent(fits)}`).state).toEqual({ q: `${'a'.repeat(198)}🕊` });
      });

      it('ignores a query that is blank once truncated', () => {
        expect(read(`q=${'+'.repeat(200)}x`)).toEqual({ state: {}, ignored: ['q'] });
      });
    });
  });

  describe('unknownValues', () => {
    it('lists the actor ids a partly valid list drops', () => {
      expect(unknownValues('actors=us,usa,taliban,nope', 'actors', actorIds)).toEqual(['usa', 'nope']);
      expect(unknownValues('?actors=usa', 'actors', actorIds)).toEqual(['usa']);
    });

    it('lists each unknown value once, trimmed', () => {
      expect(unknownValues('actors=usa,%20usa%20,,us', 'actors', actorIds)).toEqual(['usa']);
    });

    it('lists nothing when every value is known or the parameter is absent', () => {
      expect(unknownValues('actors=us,taliban', 'actors', actorIds)).toEqual([]);
      expect(unknownValues('kinds=war', 'actors', actorIds)).toEqual([]);
      expect(unknownValues('', 'actors', actorIds)).toEqual([]);
    });

    it('reads URLSearchParams as well as strings', () => {
      expect(unknownValues(new URLSearchParams('actors=us,usa'), 'actors', actorIds)).toEqual(['usa']);
    });
  });

  describe('serializeViewState', () => {
    it('writes a full state in a stable order: actors, match, kinds, statuses, q, from, to, event, mode, view, links', () => {
      const expected =
        'actors=us,taliban&match=all&kinds=agreement,ceasefire&statuses=occurred&q=doha+talks&from=2020-02-22&to=2020-02-29&event=a&mode=highlight&view=list&links=0';
      const state: ViewState = {
        links: false,
        view: 'list',
        mode: 'highlight',
        event: 'a',
        to: Date.UTC(2020, 2, 1),
        from: Date.UTC(2020, 1, 22),
        q: 'doha talks',
        statuses: ['occurred'],
        kinds: ['agreement', 'ceasefire'],
        match: 'all',
        actors: ['us', 'taliban'],
      };
      expect(serializeViewState(state)).toBe(expected);
      expect(read(expected)).toEqual({ state, ignored: [] });
    });

    it('writes lists in the order given, with readable commas', () => {
      expect(serializeViewState({ actors: ['taliban', 'us'] })).toBe('actors=taliban,us');
      expect(serializeViewState({ kinds: ['violence', 'agreement'], statuses: ['planned', 'occurred'] })).toBe('kinds=violence,agreement&statuses=planned,occurred');
    });

    it('leaves out defaults and empty filters', () => {
      expect(serializeViewState({ actors: [], match: 'all', kinds: [], statuses: [], q: '', mode: 'hide' })).toBe('');
      expect(serializeViewState({ actors: ['us'], match: 'any' })).toBe('actors=us');
      expect(serializeViewState({ q: ' \t ' })).toBe('');
    });

    it('writes match only with actors', () => {
      expect(serializeViewState({ match: 'all', kinds: ['agreement'] })).toBe('kinds=agreement');
    });

    it('encodes the characters a query string gives meaning to in q, commas included', () => {
      const query = serializeViewState({ q: 'a&b=c#d, e+f%' });
      expect(query).toBe('q=a%26b%3Dc%23d%2C+e%2Bf%25');
      expect(read(query).state).toEqual({ q: 'a&b=c#d, e+f%' });
    });
  });

  describe('parseViewState(serializeViewState(state))', () => {
    const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    /** Search text with the characters most likely to break a query string, and any other characters. */
    const searchText = fc
      .string({
        unit: fc.oneof(fc.constantFrom(',', '&', '=', '#', '+', '%', '?', ' ', '\t', 'é', 'ā', '\u0301', '🕊️', '👍🏽'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
        minLength: 1,
        maxLength: 40,
      })
      .filter((q) => q.trim() !== '');
    const filterState = fc.record({
      actors: optional(fc.subarray(ACTOR_IDS)),
      match: optional(fc.constantFrom('any' as const, 'all' as const)),
      kinds: optional(fc.subarray([...KINDS])),
      statuses: optional(fc.subarray([...STATUSES])),
      q: optional(fc.oneof(searchText, fc.constantFrom(' ', '', 'x'.repeat(200)))),
      mode: optional(fc.constantFrom('hide' as const, 'highlight' as const)),
      event: optional(fc.constantFrom(...EVENT_IDS)),
      view: optional(fc.constantFrom('chart' as const, 'list' as const)),
      links: optional(fc.boolean()),
      window: optional(
        fc.tuple(fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2030, 0, 1) / DAY }), fc.integer({ min: 1, max: 400 })).map(([start, days]) => ({
          from: start * DAY,
          to: (start + days) * DAY,
        })),
      ),
    });

    it('gives back any valid filter state, up to its defaults', () => {
      fc.assert(
        fc.property(filterState, ({ window, ...rest }) => {
          const written: ViewState = { ...window, ...rest };
          for (const key of Object.keys(written) as (keyof ViewState)[]) if (written[key] === undefined) delete written[key];
          expect(read(serializeViewState(written))).toEqual({ state: normaliseFilters(written), ignored: [] });
        }),
        PROPERTY_RUNS,
      );
    });

    it('gives back any non-blank search text of up to 200 characters exactly', () => {
      fc.assert(
        fc.property(searchText, (q) => {
          expect(read(serializeViewState({ q })).state).toEqual({ q });
        }),
        PROPERTY_RUNS,
      );
    });
  });

  describe('on arbitrary input', () => {
    const KINDS_SET: ReadonlySet<string> = new Set(KINDS);
    const STATUSES_SET: ReadonlySet<string> = new Set(STATUSES);

    /** Checks what holds for every query: no throw, only allowed values, each parameter either used or ignored. */
    const holdsFor = (query: string) => {
      const { state, ignored } = read(query);
      const list = (values: string[] | undefined, allowed: ReadonlySet<string>) =>
        values === undefined || (values.length > 0 && new Set(values).size === values.length && values.every((value) => allowed.has(value)));
      if (!list(state.actors, actorIds) || !list(state.kinds, KINDS_SET) || !list(state.statuses, STATUSES_SET)) return false;
      if (state.match !== undefined && state.match !== 'any' && state.match !== 'all') return false;
      if (state.mode !== undefined && state.mode !== 'hide' && state.mode !== 'highlight') return false;
      if (state.q !== undefined && (state.q.trim() === '' || state.q.length > 200 || LONE_SURROGATE.test(state.q))) return false;
      if (state.from !== undefined && state.to !== undefined && !(state.from < state.to)) return false;
      if (new Set(ignored).size !== ignored.length) return false;
      const keys = keysOf(query);
      const used = Object.keys(state);
      if (!ignored.every((key) => keys.includes(key))) return false;
      if (used.some((key) => ignored.includes(key) || !keys.includes(key))) return false;
      if (!keys.every((key) => used.includes(key) || ignored.includes(key))) return false;
      // The values unknownValues reports are exactly those the parsed list left out.
      const unknown = unknownValues(query, 'actors', actorIds);
      return unknown.every((value) => !actorIds.has(value) && !state.actors?.includes(value));
    };

    it('never throws and never reads a value outside the allowed sets, for any string', () => {
      fc.assert(fc.property(fc.string({ maxLength: 80 }), holdsFor), PROPERTY_RUNS);
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), holdsFor), PROPERTY_RUNS);
      fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), holdsFor), PROPERTY_RUNS);
    });

    it('never throws and never reads a value outside the allowed sets, for queries made of the known keys', () => {
      const listOf = (values: readonly string[]) => fc.array(fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 5 })), { maxLength: 4 }).map((parts) => parts.join(','));
      const value = fc.oneof(
        listOf([...ACTOR_IDS, 'usa', 'US', ' us ']),
        listOf([...KINDS, 'war', 'Agreement']),
        listOf([...STATUSES, 'done']),
        fc.constantFrom('any', 'all', 'ALL', 'hide', 'highlight', 'fade', '', ' ', '+', '%', '%F0%9F', '2020-02-29', 'a', 'list', '0'),
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.string({ unit: 'grapheme', maxLength: 260 }),
      );
      const key = fc.oneof(fc.constantFrom('actors', 'match', 'kinds', 'statuses', 'q', 'mode', 'from', 'to', 'event', 'view', 'links'), fc.string({ maxLength: 6 }));
      const encoded = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
      const raw = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
      fc.assert(fc.property(encoded, holdsFor), PROPERTY_RUNS);
      fc.assert(fc.property(raw, holdsFor), PROPERTY_RUNS);
    });

    it('is a fixed point after one round: what a URL says is written back the same', () => {
      const query = fc
        .array(
          fc.tuple(
            fc.constantFrom('actors', 'match', 'kinds', 'statuses', 'q', 'mode', 'from', 'to', 'x'),
            fc.constantFrom('us', 'us,taliban', 'taliban,us,usa', 'usa', 'all', 'any', 'agreement,war', 'planned', 'highlight', 'hide', '+', 'Kābul', '2020-02', 'a%26b'),
          ),
          { maxLength: 6 },
        )
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
      fc.assert(
        fc.property(query, (q) => {
          const once = serializeViewState(read(q).state);
          expect(serializeViewState(read(once).state)).toBe(once);
          expect(read(once).ignored).toEqual([]);
        }),
        PROPERTY_RUNS,
      );
    });
  });
});

describe('withPageParams', () => {
  it("keeps the page's own parameters after the view's", () => {
    const search = '?data=http%3A%2F%2F127.0.0.1%3A3701%2Fa.json&from=2020-01-01&to=2020-02-01';
    expect(withPageParams('from=2021-01-01&to=2021-02-01', search, ['data'])).toBe('from=2021-01-01&to=2021-02-01&data=http%3A%2F%2F127.0.0.1%3A3701%2Fa.json');
  });
  it('keeps them when the view has nothing to say, and leaves out the ones the URL does not have', () => {
    expect(withPageParams('', '?n=300&seed=7&q=x', ['data', 'n', 'seed'])).toBe('n=300&seed=7');
    expect(withPageParams('view=list', '?q=x', ['data'])).toBe('view=list');
  });
  it('is the view query itself for a page without parameters of its own', () => {
    expect(withPageParams('view=list', '?data=x', [])).toBe('view=list');
  });
});
