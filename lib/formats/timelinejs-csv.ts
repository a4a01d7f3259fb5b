import { formatProblem } from '../problems';
import { assembleImport } from './assemble';
import { TIMELINEJS_CSV_COLUMNS } from './columns';
import { convertTimelineJs, timelineJsPath } from './timelinejs';
import type { ImportResult, Place } from './types';
import type { Raw } from './raw';

type Column = (typeof TIMELINEJS_CSV_COLUMNS)[number];
type Path = (string | number)[];

/** The spreadsheet column a TimelineJS path (events[3].end_date.month) comes from. */
function columnOf(path: Path): Column | undefined {
  const [, , key, sub] = path;
  if (key === 'start_date' || key === 'end_date') {
    const prefix = key === 'end_date' ? 'End ' : '';
    const part = sub === 'month' ? 'Month' : sub === 'day' ? 'Day' : sub === 'hour' ? 'Time' : 'Year';
    return `${prefix}${part}` as Column;
  }
  if (key === 'display_date') return 'Display Date';
  if (key === 'text' || key === 'unique_id') return sub === 'text' ? 'Text' : 'Headline';
  if (key === 'media') return 'Media';
  if (key === 'group') return 'Group';
  return undefined;
}

/** Imports a TimelineJS spreadsheet saved as CSV: rows become slides (Type "title" and "era" included), then convert as TimelineJS JSON does. */
export function importTimelineJsCsv(rows: string[][], headerIndex: number, options: { fileName?: string; now: Date }): ImportResult {
  const header = rows[headerIndex].map((name) => name.trim().toLowerCase());
  const notices: string[] = [];
  const columnIndex = new Map<string, number>();
  header.forEach((name, index) => {
    const column = TIMELINEJS_CSV_COLUMNS.find((known) => known.toLowerCase() === name);
    if (column && !columnIndex.has(column)) columnIndex.set(column, index);
    else if (name) notices.push(formatProblem({ file: options.fileName, path: [], row: headerIndex + 1, message: `the column ${JSON.stringify(rows[headerIndex][index].trim())} is not one of TimelineJS's and is ignored` }));
  });
  const root: { title?: Raw; eras: Raw[]; events: Raw[] } = { eras: [], events: [] };
  const rowOf = { title: 0, eras: [] as number[], events: [] as number[] };
  rows.forEach((row, index) => {
    if (index <= headerIndex || row.every((cell) => cell.trim() === '')) return;
    const cell = (column: Column) => (row[columnIndex.get(column) ?? -1] ?? '').trim();
    const date = (prefix: '' | 'End ') => ({
      year: cell(`${prefix}Year`),
      month: cell(`${prefix}Month`),
      day: cell(`${prefix}Day`),
      hour: cell(`${prefix}Time`),
    });
    const slide: Raw = {
      start_date: date(''),
      end_date: date('End '),
      display_date: cell('Display Date'),
      text: { headline: cell('Headline'), text: cell('Text') },
      media: { url: cell('Media'), credit: cell('Media Credit'), caption: cell('Media Caption'), thumbnail: cell('Media Thumbnail') },
      group: cell('Group'),
    };
    const type = cell('Type').toLowerCase();
    if (type === 'title' && !root.title) {
      root.title = slide;
      rowOf.title = index + 1;
    } else if (type === 'era') {
      root.eras.push(slide);
      rowOf.eras.push(index + 1);
    } else {
      if (type === 'title') notices.push(formatProblem({ file: options.fileName, path: [], row: index + 1, message: `a second title row is read as an event` }));
      root.events.push(slide);
      rowOf.events.push(index + 1);
    }
  });
  if (root.events.length === 0) {
    return { format: 'csv', fatal: 'The spreadsheet has no events: there are no rows under its header besides the title and eras.', problems: [], notices, skipped: [], total: 0 };
  }
  const place = (path: Path): Place => {
    const [head, index] = path;
    const row = head === 'title' ? rowOf.title : typeof index === 'number' ? (head === 'eras' ? rowOf.eras : rowOf.events)[index] : undefined;
    const column = head === 'title' ? (path[2] === 'text' ? 'Text' : 'Headline') : columnOf(path);
    return { path: [], ...(row && { row }), ...(column && { field: column }) };
  };
  const converted = convertTimelineJs(root, { fileName: options.fileName, now: options.now, place });
  converted.notices.unshift(...notices);
  return assembleImport('csv', converted, (path) => place(timelineJsPath(path)), options.fileName);
}
