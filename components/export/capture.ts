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

/** Draws an SVG file into a canvas `scale` times its CSS size and encodes it as PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
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
