/**
 * Label widths for Inter without a DOM, so layout stays pure and runs the same on the server.
 *
 * The tables are the advance widths of the font the app ships
 * (@fontsource-variable/inter, inter-latin-wght-normal.woff2), at wght 400 and 600, in thousandths of an
 * em, rounded up. Kerning is ignored: Inter's kerning pairs almost all tighten, so the sum of advances
 * errs on the wide side, which is the safe side for label collision.
 */

/** Advance widths of ASCII 32 (space) … 126 (~) at wght 400, in 1/1000 em. */
const REGULAR = [
  282, 288, 466, 634, 642, 983, 645, 300, 365, 365, 502, 662, 289, 460, 289, 361,
  631, 407, 610, 618, 647, 594, 621, 566, 619, 621, 289, 302, 662, 662, 662, 512,
  966, 690, 655, 731, 722, 602, 591, 747, 744, 269, 571, 672, 566, 904, 754, 765,
  639, 765, 644, 642, 646, 745, 690, 986, 683, 679, 629, 365, 361, 365, 472, 457,
  323, 562, 613, 572, 613, 584, 371, 614, 592, 243, 243, 549, 243, 877, 591, 600,
  613, 613, 377, 528, 328, 592, 563, 819, 546, 563, 553, 427, 333, 427, 662,
];

/** The same at wght 600 (semibold): about 4% wider on average, but not uniformly (the space narrows). */
const SEMIBOLD = [
  253, 325, 530, 645, 652, 1007, 665, 329, 374, 374, 544, 675, 323, 466, 323, 382,
  663, 425, 625, 639, 669, 615, 642, 578, 643, 642, 323, 333, 675, 675, 675, 547,
  1003, 732, 660, 738, 723, 606, 588, 750, 746, 278, 581, 707, 566, 925, 760, 769,
  646, 774, 654, 652, 662, 736, 732, 1025, 724, 718, 656, 374, 382, 374, 483, 471,
  355, 576, 626, 584, 626, 593, 391, 627, 615, 264, 264, 572, 264, 903, 615, 610,
  626, 626, 400, 552, 357, 615, 590, 842, 572, 592, 568, 458, 362, 458, 675,
];

/** Common typographic characters outside ASCII: [regular, semibold] in 1/1000 em. */
const PUNCTUATION: ReadonlyMap<number, readonly [number, number]> = new Map([
  [0x00a0, [282, 253]], // no-break space
  [0x00b0, [456, 459]], // °
  [0x00b7, [289, 323]], // ·
  [0x2013, [500, 500]], // –
  [0x2014, [1000, 1000]], // —
  [0x2018, [261, 298]], // ‘
  [0x2019, [261, 298]], // ’
  [0x201c, [441, 515]], // “
  [0x201d, [441, 509]], // ”
  [0x2022, [563, 504]], // •
  [0x2026, [865, 967]], // …
  [0x2212, [662, 675]], // −
]);

/** Letters and signs we have no table entry for (Cyrillic, Greek, Arabic, …): wider than Inter's average. */
const OTHER_EM = 0.65;
/** CJK ideographs, kana, Hangul and fullwidth forms are set on a square em. */
const WIDE_EM = 1;
/** Colour emoji from the system fallback font run a little wider than an em. */
const EMOJI_EM = 1.25;
const SEMIBOLD_FACTOR = 1.04;

export type FontWeight = 'normal' | 'semibold';

export const ELLIPSIS = '…';

function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) || // combining diacritics
    (code >= 0x200b && code <= 0x200f) || // zero-width space, joiners, direction marks
    code === 0x2060 ||
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    code === 0xfeff
  );
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isEmoji(code: number): boolean {
  return (code >= 0x1f000 && code <= 0x1faff) || (code >= 0x2600 && code <= 0x27bf);
}

/** The width of one code point in em, computed (estimateTextWidth reads the common ones from a table). */
export function advanceEm(code: number, semibold: boolean): number {
  if (code >= 32 && code <= 126) return (semibold ? SEMIBOLD : REGULAR)[code - 32] / 1000;
  const punctuation = PUNCTUATION.get(code);
  if (punctuation) return punctuation[semibold ? 1 : 0] / 1000;
  if (code < 32 || isZeroWidth(code)) return 0;
  const scale = semibold ? SEMIBOLD_FACTOR : 1;
  if (isWide(code)) return WIDE_EM * scale;
  if (isEmoji(code)) return EMOJI_EM * scale;
  // Accented Latin letters take their base letter's width (é → e); Inter draws them that way.
  if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) {
    const base = String.fromCodePoint(code).normalize('NFD').charCodeAt(0);
    if (base >= 32 && base <= 126) return (semibold ? SEMIBOLD : REGULAR)[base - 32] / 1000;
  }
  return OTHER_EM * scale;
}

/** Code points below this are read from a table: ASCII, Latin-1 and Latin Extended-A and -B. */
const TABLE_END = 0x250;

/** advanceEm for every code point below TABLE_END, so that measuring a Latin label is one read per character. */
function advanceTable(semibold: boolean): Float64Array {
  const table = new Float64Array(TABLE_END);
  for (let code = 0; code < TABLE_END; code++) table[code] = advanceEm(code, semibold);
  return table;
}

const REGULAR_TABLE = advanceTable(false);
const SEMIBOLD_TABLE = advanceTable(true);

/** Reads the code point at `index` (joining a surrogate pair) and returns it with its length in UTF-16 units. */
function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (isHighSurrogate(code) && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (isLowSurrogate(low)) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** Estimates the rendered width in px of `text` set in Inter, erring slightly wide. */
export function estimateTextWidth(text: string, fontSizePx: number, weight: FontWeight = 'normal'): number {
  const semibold = weight === 'semibold';
  const table = semibold ? SEMIBOLD_TABLE : REGULAR_TABLE;
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < TABLE_END) {
      em += table[unit];
      continue;
    }
    const code = codePointAt(text, i);
    if (code > 0xffff) i++;
    em += advanceEm(code, semibold);
  }
  return em * fontSizePx;
}

/**
 * Returns `text` if it fits in `maxPx`, else its longest prefix that fits followed by "…" (trailing spaces
 * dropped), or "" when not even "…" fits.
 */
export function truncateToWidth(text: string, maxPx: number, fontSizePx: number, weight: FontWeight = 'normal'): string {
  if (estimateTextWidth(text, fontSizePx, weight) <= maxPx) return text;
  if (!(maxPx >= 0)) return '';
  const semibold = weight === 'semibold';
  const table = semibold ? SEMIBOLD_TABLE : REGULAR_TABLE;
  const budgetEm = maxPx / fontSizePx - advanceEm(ELLIPSIS.charCodeAt(0), semibold);
  let em = 0;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const code = codePointAt(text, i);
    const units = code > 0xffff ? 2 : 1;
    em += code < TABLE_END ? table[code] : advanceEm(code, semibold);
    if (em > budgetEm) break;
    i += units - 1;
    end = i + 1;
  }
  // Settle floating-point rounding both ways: the result must measure within maxPx by estimateTextWidth itself.
  for (;;) {
    const truncated = text.slice(0, end).trimEnd() + ELLIPSIS;
    if (estimateTextWidth(truncated, fontSizePx, weight) <= maxPx) return truncated;
    if (end === 0) return '';
    end -= end >= 2 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
