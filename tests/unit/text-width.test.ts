import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceEm, ELLIPSIS, estimateTextWidth, truncateToWidth, type FontWeight } from '@/lib/text-width';

/**
 * Widths in em measured in Chromium with the app's font file (inter-latin-wght-normal.woff2) and its
 * font-feature-settings ('cv11', 'ss01'), kerning on: [text, regular, semibold].
 */
const MEASURED: [string, number, number][] = [
  ['U.S. and Taliban sign agreement in Doha', 19.1319, 19.4495],
  ['Fourteen-month phased U.S. withdrawal', 19.0645, 19.5117],
  ["Mullah Omar's death confirmed", 14.9044, 15.2587],
  ['UN Security Council Resolution 2513 endorses the deal', 26.0298, 26.5341],
  ['Prisoner exchange: 5,000 Taliban for 1,000 Afghan troops', 27.2042, 27.922],
  ['AVIATION TALKS RESUME', 12.4342, 12.6464],
  ['illicit little till fill', 7.0675, 7.395],
];

describe('estimateTextWidth', () => {
  it('never under-estimates measured Inter widths by more than 3%, nor over-estimates by more than 6%', () => {
    for (const [text, regular, semibold] of MEASURED) {
      expect(estimateTextWidth(text, 100) / (regular * 100)).toBeGreaterThan(0.97);
      expect(estimateTextWidth(text, 100) / (regular * 100)).toBeLessThan(1.06);
      expect(estimateTextWidth(text, 100, 'semibold') / (semibold * 100)).toBeGreaterThan(0.97);
      expect(estimateTextWidth(text, 100, 'semibold') / (semibold * 100)).toBeLessThan(1.06);
    }
  });

  it('puts "U.S. and Taliban sign agreement in Doha" at 12px a little over its measured 229.6 px', () => {
    const text = 'U.S. and Taliban sign agreement in Doha';
    const width = estimateTextWidth(text, 12);
    expect(width).toBeGreaterThanOrEqual(229.6);
    expect(width).toBeLessThan(229.6 * 1.03);
    // Inter averages about half an em per character in English titles.
    expect(width / text.length / 12).toBeGreaterThan(0.45);
    expect(width / text.length / 12).toBeLessThan(0.6);
  });

  it('sets semibold about 4% wider than regular', () => {
    for (const [text] of MEASURED) {
      const ratio = estimateTextWidth(text, 12, 'semibold') / estimateTextWidth(text, 12);
      expect(ratio).toBeGreaterThan(1.02);
      expect(ratio).toBeLessThan(1.07);
    }
  });

  it('grows with the text and scales with the font size', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.double({ min: 1, max: 100, noNaN: true }), (text, more, size) => {
        expect(estimateTextWidth(text + more, size)).toBeGreaterThanOrEqual(estimateTextWidth(text, size));
        expect(estimateTextWidth(text, 2 * size)).toBeCloseTo(2 * estimateTextWidth(text, size), 6);
      }),
    );
  });

  it('measures the empty string as zero', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('sets CJK on a square em, emoji a little wider, and gives combining marks no width', () => {
    expect(estimateTextWidth('和平', 10)).toBe(20);
    expect(estimateTextWidth('🕊', 10)).toBeCloseTo(12.5, 9);
    expect(estimateTextWidth('e\u0301', 10)).toBe(estimateTextWidth('e', 10));
  });

  it('measures accented letters as their base letter and unknown scripts on the wide side', () => {
    expect(estimateTextWidth('Bogotá', 12)).toBe(estimateTextWidth('Bogota', 12));
    expect(estimateTextWidth('Gusmão', 12)).toBe(estimateTextWidth('Gusmao', 12));
    const average = estimateTextWidth('abcdefghijklmnopqrstuvwxyz', 12) / 26;
    expect(estimateTextWidth('س', 12)).toBeGreaterThan(average);
    expect(estimateTextWidth('Ж', 12)).toBeGreaterThan(average);
  });
});

describe('estimateTextWidth reading its table', () => {
  const WEIGHTS: FontWeight[] = ['normal', 'semibold'];

  it('gives every code point below U+0250 the width advanceEm computes', () => {
    for (const weight of WEIGHTS) {
      for (let code = 0; code < 0x250; code++) expect(estimateTextWidth(String.fromCharCode(code), 1, weight)).toBe(advanceEm(code, weight === 'semibold'));
    }
  });

  it('sums, in order, the widths advanceEm computes for each code point, surrogate pairs joined and lone halves kept', () => {
    const text = fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0x2ff }).map((code) => String.fromCharCode(code)), fc.constantFrom('—', '’', '…', '\u200b', '中', '😀', '\ud83d', '\ude00', 'ệ', 'ж')), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.constantFrom(...WEIGHTS), fc.constantFrom(11, 12, 13.5), (chosen, weight, size) => {
        let em = 0;
        for (const char of chosen) em += advanceEm(char.codePointAt(0)!, weight === 'semibold');
        expect(estimateTextWidth(chosen, size, weight)).toBe(em * size);
      }),
      { seed: 20200229, numRuns: 500 },
    );
  });
});

describe('truncateToWidth', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateToWidth('Doha', 100, 12)).toBe('Doha');
  });

  it('cuts to a prefix that fits and ends with an ellipsis', () => {
    const text = 'U.S. and Taliban sign agreement in Doha';
    const truncated = truncateToWidth(text, 100, 12);
    expect(truncated.endsWith(ELLIPSIS)).toBe(true);
    expect(text.startsWith(truncated.slice(0, -1))).toBe(true);
    expect(estimateTextWidth(truncated, 12)).toBeLessThanOrEqual(100);
  });

  it('drops the space before the ellipsis', () => {
    // "U.S. and …" fits in 65 px, "U.S. and T…" does not.
    expect(truncateToWidth('U.S. and Taliban', 65, 12)).toBe('U.S. and…');
  });

  it('returns an empty string when not even the ellipsis fits', () => {
    expect(truncateToWidth('Doha', 5, 12)).toBe('');
    expect(truncateToWidth('Doha', estimateTextWidth(ELLIPSIS, 12), 12)).toBe(ELLIPSIS);
  });

  it('always fits, and keeps the longest prefix that does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzWMil.,-ABC'.split('')), maxLength: 60 }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.constantFrom('normal' as const, 'semibold' as const),
        (text, maxPx, weight) => {
          const result = truncateToWidth(text, maxPx, 12, weight);
          expect(estimateTextWidth(result, 12, weight)).toBeLessThanOrEqual(maxPx);
          if (result === text) return;
          if (result === '') {
            expect(estimateTextWidth(ELLIPSIS, 12, weight)).toBeGreaterThan(maxPx);
            return;
          }
          const prefix = result.slice(0, -1);
          expect(text.startsWith(prefix)).toBe(true);
          expect(estimateTextWidth(text.slice(0, prefix.length + 1) + ELLIPSIS, 12, weight)).toBeGreaterThan(maxPx);
        },
      ),
    );
  });

  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.double({ min: 0, max: 200, noNaN: true }), (text, maxPx) => {
        const result = truncateToWidth(text, maxPx, 12);
        if (result !== text) expect(estimateTextWidth(result, 12)).toBeLessThanOrEqual(maxPx);
        expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
    );
  });
});
