import Link from 'next/link';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { getCatalog } from '@/lib/datasets.server';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-[1400px] space-y-4 px-4 py-16 sm:px-6">
        <p className="text-xs font-semibold uppercase tracking-[0.14em] text-muted">404 · Not found</p>
        <h1 className="font-serif text-3xl font-semibold text-ink">There is no timeline here</h1>
        <p className="max-w-prose text-ink/85">
          The address may be mistyped, or the timeline may have been renamed. Pick one of the timelines below, or go to the{' '}
          <Link href="/" className="underline underline-offset-2">
            briefing timeline
          </Link>
          .
        </p>
      </main>
      <SiteFooter timelines={getCatalog().timelines} />
    </>
  );
}
