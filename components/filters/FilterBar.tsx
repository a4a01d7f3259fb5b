'use client';

import { memo, useId, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { Filters } from '@/lib/filter';
import { KIND_LABELS, STATUS_LABELS } from '@/lib/labels';
import type { ResolvedActor } from '@/lib/resolve';
import { KINDS, STATUSES, type Kind, type Status } from '@/lib/vocabulary';

export interface FilterBarProps {
  actors: ResolvedActor[];
  filters: Filters;
  counts: { actors: Map<string, number>; kinds: Map<Kind, number>; statuses: Map<Status, number> };
  /** `deliberate` changes get their own history entry; typing replaces the current one. */
  onChange: (next: Filters, deliberate: boolean) => void;
  /** Step to the next (1) or previous (−1) search result. */
  onStep: (direction: 1 | -1) => void;
  /** "3 of 7" while stepping through results. */
  stepStatus?: string;
  /** The date-range inputs, owned by the view (they follow the chart's window). */
  dateRange: ReactNode;
  /** The kinds and statuses the timeline uses at all: the menus offer these, with their current counts. */
  present: { kinds: ReadonlySet<Kind>; statuses: ReadonlySet<Status> };
}

const toggle = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** The look of a button that opens a menu or a group of filters (Kind, Status, and Filters on a phone). */
const MENU_BUTTON = 'flex items-center gap-1.5 rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:border-ink/40';

/** What follows a menu button's label: how many filters it holds (when any), and a chevron, turned while it is open. */
function MenuButtonEnd({ active, turned }: { active: number; turned: string }) {
  return (
    <>
      {active > 0 && <span className="rounded-full bg-ink px-1.5 text-[11px] font-semibold text-bg">{active}</span>}
      <svg viewBox="0 0 12 12" aria-hidden="true" className={`size-3 text-muted transition-transform ${turned}`}>
        <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </>
  );
}

function Dropdown({ label, active, children }: { label: string; active: number; children: ReactNode }) {
  return (
    <details className="group relative">
      <summary className={`${MENU_BUTTON} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
        {label}
        <MenuButtonEnd active={active} turned="group-open:rotate-180" />
      </summary>
      <div className="absolute left-0 z-30 mt-1 min-w-56 rounded-xl border border-line bg-surface p-2 shadow-xl">{children}</div>
    </details>
  );
}

function CheckRow({ label, count, checked, onChange }: { label: string; count: number; checked: boolean; onChange: () => void }) {
  return (
    <label className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm text-ink hover:bg-surface-2">
      <input type="checkbox" checked={checked} onChange={onChange} className="size-4 accent-(--accent)" />
      <span className="flex-1">{label}</span>
      <span className="tabular-nums text-xs text-muted">{count}</span>
    </label>
  );
}

/** A menu of checkboxes for one facet (kind, status): the values the timeline uses, or that are checked, with counts. */
function FacetMenu<T extends string>({
  label,
  values,
  labels,
  present,
  counts,
  checked,
  onChange,
}: {
  label: string;
  values: readonly T[];
  labels: Record<T, string>;
  present: ReadonlySet<T>;
  counts: Map<T, number>;
  checked: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <Dropdown label={label} active={checked.length}>
      <fieldset>
        <legend className="px-2 pb-1 text-xs font-semibold uppercase tracking-[0.12em] text-muted">{label}</legend>
        {values
          .filter((value) => present.has(value) || checked.includes(value))
          .map((value) => (
            <CheckRow key={value} label={labels[value]} count={counts.get(value) ?? 0} checked={checked.includes(value)} onChange={() => onChange(toggle(checked, value))} />
          ))}
      </fieldset>
    </Dropdown>
  );
}

/**
 * The filters: text search with result stepping, kind and status menus, hide-or-highlight, the date range,
 * and actor chips with any/all matching. Every control is a labelled form control.
 */
export const FilterBar = memo(function FilterBar({ actors, filters, counts, onChange, onStep, stepStatus, dateRange, present }: FilterBarProps) {
  const id = useId();
  const set = (patch: Partial<Filters>, deliberate = true) => onChange({ ...filters, ...patch }, deliberate);
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && filters.q) {
      event.preventDefault();
      set({ q: '' });
    }
  };
  const onlyActor = (actorId: string) => set({ actors: [actorId] });
  // On a phone the menus, the hide-or-fade switch and the dates fold behind a "Filters" button, so that the chart
  // starts on the first screen; from the sm breakpoint up they are always shown.
  const [unfolded, setUnfolded] = useState(false);
  const folded = filters.kinds.length + filters.statuses.length + (filters.mode === 'highlight' ? 1 : 0);

  return (
    <div className="space-y-3 print:hidden" role="search" aria-label="Filter the timeline">
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-0 flex-[1_1_12rem] sm:flex-[1_1_18rem]">
          <label htmlFor={`${id}-q`} className="sr-only">
            Search titles, summaries, quotes, places and actors
          </label>
          <svg viewBox="0 0 20 20" aria-hidden="true" className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.7" />
            <path d="M13 13l4 4" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
          </svg>
          <input
            id={`${id}-q`}
            type="search"
            value={filters.q}
            placeholder="Search events and quotes"
            onChange={(event) => set({ q: event.target.value }, false)}
            onKeyDown={onSearchKey}
            aria-describedby={`${id}-q-help`}
            className={`w-full rounded-lg border border-line bg-surface py-1.5 pl-8 text-sm text-ink placeholder:text-muted ${filters.q ? 'pr-24' : 'pr-3'}`}
          />
          <span id={`${id}-q-help`} className="sr-only">
            Enter goes to the next result and Shift+Enter to the previous one.
          </span>
          {filters.q && (
            <div className="absolute right-1 top-1/2 flex -translate-y-1/2 items-center gap-0.5">
              {stepStatus && <span className="px-1 text-xs tabular-nums text-muted">{stepStatus}</span>}
              <button type="button" onClick={() => onStep(-1)} aria-label="Previous result" className="rounded px-1.5 py-0.5 text-muted hover:bg-surface-2 hover:text-ink">
                ↑
              </button>
              <button type="button" onClick={() => onStep(1)} aria-label="Next result" className="rounded px-1.5 py-0.5 text-muted hover:bg-surface-2 hover:text-ink">
                ↓
              </button>
            </div>
          )}
        </div>
        <button
          type="button"
          aria-expanded={unfolded}
          aria-controls={`${id}-more`}
          onClick={() => setUnfolded(!unfolded)}
          className={`${MENU_BUTTON} sm:hidden`}
        >
          Filters
          <MenuButtonEnd active={folded} turned={unfolded ? 'rotate-180' : ''} />
        </button>
        <div id={`${id}-more`} className={`${unfolded ? 'flex' : 'hidden'} basis-full flex-wrap items-center gap-2 sm:contents`}>
          <FacetMenu
            label="Kind"
            values={KINDS}
            labels={KIND_LABELS}
            present={present.kinds}
            counts={counts.kinds}
            checked={filters.kinds}
            onChange={(kinds) => set({ kinds })}
          />
          <FacetMenu
            label="Status"
            values={STATUSES}
            labels={STATUS_LABELS}
            present={present.statuses}
            counts={counts.statuses}
            checked={filters.statuses}
            onChange={(statuses) => set({ statuses })}
          />
          <fieldset className="flex rounded-lg border border-line bg-surface p-0.5 text-sm">
            <legend className="sr-only">Events that do not match</legend>
            {(['hide', 'highlight'] as const).map((mode) => (
              <label
                key={mode}
                className="cursor-pointer rounded-md px-2.5 py-1 font-medium text-muted has-checked:bg-ink has-checked:text-bg has-focus-visible:outline-2 has-focus-visible:outline-focus"
              >
                <input type="radio" name={`${id}-mode`} value={mode} checked={filters.mode === mode} onChange={() => set({ mode })} className="sr-only" />
                {mode === 'hide' ? 'Hide others' : 'Fade others'}
              </label>
            ))}
          </fieldset>
          {dateRange}
        </div>
      </div>

      <fieldset className="relative -mx-4 flex min-w-0 items-center gap-1.5 overflow-x-auto px-4 pb-1 [scrollbar-width:thin] sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0">
        <legend className="sr-only">Actors</legend>
        <button
          type="button"
          onClick={() => set({ actors: [] })}
          aria-pressed={filters.actors.length === 0}
          className="shrink-0 rounded-full border border-line px-3 py-1 text-xs font-semibold text-ink aria-pressed:border-ink aria-pressed:bg-ink aria-pressed:text-bg"
        >
          All actors
        </button>
        {actors.map((actor) => {
          const checked = filters.actors.includes(actor.id);
          return (
            <span key={actor.id} className="group/chip inline-flex shrink-0 items-center whitespace-nowrap rounded-full border border-line bg-surface has-checked:border-ink has-checked:bg-surface-2" data-lane-color="" style={{ '--c': actor.color } as CSSProperties}>
              <label
                className="inline-flex cursor-pointer items-center gap-1.5 py-1 pl-2.5 pr-2 text-xs font-medium text-ink"
                title="Alt-click: only this actor"
                onClick={(event) => {
                  if (event.altKey || event.metaKey) {
                    event.preventDefault();
                    onlyActor(actor.id);
                  }
                }}
              >
                <input type="checkbox" checked={checked} onChange={() => set({ actors: toggle(filters.actors, actor.id) })} className="sr-only" />
                <span aria-hidden="true" className="size-2.5 rounded-full border-2 border-(--mark) group-has-checked/chip:bg-(--mark)" />
                {actor.name}
                <span className="tabular-nums text-muted">{counts.actors.get(actor.id) ?? 0}</span>
              </label>
              <button
                type="button"
                onClick={() => onlyActor(actor.id)}
                aria-label={`Only ${actor.name}`}
                className="mr-1 hidden rounded-full px-1.5 text-[11px] text-muted hover:bg-surface-2 hover:text-ink group-focus-within/chip:inline group-hover/chip:inline"
              >
                only
              </button>
            </span>
          );
        })}
        {(
          <label className="ml-1 inline-flex shrink-0 items-center gap-1.5 whitespace-nowrap text-xs text-muted">
            Events with
            <select
              value={filters.match}
              onChange={(event) => set({ match: event.target.value === 'all' ? 'all' : 'any' })}
              className="rounded-md border border-line bg-surface px-1.5 py-0.5 text-xs font-medium text-ink"
            >
              <option value="any">any of them</option>
              <option value="all">all of them</option>
            </select>
          </label>
        )}
      </fieldset>
    </div>
  );
});
