import { describe, expect, it } from 'vitest';
import { timelineWithEvents } from '@/lib/download';
import { loadTimeline } from '@/lib/load';
import { afghanistan2020, buildTimeline, rawEvent } from '../fixtures/timelines';

describe('timelineWithEvents', () => {
  const timeline = buildTimeline({
    asOf: '2020-03-30',
    actors: [
      { id: 'us', name: 'United States' },
      { id: 'taliban', name: 'Taliban', color: '#123456' },
      { id: 'afghan-government', name: 'Afghan government' },
    ],
    events: [
      rawEvent('signing', { start: '2020-02-29', actors: ['us', 'taliban'], links: [{ to: 'withdrawal', type: 'obligates' }, { to: 'talks', type: 'leads-to' }] }),
      rawEvent('withdrawal', { start: { from: 'signing', offset: 'P14M' }, status: 'planned', actors: ['us'] }),
      rawEvent('talks', { start: { from: 'signing', offset: 'P10D' }, actors: ['afghan-government'], approximate: true }),
    ],
  });
  const pick = (...ids: string[]) => timeline.events.filter((event) => ids.includes(event.id));

  it('keeps just the given events, drops links to the others and writes their dates out', () => {
    const cut = timelineWithEvents(timeline, pick('signing', 'talks'));
    expect(cut.events.map((event) => event.id)).toEqual(['signing', 'talks']);
    expect(cut.events[0].links).toEqual([{ to: 'talks', type: 'leads-to' }]);
    expect(cut.events[1].start).toEqual({ from: 'signing', offset: 'P10D' });
    expect(cut.events[1].approximate).toBe(true);

    const alone = timelineWithEvents(timeline, pick('withdrawal'));
    expect(alone.events[0].start).toBe('2021-04-29');
    expect(alone.events[0].links).toBeUndefined();
    expect(alone.actors.map((actor) => actor.id)).toEqual(['us']);
  });

  it('keeps the actors involved with the colours they were drawn in', () => {
    const cut = timelineWithEvents(timeline, pick('signing'));
    expect(cut.actors.map((actor) => [actor.id, actor.color])).toEqual([
      ['us', timeline.actors[0].color],
      ['taliban', '#123456'],
    ]);
  });

  it('is a valid Parley timeline that resolves to the same events, for any selection of the briefing', () => {
    const briefing = afghanistan2020();
    for (const events of [briefing.events, briefing.events.filter((_, i) => i % 3 === 0), briefing.events.slice(5, 6), []]) {
      const result = loadTimeline(JSON.stringify(timelineWithEvents(briefing, events)));
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.resolved.events.map((event) => [event.id, event.startMs, event.endMs])).toEqual(events.map((event) => [event.id, event.startMs, event.endMs]));
    }
  });
});
