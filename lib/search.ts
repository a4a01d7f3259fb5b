/** Text search that ignores case and diacritics ("Doha" finds "DOHA", "Kabul" finds "Kābul"). */

const MARKS = /\p{M}/gu;

/** Folds text for comparison: decomposed, diacritics removed, lower-cased. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of a query, folded; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

/** True when every term occurs in the folded haystack. */
export function matchesTerms(foldedHaystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!foldedHaystack.includes(term)) return false;
  return true;
}

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits text into plain and matching segments for highlighting, finding the terms case- and
 * diacritic-insensitively while returning the original characters.
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || text.length === 0) return [{ text, match: false }];
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let k = 0; k < piece.length; k++) origin.push(index);
    folded += piece;
    index += char.length;
  }
  origin.push(text.length);
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at >= 0) {
      const from = origin[at];
      const to = origin[at + term.length] ?? text.length;
      for (let i = from; i < to; i++) marked[i] = 1;
      at = folded.indexOf(term, at + Math.max(1, term.length));
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return segments;
}
