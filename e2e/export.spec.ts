import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { importTimeline } from '../lib/formats';
import { loadTimeline } from '../lib/load';
import { briefing, expectNoAxeViolations, windowSettled } from './helpers';

const CHART_REGION = '[data-view-panel="chart"] [data-ready]';
// The chart's base SVG: the one with the chart's width and height (the marks and lane names are layered over it).
const chartSvg = (page: Page) => page.getByRole('group', { name: 'Timeline chart, one lane per actor' }).locator('svg').first();

async function open(page: Page, query: string) {
  await page.goto(`/${query}`);
  await page.locator(CHART_REGION).waitFor();
  // Let the URL's window settle (d3-zoom applies it after hydration).
  await windowSettled(page, CHART_REGION);
}

/** Picks an item of the Download menu and returns the file it saves. */
async function download(page: Page, item: RegExp): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { download: file, bytes: readFileSync((await file.path())!) };
}

/** A PNG's pixel size, from its IHDR chunk (bytes 16–23, big-endian). */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

const events = briefing().events as unknown as { id: string; title: string; actors: string[]; kind: string }[];
const titleOf = (id: string) => events.find((event) => event.id === id)!.title;

test.describe('downloads and print', () => {
  test('the SVG figure is a self-contained file of just the visible, filtered events', async ({ page }) => {
    await open(page, '?actors=us,taliban&from=2020-02-15&to=2020-03-15');
    const { download: file, bytes } = await download(page, /^SVG/);
    expect(file.suggestedFilename()).toBe('afghanistan-2020_2020-02-15_2020-03-15.svg');
    const svg = bytes.toString('utf8');

    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        name: root.localName,
        namespace: root.namespaceURI,
        viewBox: root.getAttribute('viewBox'),
        width: root.getAttribute('width'),
        text: [...doc.querySelectorAll('text')].map((node) => node.textContent).join('\n'),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed).toMatchObject({ name: 'svg', namespace: 'http://www.w3.org/2000/svg' });
    expect(parsed.viewBox).toMatch(/^0 0 \d+ \d+$/);
    expect(Number(parsed.width)).toBe(Number(await chartSvg(page).getAttribute('width')));

    // Title, "as of" note and the source caption are real text.
    expect(parsed.text).toContain('Afghanistan: the U.S.–Taliban agreement');
    expect(parsed.text).toContain('Source: International Crisis Group, 30 March 2020 · Parley');
    expect(parsed.text).toContain('As of 30 March 2020');
    for (const id of ['us-taliban-agreement', 'reduction-in-violence']) expect(parsed.text).toContain(titleOf(id));
    // Outside the window, or left out by the actor filter.
    for (const title of ['Intra-Afghan negotiations planned to begin', 'Taliban fail to conquer all of Afghanistan', 'Critics point to']) {
      expect(parsed.text).not.toContain(title);
    }

    expect(svg).not.toMatch(/<script|<foreignObject|var\(|light-dark|\son\w+=|\sclass=|\sstyle=|tabindex|data-/i);
    expect(svg).not.toMatch(/href=|url\((?!#)/);
    expect(svg).toMatch(/font-family="'Source Serif 4', [^"]*serif"/);
  });

  test('PNG figures are the chart’s width times 2 or 3, named for their scale', async ({ page }) => {
    await open(page, '?from=2020-02-01&to=2020-04-01');
    const width = Number(await chartSvg(page).getAttribute('width'));
    for (const scale of [2, 3]) {
      const { download: file, bytes } = await download(page, new RegExp(`^PNG ${scale}×`));
      expect(file.suggestedFilename()).toBe(`afghanistan-2020_2020-02-01_2020-04-01@${scale}x.png`);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      const size = pngSize(bytes);
      expect(size.width).toBe(width * scale);
      expect(size.height % scale).toBe(0);
      expect(size.height).toBeGreaterThan(size.width / 3);
    }
  });

  test('CSV and JSON hold exactly the filtered events; the JSON is a valid Parley timeline', async ({ page }) => {
    await open(page, '?actors=taliban&kinds=violence,statement');
    const expected = events.filter((event) => event.actors.includes('taliban') && ['violence', 'statement'].includes(event.kind)).map((e) => e.id);
    await expect(page.locator('[data-filter-summary]')).toHaveText(new RegExp(`^${expected.length} of ${events.length} events`));

    const json = await download(page, /^JSON/);
    expect(json.download.suggestedFilename()).toBe('afghanistan-2020.json');
    const loaded = loadTimeline(json.bytes.toString('utf8'));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.resolved.events.map((event) => event.id).sort()).toEqual([...expected].sort());

    const csv = await download(page, /^CSV/);
    expect(csv.download.suggestedFilename()).toBe('afghanistan-2020.csv');
    // Parley CSV: it re-imports as the same events, with the timeline's details from its #parley rows.
    const reimported = importTimeline(csv.bytes.toString('utf8'), { fileName: 'afghanistan-2020.csv', now: new Date('2026-11-27') });
    expect(reimported.format).toBe('csv');
    expect(reimported.problems).toEqual([]);
    expect(reimported.timeline?.title).toBe(loaded.ok ? loaded.timeline.title : undefined);
    expect(reimported.timeline?.events.map((event) => event.id).sort()).toEqual([...expected].sort());
  });

  test('the list view offers the data downloads of the filtered events', async ({ page }) => {
    await page.goto('/?view=list&actors=iskp');
    await page.locator('[data-view-panel="list"]').waitFor();
    await page.getByRole('button', { name: 'Download' }).click();
    await expect(page.getByRole('menuitem')).toHaveText([/^CSV/, /^JSON/]);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /^JSON/ }).click()]);
    const loaded = loadTimeline(readFileSync((await file.path())!, 'utf8'));
    expect(loaded.ok && loaded.resolved.events.map((event) => event.id).sort()).toEqual(
      events.filter((event) => event.actors.includes('iskp')).map((event) => event.id).sort(),
    );
  });

  test('a timeline opened from a file downloads as a figure too', async ({ page }) => {
    await page.goto('/open');
    await page.locator('input[type=file]').setInputFiles('tests/fixtures/timelinejs/eras.json');
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await page.locator(CHART_REGION).waitFor();
    const { download: file, bytes } = await download(page, /^SVG/);
    expect(file.suggestedFilename()).toMatch(/^eras-test_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.svg$|^eras-test\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toContain('Eras Test');
    expect(svg).not.toContain('<script');
    // The PNG is drawn in the page's own fonts, inlined for the image.
    const png = await download(page, /^PNG 2×/);
    expect(pngSize(png.bytes).width).toBe(Number(await chartSvg(page).getAttribute('width')) * 2);
  });

  test('the Download menu works from the keyboard and passes an accessibility scan while open', async ({ page }) => {
    await open(page, '');
    const button = page.getByRole('button', { name: 'Download' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('menu', { name: 'Download' });
    await expect(menu.getByRole('menuitem', { name: /^SVG/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: /^PNG 2×/ })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: /^JSON/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: /^SVG/ })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('print shows the chart and every filtered event, without controls, even from the chart view', async ({ page }) => {
    await open(page, '?actors=taliban&kinds=violence,statement');
    const expected = events.filter((event) => event.actors.includes('taliban') && ['violence', 'statement'].includes(event.kind));
    await expect(page.locator('[data-view-panel="list"]')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    const list = page.locator('[data-view-panel="list"]');
    await expect(list).toBeVisible();
    await expect(list.locator('li[id^="event-"]')).toHaveCount(expected.length);
    for (const event of expected) await expect(list.getByRole('heading', { name: event.title })).toBeVisible();
    await expect(chartSvg(page)).toBeVisible();
    for (const control of [
      page.getByRole('button', { name: 'Download' }),
      page.getByRole('button', { name: 'Embed', exact: true }),
      page.getByRole('search', { name: 'Filter the timeline' }),
      page.getByRole('group', { name: 'Quick ranges' }),
      page.getByRole('banner'),
    ]) {
      await expect(control).toBeHidden();
    }
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await expect(list).toHaveCount(0);
  });

  test('the Download menu is reachable on a phone and fits the screen @phone', async ({ page }) => {
    await open(page, '');
    const button = page.getByRole('button', { name: 'Download' });
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    const menu = page.getByRole('menu', { name: 'Download' });
    await expect(menu).toBeVisible();
    const box = (await menu.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    for (const item of await menu.getByRole('menuitem').all()) {
      await expect(item).toBeVisible();
      expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
});
