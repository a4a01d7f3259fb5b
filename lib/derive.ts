import { addDuration, formatYear, MAX_YEAR, MIN_YEAR, parseDuration, parsePartialDate, type Duration, type PartialDate } from './dates';
import type { Problem } from './problems';

/** A resolved date: the partial date, and how it was derived when it was. */
export interface ResolvedDate extends PartialDate {
  derived?: { from: string; offset: string; duration: Duration };
}

export interface EventDates {
  start?: ResolvedDate;
  end?: ResolvedDate;
}

interface RawEvent {
  id?: unknown;
  start?: unknown;
  end?: unknown;
}

/**
 * Resolves every event's start and end, following derived dates ({from, offset}) through other events' starts.
 * Works on unvalidated input: a date that cannot be resolved is left undefined, and missing references and
 * cycles are reported as problems (malformed values are the schema's to report).
 */
export function resolveEventDates(events: readonly unknown[]): { dates: EventDates[]; problems: Problem[] } {
  const indexById = new Map<string, number>();
  events.forEach((event, index) => {
    const id = (event as RawEvent | null)?.id;
    if (typeof id === 'string' && !indexById.has(id)) indexById.set(id, index);
  });
  const problems: Problem[] = [];
  const starts = new Map<number, ResolvedDate | undefined>();

  const resolveValue = (value: unknown, path: (string | number)[], chain: number[]): ResolvedDate | undefined => {
    if (typeof value === 'string') {
      const parsed = parsePartialDate(value);
      return parsed.ok ? parsed.value : undefined;
    }
    if (value === null || typeof value !== 'object') return undefined;
    const { from, offset } = value as { from?: unknown; offset?: unknown };
    if (typeof from !== 'string' || typeof offset !== 'string') return undefined;
    const duration = parseDuration(offset);
    const target = indexById.get(from);
    if (target === undefined) {
      problems.push({ path: [...path, 'from'], message: `derived from unknown event ${JSON.stringify(from)}` });
      return undefined;
    }
    if (chain.includes(target)) {
      const cycle = [...chain.slice(chain.indexOf(target)), target].map((i) => idOf(events[i]));
      problems.push({ path: [...path, 'from'], message: `derived dates form a cycle: ${cycle.join(' → ')}` });
      return undefined;
    }
    const base = resolveStart(target, chain);
    if (!base || !duration.ok) return undefined;
    const moved = addDuration(base, duration.value);
    // Also catches NaN, which date arithmetic returns for offsets of hundreds of thousands of years.
    if (!(moved.year >= MIN_YEAR && moved.year <= MAX_YEAR)) {
      problems.push({
        path: [...path, 'offset'],
        message: `${offset} from ${JSON.stringify(from)} falls outside the range Parley can represent (${formatYear(MIN_YEAR)} to ${MAX_YEAR} CE)`,
      });
      return undefined;
    }
    return { ...moved, derived: { from, offset, duration: duration.value } };
  };

  const resolveStart = (index: number, chain: number[]): ResolvedDate | undefined => {
    if (starts.has(index)) return starts.get(index);
    const start = resolveValue((events[index] as RawEvent | null)?.start, ['events', index, 'start'], [...chain, index]);
    starts.set(index, start);
    return start;
  };

  const dates = events.map((event, index) => {
    const start = resolveStart(index, []);
    const rawEnd = (event as RawEvent | null)?.end;
    // An end may derive from its own event's start: only starts can form cycles.
    const end = rawEnd === undefined ? undefined : resolveValue(rawEnd, ['events', index, 'end'], []);
    return { start, end };
  });
  return { dates, problems: dedupe(problems) };
}

function idOf(event: unknown): string {
  const id = (event as RawEvent | null)?.id;
  return typeof id === 'string' ? id : '?';
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path.join('.')}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
