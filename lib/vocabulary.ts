// The schema's closed vocabularies, apart from the schema itself: the views import these, and importing
// lib/schema.ts would put zod in every page's scripts (a server-validated timeline needs no validator in the browser).

/** Event statuses, in the order the app lists them. */
export const STATUSES = ['occurred', 'ongoing', 'planned', 'expected', 'cancelled'] as const;
/** Event kinds, in the order the app lists them. */
export const KINDS = [
  'agreement',
  'negotiation',
  'violence',
  'ceasefire',
  'withdrawal',
  'statement',
  'military',
  'political',
  'publication',
  'other',
] as const;
/** Relation types between events. */
export const LINK_TYPES = ['leads-to', 'obligates', 'responds-to', 'violates', 'part-of'] as const;

export type Status = (typeof STATUSES)[number];
export type Kind = (typeof KINDS)[number];
export type LinkType = (typeof LINK_TYPES)[number];
