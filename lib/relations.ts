import { INVERSE_LINK_LABELS, LINK_LABELS } from './labels';
import type { ResolvedTimeline } from './resolve';
import type { LinkType } from './schema';

export interface Relation {
  type: LinkType;
  /** How the relation reads from this event: "Leads to", or "Follows from" for an incoming link. */
  label: string;
  direction: 'out' | 'in';
  other: string;
}

/** Every event's relations in both directions: outgoing first, then incoming, each in the timeline's (chronological) order. */
export function relationsByEvent(timeline: ResolvedTimeline): Map<string, Relation[]> {
  const relations = new Map<string, Relation[]>();
  let linkCount = 0;
  for (const event of timeline.events) {
    relations.set(event.id, []);
    linkCount += event.links.length;
  }
  if (linkCount === 0) return relations;
  for (const event of timeline.events) {
    for (const link of event.links) {
      relations.get(event.id)?.push({ type: link.type, label: LINK_LABELS[link.type], direction: 'out', other: link.to });
    }
  }
  for (const event of timeline.events) {
    for (const link of event.links) {
      relations.get(link.to)?.push({ type: link.type, label: INVERSE_LINK_LABELS[link.type], direction: 'in', other: event.id });
    }
  }
  return relations;
}

/** Relations grouped under their label, in first-seen order: "Obligates" → [withdrawal, talks]. */
export function groupRelations(relations: readonly Relation[]): { label: string; others: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const relation of relations) {
    const others = groups.get(relation.label) ?? [];
    if (!others.includes(relation.other)) others.push(relation.other);
    groups.set(relation.label, others);
  }
  return [...groups].map(([label, others]) => ({ label, others }));
}
