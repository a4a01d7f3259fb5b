import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TimelinePage } from '@/components/TimelinePage';
import { getCatalog, getTimeline } from '@/lib/datasets.server';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCatalog().timelines.map((timeline) => ({ id: timeline.id }));
}

export async function generateMetadata({ params }: PageProps<'/t/[id]'>): Promise<Metadata> {
  const timeline = getTimeline((await params).id);
  return timeline ? { title: timeline.title, description: timeline.description } : {};
}

export default async function TimelineRoute({ params }: PageProps<'/t/[id]'>) {
  const timeline = getTimeline((await params).id);
  if (!timeline) notFound();
  return <TimelinePage timeline={timeline} catalog={getCatalog().timelines} />;
}
