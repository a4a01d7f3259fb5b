import type { Metadata } from 'next';
import { BenchTimeline } from '@/components/bench/BenchTimeline';

export const metadata: Metadata = {
  title: 'Benchmark',
  description: 'A generated timeline for measuring the chart (npm run bench).',
  robots: { index: false, follow: false },
};

// Starts downloading `?data=` as soon as the HTML is parsed, while the page's scripts load and hydrate;
// BenchTimeline takes the promise from window.__benchFetch. (The CSP allows inline scripts: Next's own need it.)
const EARLY_FETCH = `(function () {
  var url = new URLSearchParams(location.search).get('data');
  if (!url) return;
  var text = fetch(url, { cache: 'no-store' }).then(function (response) {
    if (!response.ok) throw new Error('fetch ' + url + ': HTTP ' + response.status);
    return response.text();
  });
  text.catch(function () {}); // reported by BenchTimeline, which awaits it
  window.__benchFetch = { url: url, text: text };
})();`;

/** The benchmark page: `?data=<url>` (a timeline file) or `?n=10000&seed=42` (generated in the browser). */
export default function BenchPage() {
  return (
    <main className="space-y-3 px-4 py-4">
      <script dangerouslySetInnerHTML={{ __html: EARLY_FETCH }} />
      <BenchTimeline />
    </main>
  );
}
