// Takes screenshots of pages at desktop and phone sizes, light and dark, for looking at the UI:
//   node scripts/screenshots.mjs [--out DIR] [--full] URL…   (the server must be running)
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import chromiumFinder from './chromium.cjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : 'test-results/screenshots';
const atIndex = args.indexOf('--at');
const at = atIndex >= 0 ? args.splice(atIndex, 2)[1] : undefined;
const fullIndex = args.indexOf('--full');
const fullPage = fullIndex >= 0 && args.splice(fullIndex, 1).length > 0;
const urls = args.length ? args : ['http://localhost:3000/'];
const sizes = {
  desktop: { width: 1440, height: 900 },
  laptop: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
};

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumFinder.findChromium().path, args: ['--disable-gpu', '--disable-background-networking'] });
for (const url of urls) {
  const slug = new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
  for (const [name, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: name === 'phone' ? 2 : 1, hasTouch: name === 'phone', isMobile: name === 'phone' });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.locator('[data-ready]').first().waitFor({ timeout: 5000 }).catch(() => {});
      if (at) await page.locator(at).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(400);
      const file = path.join(out, `${slug}${at ? '-at' : ''}-${name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
