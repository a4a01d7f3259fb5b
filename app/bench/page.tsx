import type { Metadata } from 'next';
import { BenchTimeline } from '@/components/bench/BenchTimeline';

export const metadata: Metadata = {
  title: 'Benchmark',
  description: 'A generated timeline for measuring the chart (npm run bench).',
  robots: { index: false, follow: false },
};

/** The benchmark page: `?data=<url>` (a timeline file) or `?n=10000&seed=42` (generated in the browser). */
export default function BenchPage() {
  return (
    <main className="space-y-3 px-4 py-4">
      {/* A parser-blocking script of our own (no inline code): the download overlaps hydration. */}
      <script src="/bench-fetch.js" />
      <BenchTimeline />
    </main>
  );
}
