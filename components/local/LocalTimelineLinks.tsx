'use client';

import Link from 'next/link';
import { localTimelineUrl } from '@/lib/local-timelines';
import { useLocalTimelines } from './useLocalTimelines';

/** The footer's list of timelines kept in this browser (nothing when there are none or storage is closed). */
export function LocalTimelineLinks() {
  const { items } = useLocalTimelines();
  if (!items?.length) return null;
  return (
    <nav aria-label="Your timelines">
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-[0.14em]">In this browser</h2>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.key}>
            <Link href={localTimelineUrl(item.key)} className="text-ink underline decoration-line underline-offset-2 hover:decoration-ink">
              {item.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
