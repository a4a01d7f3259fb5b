import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTimeline } from './load';
import type { Problem } from './problems';
import type { ResolvedTimeline } from './resolve';

/** The folder of bundled timelines. */
export const DATA_DIR = path.join(process.cwd(), 'data');
/** Files in data/ that are not timelines. */
const NOT_TIMELINES = new Set(['timeline.schema.json']);

/** The timeline files in a folder, sorted by name. */
export function timelineFiles(dir: string = DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !NOT_TIMELINES.has(name))
    .sort()
    .map((name) => path.join(dir, name));
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
    const result = loadTimeline(readFileSync(file, 'utf8'), label(file));
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
