// components/EventList.tsx: a long list is listed a page at a time, in the server's HTML too.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventList, LIST_PAGE_SIZE } from '@/components/EventList';
import { loadTimeline } from '@/lib/load';
import type { ResolvedTimeline } from '@/lib/resolve';
import { syntheticTimeline } from '@/lib/synthetic';

/** A synthetic timeline of n events, with an "as of" date and a link from the first event to the last. */
function timelineOf(n: number, asOf?: string, extra: object = {}): ResolvedTimeline {
  const input = { ...syntheticTimeline(n, 7), ...extra };
  const [first, ...rest] = input.events;
  // Events after the "as of" date cannot have occurred yet: they are plans.
  const planned = (event: (typeof rest)[number]) => (asOf && (event.start as string) > asOf ? { ...event, status: 'planned' } : event);
  const events = [{ ...first, links: [{ to: input.events[n - 1].id, type: 'leads-to' }] }, ...rest.map(planned)];
  const text = JSON.stringify({ ...input, ...(asOf ? { asOf } : {}), events });
  const loaded = loadTimeline(text, 'synthetic.json');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
  return loaded.resolved;
}

const listedIds = (html: string) => [...html.matchAll(/<li data-event-id="([^"]+)"/g)].map((match) => match[1]);

describe('EventList', () => {
  it('lists the background periods, in time order, before the events, and no such section without periods', () => {
    const periods = [
      { title: 'Second phase', start: '2018-03', end: '2019-06', color: '#cc6677' },
      { title: 'First phase', start: '2015-01-01', end: '2017-12-31' },
    ];
    const html = renderToStaticMarkup(createElement(EventList, { timeline: timelineOf(40, undefined, { periods }) }));
    const section = html.slice(html.indexOf('id="periods-heading"'), html.indexOf('id="record-heading"'));
    expect(section).toContain('tracking-normal">(2)</span>');
    expect(section.indexOf('First phase')).toBeLessThan(section.indexOf('Second phase'));
    expect(section).toContain('1 Jan 2015 – 31 Dec 2017');
    expect(section).toContain('Mar 2018 – Jun 2019');
    expect(section).toContain('background-color:#cc6677');
    expect(renderToStaticMarkup(createElement(EventList, { timeline: timelineOf(40) }))).not.toContain('periods-heading');
  });

  it('lists every event of a timeline shorter than a page, with no "show more" line', () => {
    const timeline = timelineOf(40);
    const html = renderToStaticMarkup(createElement(EventList, { timeline, limit: LIST_PAGE_SIZE, onShowMore: () => {} }));
    expect(listedIds(html)).toEqual(timeline.events.map((event) => event.id));
    expect(html).not.toContain('Showing the first');
  });

  it('lists the first page of a long timeline in time order and says how many are left, with a button when it can list more', () => {
    const timeline = timelineOf(1234);
    const html = renderToStaticMarkup(createElement(EventList, { timeline, limit: LIST_PAGE_SIZE, onShowMore: () => {} }));
    expect(listedIds(html)).toEqual(timeline.events.slice(0, LIST_PAGE_SIZE).map((event) => event.id));
    expect(html).toContain('Showing the first 500 of 1,234 events.');
    expect(html).toMatch(/<button type="button"[^>]*>Show 500 more<\/button>/);
    expect(html).toMatch(/<button type="button"[^>]*>Show all 1,234<\/button>/);
    expect(html).not.toContain('With JavaScript on');
  });

  it('offers only what is left on the last page', () => {
    const timeline = timelineOf(1234);
    const html = renderToStaticMarkup(createElement(EventList, { timeline, limit: 1000, onShowMore: () => {} }));
    expect(listedIds(html)).toHaveLength(1000);
    expect(html).toContain('Showing the first 1,000 of 1,234 events.');
    expect(html).toContain('Show 234 more');
    // The next page is all that is left: no second button for it.
    expect(html).not.toContain('Show all');
  });

  it('without a way to list more (the server HTML), says that JavaScript lists the rest, and has no button', () => {
    const timeline = timelineOf(1234);
    const html = renderToStaticMarkup(createElement(EventList, { timeline, limit: LIST_PAGE_SIZE }));
    expect(html).toContain('Showing the first 500 of 1,234 events. With JavaScript on, the page lists the rest.');
    expect(html).not.toContain('<button');
  });

  it('counts every event in the headings, listed yet or not', () => {
    const timeline = timelineOf(1234, '2018-06-30');
    const record = timeline.events.filter((event) => event.startMs < Date.UTC(2018, 6, 1)).length;
    expect(record).toBeGreaterThan(LIST_PAGE_SIZE);
    const html = renderToStaticMarkup(createElement(EventList, { timeline, limit: LIST_PAGE_SIZE }));
    expect(html).toContain(`tracking-normal">(${record})</span>`);
    expect(html).toContain('Showing the first 500 of 1,234 events.');
    // The page ends before the "as of" date: the plans after it are not listed yet, so neither is their heading.
    expect(html).not.toContain('Plans and forecasts after');
  });

  it('links a related event that is listed by its anchor, and one not listed yet by its ?event= address in the server HTML', () => {
    const timeline = timelineOf(1234);
    const last = timeline.events[timeline.events.length - 1].id;
    const paged = renderToStaticMarkup(createElement(EventList, { timeline, limit: LIST_PAGE_SIZE, pinnedQuery: 'id=abc' }));
    expect(paged).toContain(`href="?id=abc&amp;event=${last}"`);
    // In the browser (it can list more), the anchor: the view lists the event when it is followed.
    const browser = renderToStaticMarkup(createElement(EventList, { timeline, limit: LIST_PAGE_SIZE, onShowMore: () => {} }));
    expect(browser).toContain(`href="#event-${last}"`);
    const whole = renderToStaticMarkup(createElement(EventList, { timeline }));
    expect(whole).toContain(`href="#event-${last}"`);
    expect(listedIds(whole)).toHaveLength(1234);
  });
});
