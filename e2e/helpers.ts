import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The bundled briefing timeline as stored in data/, for comparing pages against. */
export function briefing(): { id: string; title: string; events: { id: string; title: string; start: unknown; end?: unknown }[] } {
  return JSON.parse(readFileSync(path.join(__dirname, '..', 'data', 'afghanistan-2020.json'), 'utf8'));
}

/**
 * Runs an axe scan (WCAG 2.x A/AA and best practices) and expects no violations, listing them if any. `include`
 * limits it to part of the page (a scan of thousands of list items takes a minute on a busy machine).
 */
export async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  const results = await (include ? builder.include(include) : builder).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * Waits until the chart's window stops moving: the `data-window-from`/`-to` attributes of `region` read the same
 * twice, 200 ms apart, and the SVG marks are drawn again. Transitions last at most 280 ms, but on a loaded machine a frame can come late, and a
 * window read mid-transition is wider than either end (d3's zoom interpolation zooms out to travel).
 */
export async function windowSettled(page: Page, region = '[data-window-from]') {
  const read = async () => {
    const element = page.locator(region).first();
    return `${await element.getAttribute('data-window-from')}…${await element.getAttribute('data-window-to')}`;
  };
  await page.waitForTimeout(300);
  let last = await read();
  await expect
    .poll(
      async () => {
        const now = await read();
        const steady = now === last;
        last = now;
        return steady;
      },
      { intervals: [200], timeout: 10_000, message: 'the chart window kept moving' },
    )
    .toBe(true);
  // The SVG marks are drawn again (they wait for an idle moment after a zoom, drawn meanwhile on a canvas).
  await expect(page.locator('[data-on-canvas]')).toHaveCount(0);
}
