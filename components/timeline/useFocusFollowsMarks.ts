'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { followFocus } from '@/lib/focus-window';
import type { TimeWindow } from '@/lib/scale';

/** The chart's focusable marks and badges, in tab order. */
export const FOCUSABLE = '[data-event-id][tabindex="0"], .tl-badge[tabindex="0"]';

/**
 * Keeps keyboard focus where the reader can see it. The chart draws marks beyond its window (a pan then moves a
 * picture), and they are in the tab order: focus entering the chart goes to the first (or last) mark in view, and
 * moving past the window's edge from mark to mark moves the window to the focused mark (followFocus). The browser
 * scrolls a clipped box to show what gets focus; the chart's boxes are clipped, not scrolled, so that is undone.
 * `region` is the focusable box around the chart, `chart` the element its marks are drawn in.
 */
export function useFocusFollowsMarks(
  region: RefObject<HTMLElement | null>,
  chart: RefObject<HTMLElement | null>,
  view: { window: TimeWindow; extent: TimeWindow; showWindow: (window: TimeWindow, animate?: boolean) => void },
) {
  const latest = useRef(view);
  latest.current = view;

  useEffect(() => {
    const box = region.current;
    if (!box) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as Element;
      const drawing = chart.current;
      if (!drawing || !target.matches(FOCUSABLE)) return;
      const from = event.relatedTarget as Node | null;
      const entering = from === null || from === box || !box.contains(from);
      let marks: Element[] = [];
      const { window, extent, showWindow } = latest.current;
      const next = followFocus({
        target: target.getBoundingClientRect(),
        chart: drawing.getBoundingClientRect(),
        marks: () => (marks = [...drawing.querySelectorAll(FOCUSABLE)]).map((mark) => mark.getBoundingClientRect()),
        entering,
        window,
        extent,
      });
      if (next && 'focus' in next) (marks[next.focus] as HTMLElement | SVGElement).focus({ preventScroll: true });
      // At once: an animated move zooms out on its way (d3's smooth zoom), and the focused mark would leave the
      // drawing, and lose focus, in the middle of it.
      else if (next) showWindow(next.show, false);
    };
    const onScroll = (event: Event) => {
      const scrolled = event.target;
      if (scrolled instanceof HTMLElement && (scrolled.scrollLeft !== 0 || scrolled.scrollTop !== 0) && getComputedStyle(scrolled).overflow === 'hidden') {
        scrolled.scrollLeft = 0;
        scrolled.scrollTop = 0;
      }
    };
    box.addEventListener('focusin', onFocusIn);
    box.addEventListener('scroll', onScroll, true);
    return () => {
      box.removeEventListener('focusin', onFocusIn);
      box.removeEventListener('scroll', onScroll, true);
    };
  }, [region, chart]);
}
