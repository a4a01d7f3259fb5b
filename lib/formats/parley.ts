import { timelineSchema, type Timeline, type TimelineInput } from '../schema';
import { assembleImport } from './assemble';
import { isTimelineJs } from './detect';
import { duplicatesByEvent, readJson } from './json-input';
import type { ImportResult } from './types';
import { asObject, type Raw } from './raw';

/** Where an exported file expects its JSON Schema: beside it, as in data/. */
export const SCHEMA_REFERENCE = './timeline.schema.json';


/** Imports Parley JSON, keeping the valid events when some are not. */
export function importParleyJson(text: string, fileName?: string): ImportResult {
  const json = readJson(text);
  if (!json.ok) return { format: 'parley', fatal: json.fatal, problems: json.problems.map((p) => ({ ...(fileName && { file: fileName }), ...p })), notices: [], skipped: [], total: 0 };
  const root = asObject(json.value);
  if (!root || !('events' in root || 'actors' in root)) {
    const fatal = 'This JSON is not a Parley timeline: it should be an object with "id", "title", "source", "actors" and "events".';
    return { format: 'parley', fatal, problems: [], notices: [], skipped: [], total: 0 };
  }
  if (isTimelineJs(root)) {
    return { format: 'parley', fatal: 'This is TimelineJS JSON, not a Parley timeline: import it as TimelineJS JSON.', problems: [], notices: [], skipped: [], total: 0 };
  }
  const events = Array.isArray(root.events) ? root.events : [];
  const labels = events.map((event, index) => {
    const object = asObject(event);
    const label = typeof object?.title === 'string' ? object.title : typeof object?.id === 'string' ? object.id : '';
    return label.trim() || `event ${index + 1}`;
  });
  const converted = { raw: root, origin: events.map((_, index) => index), labels, problems: duplicatesByEvent(json.duplicates), notices: [] };
  return assembleImport('parley', converted, json.place, fileName);
}

/** Orders an object's keys as a zod object schema lists them (unknown keys last). */
function ordered(value: Raw, keys: readonly string[]): Raw {
  const out: Raw = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  for (const key of Object.keys(value)) if (!(key in out) && value[key] !== undefined) out[key] = value[key];
  return out;
}

const TIMELINE_KEYS = Object.keys(timelineSchema.shape);
const EVENT_KEYS = Object.keys(timelineSchema.shape.events.element.shape);

/** A timeline as a Parley JSON file: keys in the schema's order, "$schema" first, two-space indent, final newline. */
export function toParleyJson(timeline: TimelineInput | Timeline): string {
  const root = ordered({ ...timeline, $schema: SCHEMA_REFERENCE } as Raw, TIMELINE_KEYS);
  root.events = timeline.events.map((event) => ordered(event as Raw, EVENT_KEYS));
  return `${JSON.stringify(root, null, 2)}\n`;
}
