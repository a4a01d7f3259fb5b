// The rules that turn a live SVG element's computed style into plain SVG presentation attributes, so that a
// downloaded figure needs no stylesheet, no CSS variables and no light-dark(): concrete sRGB colours, local
// url(#id) references, font names a desktop tool knows, font weights in hundreds.

/** Reads one computed CSS property (getComputedStyle(el).getPropertyValue in the browser). */
export type ComputedStyleLookup = (property: string) => string;

export interface FigureElementStyle {
  /** Leave the element out of the figure (not displayed, or fully transparent). */
  omit: boolean;
  /** Presentation attributes to set; every managed attribute not listed here is removed. */
  attributes: Record<string, string>;
  /** The text is shown upper-case by CSS: write it upper-case (SVG has no text-transform attribute). */
  uppercase: boolean;
}

/** The presentation attributes the figure manages; the clone's own values (often `var(--…)`) are dropped. */
export const MANAGED_ATTRIBUTES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
  'stop-color',
  'stop-opacity',
  'style',
  'class',
] as const;

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'path', 'polyline', 'polygon']);
const TEXTS = new Set(['text', 'tspan']);

/** A CSS colour as sRGB hex and alpha, from the forms getComputedStyle returns (rgb, oklab, oklch, color(srgb)). */
export function parseColor(value: string): { hex: string; alpha: number } | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { hex: '#000000', alpha: 0 };
  const match = /^(rgba?|oklab|oklch|color)\(([^)]*)\)$/.exec(text);
  if (!match) return /^#[0-9a-f]{6}$/.test(text) ? { hex: text, alpha: 1 } : null;
  const [fn, body] = [match[1], match[2]];
  const [channelsText, alphaText] = body.includes('/') ? body.split('/') : [body, undefined];
  const parts = channelsText.replace(/,/g, ' ').trim().split(/\s+/);
  if (fn === 'color' && parts.shift() !== 'srgb') return null;
  const commaAlpha = (fn === 'rgba' || fn === 'rgb') && parts.length === 4 ? parts.pop() : undefined;
  const number = (part: string, percentOf = 1) => (part.endsWith('%') ? (parseFloat(part) / 100) * percentOf : parseFloat(part));
  const alphaPart = alphaText?.trim() ?? commaAlpha;
  const alpha = alphaPart === undefined ? 1 : number(alphaPart);
  if (parts.length !== 3 || parts.some((part) => Number.isNaN(parseFloat(part))) || Number.isNaN(alpha)) return null;
  let rgb: number[];
  if (fn === 'rgb' || fn === 'rgba') rgb = parts.map((part) => number(part, 255) / 255);
  else if (fn === 'color') rgb = parts.map((part) => number(part));
  else {
    const l = number(parts[0]);
    let [a, b] = [number(parts[1], 0.4), number(parts[2], 0.4)];
    if (fn === 'oklch') [a, b] = [a * Math.cos((b * Math.PI) / 180), a * Math.sin((b * Math.PI) / 180)];
    rgb = oklabToSrgb(l, a, b);
  }
  const hex = rgb.map((channel) => Math.round(Math.min(1, Math.max(0, channel)) * 255).toString(16).padStart(2, '0')).join('');
  return { hex: `#${hex}`, alpha: Math.min(1, Math.max(0, alpha)) };
}

/** OKLab to gamma-encoded sRGB channels in 0–1 (Björn Ottosson's matrices). */
function oklabToSrgb(l: number, a: number, b: number): number[] {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
  return linear.map((c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.abs(c) ** (1 / 2.4) - 0.055));
}

/** `url("http://host/page#id")` or `url(#id)` → `url(#id)`: figures only reference their own definitions. */
export function localUrl(value: string): string | null {
  const match = /^url\(\s*["']?[^"'#)]*(#[^"')]+)["']?\s*\)/.exec(value.trim());
  return match ? `url(${match[1]})` : null;
}

/** A paint (fill, stroke, stop-color) as a concrete value and the alpha to fold into its opacity. */
function paint(value: string): { value: string; alpha: number } | null {
  const text = value.trim();
  if (text === 'none') return { value: 'none', alpha: 1 };
  if (text.startsWith('url(')) {
    const url = localUrl(text);
    return url ? { value: url, alpha: 1 } : { value: 'none', alpha: 1 };
  }
  const color = parseColor(text);
  return color && { value: color.hex, alpha: color.alpha };
}

const round = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * A font stack desktop tools understand: next/font's generated names (`__inter_1a2b3c`, `… Fallback`) become
 * the real family, CSS-only keywords (ui-sans-serif, system-ui) become common fonts and a generic family.
 */
export function figureFontFamily(computed: string): string {
  const names = computed.split(',').map((name) => name.trim().replace(/^["']|["']$/g, '').toLowerCase());
  const serif = names.some((name) => name.includes('serif4') || name.includes('source serif') || name === 'serif' || name === 'ui-serif');
  if (serif) return "'Source Serif 4', Georgia, 'Times New Roman', serif";
  if (names.some((name) => name.includes('mono'))) return "'DejaVu Sans Mono', Menlo, Consolas, monospace";
  return "Inter, 'Helvetica Neue', Arial, sans-serif";
}

/** Font weights in hundreds: SVG 1.1 tools (Inkscape, Illustrator) do not read a weight of 650. */
export function figureFontWeight(computed: string): string {
  const weight = computed === 'bold' ? 700 : computed === 'normal' ? 400 : Number(computed);
  return String(Number.isFinite(weight) ? Math.min(900, Math.max(100, Math.round(weight / 100) * 100)) : 400);
}

/**
 * The presentation attributes for one element of a figure, from its computed style: paints on shapes and
 * text, fonts on text, colours of gradient stops, opacity everywhere; defaults are left out.
 */
export function figureElementStyle(tag: string, style: ComputedStyleLookup): FigureElementStyle {
  const attributes: Record<string, string> = {};
  const display = style('display');
  const opacity = parseFloat(style('opacity') || '1');
  if (display === 'none' || opacity === 0) return { omit: true, attributes, uppercase: false };
  if (opacity < 1) attributes.opacity = round(opacity);

  const setPaint = (property: 'fill' | 'stroke' | 'stop-color', opacityProperty: string) => {
    const resolved = paint(style(property));
    if (!resolved) return;
    attributes[property] = resolved.value;
    const own = parseFloat(style(opacityProperty) || '1');
    const combined = (Number.isNaN(own) ? 1 : own) * resolved.alpha;
    if (combined < 1) attributes[opacityProperty] = round(combined);
  };

  if (tag === 'stop') {
    setPaint('stop-color', 'stop-opacity');
    return { omit: false, attributes, uppercase: false };
  }
  if (!SHAPES.has(tag) && !TEXTS.has(tag)) return { omit: false, attributes, uppercase: false };

  setPaint('fill', 'fill-opacity');
  setPaint('stroke', 'stroke-opacity');
  if (attributes.stroke && attributes.stroke !== 'none') {
    attributes['stroke-width'] = style('stroke-width') || '1px';
    const dash = style('stroke-dasharray');
    if (dash && dash !== 'none') attributes['stroke-dasharray'] = dash.replace(/px/g, '').replace(/,\s*/g, ' ');
    const cap = style('stroke-linecap');
    if (cap && cap !== 'butt') attributes['stroke-linecap'] = cap;
    const join = style('stroke-linejoin');
    if (join && join !== 'miter') attributes['stroke-linejoin'] = join;
  }
  const order = style('paint-order');
  if (order && order !== 'normal' && order.startsWith('stroke')) attributes['paint-order'] = 'stroke';

  if (!TEXTS.has(tag)) return { omit: false, attributes, uppercase: false };
  attributes['font-family'] = figureFontFamily(style('font-family'));
  attributes['font-size'] = style('font-size');
  attributes['font-weight'] = figureFontWeight(style('font-weight'));
  const fontStyle = style('font-style');
  if (fontStyle && fontStyle !== 'normal') attributes['font-style'] = fontStyle;
  const spacing = style('letter-spacing');
  if (spacing && spacing !== 'normal' && parseFloat(spacing) !== 0) attributes['letter-spacing'] = spacing;
  const anchor = style('text-anchor');
  if (anchor && anchor !== 'start') attributes['text-anchor'] = anchor;
  const baseline = style('dominant-baseline');
  if (baseline && baseline !== 'auto') attributes['dominant-baseline'] = baseline;
  const decoration = style('text-decoration-line');
  if (decoration && decoration !== 'none' && tag === 'text') attributes['text-decoration'] = decoration;
  return { omit: false, attributes, uppercase: style('text-transform') === 'uppercase' };
}
