import { csvDialect, METADATA_PREFIX } from './columns';
import type { ImportFormat } from './types';

const DELIMITERS = [',', '\t', ';'] as const;

/** Guesses the format of a file from its name and its first characters; undefined when it is none of them. */
export function detectFormat(text: string, fileName?: string): ImportFormat | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (start.startsWith('{') || start.startsWith('[') || extension === 'json') return jsonFormat(start);
  if (extension === 'csv' || extension === 'tsv' || start.startsWith(METADATA_PREFIX) || start.startsWith(`"${METADATA_PREFIX}`)) return 'csv';
  return findCsvHeader(start) ? 'csv' : undefined;
}

/** TimelineJS JSON has slides with `start_date` and a title slide object; Parley JSON has a title string. */
export function isTimelineJs(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const root = value as Record<string, unknown>;
  const events = Array.isArray(root.events) ? root.events : [];
  const slide = events.some((event) => event !== null && typeof event === 'object' && 'start_date' in event);
  return slide || 'eras' in root || 'scale' in root || (root.title !== null && typeof root.title === 'object');
}

function jsonFormat(text: string): ImportFormat {
  try {
    return isTimelineJs(JSON.parse(text)) ? 'timelinejs' : 'parley';
  } catch {
    return /"start_date"\s*:/.test(text) ? 'timelinejs' : 'parley';
  }
}

/** The delimiter of the first line (of the first 50) that names Parley's or TimelineJS's columns. */
export function findCsvHeader(text: string): { delimiter: string } | undefined {
  for (const line of text.split(/\r\n|\n|\r/, 50)) {
    for (const delimiter of DELIMITERS) {
      const cells = line.split(delimiter).map((cell) => cell.replace(/^\s*"|"\s*$/g, ''));
      if (cells.length > 1 && csvDialect(cells)) return { delimiter };
    }
  }
  return undefined;
}
