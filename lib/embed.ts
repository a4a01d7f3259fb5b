/** Presentation options of the embed route (`/embed/<id>`), and the snippets that embed it in a report. */

export type EmbedTheme = 'light' | 'dark' | 'auto';
export type EmbedControls = 'none' | 'zoom' | 'full';

export interface EmbedOptions {
  theme: EmbedTheme;
  title: boolean;
  legend: boolean;
  controls: EmbedControls;
  /** A fixed height in px; without it the embed is as tall as its content (and can resize its iframe). */
  height?: number;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: 'auto', title: true, legend: false, controls: 'zoom' };
export const EMBED_HEIGHT_RANGE = [160, 4000] as const;
/** The message an embed posts to its parent whenever its height changes. */
export const RESIZE_MESSAGE = 'parley:resize';
const PRESENTATION_KEYS = ['theme', 'title', 'legend', 'controls', 'height'];

/** Reads the presentation options from a query string; anything malformed falls back to the default. */
export function parseEmbedOptions(query: string | URLSearchParams): EmbedOptions {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const options: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS };
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'auto') options.theme = theme;
  const flag = (key: 'title' | 'legend') => {
    const value = params.get(key);
    if (value === '0' || value === '1') options[key] = value === '1';
  };
  flag('title');
  flag('legend');
  const controls = params.get('controls');
  if (controls === 'none' || controls === 'zoom' || controls === 'full') options.controls = controls;
  const height = Number(params.get('height'));
  if (params.has('height') && Number.isInteger(height) && height >= EMBED_HEIGHT_RANGE[0] && height <= EMBED_HEIGHT_RANGE[1]) {
    options.height = height;
  }
  return options;
}

/** The presentation options that differ from the defaults, as query parameters (in a fixed order). */
export function serializeEmbedOptions(options: EmbedOptions): string {
  const params = new URLSearchParams();
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set('theme', options.theme);
  if (options.title !== DEFAULT_EMBED_OPTIONS.title) params.set('title', options.title ? '1' : '0');
  if (options.legend !== DEFAULT_EMBED_OPTIONS.legend) params.set('legend', options.legend ? '1' : '0');
  if (options.controls !== DEFAULT_EMBED_OPTIONS.controls) params.set('controls', options.controls);
  if (options.height !== undefined) params.set('height', String(options.height));
  return params.toString();
}

/** A view query string without the presentation options (what the full view at the same state needs). */
export function withoutPresentation(query: string): string {
  const params = new URLSearchParams(query);
  for (const key of PRESENTATION_KEYS) params.delete(key);
  return params.toString().replace(/%2C/gi, ',');
}

/** The embed's address: the view's state (filters, window, event) plus the presentation options. */
export function embedUrl(origin: string, timelineId: string, viewQuery: string, options: EmbedOptions): string {
  const query = [withoutPresentation(viewQuery), serializeEmbedOptions(options)].filter(Boolean).join('&');
  return `${origin}/embed/${encodeURIComponent(timelineId)}${query ? `?${query}` : ''}`;
}

/** The full view at the same state: `/` for the default timeline, `/t/<id>` for the others. */
export function fullViewUrl(origin: string, timelineId: string, viewQuery: string, defaultId: string): string {
  const query = withoutPresentation(viewQuery);
  const path = timelineId === defaultId ? '/' : `/t/${encodeURIComponent(timelineId)}`;
  return `${origin}${path}${query ? `?${query}` : ''}`;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML to paste into a report: an iframe with a title (for screen readers) and, optionally, the one-line
 * script that keeps each Parley iframe as tall as its content (see public/embed.js for the protocol).
 */
export function embedSnippet({
  origin,
  timelineId,
  title,
  viewQuery,
  options,
  autoResize,
}: {
  origin: string;
  timelineId: string;
  title: string;
  viewQuery: string;
  options: EmbedOptions;
  autoResize: boolean;
}): string {
  const src = embedUrl(origin, timelineId, viewQuery, options);
  const height = options.height ?? 640;
  const iframe = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Timeline: ${title}`)}" width="100%" height="${height}" style="width:100%;border:0" loading="lazy" data-parley-embed></iframe>`;
  return autoResize && options.height === undefined ? `${iframe}\n<script src="${escapeAttribute(`${origin}/embed.js`)}" async></script>` : iframe;
}
