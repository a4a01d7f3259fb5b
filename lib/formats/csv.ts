import { toIsoString, type PartialDate } from '../dates';
import { resolveEventDates } from '../derive';
import { formatProblem, type Problem } from '../problems';
import type { DateValue, Timeline, TimelineEvent, TimelineInput } from '../schema';
import { assembleImport, type Converted } from './assemble';
import { METADATA_PREFIX, PARLEY_CSV_COLUMNS, type ParleyColumn } from './columns';
import { writeCsv } from './csv-cells';
import { humanize, slugify } from './slug';
import { baseName, isoDay } from './timelinejs';
import type { Raw } from './raw';
import type { ImportResult, Place } from './types';

type AnyEvent = TimelineInput['events'][number] | TimelineEvent;

/** The publisher recorded for a Parley CSV without metadata rows. */
export const CSV_PUBLISHER = 'CSV import';
const LIST_SEPARATOR = '; ';

/** A date as a cell: written dates as they are, derived ones as "<event id>+P14M" or "<event id>-P1Y". */
export function dateCell(date: DateValue | undefined): string {
  if (date === undefined) return '';
  if (typeof date === 'string') return date;
  return date.offset.startsWith('-') ? `${date.from}${date.offset}` : `${date.from}+${date.offset}`;
}

/** The inverse of dateCell. */
export function parseDateCell(cell: string): DateValue {
  const derived = /^([a-z0-9-]+?)([+-])(P[0-9YMWD]*)$/.exec(cell);
  if (!derived) return cell;
  return { from: derived[1], offset: derived[2] === '-' ? `-${derived[3]}` : derived[3] };
}

function eventRow(event: AnyEvent): string[] {
  const [first, ...more] = event.sources;
  const cells: Record<ParleyColumn, string> = {
    id: event.id,
    title: event.title,
    start: dateCell(event.start),
    end: dateCell(event.end),
    approximate: event.approximate === undefined ? '' : String(event.approximate),
    status: event.status ?? '',
    kind: event.kind,
    actors: event.actors.join(LIST_SEPARATOR),
    place: event.place ?? '',
    display_date: event.displayDate ?? '',
    summary: event.summary ?? '',
    quote: first?.quote ?? '',
    source_url: first?.url ?? '',
    more_sources: more.length > 0 ? JSON.stringify(more) : '',
    links: (event.links ?? []).map((link) => `${link.type}:${link.to}`).join(LIST_SEPARATOR),
  };
  return PARLEY_CSV_COLUMNS.map((column) => cells[column]);
}

/**
 * A timeline as Parley CSV: metadata rows (`#parley {"timeline": …}`, then one `#parley {"actor": …}` per
 * actor), the header, one row per event. `events` writes a subset (e.g. the filtered ones).
 */
export function toCsv(timeline: TimelineInput | Timeline, events: readonly AnyEvent[] = timeline.events): string {
  const { events: _events, actors, $schema: _schema, ...meta } = timeline;
  return writeCsv([
    [`${METADATA_PREFIX}${JSON.stringify({ timeline: meta })}`],
    ...actors.map((actor) => [`${METADATA_PREFIX}${JSON.stringify({ actor })}`]),
    [...PARLEY_CSV_COLUMNS],
    ...selfContained(timeline.events, events).map(eventRow),
  ]);
}

/**
 * A subset of events that stands on its own, so that it imports again: dates derived from an event left out
 * are written as the dates they resolve to, and links to events left out are dropped.
 */
function selfContained(all: readonly AnyEvent[], subset: readonly AnyEvent[]): AnyEvent[] {
  if (subset === all) return [...subset];
  const ids = new Set(subset.map((event) => event.id));
  const { dates } = resolveEventDates(all);
  const resolved = new Map(all.map((event, index) => [event.id, dates[index]]));
  const written = (date: DateValue | undefined, resolvedDate: PartialDate | undefined) =>
    date === undefined || typeof date === 'string' || ids.has(date.from) || !resolvedDate ? date : toIsoString(resolvedDate);
  return subset.map((event) => {
    const { start, end } = resolved.get(event.id) ?? {};
    const links = event.links?.filter((link) => ids.has(link.to));
    const copy = { ...event, start: written(event.start, start) ?? event.start, end: written(event.end, end) };
    if (copy.end === undefined) delete copy.end;
    if (links === undefined || links.length === 0) delete copy.links;
    else copy.links = links;
    return copy;
  });
}

/** The column a Parley path of an event falls in. */
function columnOf(path: (string | number)[]): ParleyColumn | undefined {
  const [, , key, position, sub] = path;
  if (key === 'displayDate') return 'display_date';
  if (key === 'sources') return position === 0 || position === undefined ? (sub === 'url' ? 'source_url' : 'quote') : 'more_sources';
  return PARLEY_CSV_COLUMNS.find((column) => column === key);
}

interface Metadata {
  timeline?: Raw;
  actors: Raw[];
  timelineRow?: number;
  actorRows: number[];
}

function readMetadata(rows: string[][], headerIndex: number, problems: Problem[]): Metadata {
  const meta: Metadata = { actors: [], actorRows: [] };
  rows.slice(0, headerIndex).forEach((row, index) => {
    const cell = row[0] ?? '';
    if (!cell.startsWith(METADATA_PREFIX)) return;
    const place = { path: [], row: index + 1 };
    let value: unknown;
    try {
      value = JSON.parse(cell.slice(METADATA_PREFIX.length));
    } catch (error) {
      problems.push({ ...place, message: `this metadata row is not valid JSON after "${METADATA_PREFIX.trim()}" (${(error as Error).message})` });
      return;
    }
    const { timeline, actor } = (value ?? {}) as { timeline?: unknown; actor?: unknown };
    if (timeline !== null && typeof timeline === 'object' && !Array.isArray(timeline)) {
      meta.timeline = timeline as Raw;
      meta.timelineRow = index + 1;
    } else if (actor !== null && typeof actor === 'object' && !Array.isArray(actor)) {
      meta.actors.push(actor as Raw);
      meta.actorRows.push(index + 1);
    } else problems.push({ ...place, message: 'a metadata row should hold {"timeline": {…}} or {"actor": {…}}' });
  });
  return meta;
}

/** Imports a Parley CSV (rows read by readCsv; `headerIndex` is the header's record index). */
export function importParleyCsv(rows: string[][], headerIndex: number, options: { fileName?: string; now: Date }): ImportResult {
  const fileProblems: Problem[] = [];
  const notices: string[] = [];
  const meta = readMetadata(rows, headerIndex, fileProblems);
  const header = rows[headerIndex].map((name) => name.trim().toLowerCase());
  for (const name of header) {
    if (name && !PARLEY_CSV_COLUMNS.includes(name as ParleyColumn)) notices.push(formatProblem({ file: options.fileName, path: [], row: headerIndex + 1, message: `the column ${JSON.stringify(name)} is not one of Parley's and is ignored` }));
  }
  const columnIndex = new Map(header.map((name, index) => [name, index] as const).reverse());
  const events: Raw[] = [];
  const rowNumbers: number[] = [];
  const labels: string[] = [];
  const problems: Converted['problems'] = fileProblems.map((problem) => ({ problem }));
  rows.forEach((row, index) => {
    if (index <= headerIndex || row.every((cell) => cell.trim() === '')) return;
    const eventIndex = events.length;
    const cell = (column: ParleyColumn) => row[columnIndex.get(column) ?? -1] ?? '';
    const fail = (column: ParleyColumn, message: string) => problems.push({ index: eventIndex, problem: { path: [], row: index + 1, field: column, message } });
    events.push(rowEvent(cell, fail));
    rowNumbers.push(index + 1);
    labels.push(cell('title').trim() || cell('id').trim() || `row ${index + 1}`);
  });
  // With its metadata, a timeline of no events is still a timeline (as in JSON); without, there is nothing to import.
  if (events.length === 0 && !meta.timeline) {
    return { format: 'csv', fatal: 'The spreadsheet has no events: there are no rows under its header.', problems: [], notices, skipped: [], total: 0 };
  }
  const title = baseName(options.fileName) || 'Imported timeline';
  const timeline = meta.timeline ?? {
    id: slugify(title) || 'imported-timeline',
    title,
    source: { title, publisher: CSV_PUBLISHER, published: isoDay(options.now) },
  };
  const actors = [...meta.actors];
  const known = new Set(actors.map((actor) => actor.id));
  for (const id of events.flatMap((event) => (Array.isArray(event.actors) ? (event.actors as string[]) : []))) {
    if (known.has(id) || slugify(id) !== id) continue;
    known.add(id);
    actors.push({ id, name: humanize(id) });
    if (meta.actors.length > 0) notices.push(`${options.fileName ? `${options.fileName}: ` : ''}the actor ${JSON.stringify(id)} has no metadata row: it is named ${JSON.stringify(humanize(id))}`);
  }
  const raw = { ...timeline, actors, events };
  const place = (path: (string | number)[]): Place => {
    const [head, position] = path;
    if (head === 'events' && typeof position === 'number') {
      const column = columnOf(path);
      return { path: [], row: rowNumbers[position], ...(column && { field: column }) };
    }
    const row = head === 'actors' && typeof position === 'number' ? meta.actorRows[position] : meta.timelineRow;
    return { path, ...(row !== undefined && { row }) };
  };
  const converted: Converted = { raw, origin: events.map((_, index) => index), labels, problems, notices };
  return assembleImport('csv', converted, place, options.fileName);
}

/** One row → a Parley event as written; empty cells are absent fields, malformed cells are reported. */
function rowEvent(cell: (column: ParleyColumn) => string, fail: (column: ParleyColumn, message: string) => void): Raw {
  const optional = (column: ParleyColumn) => (cell(column) === '' ? undefined : cell(column));
  const list = (column: ParleyColumn) =>
    cell(column)
      .split(';')
      .map((item) => item.trim())
      .filter(Boolean);
  const approximateText = cell('approximate').trim().toLowerCase();
  const approximate = approximateText === '' ? undefined : approximateText === 'true' ? true : approximateText === 'false' ? false : null;
  if (approximate === null) fail('approximate', `${JSON.stringify(cell('approximate'))} should be true, false or empty`);
  const sources: unknown[] = [];
  if (cell('quote') !== '' || cell('source_url') !== '') sources.push({ quote: cell('quote'), ...(optional('source_url') && { url: cell('source_url') }) });
  if (cell('more_sources').trim() !== '') {
    try {
      const more: unknown = JSON.parse(cell('more_sources'));
      if (Array.isArray(more)) sources.push(...more);
      else fail('more_sources', 'should be a JSON list of sources, e.g. [{"quote": "…", "url": "https://…"}]');
    } catch {
      fail('more_sources', 'is not valid JSON: write a list of sources, e.g. [{"quote": "…", "url": "https://…"}]');
    }
  }
  const links = list('links').map((text) => {
    const [type, to, ...rest] = text.split(':');
    if (to === undefined || rest.length > 0) fail('links', `${JSON.stringify(text)} should be written type:event-id, e.g. leads-to:us-withdrawal`);
    return { type: type.trim(), to: (to ?? '').trim() };
  });
  const event: Raw = {
    id: optional('id'),
    title: optional('title'),
    summary: optional('summary'),
    start: optional('start') === undefined ? undefined : parseDateCell(cell('start')),
    end: optional('end') === undefined ? undefined : parseDateCell(cell('end')),
    approximate: approximate ?? undefined,
    status: optional('status'),
    actors: optional('actors') === undefined ? undefined : list('actors'),
    kind: optional('kind'),
    place: optional('place'),
    displayDate: optional('display_date'),
    sources: sources.length > 0 ? sources : undefined,
    links: links.length > 0 ? links : undefined,
  };
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined));
}
