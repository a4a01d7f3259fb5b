import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED_OPTIONS,
  embedSnippet,
  embedUrl,
  fullViewUrl,
  parseEmbedOptions,
  serializeEmbedOptions,
  withoutPresentation,
  type EmbedOptions,
} from '@/lib/embed';

describe('parseEmbedOptions', () => {
  it('reads every presentation option', () => {
    expect(parseEmbedOptions('theme=dark&title=0&legend=1&controls=full&height=480')).toEqual({
      theme: 'dark',
      title: false,
      legend: true,
      controls: 'full',
      height: 480,
    });
  });

  it('falls back to the defaults for anything malformed, and never throws', () => {
    expect(parseEmbedOptions('theme=pink&title=yes&legend=&controls=all&height=12px')).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(parseEmbedOptions('height=50')).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(parseEmbedOptions('height=99999')).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(parseEmbedOptions('height=300.5')).toEqual(DEFAULT_EMBED_OPTIONS);
    fc.assert(fc.property(fc.string(), (query) => typeof parseEmbedOptions(query).theme === 'string'), { seed: 7, numRuns: 300 });
  });
});

describe('serializeEmbedOptions', () => {
  const options = fc.record<EmbedOptions>({
    theme: fc.constantFrom('light', 'dark', 'auto'),
    title: fc.boolean(),
    legend: fc.boolean(),
    controls: fc.constantFrom('none', 'zoom', 'full'),
    height: fc.option(fc.integer({ min: 160, max: 4000 }), { nil: undefined }),
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(serializeEmbedOptions(DEFAULT_EMBED_OPTIONS)).toBe('');
    fc.assert(
      fc.property(options, (value) => {
        const parsed = parseEmbedOptions(serializeEmbedOptions(value));
        expect(parsed).toEqual(value.height === undefined ? (({ height: _h, ...rest }) => rest)(value) : value);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

describe('embed and full-view addresses', () => {
  it('keep the view state and drop or add the presentation options', () => {
    expect(withoutPresentation('actors=us%2Ctaliban&theme=dark&from=2020-02-01&to=2020-03-31&legend=1')).toBe('actors=us,taliban&from=2020-02-01&to=2020-03-31');
    expect(embedUrl('https://p.example', 'afghanistan-2020', 'actors=us,taliban&q=doha', { ...DEFAULT_EMBED_OPTIONS, legend: true })).toBe(
      'https://p.example/embed/afghanistan-2020?actors=us,taliban&q=doha&legend=1',
    );
    expect(fullViewUrl('https://p.example', 'afghanistan-2020', 'event=x&controls=full', 'afghanistan-2020')).toBe('https://p.example/?event=x');
    expect(fullViewUrl('https://p.example', 'other', '', 'afghanistan-2020')).toBe('https://p.example/t/other');
  });
});

describe('embedSnippet', () => {
  const base = { origin: 'https://p.example', timelineId: 'afghanistan-2020', viewQuery: 'actors=us&q=a%26b', options: DEFAULT_EMBED_OPTIONS };

  it('is an iframe with a title, plus the auto-height script when asked', () => {
    const snippet = embedSnippet({ ...base, title: 'Afghanistan "2020" <talks>', autoResize: true });
    expect(snippet).toBe(
      '<iframe src="https://p.example/embed/afghanistan-2020?actors=us&amp;q=a%26b" title="Timeline: Afghanistan &quot;2020&quot; &lt;talks&gt;" width="100%" height="640" style="width:100%;border:0" loading="lazy" data-parley-embed></iframe>\n<script src="https://p.example/embed.js" async></script>',
    );
  });

  it('leaves the script out for a fixed height, which the iframe then uses', () => {
    const snippet = embedSnippet({ ...base, title: 'T', options: { ...DEFAULT_EMBED_OPTIONS, height: 500 }, autoResize: true });
    expect(snippet).not.toContain('<script');
    expect(snippet).toContain('height="500"');
    expect(snippet).toContain('height=500');
  });
});
