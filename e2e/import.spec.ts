import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations, windowSettled } from './helpers';

const fixtures = path.join(__dirname, '..', 'tests', 'fixtures', 'timelinejs');
const fixture = (name: string) => path.join(fixtures, name);
const read = (name: string) => readFileSync(fixture(name), 'utf8');

async function chooseFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('input[type=file]').setInputFiles(file);
}

async function paste(page: Page, text: string) {
  await page.getByText('Or paste the text of a timeline').click();
  await page.getByLabel('Paste JSON or CSV').fill(text);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
}

/** Every request the page makes, with its URL and body, to prove nothing carries the user's data. */
function recordRequests(page: Page): { url: string; body: string }[] {
  const requests: { url: string; body: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() ?? '' }));
  return requests;
}

const report = (page: Page) => page.getByRole('status').filter({ hasText: /events? (are|is) ready|could be imported|would be skipped/ });

test.describe('opening a timeline from a file', () => {
  for (const [file, firstTitle, count] of [
    ['women_in_computing.json', 'Ada Lovelace', 10],
    ['houston-timeline3.json', 'A Musical Heritage', 18],
    ['eras.json', 'Grand Canal in China is fully completed', 20],
    ['all-media-types.json', 'YouTube Videos', 41],
  ] as const) {
    test(`${file}: its events appear in the chart, survive a reload, and it can be deleted`, async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto('/open');
      await chooseFile(page, fixture(file));
      await expect(report(page)).toContainText(`All ${count} events are ready to open`);
      await page.getByRole('button', { name: 'Open timeline' }).click();

      await expect(page).toHaveURL(/\/local\?id=/);
      const chart = page.getByRole('group', { name: /Timeline chart/ });
      await expect(chart).toBeVisible();
      await page.locator('label', { hasText: /^List$/ }).click();
      await expect(page.getByRole('heading', { name: firstTitle, exact: true })).toBeVisible();

      // A reload restores the timeline from the browser's storage, in the list view the URL asks for.
      await page.reload();
      await expect(page).toHaveURL(/view=list/);
      await expect(page.getByRole('heading', { name: firstTitle, exact: true })).toBeVisible();

      await page.goto('/open');
      const kept = page.getByRole('region', { name: 'Your timelines in this browser' });
      await kept.getByRole('button', { name: /^Delete / }).click();
      await kept.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(kept).toContainText('None yet');

      // The file's words never left the browser.
      const marker = firstTitle;
      expect(requests.filter((request) => request.body.includes(marker) || decodeURIComponent(request.url).includes(marker))).toEqual([]);
    });
  }

  test('the CSV and JSON of the same TimelineJS timeline open as the same events @export', async ({ page }) => {
    await page.goto('/open');
    await chooseFile(page, fixture('women_in_computing.csv'));
    await expect(report(page)).toContainText('All 10 events are ready to open');
    await expect(page.getByText(/women_in_computing\.csv · /)).toBeVisible();
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await page.locator('label', { hasText: /^List$/ }).click();
    const csvTitles = await page.locator('#timeline article h4').allTextContents();
    expect(csvTitles.length).toBe(10);

    await page.goto('/open');
    await chooseFile(page, fixture('women_in_computing.json'));
    await page.getByRole('button', { name: 'Keep both' }).click();
    await expect(page).toHaveURL(/id=women-in-computing-2/);
    await page.locator('label', { hasText: /^List$/ }).click();
    const jsonTitles = await page.locator('#timeline article h4').allTextContents();
    expect(jsonTitles).toEqual(csvTitles);
  });

  test('pasted text opens too, and the draft survives a reload', async ({ page }) => {
    await page.goto('/open');
    const text = read('houston-timeline3.json');
    await page.getByText('Or paste the text of a timeline').click();
    await page.getByLabel('Paste JSON or CSV').fill(text);
    await page.reload();
    await expect(page.getByLabel('Paste JSON or CSV')).toHaveValue(text);
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await expect(report(page)).toContainText('All 18 events are ready to open');
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Whitney Houston');
  });
});

test.describe('files that are broken or only partly usable', () => {
  test('a truncated file says why in one sentence, and the page keeps working', async ({ page }) => {
    await page.goto('/open');
    const text = read('women_in_computing.json');
    await chooseFile(page, { name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from(text.slice(0, text.length / 2)) });
    await expect(page.getByRole('heading', { name: 'truncated.json could not be opened' })).toBeVisible();
    await expect(page.locator('main').getByRole('alert')).toContainText(/not valid JSON|truncated|ends too soon|end of the file/i);
    await expectNoAxeViolations(page);

    await chooseFile(page, fixture('women_in_computing.json'));
    await expect(report(page)).toContainText('All 10 events are ready');
  });

  test('an empty file, a binary file and a JSON file that is not a timeline each get a plain sentence', async ({ page }) => {
    await page.goto('/open');
    await chooseFile(page, { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('   \n') });
    await expect(page.locator('main').getByRole('alert')).toContainText(/empty/i);
    await chooseFile(page, { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0]) });
    await expect(page.locator('main').getByRole('alert')).toContainText(/binary|not text/i);
    await chooseFile(page, { name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2, 3]') });
    await expect(page.locator('main').getByRole('alert')).toContainText(/not a (Parley |TimelineJS )?timeline/i);
  });

  test('cosmological dates are reported per event and the rest can be opened', async ({ page }) => {
    await page.goto('/open');
    await chooseFile(page, fixture('cosmo.json'));
    await expect(report(page)).toContainText(/would be skipped/);
    const skipped = page.getByRole('heading', { name: /Skipped events/ });
    await expect(skipped).toBeVisible();
    await expect(page.getByText('The Big Bang', { exact: false }).first()).toBeVisible();
    await expect(page.getByText(/-13800000000.*9999 BCE|outside what Parley can show/).first()).toBeVisible();
    const open = page.getByRole('button', { name: /^Open \d+ events?, skip \d+$/ });
    if (await open.count()) {
      await open.click();
      await expect(page).toHaveURL(/\/local\?id=/);
    }
  });

  test('CSV problems are located by row and column', async ({ page }) => {
    await page.goto('/open');
    const csv = read('women_in_computing.csv').replace('1948,3,14', '1948,13,14');
    await chooseFile(page, { name: 'edited.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(report(page)).toContainText('would be skipped');
    await expect(page.getByText(/row \d+/i).first()).toBeVisible();
    await expect(page.getByText(/Month|month/).first()).toBeVisible();
    await page.getByRole('button', { name: /^Open 9 events, skip 1$/ }).click();
    await expect(page).toHaveURL(/\/local\?id=/);
  });

  test('the format can be overridden, and a wrong choice is explained', async ({ page }) => {
    await page.goto('/open');
    await chooseFile(page, fixture('women_in_computing.json'));
    await expect(report(page)).toContainText('All 10 events are ready');
    await page.getByLabel('Format').selectOption('csv');
    await expect(page.getByText(/could not be opened|Nothing could be imported|None of/).first()).toBeVisible();
    await page.getByLabel('Format').selectOption('auto');
    await expect(report(page)).toContainText('All 10 events are ready');
  });

  test('when the browser refuses storage, the reader is told and keeps what they pasted', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await page.goto('/open');
    const text = read('women_in_computing.json');
    await paste(page, text);
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await expect(page.locator('main').getByRole('alert').filter({ hasText: /private browsing/ }).first()).toBeVisible();
    await expect(page).toHaveURL(/\/open/);
    await expect(page.getByLabel('Paste JSON or CSV')).toHaveValue(text);
  });
});

test.describe('keeping timelines', () => {
  test('re-importing asks before replacing, renaming sticks, and exports round-trip', async ({ page }) => {
    await page.goto('/open');
    await chooseFile(page, fixture('women_in_computing.json'));
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await expect(page).toHaveURL(/id=women-in-computing$/);

    await page.goto('/open');
    await chooseFile(page, fixture('women_in_computing.csv'));
    await page.getByRole('button', { name: /^Replace “Women in Computing”/ }).click();
    await expect(page.getByRole('group', { name: 'Confirm replacing' })).toContainText('cannot be brought back');
    await page.getByRole('button', { name: 'Replace it' }).click();
    await expect(page).toHaveURL(/id=women-in-computing$/);

    await page.goto('/open');
    const kept = page.getByRole('region', { name: 'Your timelines in this browser' });
    await expect(kept.getByRole('listitem')).toHaveCount(1);
    await kept.getByRole('button', { name: /^Rename / }).click();
    await kept.getByLabel(/New name for/).fill('Pioneers of computing');
    await kept.getByRole('button', { name: 'Save name' }).click();
    await expect(kept.getByRole('link', { name: 'Pioneers of computing' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Your timelines' }).getByRole('link', { name: 'Pioneers of computing' })).toBeVisible();

    const download = page.waitForEvent('download');
    await kept.getByRole('button', { name: /as Parley JSON/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('women-in-computing.json');
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(exported.events).toHaveLength(10);

    // The exported JSON opens again as the same timeline.
    await chooseFile(page, { name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect(report(page)).toContainText('All 10 events are ready');

    const csvDownload = page.waitForEvent('download');
    await kept.getByRole('button', { name: /as CSV/ }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe('women-in-computing.csv');
    await chooseFile(page, { name: 'again.csv', mimeType: 'text/csv', buffer: readFileSync(await csv.path()) });
    await expect(report(page)).toContainText('All 10 events are ready');
  });

  test('a link to a timeline this browser does not have says so', async ({ page }) => {
    await page.goto('/local?id=nowhere');
    await expect(page.getByRole('heading', { name: 'This timeline is not in this browser' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open a timeline' }).last()).toBeVisible();
  });

  test('the local view keeps its id while filters and selection change the URL', async ({ page }) => {
    await page.goto('/open');
    await chooseFile(page, fixture('houston-timeline3.json'));
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await expect(page).toHaveURL(/id=/);
    await page.getByRole('searchbox').fill('Bodyguard');
    await expect(page).toHaveURL(/[?&]q=Bodyguard/);
    await expect(page).toHaveURL(/[?&]id=whitney-houston/);
    await page.reload();
    await expect(page.getByRole('searchbox')).toHaveValue('Bodyguard');
    await expect(page.getByText(/were not understood/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  });

  test('a file dropped on the home page opens on the Open page', async ({ page }) => {
    await page.goto('/');
    // Before hydration a drop would be the browser's own (it opens the file): wait for the interactive chart.
    await page.locator('[data-view-panel="chart"] [data-ready]').waitFor({ state: 'attached' });
    const text = read('women_in_computing.json');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, text);
    await expect(page).toHaveURL(/\/open$/);
    await expect(report(page)).toContainText('All 10 events are ready');
    await expect(page.getByText(/dropped\.json · /)).toBeVisible();
  });

  test('the Open page has no accessibility violations with a report shown', async ({ page }) => {
    await page.goto('/open');
    await expectNoAxeViolations(page);
    await chooseFile(page, fixture('cosmo.json'));
    await expect(page.getByRole('heading', { name: /Skipped events/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('TimelineJS eras appear as named background periods, read out and accessible', async ({ page }) => {
    await page.goto('/open');
    await chooseFile(page, fixture('eras.json'));
    await page.getByRole('button', { name: 'Open timeline' }).click();
    const periods = page.getByRole('list', { name: 'Background periods in view' });
    await expect(periods.getByRole('listitem').first()).toBeVisible();
    expect(await periods.getByRole('listitem').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    // The list names every era with its dates, in time order, before the events.
    await page.locator('label', { hasText: /^List$/ }).click();
    const listed = page.getByRole('region', { name: /^Periods/ }).getByRole('listitem');
    await expect(listed).toHaveText([/^600–650\s*Era Test 600-650$/, /^650–700\s*Era Test 650-700$/, /^700–720\s*Era Test 700-720$/]);
    await expectNoAxeViolations(page);
  });

  test('background periods keep to their dates while the timeline pans', async ({ page }) => {
    await page.goto('/open');
    await chooseFile(page, fixture('eras.json'));
    await page.getByRole('button', { name: 'Open timeline' }).click();
    const chart = page.getByRole('group', { name: /Timeline chart/ });
    // The era 650–700 and an event of 650 start at the same date: they must stay in line however the window moves.
    const era = chart.locator('[data-period="Era Test 650-700"] rect');
    const mark = chart.getByRole('button', { name: /^Slav occupation of Balkans complete/ });
    const dot = mark.locator('circle').last();
    const offset = async () => {
      const [eraBox, dotBox] = [await era.boundingBox(), await dot.boundingBox()];
      return { era: eraBox!.x, gap: eraBox!.x - (dotBox!.x + dotBox!.width / 2), y: dotBox!.y + dotBox!.height / 2 };
    };
    await windowSettled(page);
    const before = await offset();

    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + 120, { steps: 6 });
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + 120, { steps: 6 });
    // While the pointer holds the pan, the marks are drawn on the canvas: the event's dot is painted there, in line
    // with the era's start as before (and the canvas is blank a few px left of it, where nothing else is drawn).
    await expect(chart.locator('[data-on-canvas]')).toHaveCount(1);
    const eraDuring = (await era.boundingBox())!.x;
    expect(eraDuring).toBeLessThan(before.era - 60);
    const painted = (x: number, y: number) =>
      chart.evaluate(
        (element, [x, y]) => {
          const canvas = element.querySelector('canvas')!;
          const rect = canvas.getBoundingClientRect();
          const scale = canvas.width / rect.width;
          const [px, py] = [Math.round((x - rect.left) * scale), Math.round((y - rect.top) * scale)];
          return canvas.getContext('2d', { willReadFrequently: true })!.getImageData(px, py, 1, 1).data[3] > 0;
        },
        [x, y],
      );
    expect(await painted(eraDuring - before.gap, before.y)).toBe(true);
    expect(await painted(eraDuring - before.gap - 12, before.y)).toBe(false);
    await page.mouse.up();
    await windowSettled(page);
    const after = await offset();
    expect(after.era).toBeLessThan(before.era - 60);
    expect(Math.abs(after.gap - before.gap)).toBeLessThan(1.5);
  });

  test('the Open page fits a phone @phone', async ({ page }) => {
    await page.goto('/open');
    await chooseFile(page, fixture('women_in_computing.json'));
    await expect(report(page)).toContainText('All 10 events are ready');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await expect(page.getByRole('group', { name: /Timeline chart/ })).toBeVisible();
  });
});
