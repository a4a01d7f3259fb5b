import type { Metadata } from 'next';
import { LocalTimelineView } from '@/components/local/LocalTimelineView';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { getCatalog } from '@/lib/datasets.server';

export const metadata: Metadata = { title: 'Your timeline', robots: { index: false } };

export default function LocalTimelineRoute() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-[1400px] px-4 pb-8 pt-8 sm:px-6 sm:pt-10">
        <LocalTimelineView />
      </main>
      <SiteFooter timelines={getCatalog().timelines} />
    </>
  );
}
