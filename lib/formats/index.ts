// The import/export layer of "Bring your own timeline": pure functions from text to a Parley timeline and back.
import { csvDialect, METADATA_PREFIX } from './columns';
import { readCsv } from './csv-cells';
import { importParleyCsv } from './csv';
import { detectFormat } from './detect';
import { unreadableInput } from './input';
import { importParleyJson } from './parley';
import { importTimelineJsCsv } from './timelinejs-csv';
import { importTimelineJsJson } from './timelinejs';
import type { ImportFormat, ImportResult } from './types';

export { formatBytes, MAX_IMPORT_BYTES, tooLargeMessage } from './input';
export { detectFormat } from './detect';
export { toParleyJson, SCHEMA_REFERENCE } from './parley';
export { toCsv } from './csv';
export { DEFAULT_ACTOR } from './timelinejs';
export type { ImportFormat, ImportResult } from './types';

/** The formats a user can choose from, in the order the import dialog lists them. */
export const IMPORT_FORMATS: { id: ImportFormat; label: string }[] = [
  { id: 'parley', label: 'Parley JSON' },
  { id: 'timelinejs', label: 'TimelineJS JSON' },
  { id: 'csv', label: 'CSV (Parley or TimelineJS spreadsheet)' },
];

/**
 * Reads a timeline file in any supported format (detected unless `format` is given): the valid events as a
 * Parley timeline, every problem located, and the events left out. `now` dates the import (no clock is read).
 */
export function importTimeline(text: string, options: { format?: ImportFormat; fileName?: string; now: Date }): ImportResult {
  const format = options.format ?? detectFormat(text, options.fileName) ?? 'parley';
  const fatal = unreadableInput(text);
  if (fatal) return { format, fatal, problems: [], notices: [], skipped: [], total: 0 };
  if (!options.format && !detectFormat(text, options.fileName)) {
    const sentence = 'This file does not look like a timeline: expected Parley JSON, TimelineJS JSON or a CSV with a header row.';
    return { format, fatal: sentence, problems: [], notices: [], skipped: [], total: 0 };
  }
  if (format === 'parley') return importParleyJson(text, options.fileName);
  if (format === 'timelinejs') return importTimelineJsJson(text, options);
  return importCsv(text, options);
}

function importCsv(text: string, options: { fileName?: string; now: Date }): ImportResult {
  const { rows, notices, fatal } = readCsv(text);
  if (fatal) return { format: 'csv', fatal, problems: [], notices: [], skipped: [], total: 0 };
  const headerIndex = rows.findIndex((row) => !row.every((cell) => cell.trim() === '') && !(row[0] ?? '').startsWith(METADATA_PREFIX));
  const dialect = headerIndex < 0 ? undefined : csvDialect(rows[headerIndex]);
  if (!dialect) {
    const fatal = "This CSV has no header row naming Parley's columns (id, title, start, …) or TimelineJS's (Year, Month, Day, Headline, …).";
    return { format: 'csv', fatal, problems: [], notices: [], skipped: [], total: 0 };
  }
  const result = dialect === 'parley' ? importParleyCsv(rows, headerIndex, options) : importTimelineJsCsv(rows, headerIndex, options);
  return { ...result, notices: [...notices, ...result.notices] };
}
