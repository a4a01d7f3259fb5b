import Papa from 'papaparse';
import { findCsvHeader } from './detect';

// Spreadsheets run a cell that starts with one of these as a formula ("CSV injection").
const FORMULA_RE = /^'*[=+\-@\t\r]/;
const PROTECTED_RE = /^'+[=+\-@\t\r]/;

/** A cell made safe to open in a spreadsheet: one more leading apostrophe when it would start a formula. */
export function protectCell(value: string): string {
  return FORMULA_RE.test(value) ? `'${value}` : value;
}

/** The inverse of protectCell: "'-0500" → "-0500", "''=x" → "'=x"; other cells are unchanged. */
export function unprotectCell(value: string): string {
  return PROTECTED_RE.test(value) ? value.slice(1) : value;
}

export interface CsvRows {
  /** Every record of the file, cells unprotected; a record's row number is its index + 1. */
  rows: string[][];
  /** Remarks on quotes papaparse read past ("a"b): the cells were still read. */
  notices: string[];
  /** One sentence when a quoted cell is never closed: everything after it would be one cell. */
  fatal?: string;
}

/** Reads CSV text into records with papaparse, the delimiter taken from the header row (comma, tab or semicolon). */
export function readCsv(text: string): CsvRows {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = findCsvHeader(source)?.delimiter ?? ',';
  const parsed = Papa.parse<string[]>(source, { delimiter, header: false, skipEmptyLines: false });
  const rows = parsed.data.map((row) => row.map(unprotectCell));
  const where = (row: number | undefined) => (row === undefined ? '' : `row ${row + 1}: `);
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) {
    return { rows, notices: [], fatal: `The CSV is cut off or malformed: a quoted cell (${where(unclosed.row)}counting from the top) is never closed.` };
  }
  return { rows, notices: parsed.errors.map((error) => `${where(error.row)}${error.message}`) };
}

/** Writes records as CSV (RFC 4180: quoted where needed, CRLF line ends), every cell protected against formulas. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse(rows.map((row) => row.map(protectCell)), { newline: '\r\n' })}\r\n`;
}

/** True for a record with nothing in it (a blank line, or a row of empty cells). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
