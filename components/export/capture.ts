// DOM work for downloads: a live SVG to a self-contained SVG file, an SVG file to a PNG, a blob to a file.
import { figureElementStyle, MANAGED_ATTRIBUTES } from '@/lib/figure-style';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes that only matter to the live page: interaction, accessibility of controls, test hooks. */
const LIVE_ONLY = /^(aria-|data-|on)|^(role|tabindex|focusable)$/;

/**
 * Serialises a rendered SVG as a stand-alone file: every element's computed style becomes plain presentation
 * attributes (no classes, stylesheets or CSS variables), nodes marked `data-figure="omit"` (focus rings) and
 * tooltips are left out, as are interaction and test attributes. The SVG must be in the document.
 */
export function serializeFigure(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const drop: Element[] = [];
  live.forEach((element, index) => {
    const copy = copies[index];
    const inner = element !== svg && (element.localName === 'title' || element.localName === 'desc');
    if (element.getAttribute('data-figure') === 'omit' || (inner && element.parentNode !== svg)) return drop.push(copy);
    const computed = getComputedStyle(element);
    const style = figureElementStyle(element.localName, (property) => computed.getPropertyValue(property));
    if (style.omit) return drop.push(copy);
    for (const name of MANAGED_ATTRIBUTES) copy.removeAttribute(name);
    for (const attribute of [...copy.attributes]) {
      if (LIVE_ONLY.test(attribute.name) || attribute.value.includes('var(')) copy.removeAttribute(attribute.name);
    }
    for (const [name, value] of Object.entries(style.attributes)) copy.setAttribute(name, value);
    if (style.uppercase) {
      for (const node of copy.childNodes) if (node.nodeType === Node.TEXT_NODE) node.textContent = (node.textContent ?? '').toUpperCase();
    }
  });
  for (const node of drop) node.remove();
  clone.setAttribute('xmlns', SVG_NS);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/** The families a figure names (see figureFontFamily), and how to recognise the page's own font files for them. */
const FIGURE_FONTS = [
  { family: 'Inter', matches: /inter/i },
  { family: 'Source Serif 4', matches: /serif/i },
];

/**
 * `@font-face` rules for the figure's fonts with the page's own font files inlined as data: URLs. An SVG drawn
 * as an image may load nothing else, so without them a PNG falls back to the machine's default fonts.
 */
async function inlineFontFaces(): Promise<string> {
  const sources = new Map<string, string>();
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family');
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      const font = FIGURE_FONTS.find((candidate) => candidate.matches.test(family) || (url && candidate.matches.test(url)));
      if (font && url && !sources.has(font.family)) sources.set(font.family, new URL(url, sheet.href ?? location.href).href);
    }
  }
  const faces = await Promise.all(
    [...sources].map(async ([family, url]) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return `@font-face{font-family:'${family}';src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');font-weight:100 900;font-style:normal}`;
    }),
  );
  return faces.join('');
}

/** The SVG file with the page's fonts embedded, for drawing as an image (PNG); the SVG download stays without. */
async function withEmbeddedFonts(svgText: string): Promise<string> {
  try {
    const css = await inlineFontFaces();
    if (!css) return svgText;
    return svgText.replace(/(<svg[^>]*>)/, `$1<defs><style>${css}</style></defs>`);
  } catch {
    return svgText; // fallback fonts still give a legible figure
  }
}

/** Draws an SVG file into a canvas `scale` times its CSS size and encodes it as PNG, in the page's fonts. */
export async function svgToPng(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([await withEmbeddedFonts(svgText)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a blob as a download under a file name. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
