/** The columns of a Parley CSV, in the order toCsv writes them. */
export const PARLEY_CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'approximate',
  'status',
  'kind',
  'actors',
  'place',
  'display_date',
  'summary',
  'quote',
  'source_url',
  'more_sources',
  'links',
] as const;
export type ParleyColumn = (typeof PARLEY_CSV_COLUMNS)[number];

/** The columns of a TimelineJS spreadsheet (its Google Sheets template). */
export const TIMELINEJS_CSV_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** The first cell of a Parley CSV metadata row starts with this, then JSON. */
export const METADATA_PREFIX = '#parley ';

export type CsvDialect = 'parley' | 'timelinejs';

const normalise = (cell: string) => cell.replace(/^\uFEFF/, '').trim().toLowerCase();

/** Which CSV a header row belongs to, by its column names (case and surrounding spaces ignored). */
export function csvDialect(header: readonly string[]): CsvDialect | undefined {
  const names = new Set(header.map(normalise));
  if (names.has('id') && names.has('start')) return 'parley';
  if (names.has('year') && names.has('headline')) return 'timelinejs';
  return undefined;
}
