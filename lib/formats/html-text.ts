import { Parser } from 'htmlparser2';

export interface PlainText {
  text: string;
  /** The input held markup (tags), now removed. */
  hadMarkup: boolean;
  /** Hrefs of links dropped because they were not http(s) (javascript:, data:, relative…). */
  unsafeLinks: string[];
}

const BLOCKS = new Set(['p', 'div', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'cite']);
const SKIPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template']);
const HTTP_RE = /^https?:\/\//i;

/**
 * HTML (as TimelineJS headlines and texts hold it) → plain text: entities decoded, tags removed, paragraphs and
 * line breaks kept as line breaks, and links kept as "label (https://…)" when they are http(s).
 */
export function htmlToText(html: string): PlainText {
  let out = '';
  let hadMarkup = false;
  const unsafeLinks: string[] = [];
  const anchors: { href?: string; start: number }[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        hadMarkup = true;
        if (SKIPPED.has(name)) skipping++;
        else if (name === 'br') out += '\n';
        else if (BLOCKS.has(name)) out += '\n';
        else if (name === 'a') anchors.push({ href: attribs.href?.trim(), start: out.length });
      },
      ontext(data) {
        // As in HTML, a line break in the source text is a space; <br> and block tags make the line breaks.
        if (skipping === 0) out += data.replace(/[\r\n]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) out += '\n';
        else if (name === 'a') {
          const anchor = anchors.pop();
          const href = anchor?.href;
          if (!anchor || !href) return;
          const label = out.slice(anchor.start).trim();
          if (!HTTP_RE.test(href)) unsafeLinks.push(href);
          else if (label !== href) out += ` (${href})`;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { text: tidy(out), hadMarkup, unsafeLinks };
}

/** Collapses runs of spaces, trims each line and allows at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
