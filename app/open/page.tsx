import type { Metadata } from 'next';
import { LocalTimelineList } from '@/components/local/LocalTimelineList';
import { OpenTimeline } from '@/components/open/OpenTimeline';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { getCatalog } from '@/lib/datasets.server';

export const metadata: Metadata = {
  title: 'Open a timeline',
  description: 'See your own timeline in Parley: Parley JSON, TimelineJS or CSV, read and kept in your browser, never uploaded.',
};

export default function OpenRoute() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-4xl space-y-12 px-4 pb-8 pt-8 sm:px-6 sm:pt-10">
        <header className="space-y-3">
          <h1 className="font-serif text-3xl font-semibold tracking-tight text-ink sm:text-[2.6rem] sm:leading-[1.1]">Open a timeline</h1>
          <p className="max-w-2xl text-[15px] leading-relaxed text-ink/85 sm:text-[17px]">
            See your own events in Parley: a Parley JSON file, a TimelineJS timeline (JSON, or its spreadsheet saved as CSV), or a CSV with
            Parley’s columns. Your file is read and kept in this browser; nothing is uploaded.
          </p>
        </header>
        <OpenTimeline />
        <LocalTimelineList />
      </main>
      <SiteFooter timelines={getCatalog().timelines} />
    </>
  );
}
