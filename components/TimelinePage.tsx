import type { ResolvedTimeline } from '@/lib/resolve';
import { DropToOpen } from './local/DropToOpen';
import { SiteFooter } from './site/SiteFooter';
import { SiteHeader } from './site/SiteHeader';
import { TimelineHeader } from './TimelineHeader';
import { TimelineView } from './timeline/TimelineView';

/** A whole timeline page: the site bar, the timeline's header, its chart and list, and the footer. */
export function TimelinePage({ timeline, catalog }: { timeline: ResolvedTimeline; catalog: Pick<ResolvedTimeline, 'id' | 'title'>[] }) {
  return (
    <>
      <a
        href="#timeline"
        className="sr-only focus:not-sr-only focus:absolute focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to the timeline
      </a>
      <SiteHeader />
      <main className="mx-auto max-w-[1400px] space-y-8 px-4 pb-8 pt-8 sm:px-6 sm:pt-10">
        <div className="max-w-5xl">
          <TimelineHeader timeline={timeline} />
        </div>
        <div id="timeline">
          <TimelineView timeline={timeline} />
        </div>
      </main>
      <SiteFooter timelines={catalog} current={timeline.id} />
      <DropToOpen />
    </>
  );
}
