import type { Problem } from '../problems';
import type { TimelineInput } from '../schema';

export type ImportFormat = 'parley' | 'timelinejs' | 'csv';

export interface ImportResult {
  /** The format used: detected, or chosen by the user. */
  format: ImportFormat;
  /** One plain sentence when nothing could be read (empty, binary, too large, not a timeline, malformed JSON). */
  fatal?: string;
  /** A schema-valid Parley timeline of the events that converted; undefined when fatal or when none did. */
  timeline?: TimelineInput;
  /** Everything wrong, located: JSON path with line and column, or CSV row and column heading. */
  problems: Problem[];
  /** Non-fatal remarks: times dropped, markup removed, unsafe links removed, links to skipped events dropped… */
  notices: string[];
  /** Events left out, by their 0-based index among the input's events. */
  skipped: { index: number; label: string; problems: Problem[] }[];
  /** The number of events found in the input. */
  total: number;
}

/** Where a problem is in the input: everything of a Problem but its message and file. */
export type Place = Omit<Problem, 'message' | 'file'>;
