'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface DownloadItem {
  id: string;
  label: string;
  /** What the file is, in a word or two, shown after the label. */
  hint: string;
}

export interface DownloadGroup {
  label: string;
  items: DownloadItem[];
}

/**
 * "Download": a menu button (WAI-ARIA menu button pattern). Arrow keys, Home and End move between items, Enter
 * or Space picks one, Esc or Tab closes the menu, and focus returns to the button.
 */
export function DownloadMenu({ groups, onSelect, busy }: { groups: DownloadGroup[]; onSelect: (id: string) => void; busy?: boolean }) {
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);

  const menuItems = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    if (open) menuItems()[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const show = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (returnFocus = true) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };
  const pick = (itemId: string) => {
    close();
    onSelect(itemId);
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 0 : count - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: count - 1 };
    if (event.key in moves) {
      event.preventDefault();
      setFocusIndex((moves[event.key] + count) % count);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close() : show(0))}
        onKeyDown={onButtonKey}
        className="inline-flex items-center gap-1.5 rounded-lg border border-line bg-surface px-3 py-1.5 font-medium text-ink hover:border-ink/40"
      >
        {busy ? 'Preparing…' : 'Download'}
        <svg aria-hidden="true" width="10" height="10" viewBox="0 0 10 10" className={open ? 'rotate-180' : undefined}>
          <path d="M1.5 3.5 5 7l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKey}
          className="absolute left-0 top-full z-30 mt-1 w-64 max-w-[calc(100vw-2rem)] rounded-xl border border-line bg-surface p-1 text-sm shadow-xl"
        >
          {groups.map((group, groupIndex) => {
            const first = groups.slice(0, groupIndex).reduce((sum, g) => sum + g.items.length, 0);
            return (
              <div key={group.label} role="group" aria-labelledby={`${id}-group-${groupIndex}`} className={groupIndex ? 'mt-1 border-t border-line pt-1' : undefined}>
                <div id={`${id}-group-${groupIndex}`} role="presentation" className="px-2.5 pb-1 pt-1.5 text-[11px] font-semibold uppercase tracking-[0.12em] text-muted">
                  {group.label}
                </div>
                {group.items.map((item, offset) => (
                  <button
                    key={item.id}
                    type="button"
                    role="menuitem"
                    tabIndex={first + offset === focusIndex ? 0 : -1}
                    onClick={() => pick(item.id)}
                    onFocus={() => setFocusIndex(first + offset)}
                    className="flex w-full items-baseline justify-between gap-3 rounded-lg px-2.5 py-1.5 text-left text-ink hover:bg-surface-2 focus-visible:bg-surface-2"
                  >
                    <span className="font-medium">{item.label}</span>
                    <span className="text-xs text-muted">{item.hint}</span>
                  </button>
                ))}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
