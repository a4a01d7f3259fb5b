import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, highlightSegments, matchesTerms, queryTerms, type Segment } from '@/lib/search';

// Fixed seed: property tests explore many inputs but run the same ones every time.
const PROPERTY_RUNS = { seed: 20200229, numRuns: 300 };

/** Characters that stress folding: case, precomposed and combining diacritics, Greek sigmas, Hangul, emoji. */
const TRICKY = fc.constantFrom('a', 'b', 'A', 'á', 'ā', '\u0301', ' ', 'Σ', 'σ', 'ς', 'İ', 'i', '한', '하', '😀', '🕊️', '👍🏽');
const trickyText = fc.string({ unit: TRICKY, maxLength: 12 });
/** Text from every plane, or from the tricky characters above. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), trickyText);

const marked = (segments: Segment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text);
const highlight = (text: string, query: string) => highlightSegments(text, queryTerms(query));

/** Whether a code point is marked, by code point, read off the segments. */
const marksOf = (segments: Segment[]) => segments.flatMap((segment) => [...segment.text].map(() => segment.match));

/**
 * The marks the segments should carry, worked out from the definition: a code point is marked when its folded
 * text overlaps an occurrence of a term in the folded text; a code point that folds to nothing (a combining
 * mark) goes with the character before it.
 */
function expectedMarks(text: string, terms: readonly string[]): boolean[] {
  const points = [...text];
  const folds = points.map(fold);
  const folded = folds.join('');
  const starts: number[] = [];
  let offset = 0;
  for (const piece of folds) {
    starts.push(offset);
    offset += piece.length;
  }
  const occurrences: [number, number][] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) occurrences.push([at, at + term.length]);
  }
  const marks: boolean[] = [];
  points.forEach((_, i) => {
    const [from, to] = [starts[i], starts[i] + folds[i].length];
    if (from === to) marks.push(i > 0 && marks[i - 1]);
    else marks.push(occurrences.some(([start, end]) => start < to && end > from));
  });
  return marks;
}

describe('fold', () => {
  it('lower-cases and removes diacritics', () => {
    expect(fold('DOHA')).toBe('doha');
    expect(fold('Kābul')).toBe('kabul');
    expect(fold('Côte d’Ivoire')).toBe('cote d’ivoire');
    expect(fold('Ḥāmid Karzāy')).toBe('hamid karzay');
    expect(fold('ĐÀ NẴNG')).toBe('đa nang');
  });

  it('folds precomposed and decomposed spellings alike', () => {
    expect(fold('K\u0101bul')).toBe(fold('Ka\u0304bul'));
    expect(fold('Ka\u0304bul')).toBe('kabul');
  });

  it('folds final sigma to sigma, as Unicode case folding does', () => {
    expect(fold('ΟΔΟΣ')).toBe('οδοσ');
    expect(fold('οδος')).toBe('οδοσ');
  });

  it('leaves letters without a decomposition alone', () => {
    // Ł, ø and ß are letters in their own right, not letters with a diacritic.
    expect(fold('Łódź')).toBe('łodz');
    expect(fold('Ørsted')).toBe('ørsted');
    expect(fold('Straße')).toBe('straße');
  });

  it('keeps emoji whole and returns the empty string for the empty string', () => {
    expect(fold('😀 Peace')).toBe('😀 peace');
    expect(fold('')).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => fold(fold(text)) === fold(text)),
      PROPERTY_RUNS,
    );
  });

  it('folds character by character: the fold of a text is the folds of its code points', () => {
    fc.assert(
      fc.property(anyText, (text) => fold(text) === [...text].map(fold).join('')),
      PROPERTY_RUNS,
    );
  });
});

describe('queryTerms', () => {
  it('splits a query into folded words', () => {
    expect(queryTerms('  Doha  Agreement\tKĀBUL\n')).toEqual(['doha', 'agreement', 'kabul']);
  });

  it('keeps punctuation inside a word', () => {
    expect(queryTerms('U.S.–Taliban al-Qaeda')).toEqual(['u.s.–taliban', 'al-qaeda']);
  });

  it.each(['', ' ', '\t\n ', '\u00a0'])('returns no terms for the blank query %j', (query) => {
    expect(queryTerms(query)).toEqual([]);
  });

  it('returns non-empty, folded terms without whitespace for any query', () => {
    fc.assert(
      fc.property(anyText, (query) => {
        for (const term of queryTerms(query)) {
          expect(term).not.toBe('');
          expect(term).not.toMatch(/\s/);
          expect(fold(term)).toBe(term);
        }
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('matchesTerms', () => {
  const title = fold('U.S. and Taliban sign agreement in Doha');

  it('matches when every term occurs, in any order', () => {
    expect(matchesTerms(title, ['doha', 'taliban'])).toBe(true);
    expect(matchesTerms(title, ['taliban', 'doha'])).toBe(true);
  });

  it('fails when any term is missing', () => {
    expect(matchesTerms(title, ['doha', 'kabul'])).toBe(false);
  });

  it('matches parts of words', () => {
    expect(matchesTerms(title, ['agree'])).toBe(true);
  });

  it('matches anything when there are no terms, and nothing in an empty haystack otherwise', () => {
    expect(matchesTerms(title, [])).toBe(true);
    expect(matchesTerms('', [])).toBe(true);
    expect(matchesTerms('', ['doha'])).toBe(false);
  });

  it('matches case- and diacritic-insensitively once both sides are folded', () => {
    expect(matchesTerms(fold('Attacks in Kābul'), queryTerms('KABUL'))).toBe(true);
    expect(matchesTerms(fold('Attacks in Kabul'), queryTerms('kābul'))).toBe(true);
    expect(matchesTerms(fold('ΟΔΟΣ'), queryTerms('Σ'))).toBe(true);
  });

  it('matches a text against any of its own words', () => {
    fc.assert(
      fc.property(anyText, (text) => matchesTerms(fold(text), queryTerms(text))),
      PROPERTY_RUNS,
    );
  });
});

describe('highlightSegments', () => {
  it('marks a match in the original characters, diacritics included', () => {
    expect(highlight('Attacks in Kābul', 'kabul')).toEqual([
      { text: 'Attacks in ', match: false },
      { text: 'Kābul', match: true },
    ]);
  });

  it('finds plain text from a query with diacritics, and upper case from lower', () => {
    expect(marked(highlight('Attacks in Kabul', 'Kābul'))).toEqual(['Kabul']);
    expect(marked(highlight('SIGNED IN DOHA', 'doha'))).toEqual(['DOHA']);
  });

  it('marks a decomposed character with its combining mark', () => {
    expect(highlight('Ka\u0304bul', 'kabul')).toEqual([{ text: 'Ka\u0304bul', match: true }]);
    expect(highlight('Ka\u0304bul', 'ka')).toEqual([
      { text: 'Ka\u0304', match: true },
      { text: 'bul', match: false },
    ]);
    expect(highlight('Ka\u0304bul', 'ab')).toEqual([
      { text: 'K', match: false },
      { text: 'a\u0304b', match: true },
      { text: 'ul', match: false },
    ]);
  });

  it('marks every term', () => {
    expect(highlight('U.S. and Taliban sign agreement in Doha', 'doha taliban')).toEqual([
      { text: 'U.S. and ', match: false },
      { text: 'Taliban', match: true },
      { text: ' sign agreement in ', match: false },
      { text: 'Doha', match: true },
    ]);
  });

  it('marks every occurrence of a term', () => {
    expect(highlight('Peace talks, then peace', 'peace')).toEqual([
      { text: 'Peace', match: true },
      { text: ' talks, then ', match: false },
      { text: 'peace', match: true },
    ]);
  });

  it('merges adjacent and overlapping matches into one segment', () => {
    expect(highlight('negotiations', 'negotia tiations')).toEqual([{ text: 'negotiations', match: true }]);
    expect(highlight('dohadoha', 'doha')).toEqual([{ text: 'dohadoha', match: true }]);
    expect(highlight('peace', 'peace ace pea')).toEqual([{ text: 'peace', match: true }]);
  });

  it('marks overlapping occurrences of the same term', () => {
    expect(highlight('aaa', 'aa')).toEqual([{ text: 'aaa', match: true }]);
    expect(highlight('banana', 'ana')).toEqual([
      { text: 'b', match: false },
      { text: 'anana', match: true },
    ]);
  });

  it('marks Greek words whatever their sigma', () => {
    expect(highlight('ΟΔΟΣ', 'οδος')).toEqual([{ text: 'ΟΔΟΣ', match: true }]);
    expect(highlight('οδος', 'ΟΔΟΣ')).toEqual([{ text: 'οδος', match: true }]);
  });

  it('marks the whole syllable when a Hangul query ends partway through one', () => {
    // 무 is the start of 문 once both are decomposed, so the event matches: the highlight must show where.
    expect(matchesTerms(fold('판문점'), queryTerms('판무'))).toBe(true);
    expect(highlight('판문점', '판무')).toEqual([
      { text: '판문', match: true },
      { text: '점', match: false },
    ]);
  });

  it('marks emoji whole, variation selector included, and never splits a surrogate pair', () => {
    expect(highlight('🕊️ Peace 🕊️', '🕊')).toEqual([
      { text: '🕊️', match: true },
      { text: ' Peace ', match: false },
      { text: '🕊️', match: true },
    ]);
    expect(highlight('😀kabul😀', 'kabul')).toEqual([
      { text: '😀', match: false },
      { text: 'kabul', match: true },
      { text: '😀', match: false },
    ]);
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(highlight('Attacks in Kabul', 'doha')).toEqual([{ text: 'Attacks in Kabul', match: false }]);
  });

  it('returns one unmarked segment for empty text or no terms', () => {
    expect(highlightSegments('', ['doha'])).toEqual([{ text: '', match: false }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', match: false }]);
    expect(highlightSegments('Doha', [])).toEqual([{ text: 'Doha', match: false }]);
    expect(highlight('Doha', '   ')).toEqual([{ text: 'Doha', match: false }]);
  });

  it('ignores an empty term', () => {
    expect(highlightSegments('Doha', [''])).toEqual([{ text: 'Doha', match: false }]);
    expect(highlightSegments('Doha', ['', 'oh'])).toEqual([
      { text: 'D', match: false },
      { text: 'oh', match: true },
      { text: 'a', match: false },
    ]);
  });

  describe('on arbitrary text', () => {
    const terms = fc.array(anyText.map(fold), { maxLength: 3 });

    it('gives back the text in non-empty, alternating segments that never split a surrogate pair', () => {
      fc.assert(
        fc.property(anyText, terms, (text, someTerms) => {
          const segments = highlightSegments(text, someTerms);
          expect(segments.map((segment) => segment.text).join('')).toBe(text);
          if (text === '') return;
          for (const [i, segment] of segments.entries()) {
            expect(segment.text).not.toBe('');
            expect(segment.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
            if (i > 0) expect(segment.match).not.toBe(segments[i - 1].match);
          }
        }),
        PROPERTY_RUNS,
      );
    });

    it('marks exactly the characters inside an occurrence of a term', () => {
      fc.assert(
        fc.property(anyText, terms, (text, someTerms) => {
          expect(marksOf(highlightSegments(text, someTerms))).toEqual(expectedMarks(text, someTerms));
        }),
        PROPERTY_RUNS,
      );
    });

    it('marks any part of the text searched for', () => {
      const textAndPart = anyText.chain((text) => {
        const points = [...text];
        return fc
          .tuple(fc.nat(points.length), fc.nat(points.length))
          .map(([a, b]) => ({ text, part: points.slice(Math.min(a, b), Math.max(a, b)), before: points.slice(0, Math.min(a, b)) }));
      });
      fc.assert(
        fc.property(textAndPart, ({ text, part, before }) => {
          const term = fold(part.join(''));
          const marks = marksOf(highlightSegments(text, [term]));
          part.forEach((point, i) => {
            if (fold(point) !== '') expect(marks[before.length + i]).toBe(true);
          });
        }),
        PROPERTY_RUNS,
      );
    });

    it('marks nothing when no term occurs in the folded text', () => {
      fc.assert(
        fc.property(anyText, terms, (text, someTerms) => {
          fc.pre(!someTerms.some((term) => term !== '' && fold(text).includes(term)));
          expect(marked(highlightSegments(text, someTerms))).toEqual([]);
        }),
        PROPERTY_RUNS,
      );
    });
  });
});
