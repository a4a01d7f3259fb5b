import type { SourceRef } from '@/lib/schema';
import { Highlight } from './Highlight';

/** A verbatim quote with its citation; the link, when there is one, is http(s) only (checked at validation). */
export function SourceQuote({ source, citation, terms }: { source: SourceRef; citation: string; terms?: readonly string[] }) {
  return (
    <figure className="border-l-2 border-(--quote-bar) pl-3">
      <blockquote className="font-serif text-[15px] leading-relaxed text-ink">
        <p>
          “<Highlight text={source.quote} terms={terms} />”
        </p>
      </blockquote>
      <figcaption className="mt-1 text-xs text-muted">
        —{' '}
        {source.url ? (
          <a href={source.url} rel="noopener noreferrer nofollow" className="underline decoration-line underline-offset-2 hover:text-ink">
            {citation}
          </a>
        ) : (
          <cite className="not-italic">{citation}</cite>
        )}
      </figcaption>
    </figure>
  );
}
