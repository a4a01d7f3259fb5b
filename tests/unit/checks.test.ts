import { describe, expect, it } from 'vitest';
import { checkReferences } from '@/lib/checks';
import { resolveEventDates } from '@/lib/derive';

type Raw = Record<string, unknown>;

const event = (id: string, fields: Raw = {}): Raw => ({ id, title: id, start: '2020-02-29', actors: ['us'], kind: 'other', ...fields });

/** Runs the checks the way load.ts does: on the raw value, with the dates derive.ts resolved from it. */
function check(raw: Raw): ReturnType<typeof checkReferences> {
  const events = Array.isArray(raw.events) ? raw.events : [];
  return checkReferences(raw, resolveEventDates(events).dates);
}

const ACTORS = [
  { id: 'us', name: 'United States' },
  { id: 'taliban', name: 'Taliban' },
  { id: 'afghan-government', name: 'Afghan government' },
];

describe('checkReferences', () => {
  it('finds nothing wrong in a consistent timeline', () => {
    expect(
      check({
        asOf: '2020-03-30',
        actors: ACTORS,
        events: [
          event('signing', { actors: ['us', 'taliban'], links: [{ to: 'withdrawal', type: 'obligates' }] }),
          event('withdrawal', { end: { from: 'signing', offset: 'P14M' }, status: 'planned' }),
        ],
      }),
    ).toEqual([]);
  });

  it('reports a period that ends before it starts, precision-aware', () => {
    expect(
      check({
        actors: ACTORS,
        periods: [
          { title: 'ok', start: '2020-02', end: '2020-02-15' },
          { title: 'backwards', start: '2020-03', end: '2020-02' },
          { title: 'unparsable', start: '2020-13', end: '2019' },
        ],
        events: [],
      }),
    ).toEqual([{ path: ['periods', 1, 'end'], message: '2020-02 is before the start, 2020-03' }]);
  });

  it('ignores a root that is not an object', () => {
    for (const raw of [null, undefined, 5, 'x', [], [{ id: 'a' }]]) expect(checkReferences(raw, [])).toEqual([]);
  });

  it('reports duplicate actor and event ids at each later use', () => {
    expect(
      check({
        actors: [...ACTORS, { id: 'us', name: 'US again' }],
        events: [event('a'), event('b'), event('a'), event('a')],
      }),
    ).toEqual([
      { path: ['actors', 3, 'id'], message: 'duplicate id "us" (already used by actors[0])' },
      { path: ['events', 2, 'id'], message: 'duplicate id "a" (already used by events[0])' },
      { path: ['events', 3, 'id'], message: 'duplicate id "a" (already used by events[0])' },
    ]);
  });

  it('reports an unknown actor with the known ones and a suggestion', () => {
    expect(check({ actors: ACTORS, events: [event('a', { actors: ['us', 'talibn', 'zzzzzzz'] })] })).toEqual([
      {
        path: ['events', 0, 'actors', 1],
        message: 'unknown actor "talibn" (known: us, taliban, afghan-government) (did you mean "taliban"?)',
      },
      { path: ['events', 0, 'actors', 2], message: 'unknown actor "zzzzzzz" (known: us, taliban, afghan-government)' },
    ]);
  });

  it('shortens a long list of known actors', () => {
    const actors = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'].map((id) => ({ id, name: id }));
    const [problem] = check({ actors, events: [event('a', { actors: ['nobody-at-all'] })] });
    expect(problem.message).toBe('unknown actor "nobody-at-all" (known: a1, a2, a3, a4, a5, a6, …)');
  });

  it('reports links to unknown events, with a suggestion, and links to the event itself', () => {
    expect(
      check({
        actors: ACTORS,
        events: [
          event('signing', {
            links: [
              { to: 'signing', type: 'leads-to' },
              { to: 'withdrawl', type: 'obligates' },
              { to: 'withdrawal', type: 'obligates' },
            ],
          }),
          event('withdrawal'),
        ],
      }),
    ).toEqual([
      { path: ['events', 0, 'links', 0, 'to'], message: 'an event cannot link to itself' },
      { path: ['events', 0, 'links', 1, 'to'], message: 'unknown event "withdrawl" (did you mean "withdrawal"?)' },
    ]);
  });

  it('reports an end before the start, precision-aware', () => {
    const problems = check({
      actors: ACTORS,
      events: [
        event('a', { start: '2020-02', end: '2020-01-31' }),
        event('b', { start: '2020-02-15', end: '2020-02' }),
        event('c', { start: '2020-02-29', end: '2020-02-28' }),
        event('d', { start: '2020-02-29', end: '2020-02-29' }),
        event('e', { start: '2020', end: '2020-12' }),
      ],
    });
    expect(problems).toEqual([
      { path: ['events', 0, 'end'], message: '2020-01-31 is before the start, 2020-02' },
      { path: ['events', 2, 'end'], message: '2020-02-28 is before the start, 2020-02-29' },
    ]);
  });

  it('checks derived ends against the start too', () => {
    expect(check({ actors: ACTORS, events: [event('a', { end: { from: 'a', offset: '-P1M' } })] })).toEqual([
      { path: ['events', 0, 'end'], message: '2020-01-29 is before the start, 2020-02-29' },
    ]);
  });

  it('reports events after asOf that are marked (or default to) occurred', () => {
    const problems = check({
      asOf: '2020-03',
      actors: ACTORS,
      events: [
        event('after-default', { start: '2020-04' }),
        event('after-occurred', { start: '2020-04-01', status: 'occurred' }),
        event('after-planned', { start: '2020-04', status: 'planned' }),
        event('after-expected', { start: '2021', status: 'expected' }),
        event('within-asof-month', { start: '2020-03-31' }),
        event('before', { start: '2019' }),
      ],
    });
    expect(problems).toEqual([
      {
        path: ['events', 0, 'status'],
        message: '"occurred", but the event starts after asOf (2020-03): use "planned" or "expected"',
      },
      {
        path: ['events', 1, 'status'],
        message: '"occurred", but the event starts after asOf (2020-03): use "planned" or "expected"',
      },
    ]);
  });

  it('skips the asOf check when asOf is not a date', () => {
    expect(check({ asOf: 'soon', actors: ACTORS, events: [event('a', { start: '2099' })] })).toEqual([]);
  });

  it('tolerates values of the wrong shape, which the schema reports', () => {
    const raw = {
      actors: 'nobody',
      events: [null, 5, 'x', { id: 7 }, { id: 'a', actors: 'us', links: 'b' }, { id: 'b', actors: [3, null], links: [null, 4, { to: 9 }] }],
    };
    expect(() => check(raw)).not.toThrow();
    expect(check(raw)).toEqual([]);
  });
});
