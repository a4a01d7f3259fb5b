/** Text search that ignores case and diacritics ("Doha" finds "DOHA", "Kabul" finds "Kābul"). */

const MARKS = /\p{M}/gu;

/** Folds text for comparison: decomposed, diacritics removed, lower-cased. */
export function fold(text: string): string {
  // Final sigma folds to sigma (as Unicode case folding does), so "ΟΔΟΣ" finds "οδοσ" and folding is per character.
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ς/g, 'σ');
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
    // An empty term matches nowhere (and indexOf('') would find it forever).
    if (term === '') continue;
    let at = folded.indexOf(term);
    while (at >= 0) {
      const from = origin[at];
      // A match may end inside a character that folds to several (a Hangul syllable): mark all of it.
      let end = at + term.length;
      while (end < folded.length && origin[end] === origin[end - 1]) end++;
      const to = origin[end];
      for (let i = from; i < to; i++) marked[i] = 1;
      // Step by one so that overlapping occurrences ("aa" in "aaa") are all marked.
      at = folded.indexOf(term, at + 1);
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
