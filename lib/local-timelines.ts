import type { TimelineInput } from './schema';

/** A timeline the reader imported, as this browser keeps it. */
export interface LocalTimeline {
  /** Unique in this browser; the `id` of the view's URL. */
  key: string;
  /** What the reader calls it (the timeline's title unless renamed). */
  name: string;
  /** The converted, valid Parley timeline. */
  timeline: TimelineInput;
  /** Where it came from. */
  origin: { fileName?: string; format: string };
  /** ISO timestamps. */
  importedAt: string;
  updatedAt: string;
}

/** A kept timeline without its events, for lists. */
export type LocalTimelineSummary = Omit<LocalTimeline, 'timeline'> & { eventCount: number };

/** The page that shows a kept timeline. */
export function localTimelineUrl(key: string): string {
  return `/local?id=${encodeURIComponent(key)}`;
}

/** A key not yet taken: the timeline's id, or the id with -2, -3… */
export function freeKey(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}

/** What to tell the reader when the browser's storage refuses, by the DOMException name. */
export function storageErrorMessage(name: string): string {
  switch (name) {
    case 'QuotaExceededError':
      return 'This browser’s storage for Parley is full, so the timeline was not kept. Delete a timeline you no longer need, or free space in the browser, and try again.';
    case 'unavailable':
    case 'InvalidStateError':
    case 'SecurityError':
      return 'This browser does not let Parley keep timelines (private browsing or blocked site data?). You can still export what you imported as JSON or CSV.';
    case 'VersionError':
      return 'Parley is open in another tab with a newer version of its storage. Reload this page.';
    default:
      return 'The browser’s storage failed, so the change was not saved. Try again; if it keeps failing, export your timeline as JSON first.';
  }
}

/** A file name for a timeline's download: `women-in-computing.json`. */
export function downloadName(id: string, extension: 'json' | 'csv'): string {
  return `${id}.${extension}`;
}
