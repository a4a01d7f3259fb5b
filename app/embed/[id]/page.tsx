import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedView } from '@/components/embed/EmbedView';
import { DEFAULT_TIMELINE_ID, getCatalog, getTimeline } from '@/lib/datasets.server';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().timelines.map((timeline) => ({ id: timeline.id }));
}

export async function generateMetadata({ params }: PageProps<'/embed/[id]'>): Promise<Metadata> {
  const timeline = getTimeline((await params).id);
  return timeline ? { title: `${timeline.title} (embed)` } : {};
}

/** The chart alone, for iframes; the only route other sites may frame. */
export default async function EmbedRoute({ params }: PageProps<'/embed/[id]'>) {
  const timeline = getTimeline((await params).id);
  if (!timeline) notFound();
  return (
    <main>
      <EmbedView timeline={timeline} defaultId={DEFAULT_TIMELINE_ID} />
    </main>
  );
}
