import { describe, expect, it } from 'vitest';
import { figureElementStyle, figureFontFamily, figureFontWeight, localUrl, parseColor } from '@/lib/figure-style';

const computed = (values: Record<string, string>) => (property: string) => values[property] ?? '';

describe('parseColor', () => {
  it('reads rgb() and rgba() in both syntaxes', () => {
    expect(parseColor('rgb(27, 29, 33)')).toEqual({ hex: '#1b1d21', alpha: 1 });
    expect(parseColor('rgba(154, 52, 18, 0.06)')).toEqual({ hex: '#9a3412', alpha: 0.06 });
    expect(parseColor('rgb(154 52 18 / 0.5)')).toEqual({ hex: '#9a3412', alpha: 0.5 });
  });
  it('converts oklab() and oklch() (what color-mix(in oklab, …) computes to) to sRGB hex', () => {
    expect(parseColor('oklab(1 0 0)')).toEqual({ hex: '#ffffff', alpha: 1 });
    expect(parseColor('oklab(0 0 0 / 0.5)')).toEqual({ hex: '#000000', alpha: 0.5 });
    expect(parseColor('oklab(0.62796 0.22486 0.12585)')!.hex).toBe('#ff0000');
    expect(parseColor('oklab(62.796% 0.22486 0.12585)')!.hex).toBe('#ff0000');
    expect(parseColor('oklch(1 0 0)')).toEqual({ hex: '#ffffff', alpha: 1 });
  });
  it('reads color(srgb …), hex and transparent, and refuses what it does not know', () => {
    expect(parseColor('color(srgb 1 0 0 / 0.25)')).toEqual({ hex: '#ff0000', alpha: 0.25 });
    expect(parseColor('#abcdef')).toEqual({ hex: '#abcdef', alpha: 1 });
    expect(parseColor('transparent')).toEqual({ hex: '#000000', alpha: 0 });
    expect(parseColor('var(--ink)')).toBeNull();
    expect(parseColor('light-dark(#fff, #000)')).toBeNull();
  });
});

describe('localUrl', () => {
  it('keeps only the fragment of a reference', () => {
    expect(localUrl('url("http://localhost:3000/?x=1#r1-hatch")')).toBe('url(#r1-hatch)');
    expect(localUrl('url(#a)')).toBe('url(#a)');
    expect(localUrl('url("https://example.com/pattern.svg")')).toBeNull();
  });
});

describe('fonts', () => {
  it('maps next/font names and CSS keywords to families desktop tools know, with generic fallbacks', () => {
    expect(figureFontFamily('inter, "inter Fallback", ui-sans-serif, system-ui, sans-serif')).toBe("Inter, 'Helvetica Neue', Arial, sans-serif");
    expect(figureFontFamily('"__serif_1a2b3c", "__serif_Fallback_1a2b3c", ui-serif, Georgia, serif')).toMatch(/^'Source Serif 4', .*serif$/);
  });
  it('rounds weights to hundreds', () => {
    expect(figureFontWeight('650')).toBe('700');
    expect(figureFontWeight('560')).toBe('600');
    expect(figureFontWeight('bold')).toBe('700');
    expect(figureFontWeight('normal')).toBe('400');
  });
});

describe('figureElementStyle', () => {
  it('gives a shape concrete paints, folding a colour’s alpha into its opacity', () => {
    const style = figureElementStyle(
      'rect',
      computed({ fill: 'rgba(154, 52, 18, 0.5)', 'fill-opacity': '0.5', stroke: 'oklab(0 0 0)', 'stroke-width': '1.5px', 'stroke-dasharray': '4px, 3px', opacity: '1' }),
    );
    expect(style).toEqual({
      omit: false,
      uppercase: false,
      attributes: { fill: '#9a3412', 'fill-opacity': '0.25', stroke: '#000000', 'stroke-width': '1.5px', 'stroke-dasharray': '4 3' },
    });
  });
  it('writes local references for patterns and keeps the opacity of a faded group', () => {
    expect(figureElementStyle('rect', computed({ fill: 'url("http://h/#p")', stroke: 'none', opacity: '1' })).attributes).toEqual({ fill: 'url(#p)', stroke: 'none' });
    expect(figureElementStyle('g', computed({ opacity: '0.28', fill: 'rgb(0, 0, 0)' })).attributes).toEqual({ opacity: '0.28' });
  });
  it('gives text its font, halo and case', () => {
    const style = figureElementStyle(
      'text',
      computed({
        fill: 'rgb(27, 29, 33)',
        stroke: 'rgb(255, 255, 255)',
        'stroke-width': '3.5px',
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
        'font-family': 'inter, "inter Fallback", sans-serif',
        'font-size': '11px',
        'font-weight': '700',
        'letter-spacing': '0.44px',
        'text-anchor': 'middle',
        'text-transform': 'uppercase',
        'text-decoration-line': 'line-through',
        opacity: '1',
      }),
    );
    expect(style.uppercase).toBe(true);
    expect(style.attributes).toMatchObject({
      fill: '#1b1d21',
      stroke: '#ffffff',
      'paint-order': 'stroke',
      'stroke-linejoin': 'round',
      'font-size': '11px',
      'font-weight': '700',
      'letter-spacing': '0.44px',
      'text-anchor': 'middle',
      'text-decoration': 'line-through',
    });
    expect(Object.values(style.attributes).join(' ')).not.toContain('var(');
  });
  it('leaves out what is not displayed or fully transparent', () => {
    expect(figureElementStyle('rect', computed({ display: 'none' })).omit).toBe(true);
    expect(figureElementStyle('text', computed({ opacity: '0' })).omit).toBe(true);
  });
  it('colours gradient stops', () => {
    expect(figureElementStyle('stop', computed({ 'stop-color': 'rgb(255, 255, 255)', 'stop-opacity': '0.08', opacity: '1' })).attributes).toEqual({
      'stop-color': '#ffffff',
      'stop-opacity': '0.08',
    });
  });
});
