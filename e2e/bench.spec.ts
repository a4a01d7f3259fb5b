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

  test('loads a large ?data= file in the worker its first script starts, and fetches it once', async ({ page }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const served: string[] = [];
    const body = syntheticTimelineText(3000, 42);
    await page.route(
      (url) => url.pathname === '/big.json',
      (route) => {
        served.push(route.request().url());
        return route.fulfill({ contentType: 'application/json', body });
      },
    );
    await page.goto('/bench?data=/big.json');
    await page.locator('[data-ready]').waitFor();
    await expect(page.getByRole('heading', { name: /3,000 events/ })).toBeVisible();
    expect(workers.map((url) => new URL(url).pathname)).toEqual(['/workers/load-timeline.js']);
    expect(served).toHaveLength(1);
    const marks = await page.evaluate(() => (window as BenchWindow).__benchMarks);
    expect(marks!.fetched).toBeLessThanOrEqual(marks!.parsed);
    expect(marks!.validated).toBeLessThanOrEqual(marks!.rendered);
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
