import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TimelinePage } from '@/components/TimelinePage';
import { DEFAULT_TIMELINE_ID, getCatalog, getTimeline } from '@/lib/datasets.server';

export function generateMetadata(): Metadata {
  const timeline = getTimeline(DEFAULT_TIMELINE_ID);
  return { title: timeline?.title ?? 'Parley', description: timeline?.description };
}

export default function Home() {
  const timeline = getTimeline(DEFAULT_TIMELINE_ID);
  if (!timeline) notFound();
  return <TimelinePage timeline={timeline} catalog={getCatalog().timelines} />;
}
