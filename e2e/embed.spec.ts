import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { expectNoAxeViolations, windowSettled } from './helpers';

/**
 * A report page on another origin that embeds `html`: a real little server at 127.0.0.1 while Parley is at
 * localhost (both loopback, so Chromium's private-network rules allow it; different origins all the same).
 */
async function hostPage(page: Page, html: string) {
  const server = createServer((_, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><html lang="en"><head><title>Report</title></head><body><h1>Our report</h1>${html}<p>After the chart.</p></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}

const servers: Server[] = [];
test.afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

const base = () => test.info().project.use.baseURL!;

test.describe('embedding', () => {
  test('a report on another origin embeds the chart at the linked view, and the iframe follows its height @export', async ({ page }) => {
    const src = `${base()}/embed/afghanistan-2020?actors=us,taliban&from=2020-02-15&to=2020-03-15&controls=full`;
    await hostPage(page, `<iframe id="chart" src="${src}" title="Timeline" width="100%" height="300" style="border:0;width:100%" data-parley-embed></iframe><script src="${base()}/embed.js" async></script>`);
    const frame = page.frameLocator('#chart');
    await expect(frame.getByRole('group', { name: 'Timeline chart, one lane per actor' })).toBeVisible();
    await expect(frame.locator('[data-window-from]')).toHaveAttribute('data-window-from', '2020-02-15');
    await expect(frame.getByRole('button', { name: /^U\.S\. and Taliban sign agreement in Doha/ })).toBeVisible();
    const laneTexts = await frame.locator('svg g > text.tl-label[data-lane-color]').allTextContents();
    expect(laneTexts.map((t) => t.replace(/^●\s*/, '').replace(/\s+\d+$/, ''))).toEqual(['United States', 'Taliban']);

    const iframe = page.locator('#chart');
    const contentHeight = () => frame.locator('[data-embed]').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await contentHeight()))).toBeLessThan(3);
    const before = (await iframe.boundingBox())!.height;

    // Filtering inside the embed: one more actor's lane appears, and the iframe grows with it.
    await frame.getByRole('group', { name: 'Actors' }).getByText('Afghan government').click();
    await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before + 40);
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await contentHeight()))).toBeLessThan(3);

    // The credit links to the full view at the same state, in a new tab.
    const credit = frame.getByRole('link', { name: 'Open the full timeline ↗' });
    await expect(credit).toHaveAttribute('target', '_blank');
    await expect(credit).toHaveAttribute('href', new RegExp(`^${base()}/\\?actors=us,taliban,afghan-government&from=2020-02-15&to=2020-03-15`));
    await expect(frame.getByText(/^Source: International Crisis Group, 30 March 2020/)).toBeVisible();
  });

  test('the main view refuses to be framed by another site', async ({ page, request }) => {
    const response = await request.get('/');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    expect((await request.get('/embed/afghanistan-2020')).headers()['content-security-policy']).toContain('frame-ancestors *');
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) blocked.push(message.text());
    });
    await hostPage(page, `<iframe id="main" src="${base()}/" title="Parley"></iframe><iframe id="embed" src="${base()}/embed/afghanistan-2020" title="Parley embed"></iframe>`);
    // The embed loads in the same report, so the network is not what stops the main view.
    await expect(page.frameLocator('#embed').getByRole('group', { name: 'Timeline chart, one lane per actor' })).toBeVisible();
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    expect(blocked[0]).toContain("frame-ancestors 'self'");
    const child = page.frames().find((frame) => frame.url().startsWith('chrome-error:') || frame.url() === `${base()}/`);
    const text = child ? await child.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
    expect(text).not.toContain('Are the Taliban Serious');
  });

  test('the embed dialog gives a snippet that reproduces the current view, with a live preview', async ({ page, context }) => {
    await page.goto('/?actors=taliban&from=2020-02-20&to=2020-03-10');
    await page.locator('[data-view-panel="chart"] [data-ready]').waitFor();
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Show the legend').check();
    const snippet = await dialog.getByLabel('HTML to paste into your page').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/afghanistan-2020\?actors=taliban&amp;from=2020-02-20&amp;to=2020-03-10&amp;legend=1" title="Timeline: [^"]+"/);
    expect(snippet).toContain('<script src="');
    expect(snippet).toContain('/embed.js" async></script>');
    await expect(dialog.frameLocator('iframe').getByRole('group', { name: 'Timeline chart, one lane per actor' })).toBeVisible();

    const src = snippet.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
    const embed = await context.newPage();
    await embed.goto(src);
    await embed.locator('[data-ready]').waitFor();
    await expect(embed.locator('[data-window-from]')).toHaveAttribute('data-window-from', '2020-02-20');
    const ids = (p: Page) => p.locator('svg [data-event-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')).sort());
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await ids(embed)).toEqual(await ids(page));
  });

  test('the embed page loads less JavaScript than the main view', async ({ context }) => {
    // Each page in a tab of its own: a script the first page requests late (after "networkidle") must not be
    // counted for the second, as it was once on a loaded CI machine.
    const gzippedScripts = async (path: string) => {
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script' && response.ok()) sizes.push(response.body().then((body) => gzipSync(body).length));
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      await page.close();
      return total;
    };
    const main = await gzippedScripts('/');
    const embed = await gzippedScripts('/embed/afghanistan-2020');
    test.info().annotations.push({ type: 'javascript (gzip)', description: `main view ${main} B, embed ${embed} B` });
    expect(embed).toBeLessThan(main);
  });

  test('the embed passes an axe scan, light and dark', async ({ page }) => {
    for (const theme of ['light', 'dark']) {
      await page.goto(`/embed/afghanistan-2020?theme=${theme}&legend=1&controls=full`);
      await page.locator('[data-ready]').waitFor();
      await expectNoAxeViolations(page);
    }
  });
  test('controls=none is a fixed figure (no buttons, no drag or ctrl+wheel zoom); controls=zoom keeps both', async ({ page }) => {
    for (const [controls, interactive] of [
      ['none', false],
      ['zoom', true],
    ] as const) {
      await page.goto(`/embed/afghanistan-2020?from=2020-02-15&to=2020-03-15&controls=${controls}`);
      const region = page.locator('[data-window-from]');
      await expect(region).toHaveAttribute('data-window-from', '2020-02-15');
      await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toHaveCount(interactive ? 1 : 0);
      const box = (await page.getByRole('group', { name: 'Timeline chart, one lane per actor' }).boundingBox())!;
      // Drag on the axis (no mark there), then ctrl+wheel over the chart.
      await page.mouse.move(box.x + box.width / 2, box.y + 20);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 250, box.y + 20, { steps: 8 });
      await page.mouse.up();
      await windowSettled(page);
      if (interactive) await expect(region).not.toHaveAttribute('data-window-from', '2020-02-15');
      else await expect(region).toHaveAttribute('data-window-from', '2020-02-15');
      const span = async () => Date.parse((await region.getAttribute('data-window-to'))!) - Date.parse((await region.getAttribute('data-window-from'))!);
      const before = await span();
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -400);
      await page.keyboard.up('Control');
      await windowSettled(page);
      if (interactive) expect(await span()).toBeLessThan(before);
      else expect(await span()).toBe(before);
    }
  });
});
