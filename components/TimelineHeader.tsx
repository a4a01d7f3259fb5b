import { toIsoString } from '@/lib/dates';
import { formatDate } from '@/lib/format-dates';
import type { ResolvedTimeline } from '@/lib/resolve';

/** The timeline's title, description, source citation, "as of" date and actors. */
export function TimelineHeader({ timeline }: { timeline: ResolvedTimeline }) {
  const { source } = timeline;
  const sourceTitle = source.url ? (
    <a href={source.url} rel="noopener noreferrer" className="underline decoration-line underline-offset-2 hover:decoration-ink">
      {source.title}
    </a>
  ) : (
    <cite className="not-italic">{source.title}</cite>
  );
  return (
    <header className="space-y-3 sm:space-y-5">
      <h1 className="max-w-3xl font-serif text-2xl font-semibold leading-tight tracking-tight text-ink sm:text-[2.6rem] sm:leading-[1.1]">
        {timeline.title}
      </h1>
      {timeline.description && <p className="max-w-2xl [overflow-wrap:anywhere] text-[15px] leading-relaxed text-ink/85 sm:text-[17px]">{timeline.description}</p>}
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm sm:gap-x-8 sm:gap-y-3">
        <dt className="font-semibold text-muted">Source</dt>
        <dd className="text-ink">
          {source.publisher}, “{sourceTitle}”, <time dateTime={toIsoString(source.published)}>{formatDate(source.published, "long")}</time>
        </dd>
        {timeline.asOf && (
          <>
            <dt className="font-semibold text-muted">As of</dt>
            <dd className="text-ink">{formatDate(timeline.asOf, 'long')}: later events are plans or forecasts</dd>
          </>
        )}
      </dl>
    </header>
  );
}
