import { locate, parseJson } from '../load';
import type { Problem } from '../problems';
import type { Place } from './types';

export type JsonInput =
  | { ok: true; value: unknown; duplicates: Problem[]; place: (path: (string | number)[]) => Place }
  | { ok: false; fatal: string; problems: Problem[] };

/** Parses JSON text for an importer: a fatal sentence on a syntax error, else the value and a way to locate paths in the text. */
export function readJson(text: string): JsonInput {
  const json = parseJson(text);
  if (!json.ok) {
    const first = json.problems[0];
    const reason = first.message.replace(/^malformed JSON: /, '');
    const where = first.line !== undefined ? ` (line ${first.line}, column ${first.column ?? 1})` : '';
    return { ok: false, fatal: `The file is not valid JSON: ${reason}${where}.`, problems: json.problems };
  }
  const source = text.replace(/^\uFEFF/, '');
  const place = (path: (string | number)[]): Place => {
    const [found] = locate([{ path, message: '' }], json.tree, source);
    return { path, ...(found.line !== undefined && { line: found.line, column: found.column }) };
  };
  return { ok: true, value: json.value, duplicates: json.duplicates, place };
}

/** Duplicated keys inside an event leave that event out; anywhere else they are file-level problems. */
export function duplicatesByEvent(duplicates: Problem[]): { index?: number; problem: Problem }[] {
  return duplicates.map((problem) => {
    const [head, index] = problem.path;
    return { ...(head === 'events' && typeof index === 'number' && { index }), problem };
  });
}
