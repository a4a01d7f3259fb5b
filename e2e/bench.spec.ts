import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticTimelineText } from '../lib/synthetic';

type BenchWindow = { __benchMarks?: Record<string, number>; __benchError?: string; __ready?: number };

test.describe('the benchmark page', () => {
  test('draws a generated timeline and records its phase marks', async ({ page }) => {
    await page.goto('/bench?n=300&seed=42');
    await page.locator('[data-ready]').waitFor();
    await expect(page.getByRole('heading', { name: 'Benchmark 300: 300 events' })).toBeVisible();
    await expect(page.locator('[data-bench-target] [data-event-id]').first()).toBeVisible();
    const marks = await page.evaluate(() => (window as BenchWindow).__benchMarks);
    expect(Object.keys(marks ?? {})).toEqual(['fetched', 'parsed', 'validated', 'rendered']);
    expect(marks!.fetched).toBeLessThanOrEqual(marks!.parsed);
    expect(marks!.parsed).toBeLessThanOrEqual(marks!.validated);
    expect(marks!.validated).toBeLessThanOrEqual(marks!.rendered);
  });

  test('parses and validates a large dataset in a worker', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto('/bench?n=3000&seed=42');
    await page.locator('[data-ready]').waitFor();
    await expect(page.getByRole('heading', { name: 'Benchmark 3000: 3,000 events' })).toBeVisible();
    await expect(page.locator('[data-bench-target] [data-event-id]').first()).toBeVisible();
    expect(workers).toHaveLength(1);
    expect(await page.evaluate(() => (window as BenchWindow).__benchError)).toBeUndefined();
  });

  test('loads a ?data= file of 1,000 events in the worker its first script starts, and fetches it once', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const served: string[] = [];
    const body = syntheticTimelineText(1000, 42);
    expect(body.length).toBeGreaterThan(64 * 1024);
    // The validator (lib/load.ts, with zod) runs in the worker only: no script of the page's own carries it.
    const pageScripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (/\/_next\/static\/.*\.js$/.test(new URL(response.url()).pathname)) pageScripts.push(response.text());
    });
    await page.route(
      (url) => url.pathname === '/big.json',
      (route) => {
        served.push(route.request().url());
        return route.fulfill({ contentType: 'application/json', body });
      },
    );
    await page.goto('/bench?data=/big.json');
    await page.locator('[data-ready]').waitFor();
    await expect(page.getByRole('heading', { name: /1,000 events/ })).toBeVisible();
    expect(workers.map((url) => new URL(url).pathname)).toEqual(['/workers/load-timeline.js']);
    expect(served).toHaveLength(1);
    const scripts = await Promise.all(pageScripts);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((text) => text.includes('derived from unknown event'))).toEqual([]);
    const marks = await page.evaluate(() => (window as BenchWindow).__benchMarks);
    expect(marks!.fetched).toBeLessThanOrEqual(marks!.parsed);
    expect(marks!.validated).toBeLessThanOrEqual(marks!.rendered);
  });

  test('draws a crowded timeline mounted in the browser on the canvas first, then makes its marks', async ({ page }) => {
    // What the page has drawn at the moment it reports the chart ready.
    await page.addInitScript(() => {
      let ready: number | undefined;
      Object.defineProperty(window, '__ready', {
        configurable: true,
        get: () => ready,
        set: (value: number) => {
          ready = value;
          const canvas = document.querySelector<HTMLCanvasElement>('[data-bench-target] canvas')!;
          const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
          (window as { __atReady?: unknown }).__atReady = {
            svgMarks: document.querySelectorAll('[data-bench-target] [data-event-id]').length,
            onCanvas: document.querySelectorAll('[data-on-canvas]').length,
            painted: painted / (pixels.length / 4),
          };
        },
      });
    });
    await page.goto('/bench?n=3000&seed=42');
    await page.locator('[data-ready]').waitFor();
    const atReady = await page.evaluate(() => (window as { __atReady?: { svgMarks: number; onCanvas: number; painted: number } }).__atReady);
    expect(atReady).toMatchObject({ svgMarks: 0, onCanvas: 1 });
    // Marks and labels cover a few % of the chart (a blank canvas: 0).
    expect(atReady!.painted).toBeGreaterThan(0.01);
    // At the next idle moment the SVG marks are made, and take over from the canvas: keyboard and screen readers reach them.
    await expect(page.locator('[data-on-canvas]')).toHaveCount(0);
    expect(await page.locator('[data-bench-target] [data-event-id]').count()).toBeGreaterThan(50);
    await page.locator('[data-bench-target] [data-event-id]').first().focus();
    await expect(page.locator('[data-bench-target] [data-event-id]').first()).toBeFocused();
  });

  test('a click on the first picture, before the marks are made, opens the event drawn there', async ({ page }) => {
    // Idle callbacks never come: the canvas keeps standing in for the marks.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto('/bench?n=3000&seed=42');
    await page.locator('[data-ready]').waitFor();
    await expect(page.locator('[data-on-canvas]')).toHaveCount(1);
    expect(await page.locator('[data-bench-target] [data-event-id]').count()).toBe(0);
    // A pixel painted in the first lane's colour (as its name's dot has it): a mark's glyph, not a badge or a label.
    const canvas = page.locator('[data-bench-target] canvas');
    const spot = await canvas.evaluate((element: HTMLCanvasElement) => {
      const dot = element.parentElement!.querySelector('[data-lane-color] tspan')!;
      const [r, g, b] = getComputedStyle(dot).fill.match(/\d+/g)!.map(Number);
      const shown = element.getBoundingClientRect();
      const ratio = element.width / shown.width;
      const pixels = element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data;
      for (let y = 40; y < shown.height; y++)
        for (let x = 150; x < shown.width - 150; x++) {
          const i = (Math.round(y * ratio) * element.width + Math.round(x * ratio)) * 4;
          if (pixels[i + 3] === 255 && Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 6) return { x, y };
        }
      return null;
    });
    expect(spot).not.toBeNull();
    await canvas.click({ position: spot! });
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page).toHaveURL(/[?&]event=/);
  });

  test('says which file could not be fetched, and why', async ({ page }) => {
    await page.route((url) => url.pathname === '/missing.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto('/bench?data=/missing.json');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be shown' })).toContainText('/missing.json: HTTP 404');
    expect(await page.evaluate(() => (window as BenchWindow).__benchError)).toMatch(/HTTP 404/);
  });

  test('is not indexed, and may fetch datasets from a local server', async ({ page, request }) => {
    await page.goto('/bench?n=5');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const csp = (await request.get('/bench')).headers()['content-security-policy'];
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:* http://localhost:*");
    expect((await request.get('/')).headers()['content-security-policy']).toContain("connect-src 'self';");
  });

  test('reports a dataset that does not validate in window.__benchError', async ({ page }) => {
    await page.route((url) => url.pathname === '/broken.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"id":"x","title":"x","events":[]}' }));
    await page.goto('/bench?data=/broken.json');
    await expect(page.getByRole('alert').filter({ hasText: 'could not be shown' })).toContainText('2 problem(s) in the dataset');
    expect(await page.evaluate(() => (window as BenchWindow).__benchError)).toMatch(/source/);
  });

  test('keeps its dataset in the URL as the view writes its window there, so that a reload shows the same', async ({ page }) => {
    const dataset = readFileSync(path.join(__dirname, '..', 'data', 'afghanistan-2020.json'), 'utf8');
    await page.route((url) => url.pathname === '/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: dataset }));
    await page.goto('/bench?data=/dataset.json');
    await page.locator('[data-ready]').waitFor();
    await expect(page.getByText('were not understood')).toHaveCount(0);
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d\d-\d\d/);
    expect(new URL(page.url()).searchParams.get('data')).toBe('/dataset.json');
    const from = new URL(page.url()).searchParams.get('from');
    await page.reload();
    await page.locator('[data-ready]').waitFor();
    await expect(page.locator('[data-window-from]')).toHaveAttribute('data-window-from', from!);
  });
});
