import type { ResolvedTimeline } from '@/lib/resolve';
import { EventList } from './EventList';
import { SiteFooter } from './site/SiteFooter';
import { SiteHeader } from './site/SiteHeader';
import { TimelineHeader } from './TimelineHeader';

/** A whole timeline page: the site bar, the timeline's header, its events, and the footer. */
export function TimelinePage({ timeline, catalog }: { timeline: ResolvedTimeline; catalog: Pick<ResolvedTimeline, 'id' | 'title'>[] }) {
  return (
    <>
      <a href="#events" className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2">
        Skip to events
      </a>
      <SiteHeader />
      <main className="mx-auto max-w-5xl space-y-12 px-4 pb-8 pt-10 sm:px-6 sm:pt-14">
        <TimelineHeader timeline={timeline} />
        <div id="events">
          <EventList timeline={timeline} />
        </div>
      </main>
      <SiteFooter timelines={catalog} current={timeline.id} />
    </>
  );
}
