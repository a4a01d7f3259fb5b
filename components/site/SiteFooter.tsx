import Link from 'next/link';
import type { ResolvedTimeline } from '@/lib/resolve';
import { LocalTimelineLinks } from '../local/LocalTimelineLinks';

/** Links to every bundled timeline, and what Parley is. */
export function SiteFooter({ timelines, current }: { timelines: Pick<ResolvedTimeline, 'id' | 'title'>[]; current?: string }) {
  return (
    <footer className="mt-16 border-t border-line print:hidden">
      <div className="mx-auto max-w-[1400px] space-y-3 px-4 py-8 text-sm text-muted sm:px-6">
        <div className="flex flex-wrap gap-x-16 gap-y-6">
          <nav aria-label="Timelines">
            <h2 className="mb-2 text-xs font-semibold uppercase tracking-[0.14em]">Timelines</h2>
            <ul className="space-y-1">
              {timelines.map((timeline) => (
                <li key={timeline.id}>
                  <Link
                    href={`/t/${timeline.id}`}
                    aria-current={timeline.id === current ? 'page' : undefined}
                    className="text-ink underline decoration-line underline-offset-2 hover:decoration-ink aria-[current=page]:font-semibold"
                  >
                    {timeline.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <LocalTimelineLinks />
        </div>
        <p>Parley turns peace-process briefings into timelines where every event is backed by a verbatim quote from its source.</p>
      </div>
    </footer>
  );
}
