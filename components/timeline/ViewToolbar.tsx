'use client';

import { memo, type ReactNode } from 'react';
import type { ViewMode } from '@/lib/view-state';
import { DownloadMenu, type DownloadGroup } from '../export/DownloadMenu';

/** What the toolbar's controls do: the same object on every render (see TimelineView), so that it is memoised. */
export interface ViewToolbarHandlers {
  onView: (mode: ViewMode) => void;
  onToggleLinks: () => void;
  onEmbed: () => void;
  onDownload: (id: string) => void;
  onZoom: (factor: number) => void;
  onReset: () => void;
}

export const DOWNLOADS: DownloadGroup[] = [
  {
    label: 'Figure of this view',
    items: [
      { id: 'svg', label: 'SVG', hint: 'vector, for print' },
      { id: 'png2', label: 'PNG 2×', hint: 'for slides' },
      { id: 'png3', label: 'PNG 3×', hint: 'high resolution' },
    ],
  },
  {
    label: 'Filtered events',
    items: [
      { id: 'csv', label: 'CSV', hint: 'spreadsheet' },
      { id: 'json', label: 'JSON', hint: 'Parley timeline' },
    ],
  },
];

/** The list view offers the data downloads only: a figure is of the chart. */
const LIST_DOWNLOADS = DOWNLOADS.filter((group) => group.items.every((item) => item.id === 'csv' || item.id === 'json'));

/** How far the zoom buttons zoom in or out. */
export const ZOOM_STEP = 1.6;

/**
 * The view's toolbar: chart or list, and for the chart Embed, Download, the relations toggle and the zoom buttons.
 * Memoised: a zoom or pan frame re-renders the view, and React re-applies a radio button's or checkbox's name and
 * type whenever it renders it, which restyles the toggle (its labels' `has-checked:` styles) and repaints the page
 * around the chart on every frame.
 */
export const ViewToolbar = memo(function ViewToolbar({
  groupName,
  view,
  showLinks,
  embeddable,
  preparingFigure,
  handlers,
}: {
  /** The view toggle's radio group name (one per timeline on the page). */
  groupName: string;
  view: ViewMode;
  showLinks: boolean;
  embeddable: boolean;
  preparingFigure: boolean;
  handlers: ViewToolbarHandlers;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-3 print:hidden">
      <fieldset className="flex rounded-lg border border-line bg-surface p-0.5 text-sm">
        <legend className="sr-only">Show the timeline as</legend>
        {(['chart', 'list'] as const).map((mode) => (
          <label
            key={mode}
            className="cursor-pointer rounded-md px-3 py-1.5 font-medium text-muted has-checked:bg-ink has-checked:text-bg has-focus-visible:outline-2 has-focus-visible:outline-focus"
          >
            <input type="radio" name={groupName} value={mode} checked={view === mode} onChange={() => handlers.onView(mode)} className="sr-only" />
            {mode === 'chart' ? 'Chart' : 'List'}
          </label>
        ))}
      </fieldset>
      {/* On a phone the zoom buttons share the first row with Chart/List, and the rest take the second. */}
      {view === 'chart' && (
        <>
          <div className="flex flex-wrap items-center gap-2 text-sm max-sm:order-2 max-sm:basis-full sm:ml-auto">
            {embeddable && (
              <button
                type="button"
                onClick={handlers.onEmbed}
                className="rounded-lg border border-line bg-surface px-3 py-1.5 font-medium text-ink hover:border-ink/40"
              >
                Embed
              </button>
            )}
            <DownloadMenu groups={DOWNLOADS} onSelect={handlers.onDownload} busy={preparingFigure} />
            <label className="inline-flex cursor-pointer items-center gap-2 rounded-lg border border-line bg-surface px-3 py-1.5 font-medium text-ink">
              <input type="checkbox" checked={showLinks} onChange={handlers.onToggleLinks} className="size-4 accent-(--accent)" />
              Relations
            </label>
          </div>
          <div className="ml-auto flex rounded-lg border border-line bg-surface text-sm max-sm:order-1 sm:ml-0" role="group" aria-label="Zoom">
            <ToolButton label="Zoom out" onClick={() => handlers.onZoom(1 / ZOOM_STEP)}>
              −
            </ToolButton>
            <ToolButton label="Zoom in" onClick={() => handlers.onZoom(ZOOM_STEP)}>
              +
            </ToolButton>
            <ToolButton label="Reset the view" onClick={handlers.onReset}>
              Reset
            </ToolButton>
          </div>
        </>
      )}
      {view === 'list' && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <DownloadMenu groups={LIST_DOWNLOADS} onSelect={handlers.onDownload} />
        </div>
      )}
    </div>
  );
});

function ToolButton({ label, onClick, children }: { label: string; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      className="min-w-9 px-2.5 py-1.5 font-semibold text-ink first:rounded-l-lg last:rounded-r-lg hover:bg-surface-2 [&+&]:border-l [&+&]:border-line"
    >
      {children}
    </button>
  );
}
