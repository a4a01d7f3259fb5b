import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTimeline } from './load';
import { formatProblem, type Problem } from './problems';
import type { ResolvedTimeline } from './resolve';

/** The folder of bundled timelines. */
export const DATA_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'data');
/** Files in data/ that are not timelines. */
const NOT_TIMELINES = new Set(['timeline.schema.json']);

/** The timeline files in a folder, sorted by name. */
export function timelineFiles(dir: string = DATA_DIR): string[] {
  return readdirSync(/* turbopackIgnore: true */ dir)
    .filter((name) => name.endsWith('.json') && !NOT_TIMELINES.has(name))
    .sort()
    .map((name) => path.join(/* turbopackIgnore: true */ dir, name));
}

/**
 * Loads and validates timeline files, also checking that ids are unique across them.
 * Files with problems are left out of `timelines` and reported in `problems`.
 */
export function loadTimelineFiles(files: string[], label: (file: string) => string = (f) => f): {
  timelines: ResolvedTimeline[];
  problems: Problem[];
} {
  const timelines: ResolvedTimeline[] = [];
  const problems: Problem[] = [];
  const fileById = new Map<string, string>();
  for (const file of files) {
    const result = loadTimeline(readFileSync(/* turbopackIgnore: true */ file, 'utf8'), label(file));
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const other = fileById.get(result.resolved.id);
    if (other) {
      problems.push({ file: label(file), path: ['id'], message: `id ${JSON.stringify(result.resolved.id)} is already used by ${other}` });
      continue;
    }
    fileById.set(result.resolved.id, label(file));
    timelines.push(result.resolved);
  }
  return { timelines, problems };
}

/** The timeline `/` shows. */
export const DEFAULT_TIMELINE_ID = 'afghanistan-2020';

let catalog: ReturnType<typeof loadTimelineFiles> | undefined;

/** Every valid bundled timeline, loaded once per server process; files with problems are logged and left out. */
export function getCatalog(): ReturnType<typeof loadTimelineFiles> {
  if (!catalog) {
    catalog = loadTimelineFiles(timelineFiles(), (file) => path.relative(process.cwd(), file));
    for (const problem of catalog.problems) console.error(`[parley] ${formatProblem(problem)}`);
  }
  return catalog;
}

/** A bundled timeline by id. */
export function getTimeline(id: string): ResolvedTimeline | undefined {
  return getCatalog().timelines.find((timeline) => timeline.id === id);
}
