import { formatYear, periodEnd } from './dates';
import type { ResolvedEvent, ResolvedTimeline } from './resolve';

export interface YearGroup {
  year: string;
  events: ResolvedEvent[];
}

/** Consecutive events grouped by the year they start in ("44 BCE", "2020"). */
export function groupByYear(events: readonly ResolvedEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of events) {
    const year = formatYear(event.start.year);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** Events up to the timeline's `asOf` date, and the plans and forecasts that start after it. */
export function splitAtAsOf(timeline: ResolvedTimeline): { record: ResolvedEvent[]; beyond: ResolvedEvent[] } {
  if (!timeline.asOf) return { record: timeline.events, beyond: [] };
  const cutoff = periodEnd(timeline.asOf);
  return {
    record: timeline.events.filter((event) => event.startMs < cutoff),
    beyond: timeline.events.filter((event) => event.startMs >= cutoff),
  };
}
