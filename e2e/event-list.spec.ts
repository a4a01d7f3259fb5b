import { expect, test, type Page } from '@playwright/test';
import { syntheticTimelineText } from '../lib/synthetic';
import { briefing, expectNoAxeViolations } from './helpers';

const LIST = '[data-view-panel="list"]';

test.describe('the briefing timeline as a list', () => {
  test('shows every event of the dataset, each with <time> elements for its dates @export', async ({ page }) => {
    const data = briefing();
    await page.goto('/?view=list');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
    const items = page.locator(`${LIST} [data-event-id]`);
    await expect(items).toHaveCount(data.events.length);
    for (const event of data.events) {
      const item = page.locator(`${LIST} [data-event-id="${event.id}"]`);
      await expect(item.getByRole('heading', { name: event.title })).toBeVisible();
      await expect(item.locator('time').first()).toHaveAttribute('datetime', /^-?\d{4}(-\d{2}(-\d{2})?)?$/);
      if (typeof event.start === 'string') await expect(item.locator('time').first()).toHaveAttribute('datetime', event.start);
    }
  });

  test('lists events in chronological order', async ({ page }) => {
    await page.goto('/?view=list');
    const starts = await page.locator(`${LIST} [data-event-id] time:first-of-type`).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
    const sortable = starts.map((s) => s.padEnd(10, '-'));
    expect(sortable).toEqual([...sortable].sort());
  });

  test('shows dates at their precision, approximate dates with "c." and how a derived end was computed', async ({ page }) => {
    await page.goto('/?view=list');
    const signing = page.locator(`${LIST} [data-event-id="us-taliban-agreement"]`);
    await expect(signing.locator('time')).toHaveText('29 Feb 2020');
    await expect(signing).toContainText('Doha');

    const truce = page.locator(`${LIST} [data-event-id="reduction-in-violence"]`);
    await expect(truce.locator('time')).toHaveText(['22', '29 Feb 2020']);
    await expect(truce.locator('time').nth(1)).toHaveAttribute('datetime', '2020-02-29');

    const withdrawal = page.locator(`${LIST} [data-event-id="us-withdrawal"]`);
    await expect(withdrawal.locator('time').nth(1)).toHaveAttribute('datetime', '2021-04-29');
    await expect(withdrawal).toContainText('29 Feb 2020 – 29 Apr 2021');
    await expect(withdrawal).toContainText('14 months after “U.S. and Taliban sign agreement in Doha”');

    const talks = page.locator(`${LIST} [data-event-id="intra-afghan-negotiations"]`);
    await expect(talks).toContainText('c. Apr 2020');
    await expect(talks).toContainText('Planned');
  });

  test('separates the record from plans and forecasts after the "as of" date', async ({ page }) => {
    await page.goto('/?view=list');
    const beyond = page.getByRole('region', { name: /Plans and forecasts after 30 March 2020/ });
    await expect(beyond.locator('[data-event-id="intra-afghan-negotiations"]')).toBeVisible();
    await expect(beyond.locator('[data-event-id="us-taliban-agreement"]')).toHaveCount(0);
  });

  test('cites each quote and names the source in the header', async ({ page }) => {
    await page.goto('/?view=list');
    await expect(page.locator('header').getByText('Are the Taliban Serious about Peace Negotiations?')).toBeVisible();
    const quotes = page.locator(`${LIST} [data-event-id="us-taliban-agreement"] blockquote`);
    await expect(quotes.first()).toBeVisible();
    await expect(page.locator(`${LIST} [data-event-id="us-taliban-agreement"] figcaption`).first()).toHaveText(/International Crisis Group, 30 March 2020/);
  });

  test('related events link to each other', async ({ page }) => {
    await page.goto('/?view=list');
    const truce = page.locator(`${LIST} [data-event-id="reduction-in-violence"]`);
    await truce.getByRole('link', { name: 'U.S. and Taliban sign agreement in Doha' }).click();
    await expect(page).toHaveURL(/#event-us-taliban-agreement$/);
    await expect(page.locator(`${LIST} [data-event-id="us-taliban-agreement"]`)).toBeInViewport();
  });

  test('the same timeline is served at /t/<id> @export', async ({ page }) => {
    const data = briefing();
    await page.goto(`/t/${data.id}?view=list`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
    await expect(page.locator(`${LIST} [data-event-id]`)).toHaveCount(data.events.length);
    await expect(page).toHaveTitle(new RegExp(data.title.slice(0, 20)));
  });

  test('an unknown timeline id gives a 404 page that offers the real ones @export', async ({ page }) => {
    const response = await page.goto('/t/no-such-timeline');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no timeline here');
    await page.getByRole('navigation', { name: 'Timelines' }).getByRole('link').first().click();
    await expect(page.locator('svg [data-event-id]').first()).toBeVisible();
  });

  test('sends security headers: a CSP that refuses framing by other sites @export', async ({ request }) => {
    const response = await request.get('/');
    const csp = response.headers()['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/?view=list');
      await expectNoAxeViolations(page);
    });
  }

  test('the 404 page has no accessibility violations', async ({ page }) => {
    await page.goto('/t/no-such-timeline');
    await expectNoAxeViolations(page);
  });
});

test.describe('a long timeline as a list', () => {
  /** Opens a generated timeline of 1,234 events (ids e1…e1234 in time order; e1 leads to e1200) in the list view. */
  async function openLongList(page: Page) {
    await page.goto('/open');
    const timeline = JSON.parse(syntheticTimelineText(1234, 5));
    timeline.events[0].links = [{ to: 'e1200', type: 'leads-to' }];
    const buffer = Buffer.from(JSON.stringify(timeline));
    await page.locator('input[type=file]').setInputFiles({ name: 'long.json', mimeType: 'application/json', buffer });
    await page.getByRole('button', { name: 'Open timeline' }).click();
    await expect(page).toHaveURL(/\/local\?id=/);
    await page.locator('label', { hasText: /^List$/ }).click();
  }

  test('is listed 500 events at a time; "Show more" lists the next ones and moves focus to the first of them', async ({ page }) => {
    await openLongList(page);
    const items = page.locator(`${LIST} [data-event-id]`);
    await expect(items).toHaveCount(500);
    await expect(page.getByText('Showing the first 500 of 1,234 events.')).toBeVisible();
    // The list's items are scanned on the briefing's list; here, the line and button that follow them.
    await expectNoAxeViolations(page, '[data-list-more]');

    await page.getByRole('button', { name: 'Show 500 more' }).click();
    await expect(items).toHaveCount(1000);
    const next = await items.nth(500).getAttribute('data-event-id');
    await expect(page.locator(`${LIST} [data-event-id="${next}"]`)).toBeFocused();
    await expect(page.getByText('Showing the first 1,000 of 1,234 events.')).toBeVisible();

    await expect(page.getByRole('button', { name: /^Show all/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Show 234 more' }).press('Enter');
    await expect(items).toHaveCount(1234);
    await expect(page.getByText(/Showing the first/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
  });

  test('"Show all" lists every event at once, for the browser\'s find-in-page', async ({ page }) => {
    await openLongList(page);
    await page.getByRole('button', { name: 'Show all 1,234' }).click();
    await expect(page.locator(`${LIST} [data-event-id]`)).toHaveCount(1234);
    await expect(page.locator(`${LIST} [data-event-id]`).nth(500)).toBeFocused();
    await expect(page.locator('[data-list-more]')).toHaveCount(0);
  });

  test('following a link to a related event not listed yet lists it and moves focus to it', async ({ page }) => {
    await openLongList(page);
    const link = page.locator(`${LIST} [data-event-id="e1"]`).getByRole('link', { name: /^Event 1200 / });
    await expect(link).toHaveAttribute('href', '#event-e1200');
    await link.click();
    const related = page.locator(`${LIST} [data-event-id="e1200"]`);
    await expect(related).toBeFocused();
    await expect(related).toBeInViewport();
    await expect(page).toHaveURL(/#event-e1200$/);
  });

  test('stepping to a search result not listed yet lists it and scrolls to it', async ({ page }) => {
    await openLongList(page);
    await page.locator('label', { hasText: 'Fade others' }).click();
    await page.getByRole('searchbox').fill('Event 1200 ');
    await page.getByRole('searchbox').press('Enter');
    const result = page.locator(`${LIST} [data-event-id="e1200"]`);
    await expect(result).toBeInViewport();
    await expect(page.locator(`${LIST} [data-event-id]`)).toHaveCount(1234);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server HTML holds the chart and every event of the list with its dates and quotes @export', async ({ page }) => {
    const data = briefing();
    await page.goto('/');
    await expect(page.locator(`${LIST} [data-event-id]`)).toHaveCount(data.events.length);
    await expect(page.locator(`${LIST} [data-event-id="us-taliban-agreement"] blockquote`).first()).toBeVisible();
    const chart = page.getByRole('group', { name: 'Timeline chart, one lane per actor' });
    await expect(chart).toBeVisible();
    await expect(chart.getByRole('button', { name: /^U\.S\. and Taliban sign agreement in Doha, 29 February 2020/ })).toBeVisible();
  });
});

test.describe('on a phone @phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`reads without sideways scrolling and passes axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/?view=list');
      await expect(page.locator(`${LIST} [data-event-id]`).first()).toBeVisible();
      const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize()!.width;
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
  }
});
