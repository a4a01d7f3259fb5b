/**
 * One thing wrong with an input, located by its JSON path (and line/column where the text is known), or for a
 * spreadsheet by its row (1-based, as spreadsheets number them) and column heading.
 */
export interface Problem {
  file?: string;
  path: (string | number)[];
  message: string;
  line?: number;
  column?: number;
  row?: number;
  field?: string;
}

const IDENTIFIER_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON path as people read it: `events[3].end`, `source.url`, `actors[0]["odd key"]`. */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER_RE.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** `data/x.json: events[3].end: "2020-02-30" is not a calendar date (line 12, column 14)`; `x.csv: row 4, column "End Year": …`. */
export function formatProblem(problem: Problem): string {
  const cell =
    problem.row !== undefined ? `row ${problem.row}${problem.field !== undefined ? `, column ${JSON.stringify(problem.field)}` : ''}` : '';
  const where = [problem.file, cell, formatPath(problem.path)].filter(Boolean).join(': ');
  const position = problem.line !== undefined ? ` (line ${problem.line}, column ${problem.column ?? 1})` : '';
  return `${where ? `${where}: ` : ''}${problem.message}${position}`;
}

/** Edit distance between two short strings: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest candidate to a misspelt word, if one is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = word.length <= 3 ? 1 : Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** ` (did you mean "title"?)`, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = closest(word, candidates);
  return guess ? ` (did you mean ${JSON.stringify(guess)}?)` : '';
}

/** Lists up to `max` items, then "…": `us, taliban, afghan-government, …`. */
export function listSome(items: readonly string[], max = 6): string {
  return items.length > max ? `${items.slice(0, max).join(', ')}, …` : items.join(', ');
}
