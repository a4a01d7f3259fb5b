import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { checkReferences } from './checks';
import { resolveEventDates } from './derive';
import type { Problem } from './problems';
import { resolveTimeline, type ResolvedTimeline } from './resolve';
import { timelineSchema, type Timeline } from './schema';
import { issuesToProblems } from './zod-issues';

export type LoadResult =
  | { ok: true; timeline: Timeline; resolved: ResolvedTimeline }
  | { ok: false; problems: Problem[] };

const PARSE_MESSAGES: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control characters must be escaped in strings',
};

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const TREE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Parses JSON text strictly, reporting syntax errors (and duplicate keys) with line and column. */
export function parseJson(
  text: string,
): { ok: true; value: unknown; tree: Node; duplicates: Problem[] } | { ok: false; problems: Problem[] } {
  // Fast path for the usual case, valid JSON without duplicate keys: the native parser, and a count of keys
  // instead of a syntax tree (the tree is only built if asked for, to locate problems).
  const source = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return parseJsonWithTree(text);
  }
  if (countKeys(value) !== countPropertyNames(source)) return parseJsonWithTree(text);
  let tree: Node | undefined;
  return {
    ok: true,
    value,
    get tree() {
      return (tree ??= parseTree(source, [], TREE_OPTIONS) as Node);
    },
    duplicates: [],
  };
}

/** parseJson always through jsonc-parser's syntax tree (what parseJson falls back to): syntax errors, duplicate keys. */
export function parseJsonWithTree(text: string): ReturnType<typeof parseJson> {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, problems: [{ path: [], message: 'the file is empty', line: 1, column: 1 }] };
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, TREE_OPTIONS);
  if (errors.length > 0 || !tree) {
    // Only the first syntax error: the ones after it are usually its echoes.
    const first = errors[0];
    if (!first) return { ok: false, problems: [{ path: [], message: 'malformed JSON' }] };
    const comma = trailingComma(source, first);
    const truncated = first.offset >= source.trimEnd().length;
    const problem: Problem =
      comma >= 0
        ? { path: [], message: 'malformed JSON: trailing comma before a closing bracket or brace', ...lineColumn(source, comma) }
        : truncated
          ? { path: [], message: 'malformed JSON: the text ends too early (is the file truncated?)', ...lineColumn(source, first.offset) }
          : { path: [], message: `malformed JSON: ${PARSE_MESSAGES[printParseErrorCode(first.error)] ?? 'syntax error'}`, ...lineColumn(source, first.offset) };
    return { ok: false, problems: [problem] };
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [{ path: [], message: `malformed JSON: ${(error as Error).message}` }] };
  }
  // Sorted: duplicateKeys visits an object's own keys before the objects nested in it.
  const duplicates = duplicateKeys(tree).sort((a, b) => a.offset - b.offset).map((node) => ({
    path: pathOf(node),
    message: 'this field appears twice in the same object (the later value would silently win)',
    ...lineColumn(source, node.offset),
  }));
  return { ok: true, value, tree, duplicates };
}

/** The number of keys of all the objects in a parsed JSON value (a duplicated key in the text counts once). */
export function countKeys(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    for (const key of Object.keys(current)) {
      count++;
      stack.push((current as Record<string, unknown>)[key]);
    }
  }
  return count;
}

/** The number of property names in valid JSON text: strings followed by a colon. */
export function countPropertyNames(json: string): number {
  let count = 0;
  const length = json.length;
  for (let i = 0; i < length; i++) {
    if (json.charCodeAt(i) !== 34) continue; // an opening "
    for (i++; i < length; i++) {
      const code = json.charCodeAt(i);
      if (code === 92) i++; // a backslash escapes the next character
      else if (code === 34) break;
    }
    let next = i + 1;
    while (isJsonSpace(json.charCodeAt(next))) next++;
    if (json.charCodeAt(next) === 58) count++; // ":"
  }
  return count;
}

const isJsonSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/** The offset of a comma just before a closing } or ] where the parser failed, or -1. */
function trailingComma(source: string, error: ParseError): number {
  const code = printParseErrorCode(error.error);
  if (code !== 'PropertyNameExpected' && code !== 'ValueExpected') return -1;
  if (!/[}\]]/.test(source[error.offset] ?? '')) return -1;
  let i = error.offset - 1;
  while (i >= 0 && /\s/.test(source[i])) i--;
  return source[i] === ',' ? i : -1;
}

function duplicateKeys(node: Node): Node[] {
  const found: Node[] = [];
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (key && seen.has(key.value)) found.push(key);
      if (key) seen.add(key.value);
    }
  }
  for (const child of node.children ?? []) found.push(...duplicateKeys(child));
  return found;
}

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  let current: Node | undefined = node;
  while (current?.parent) {
    const parent: Node = current.parent;
    if (parent.type === 'property') path.unshift(parent.children?.[0]?.value);
    else if (parent.type === 'array') path.unshift(parent.children?.indexOf(current) ?? 0);
    current = parent;
  }
  return path;
}

/** Adds line and column to problems whose path (or its nearest existing parent) is found in the JSON text. */
export function locate(problems: Problem[], tree: Node, text: string): Problem[] {
  return problems.map((problem) => {
    for (let depth = problem.path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, problem.path.slice(0, depth));
      if (!node) continue;
      const target = node.parent?.type === 'property' ? node.parent : node;
      return { ...problem, ...lineColumn(text, target.offset) };
    }
    return problem;
  });
}

/** Validates an already-parsed value: schema, references, derived dates, then resolves it for the views. */
export function validateTimeline(value: unknown): LoadResult {
  const parsed = timelineSchema.safeParse(value);
  const schemaProblems = parsed.success ? [] : issuesToProblems(parsed.error.issues, value, timelineSchema);
  const events = Array.isArray((value as { events?: unknown } | null)?.events) ? (value as { events: unknown[] }).events : [];
  const { dates, problems: dateProblems } = resolveEventDates(events);
  const problems = [...schemaProblems, ...dateProblems, ...checkReferences(value, dates)];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, timeline: parsed.data, resolved: resolveTimeline(parsed.data, dates) };
}

/** Text → parsed → validated → resolved, with every problem located in the text; `file` labels the problems. */
export function loadTimeline(text: string, file?: string): LoadResult {
  const json = parseJson(text);
  const label = (problems: Problem[]) => problems.map((problem) => (file ? { file, ...problem } : problem));
  if (!json.ok) return { ok: false, problems: label(json.problems) };
  const result = validateTimeline(json.value);
  if (result.ok && json.duplicates.length === 0) return result;
  const located = [...json.duplicates, ...(result.ok ? [] : locate(result.problems, json.tree, text.replace(/^\uFEFF/, '')))];
  // Stable sort: document order, keeping path order among problems at the same place.
  located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ok: false, problems: label(located) };
}

function sortProblems(problems: Problem[]): Problem[] {
  const key = (problem: Problem) =>
    problem.path.map((segment) => (typeof segment === 'number' ? String(segment).padStart(8, '0') : segment)).join('\u0000');
  return [...problems].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
