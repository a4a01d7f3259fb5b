import { circa, describeOffset, formatDate, formatRange, type DateStyle } from './format-dates';
import type { ResolvedDate } from './derive';
import type { ResolvedEvent } from './resolve';

/** How a derived date was computed, in words: "14 months after “U.S. and Taliban sign agreement”". */
export function describeDerivation(date: ResolvedDate, titleOf: (id: string) => string | undefined): string | undefined {
  if (!date.derived) return undefined;
  const title = titleOf(date.derived.from);
  return `${describeOffset(date.derived.duration)} ${title ? `“${title}”` : date.derived.from}`;
}

/** An event's dates in words at their precision, with "c." when approximate: "c. Mar 2020", "22–29 Feb 2020". */
export function eventDateText(event: ResolvedEvent, style: DateStyle = 'short'): string {
  const text = event.end ? formatRange(event.start, event.end, style) : formatDate(event.start, style);
  return circa(text, event.approximate);
}

/** The accessible name of an event: "U.S. and Taliban sign agreement, 29 February 2020, United States and Taliban". */
export function eventAccessibleName(event: ResolvedEvent, actorName: (id: string) => string): string {
  const names = event.actors.map(actorName);
  const actors = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  return `${event.title}, ${eventDateText(event, 'long')}, ${actors}`;
}
