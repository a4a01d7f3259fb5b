import { validateTimeline } from '../load';
import type { Problem } from '../problems';
import type { TimelineInput } from '../schema';
import { asObject, type Raw } from './raw';


export interface PartialValidation {
  /** The timeline with only the valid events (and no links to the others); undefined on file-level problems. */
  timeline?: TimelineInput;
  /** Problems outside the events (title, source, actors…), in Parley paths. */
  fileProblems: Problem[];
  /** Problems of the events left out, by index in the input's events, in Parley paths. */
  eventProblems: Map<number, Problem[]>;
  /** Links dropped because they pointed at an event left out: event index, link index, target id. */
  droppedLinks: { index: number; link: number; to: string }[];
}

const idOf = (event: unknown) => (typeof asObject(event)?.id === 'string' ? (asObject(event)?.id as string) : undefined);

/**
 * Validates a timeline event by event: events with problems are left out, then the rest is validated again
 * (an event derived from one left out is left out too) until what remains is valid. Links to events left out
 * are dropped rather than failing the events that hold them.
 */
export function validatePartially(raw: Raw): PartialValidation {
  if (!Array.isArray(raw.events)) {
    // No list of events to pick from: the schema says what is wrong with what is there instead.
    const result = validateTimeline(raw);
    return { fileProblems: result.ok ? [] : result.problems, eventProblems: new Map(), droppedLinks: [] };
  }
  const events: unknown[] = raw.events;
  const eventProblems = new Map<number, Problem[]>();
  for (;;) {
    const kept = events.flatMap((_, index) => (eventProblems.has(index) ? [] : [index]));
    const keptIds = new Set(kept.map((index) => idOf(events[index])));
    const goneIds = new Set([...eventProblems.keys()].map((index) => idOf(events[index])).filter((id) => id !== undefined && !keptIds.has(id)));
    const droppedLinks: PartialValidation['droppedLinks'] = [];
    const candidateEvents = kept.map((index) => withoutLinksTo(events[index], goneIds, (link, to) => droppedLinks.push({ index, link, to })));
    const candidate = { ...raw, events: candidateEvents };
    const result = validateTimeline(candidate);
    if (result.ok) return { timeline: candidate as TimelineInput, fileProblems: [], eventProblems, droppedLinks };
    let found = false;
    const outside: Problem[] = [];
    for (const problem of result.problems) {
      const [head, position, ...rest] = problem.path;
      if (head === 'events' && typeof position === 'number') {
        const index = kept[position];
        const list = eventProblems.get(index) ?? [];
        list.push({ ...problem, path: ['events', index, ...rest], message: explainGone(problem.message, goneIds) });
        eventProblems.set(index, list);
        found = true;
      } else outside.push(problem);
    }
    // File-level problems leave no timeline; the first pass has already listed every event's own problems.
    if (outside.length > 0 || !found) return { fileProblems: outside, eventProblems, droppedLinks };
  }
}

function withoutLinksTo(event: unknown, gone: Set<string | undefined>, dropped: (link: number, to: string) => void): unknown {
  const object = asObject(event);
  if (!object || !Array.isArray(object.links) || gone.size === 0) return event;
  const links = object.links.filter((link, index) => {
    const to = asObject(link)?.to;
    if (typeof to !== 'string' || !gone.has(to)) return true;
    dropped(index, to);
    return false;
  });
  if (links.length === object.links.length) return event;
  const { links: _links, ...rest } = object;
  return links.length > 0 ? { ...rest, links } : rest;
}

/** "derived from unknown event "x"" reads better as "derived from "x", which is left out" when x was there. */
function explainGone(message: string, gone: Set<string | undefined>): string {
  const match = /^derived from unknown event "(.*)"$/.exec(message);
  return match && gone.has(match[1]) ? `derived from "${match[1]}", which is left out because of its own problems` : message;
}
