'use client';

import { useEffect, useRef } from 'react';
import { eventDateText } from '@/lib/describe';
import { KIND_LABELS } from '@/lib/labels';
import { groupRelations, type Relation } from '@/lib/relations';
import type { ResolvedActor, ResolvedEvent } from '@/lib/resolve';
import { ActorTags } from './ActorTag';
import { EventDates } from './EventDates';
import { Highlight } from './Highlight';
import { SourceQuote } from './SourceQuote';
import { StatusBadge } from './StatusBadge';

export interface EventDetailProps {
  event: ResolvedEvent;
  actors: Map<string, ResolvedActor>;
  relations: Relation[];
  titleOf: (id: string) => string | undefined;
  citation: string;
  onClose: () => void;
  onNavigate: (id: string) => void;
  /** Search terms to highlight. */
  terms?: readonly string[];
  /** Move focus into the panel when it opens or changes event (not while the reader steps through search results). */
  takeFocus?: boolean;
}

/**
 * The evidence for one event: a side panel on wide screens, a bottom sheet on phones. It takes focus when it
 * opens (or shows another event) and gives it back through `onClose`; Esc closes it.
 */
export function EventDetail({ event, actors, relations, titleOf, citation, onClose, onNavigate, terms, takeFocus = true }: EventDetailProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (takeFocus) headingRef.current?.focus({ preventScroll: true });
  }, [event.id, takeFocus]);

  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby="event-detail-title"
      data-detail-for={event.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      className="fixed inset-x-0 bottom-0 z-40 flex max-h-[78dvh] flex-col rounded-t-2xl border border-line bg-surface shadow-2xl md:inset-x-auto md:bottom-4 md:right-4 md:top-4 md:max-h-none md:w-[420px] md:rounded-2xl print:hidden"
    >
      <div className="flex items-start justify-between gap-3 border-b border-line px-5 pb-3 pt-4">
        <div className="min-w-0 space-y-1">
          <p className="text-xs font-semibold text-muted">{eventDateText(event, 'long')}</p>
          <h2 id="event-detail-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold leading-snug text-ink">
            <Highlight text={event.title} terms={terms} />
          </h2>
        </div>
        <button
          type="button"
          onClick={onClose}
          className="-mr-1 inline-flex size-9 shrink-0 items-center justify-center rounded-full text-muted hover:bg-surface-2 hover:text-ink"
          aria-label="Close details"
        >
          <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5">
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <div className="min-h-0 flex-1 space-y-4 overflow-y-auto overscroll-contain px-5 py-4">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="text-muted">When</dt>
          <dd className="font-medium text-ink">
            <EventDates event={event} titleOf={titleOf} />
          </dd>
          <dt className="text-muted">Status</dt>
          <dd>
            <StatusBadge status={event.status} />
            {event.approximate && <span className="ml-2 text-xs text-muted">dates approximate</span>}
          </dd>
          <dt className="text-muted">Kind</dt>
          <dd className="text-ink">{KIND_LABELS[event.kind]}</dd>
          {event.place && (
            <>
              <dt className="text-muted">Place</dt>
              <dd className="text-ink">
                <Highlight text={event.place} terms={terms} />
              </dd>
            </>
          )}
          <dt className="text-muted">Actors</dt>
          <dd>
            <ActorTags ids={event.actors} actors={actors} />
          </dd>
        </dl>
        {event.summary && (
          <p className="text-[15px] leading-relaxed text-ink/90">
            <Highlight text={event.summary} terms={terms} />
          </p>
        )}
        <div className="space-y-3">
          <h3 className="text-xs font-semibold uppercase tracking-[0.12em] text-muted">Evidence</h3>
          {event.sources.map((source, index) => (
            <SourceQuote key={index} source={source} citation={citation} terms={terms} />
          ))}
        </div>
        {relations.length > 0 && (
          <div className="space-y-2">
            <h3 className="text-xs font-semibold uppercase tracking-[0.12em] text-muted">Related events</h3>
            {groupRelations(relations).map((group) => (
              <div key={group.label} className="space-y-1">
                <p className="text-xs text-muted">{group.label}</p>
                <ul className="space-y-1">
                  {group.others.map((other) => (
                    <li key={other}>
                      <button
                        type="button"
                        onClick={() => onNavigate(other)}
                        className="w-full rounded-lg border border-line px-3 py-2 text-left text-sm font-medium text-ink hover:border-ink/40 hover:bg-surface-2"
                      >
                        {titleOf(other) ?? other}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
