import { describe, expect, it } from 'vitest';
import { resolveEventDates } from '@/lib/derive';
import { ACTOR_PALETTE, actorsById, eventsById, resolveTimeline } from '@/lib/resolve';
import { timelineSchema } from '@/lib/schema';
import { rawEvent } from '../fixtures/timelines';

type Raw = Record<string, unknown>;

const event = rawEvent;

/** Validates and resolves a timeline the way load.ts does. */
function resolve(fields: Raw = {}) {
  const raw = {
    id: 't',
    title: 'T',
    source: { title: 'S', publisher: 'P', published: '2020-03' },
    actors: [{ id: 'us', name: 'United States' }],
    events: [event('a')],
    ...fields,
  };
  const timeline = timelineSchema.parse(raw);
  return resolveTimeline(timeline, resolveEventDates(raw.events).dates);
}

describe('resolveTimeline', () => {
  it('orders events by start, then end, then file order', () => {
    const resolved = resolve({
      events: [
        event('late', { start: '2021' }),
        event('long', { start: '2020-02-29', end: '2020-04' }),
        event('point-1', { start: '2020-02-29' }),
        event('month', { start: '2020-02' }),
        event('point-2', { start: '2020-02-29' }),
        event('bce', { start: '-0044-03-15' }),
      ],
    });
    expect(resolved.events.map((e) => e.id)).toEqual(['bce', 'month', 'point-1', 'point-2', 'long', 'late']);
  });

  it('gives each event the instants it covers, ends inclusive', () => {
    const resolved = resolve({
      events: [
        event('day', { start: '2020-02-29' }),
        event('month', { start: '2020-02' }),
        event('range', { start: '2020-02-22', end: '2020-02-29' }),
        event('years', { start: '1990', end: '1999' }),
      ],
    });
    const byId = eventsById(resolved);
    expect(byId.get('day')).toMatchObject({ startMs: Date.UTC(2020, 1, 29), endMs: Date.UTC(2020, 2, 1) });
    expect(byId.get('month')).toMatchObject({ startMs: Date.UTC(2020, 1, 1), endMs: Date.UTC(2020, 2, 1) });
    expect(byId.get('range')).toMatchObject({ startMs: Date.UTC(2020, 1, 22), endMs: Date.UTC(2020, 2, 1) });
    expect(byId.get('years')).toMatchObject({ startMs: Date.UTC(1990, 0, 1), endMs: Date.UTC(2000, 0, 1) });
  });

  it('fills defaults: status "occurred", approximate false, no links', () => {
    const [only] = resolve().events;
    expect(only).toMatchObject({ status: 'occurred', approximate: false, links: [] });
  });

  it('leaves out optional fields that are absent, and keeps those present', () => {
    const [bare] = resolve().events;
    expect(bare).not.toHaveProperty('summary');
    expect(bare).not.toHaveProperty('place');
    expect(bare).not.toHaveProperty('end');
    const [full] = resolve({ events: [event('a', { summary: 'Summary', place: 'Doha, Qatar', end: '2020-03' })] }).events;
    expect(full).toMatchObject({ summary: 'Summary', place: 'Doha, Qatar', end: { precision: 'month', year: 2020, month: 3 } });
  });

  it('assigns palette colours by actor position, cycling, and keeps given colours', () => {
    const count = ACTOR_PALETTE.length + 2;
    const actors = Array.from({ length: count }, (_, i) => ({ id: `actor-${i}`, name: `Actor ${i}`, ...(i === 1 && { color: '#abcdef' }) }));
    const resolved = resolve({ actors, events: [event('a', { actors: ['actor-0'] })] });
    const expected = actors.map((_, i) => (i === 1 ? '#abcdef' : ACTOR_PALETTE[i % ACTOR_PALETTE.length]));
    expect(resolved.actors.map((a) => a.color)).toEqual(expected);
    expect(resolved.actors[ACTOR_PALETTE.length].color).toBe(ACTOR_PALETTE[0]);
  });

  it('has a palette of distinct #rrggbb colours', () => {
    expect(new Set(ACTOR_PALETTE).size).toBe(ACTOR_PALETTE.length);
    for (const color of ACTOR_PALETTE) expect(color).toMatch(/^#[0-9a-fA-F]{6}$/);
  });

  it('parses the source date and asOf, keeping the source URL when given', () => {
    const resolved = resolve({
      source: { title: 'S', publisher: 'P', published: '2020-03-30', url: 'https://example.org/' },
      asOf: '2020-03',
    });
    expect(resolved.source).toEqual({
      title: 'S',
      publisher: 'P',
      published: { precision: 'day', year: 2020, month: 3, day: 30 },
      url: 'https://example.org/',
    });
    expect(resolved.asOf).toEqual({ precision: 'month', year: 2020, month: 3, day: 1 });
    expect(resolve()).not.toHaveProperty('asOf');
    expect(resolve().source).not.toHaveProperty('url');
  });

  it('refuses an event whose start did not resolve (it was not validated)', () => {
    const timeline = timelineSchema.parse({
      id: 't',
      title: 'T',
      source: { title: 'S', publisher: 'P', published: '2020' },
      actors: [{ id: 'us', name: 'US' }],
      events: [event('a')],
    });
    expect(() => resolveTimeline(timeline, [{}])).toThrow('unvalidated event a: its start did not resolve');
  });
});

describe('eventsById and actorsById', () => {
  it('look events and actors up by id', () => {
    const resolved = resolve({ events: [event('a'), event('b', { start: '2019' })] });
    expect(eventsById(resolved).get('b')?.title).toBe('Event b');
    expect([...eventsById(resolved).keys()]).toEqual(['b', 'a']);
    expect(actorsById(resolved).get('us')?.name).toBe('United States');
    expect(actorsById(resolved).get('nobody')).toBeUndefined();
  });
});
