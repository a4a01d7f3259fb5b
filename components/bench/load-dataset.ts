import { loadTimeline, parseJson, validateTimeline } from '@/lib/load';
import type { Problem } from '@/lib/problems';
import type { ResolvedTimeline } from '@/lib/resolve';
import { epochNow } from './clock';

/** A dataset loaded for the benchmark page, with when it was parsed and validated (ms since the Unix epoch). */
export interface TimedLoad {
  /** Only the resolved model (plain data, cheap to pass from a worker), or the problems. */
  result: { ok: true; resolved: ResolvedTimeline } | { ok: false; problems: Problem[] };
  parsedAt: number;
  validatedAt: number;
}


/**
 * loadTimeline's two steps, timed apart: parse, then validate and resolve. On any problem loadTimeline itself
 * runs again, to report the problems located in the text.
 */
export function loadTimed(text: string): TimedLoad {
  const json = parseJson(text);
  const parsedAt = epochNow();
  const valid = json.ok && json.duplicates.length === 0 ? validateTimeline(json.value) : undefined;
  const result = valid?.ok ? valid : loadTimeline(text);
  return { result: result.ok ? { ok: true, resolved: result.resolved } : result, parsedAt, validatedAt: epochNow() };
}

