import { expect, test, type Page } from '@playwright/test';
import { briefing, expectNoAxeViolations } from './helpers';

const READY = '[data-view-panel="chart"] [data-ready]';
const chart = (page: Page) => page.getByRole('group', { name: 'Timeline chart, one lane per actor' });
const summary = (page: Page) => page.locator('[data-filter-summary]');
const actorChip = (page: Page, name: string) => page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: new RegExp(`^${name} \\d+$`) });

async function open(page: Page, query = '') {
  await page.goto(`/${query}`);
  await page.locator(READY).waitFor({ state: 'attached' });
}

/** Ids of the events drawn in the chart (primary marks). */
async function chartIds(page: Page): Promise<string[]> {
  return chart(page)
    .locator('[data-event-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? ''));
}

/** Lane names drawn in the chart, upper-cased as shown. */
async function laneNames(page: Page): Promise<string[]> {
  return chart(page)
    .locator('g > text.tl-label[data-lane-color]')
    .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').replace(/^●\s*/, '').replace(/\s+\d+$/, '').trim()));
}

test.describe('filtering by actor', () => {
  test('one actor: only its lane and its events remain, and the summary says so @export', async ({ page }) => {
    const data = briefing();
    await open(page);
    await actorChip(page, 'Islamic State Khorasan Province').check({ force: true });
    await expect(summary(page)).toHaveText(/^2 of 25 events · Islamic State Khorasan Province$/);
    await expect(page).toHaveURL(/actors=iskp/);
    expect(await laneNames(page)).toEqual(['Islamic State Khorasan Province']);
    const iskpEvents = data.events.filter((e) => (e as unknown as { actors: string[] }).actors.includes('iskp')).map((e) => e.id);
    await page.getByRole('group', { name: 'Quick ranges' }).getByRole('button', { name: 'Whole timeline' }).click();
    await expect.poll(() => chartIds(page)).toEqual(expect.arrayContaining(iskpEvents));
    for (const id of await chartIds(page)) expect(iskpEvents).toContain(id);
  });

  test('any or all of several actors', async ({ page }) => {
    await open(page, '?actors=us,taliban');
    const any = Number((await summary(page).textContent())!.split(' ')[0]);
    await page.getByLabel('Events with').selectOption('all');
    await expect(page).toHaveURL(/actors=us,taliban&match=all/);
    const all = Number((await summary(page).textContent())!.split(' ')[0]);
    expect(all).toBeGreaterThan(0);
    expect(all).toBeLessThan(any);
    await expect(summary(page)).toContainText('United States and Taliban');
  });

  test('"only" keeps one actor; "All actors" clears the actor filter', async ({ page }) => {
    await open(page, '?actors=us,taliban');
    const chip = page.getByRole('group', { name: 'Actors' }).locator('span', { has: page.getByRole('checkbox', { name: /^NATO \d+$/ }) });
    await chip.hover();
    await page.getByRole('button', { name: 'Only NATO' }).click();
    await expect(page).toHaveURL(/actors=nato(&|$)/);
    await page.getByRole('button', { name: 'All actors' }).click();
    await expect(page).not.toHaveURL(/actors=/);
    await expect(summary(page)).toHaveText('25 events');
  });
});

test.describe('kinds, statuses, modes and search', () => {
  test('kind and status menus filter with counts', async ({ page }) => {
    await open(page);
    await page.locator('summary', { hasText: /^Kind/ }).click();
    const agreement = page.getByRole('checkbox', { name: /^Agreement \d+$/ });
    await agreement.check();
    await expect(page).toHaveURL(/kinds=agreement/);
    await expect(summary(page)).toHaveText(/^1 of 25 events$/);
    await page.locator('summary', { hasText: /^Kind/ }).click();
    await page.locator('summary', { hasText: /^Status/ }).click();
    await page.getByRole('checkbox', { name: /^Planned \d+$/ }).check();
    await expect(summary(page)).toHaveText(/^0 of 25 events$/);
    await expect(page.getByRole('status').filter({ hasText: 'No events match these filters' })).toBeVisible();
  });

  test('highlight mode keeps the other events as faint context', async ({ page }) => {
    await open(page, '?kinds=agreement&mode=highlight');
    await expect(page.getByRole('radio', { name: 'Fade others' })).toBeChecked();
    const faded = chart(page).locator('.tl-mark-group.tl-dimmed[data-event-id]');
    await expect(faded.first()).toBeAttached();
    await expect(chart(page).locator('[data-event-id="us-taliban-agreement"]')).not.toHaveClass(/tl-dimmed/);
  });

  test('search finds a word from a quote, ignoring case and accents, and Enter lands on the event @export', async ({ page }) => {
    await open(page);
    const search = page.getByRole('searchbox', { name: /Search titles/ });
    await search.fill('SMOKESCRÉEN');
    await expect(summary(page)).toHaveText(/^1 of 25 events$/);
    await search.press('Enter');
    const panel = page.getByRole('dialog');
    await expect(panel).toBeVisible();
    await expect(panel.locator('mark').first()).toHaveText(/smokescreen/i);
    await expect(search).toBeFocused();
    await expect(page).toHaveURL(/q=SMOKESCR%C3%89EN/);
  });

  test('Enter and Shift+Enter step through the results and bring each into view', async ({ page }) => {
    await open(page);
    const search = page.getByRole('searchbox', { name: /Search titles/ });
    await search.fill('taliban');
    await search.press('Enter');
    await expect(page.getByText(/^1 of \d+$/)).toBeVisible();
    const first = await page.getByRole('dialog').getAttribute('data-detail-for');
    await search.press('Enter');
    await expect(page.getByText(/^2 of \d+$/)).toBeVisible();
    const second = await page.getByRole('dialog').getAttribute('data-detail-for');
    expect(second).not.toBe(first);
    await expect(chart(page).locator(`[data-event-id="${second}"]`)).toBeAttached();
    await search.press('Shift+Enter');
    await expect(page.getByRole('dialog')).toHaveAttribute('data-detail-for', first!);
  });

  test('the list follows the filters and highlights the matches', async ({ page }) => {
    await open(page, '?view=list&q=prisoner');
    const list = page.locator('[data-view-panel="list"]');
    await expect(list.locator('[data-event-id]')).toHaveCount(1);
    await expect(list.locator('mark').first()).toHaveText(/prisoner/i);
  });

  test('in the filtered list, a related event the filters hide opens on the whole timeline', async ({ page }) => {
    // Critics' reaction responds to the agreement, which the critics-only filter hides.
    await open(page, '?view=list&actors=critics');
    const list = page.locator('[data-view-panel="list"]');
    const item = list.locator('[data-event-id="critics-react-to-agreement"]');
    await expect(list.locator('[data-event-id="us-taliban-agreement"]')).toHaveCount(0);
    await item.getByRole('link', { name: 'U.S. and Taliban sign agreement in Doha' }).click();
    await expect(page).toHaveURL(/\?event=us-taliban-agreement$/);
    await expect(page.getByRole('dialog')).toHaveAttribute('data-detail-for', 'us-taliban-agreement');
  });

  test('in the filtered list, a related event that is listed is a link to its place', async ({ page }) => {
    await open(page, '?view=list&actors=us,critics');
    const item = page.locator('[data-view-panel="list"] [data-event-id="us-officials-contradictory-statements"]');
    await expect(item.getByRole('link', { name: /^Suspicions grow/ })).toHaveAttribute('href', '#event-suspicions-of-taliban-intentions');
  });
});

test.describe('dates, clearing and sharing', () => {
  test('the date fields and the overview are one filter', async ({ page }) => {
    await open(page);
    await page.getByLabel('From', { exact: true }).fill('2020-02-20');
    await page.getByLabel('To', { exact: true }).fill('2020-03-05');
    await page.getByLabel('To', { exact: true }).press('Enter');
    await expect(page).toHaveURL(/from=2020-02-20&to=2020-03-05/);
    await expect(page.locator(READY)).toHaveAttribute('data-window-from', '2020-02-20');
    await expect(summary(page)).toContainText('20 Feb – 5 Mar 2020');
    await page.getByLabel('From', { exact: true }).fill('2020-02-30');
    await page.getByLabel('From', { exact: true }).press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'From:' })).toContainText('is not a calendar date');
    await expect(page.locator(READY)).toHaveAttribute('data-window-from', '2020-02-20');
  });

  test('Clear filters brings everything back', async ({ page }) => {
    await open(page, '?actors=taliban&kinds=violence&q=attacks&from=2020-03-01&to=2020-03-31&mode=highlight');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(summary(page)).toHaveText('25 events');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('searchbox', { name: /Search titles/ })).toHaveValue('');
  });

  test('a shared link reproduces the exact view in a new page @export', async ({ page, context }) => {
    await open(page);
    await actorChip(page, 'Taliban').check({ force: true });
    await page.getByRole('searchbox', { name: /Search titles/ }).fill('attacks');
    await page.getByRole('radio', { name: 'Fade others' }).check({ force: true });
    await expect(page).toHaveURL(/q=attacks/);
    const url = page.url();
    const text = await summary(page).textContent();
    const other = await context.newPage();
    await other.goto(url);
    await other.locator(READY).waitFor({ state: 'attached' });
    await expect(other.locator('[data-filter-summary]')).toHaveText(text!);
    await expect(other.getByRole('searchbox', { name: /Search titles/ })).toHaveValue('attacks');
    await expect(other.getByRole('radio', { name: 'Fade others' })).toBeChecked();
  });

  test('typing does not pile up history entries; back undoes a deliberate change', async ({ page }) => {
    await open(page);
    const before = await page.evaluate(() => history.length);
    await page.getByRole('searchbox', { name: /Search titles/ }).pressSequentially('doha', { delay: 30 });
    await expect(page).toHaveURL(/q=doha/);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await actorChip(page, 'Taliban').check({ force: true });
    await expect(page).toHaveURL(/actors=taliban/);
    await page.goBack();
    await expect(page).not.toHaveURL(/actors=/);
    await expect(actorChip(page, 'Taliban')).not.toBeChecked();
    await expect(page.getByRole('searchbox', { name: /Search titles/ })).toHaveValue('doha');
  });

  test('unknown actors and malformed values are dropped with a quiet notice', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await open(page, '?actors=us,usa&kinds=nonsense&match=some&mode=loud&statuses=&q=');
    await expect(page.getByRole('note')).toContainText('actor “usa”');
    await expect(summary(page)).toContainText('United States');
    await page.getByRole('button', { name: 'Dismiss the notice' }).click();
    await expect(page.getByRole('note')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('keyboard and screen readers', () => {
  test('the whole filter flow works without a mouse', async ({ page }) => {
    await open(page);
    const search = page.getByRole('searchbox', { name: /Search titles/ });
    await search.focus();
    await page.keyboard.type('withdrawal');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    // Tab on to the actor chips and toggle one with Space.
    const chip = actorChip(page, 'United States');
    await chip.focus();
    await page.keyboard.press('Space');
    await expect(chip).toBeChecked();
    await expect(summary(page)).toContainText('United States');
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    await expect(summary(page)).toHaveText('25 events');
  });

  test('the result count is announced (role=status)', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('status').filter({ hasText: '25 events' })).toHaveCount(1);
  });

  test('the filtered view passes an axe scan', async ({ page }) => {
    await open(page, '?actors=us,taliban&match=all&kinds=agreement,ceasefire&q=doha&mode=highlight');
    await expectNoAxeViolations(page);
  });
});
