import { formatDate } from './format-dates';
import type { ResolvedTimeline } from './resolve';
import type { Kind, LinkType, Status } from './schema';

export const KIND_LABELS: Record<Kind, string> = {
  agreement: 'Agreement',
  negotiation: 'Negotiation',
  violence: 'Violence',
  ceasefire: 'Ceasefire',
  withdrawal: 'Withdrawal',
  statement: 'Statement',
  military: 'Military',
  political: 'Political',
  publication: 'Publication',
  other: 'Other',
};

export const STATUS_LABELS: Record<Status, string> = {
  occurred: 'Occurred',
  ongoing: 'Ongoing',
  planned: 'Planned',
  expected: 'Expected',
  cancelled: 'Cancelled',
};

/** How a link reads from the event that holds it: "Leads to", "Obligates", … */
export const LINK_LABELS: Record<LinkType, string> = {
  'leads-to': 'Leads to',
  obligates: 'Obligates',
  'responds-to': 'Responds to',
  violates: 'Violates',
  'part-of': 'Part of',
};

/** How a link reads from the event it points at. */
export const INVERSE_LINK_LABELS: Record<LinkType, string> = {
  'leads-to': 'Follows from',
  obligates: 'Obligated by',
  'responds-to': 'Prompted',
  violates: 'Violated by',
  'part-of': 'Includes',
};

/** "International Crisis Group, “Are the Taliban Serious about Peace Negotiations?”, 30 March 2020". */
export function citeSource(source: ResolvedTimeline['source']): string {
  return `${source.publisher}, “${source.title}”, ${formatDate(source.published, 'long')}`;
}

/** The short citation under each quote: "International Crisis Group, 30 March 2020". */
export function citeSourceShort(source: ResolvedTimeline['source']): string {
  return `${source.publisher}, ${formatDate(source.published, 'long')}`;
}
