import { formatProblem, type Problem } from '../problems';
import type { TimelineInput } from '../schema';
import { validatePartially } from './partial';
import type { ImportFormat, ImportResult, Place } from './types';

/** What a converter hands over: a Parley timeline to validate, and what it already found converting. */
export interface Converted {
  /** The Parley timeline as converted, with the events that could be converted. */
  raw: Record<string, unknown>;
  /** raw.events[k] came from the input's event origin[k]. */
  origin: number[];
  /** A label for each of the input's events (its headline or title). */
  labels: string[];
  /** Located problems of the conversion itself, with the input event they belong to (none for file-level ones). */
  problems: { index?: number; problem: Problem }[];
  /** Located problems of parts left out that are not events (a TimelineJS era): reported, but not fatal to the rest. */
  leftOut?: Problem[];
  notices: string[];
  /** The converter made the actors up (from TimelineJS groups): keep only those of the events kept. */
  pruneActors?: boolean;
}

/** Shared tail of every importer: validate the converted timeline event by event and report in the input's terms. */
export function assembleImport(
  format: ImportFormat,
  converted: Converted,
  place: (parleyPath: (string | number)[]) => Place,
  fileName?: string,
): ImportResult {
  const total = converted.labels.length;
  const file = fileName === undefined ? {} : { file: fileName };
  const located = (problem: Problem, path: (string | number)[]): Problem => ({ ...file, ...place(path), message: problem.message });
  const byEvent = new Map<number, Problem[]>();
  const fileProblems: Problem[] = [];
  for (const { index, problem } of converted.problems) {
    const withFile = { ...file, ...problem };
    if (index === undefined) fileProblems.push(withFile);
    else byEvent.set(index, [...(byEvent.get(index) ?? []), withFile]);
  }
  // Events the converter already found wrong are left out before validating the rest.
  const all = Array.isArray(converted.raw.events) ? converted.raw.events : [];
  const keep = all.flatMap((_, k) => (byEvent.has(converted.origin[k]) ? [] : [k]));
  const origin = keep.map((k) => converted.origin[k]);
  const raw = Array.isArray(converted.raw.events) ? { ...converted.raw, events: keep.map((k) => all[k]) } : converted.raw;
  const validation = keep.length > 0 || total === 0 ? validatePartially(raw) : undefined;
  const notices = [...converted.notices];
  if (validation) {
    const inputPath = (path: (string | number)[]) =>
      path[0] === 'events' && typeof path[1] === 'number' ? ['events', origin[path[1]], ...path.slice(2)] : path;
    fileProblems.push(...validation.fileProblems.map((problem) => located(problem, problem.path)));
    for (const [k, problems] of validation.eventProblems) {
      const index = origin[k];
      byEvent.set(index, [...(byEvent.get(index) ?? []), ...problems.map((problem) => located(problem, inputPath(problem.path)))]);
    }
    for (const { index, link, to } of validation.droppedLinks) {
      const message = `its link to ${JSON.stringify(to)} is dropped because that event is left out`;
      notices.push(formatProblem(located({ path: [], message }, ['events', origin[index], 'links', link])));
    }
  }
  const skipped = [...byEvent.keys()]
    .sort((a, b) => a - b)
    .map((index) => ({ index, label: converted.labels[index], problems: byEvent.get(index) ?? [] }));
  const kept = total - skipped.length;
  const valid = fileProblems.length === 0 && (kept > 0 || total === 0) ? validation?.timeline : undefined;
  const timeline = valid && converted.pruneActors ? withActorsInUse(valid) : valid;
  return {
    format,
    ...(timeline && { timeline }),
    problems: [...fileProblems, ...(converted.leftOut ?? []).map((problem) => ({ ...file, ...problem })), ...skipped.flatMap((entry) => entry.problems)],
    notices,
    skipped,
    total,
  };
}

function withActorsInUse(timeline: TimelineInput): TimelineInput {
  const used = new Set(timeline.events.flatMap((event) => event.actors));
  return { ...timeline, actors: timeline.actors.filter((actor) => used.has(actor.id)) };
}
