'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { DEFAULT_EMBED_OPTIONS, EMBED_HEIGHT_RANGE, embedSnippet, embedUrl, type EmbedControls, type EmbedOptions, type EmbedTheme } from '@/lib/embed';

export interface EmbedDialogProps {
  timelineId: string;
  title: string;
  /** The current view's query string (filters, window, event): the snippet reproduces exactly this view. */
  viewQuery: string;
  onClose: () => void;
}

/**
 * "Embed this view": presentation options, the iframe snippet (with the optional auto-height script), a copy
 * button and a live preview of the embed. A modal <dialog>: focus stays inside and Esc closes it.
 */
export function EmbedDialog({ timelineId, title, viewQuery, onClose }: EmbedDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [autoResize, setAutoResize] = useState(true);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const snippet = embedSnippet({ origin, timelineId, title, viewQuery, options, autoResize });
  const previewUrl = embedUrl(origin, timelineId, viewQuery, options);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const set = (patch: Partial<EmbedOptions>) => {
    setOptions((current) => ({ ...current, ...patch }));
    setCopied('idle');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
      className="m-auto w-[min(960px,calc(100vw-1.5rem))] max-h-[calc(100dvh-1.5rem)] overflow-y-auto rounded-2xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between border-b border-line px-5 py-3">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Embed this view
        </h2>
        <button type="button" onClick={() => dialogRef.current?.close()} className="rounded-md px-2 py-1 text-sm text-muted hover:bg-surface-2 hover:text-ink">
          Close
        </button>
      </div>
      <div className="grid gap-5 p-5 lg:grid-cols-[18rem_1fr]">
        <form className="space-y-3 text-sm" onSubmit={(event) => event.preventDefault()}>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={options.title} onChange={(e) => set({ title: e.target.checked })} className="size-4 accent-(--accent)" />
            Show the title
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={options.legend} onChange={(e) => set({ legend: e.target.checked })} className="size-4 accent-(--accent)" />
            Show the legend
          </label>
          <label className="flex flex-col gap-1">
            Controls
            <select value={options.controls} onChange={(e) => set({ controls: e.target.value as EmbedControls })} className="rounded-md border border-line bg-surface px-2 py-1">
              <option value="none">None (a fixed figure)</option>
              <option value="zoom">Zoom buttons</option>
              <option value="full">Zoom, relations, actors and overview</option>
            </select>
          </label>
          <label className="flex flex-col gap-1">
            Theme
            <select value={options.theme} onChange={(e) => set({ theme: e.target.value as EmbedTheme })} className="rounded-md border border-line bg-surface px-2 py-1">
              <option value="auto">Follow the reader&apos;s system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label className="flex flex-col gap-1">
            Height in pixels (empty: as tall as the chart)
            <input
              type="number"
              min={EMBED_HEIGHT_RANGE[0]}
              max={EMBED_HEIGHT_RANGE[1]}
              step={10}
              value={options.height ?? ''}
              onChange={(e) => {
                const value = Number(e.target.value);
                set({ height: e.target.value === '' || !Number.isFinite(value) ? undefined : Math.min(Math.max(Math.round(value), EMBED_HEIGHT_RANGE[0]), EMBED_HEIGHT_RANGE[1]) });
              }}
              className="rounded-md border border-line bg-surface px-2 py-1"
            />
          </label>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              checked={autoResize && options.height === undefined}
              disabled={options.height !== undefined}
              onChange={(e) => setAutoResize(e.target.checked)}
              className="mt-0.5 size-4 accent-(--accent)"
            />
            <span>
              Add the auto-height script
              <span className="block text-xs text-muted">One line that keeps the iframe as tall as the chart; it only listens to Parley iframes.</span>
            </span>
          </label>
        </form>
        <div className="min-w-0 space-y-3">
          <label htmlFor={`${id}-snippet`} className="text-xs font-semibold uppercase tracking-[0.12em] text-muted">
            HTML to paste into your page
          </label>
          <textarea
            id={`${id}-snippet`}
            readOnly
            value={snippet}
            rows={5}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full resize-y rounded-lg border border-line bg-surface-2 p-3 font-mono text-xs leading-relaxed text-ink"
          />
          <div className="flex items-center gap-3">
            <button type="button" onClick={copy} className="rounded-lg bg-ink px-4 py-2 text-sm font-semibold text-bg">
              Copy
            </button>
            <span role="status" className="text-sm text-muted">
              {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Could not copy: select the text and copy it yourself.' : ''}
            </span>
          </div>
          <p className="text-xs font-semibold uppercase tracking-[0.12em] text-muted">Preview</p>
          <iframe
            src={previewUrl}
            title={`Preview: ${title}`}
            className="h-[420px] w-full rounded-lg border border-line bg-bg"
            style={options.height ? { height: Math.min(options.height, 600) } : undefined}
          />
        </div>
      </div>
    </dialog>
  );
}
