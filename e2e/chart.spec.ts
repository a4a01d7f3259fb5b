import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, windowSettled } from './helpers';

const CHART_REGION = '[data-view-panel="chart"] [data-ready]';
const SIGNING = /^U\.S\. and Taliban sign agreement in Doha, 29 February 2020, United States and Taliban$/;

async function openChart(page: Page, query = '') {
  await page.goto(`/${query}`);
  await page.locator(CHART_REGION).waitFor();
}

/** The visible window, read from the chart region's data attributes (days, as in the URL). */
async function visibleWindow(page: Page): Promise<{ from: number; to: number; span: number }> {
  const region = page.locator(CHART_REGION);
  const from = Date.parse((await region.getAttribute('data-window-from')) ?? '');
  const to = Date.parse((await region.getAttribute('data-window-to')) ?? '');
  return { from, to, span: to - from };
}

const settled = (page: Page) => windowSettled(page, CHART_REGION);

const chart = (page: Page) => page.getByRole('group', { name: 'Timeline chart, one lane per actor' });

/** The chart's SVG is drawn at its own width, inside its bordered box: not scaled down by max-width (blurred lines). */
async function expectUnscaled(page: Page) {
  const { drawn, shown } = await chart(page).evaluate((element) => {
    const svg = element.querySelector('svg')!;
    return { drawn: Number(svg.getAttribute('width')), shown: svg.getBoundingClientRect().width };
  });
  expect(shown).toBeCloseTo(drawn, 1);
}

test.describe('the chart', () => {
  test('draws each event as a named, focusable mark with data-event-id, in lanes by actor @export', async ({ page }) => {
    await openChart(page);
    const signing = chart(page).getByRole('button', { name: SIGNING });
    await expect(signing).toBeVisible();
    await expect(signing).toHaveAttribute('data-event-id', 'us-taliban-agreement');
    for (const lane of ['UNITED STATES', 'TALIBAN', 'AFGHAN GOVERNMENT', 'ISLAMIC STATE KHORASAN PROVINCE']) {
      await expect(chart(page).locator('text', { hasText: new RegExp(lane, 'i') }).first()).toBeAttached();
    }
    // One primary (focusable) mark per drawn event.
    const ids = await chart(page).locator('[data-event-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id')));
    expect(new Set(ids).size).toBe(ids.length);
    await expectUnscaled(page);
  });

  test('shows the "as of" line and explains every encoding in a legend', async ({ page }) => {
    await openChart(page);
    await expect(chart(page).getByText(/^As of 30 Mar 2020/)).toBeVisible();
    const legend = page.locator('details', { hasText: 'Legend' });
    for (const item of ['Approximate dates', 'Planned or expected', 'End derived from another event', 'Relation between events']) {
      await expect(legend.getByText(item)).toBeVisible();
    }
  });

  test('zooms with the buttons and resets @export', async ({ page }) => {
    await openChart(page);
    const before = await visibleWindow(page);
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await settled(page);
    const zoomedIn = await visibleWindow(page);
    expect(zoomedIn.span).toBeLessThan(before.span * 0.8);
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await settled(page);
    expect((await visibleWindow(page)).span).toBeGreaterThan(before.span);
    await page.getByRole('button', { name: 'Reset the view' }).click();
    await settled(page);
    expect(await visibleWindow(page)).toEqual(before);
  });

  test('ctrl+wheel zooms around the pointer; a plain vertical wheel scrolls the page instead', async ({ page }) => {
    await openChart(page);
    const box = (await chart(page).boundingBox())!;
    const before = await visibleWindow(page);
    await page.mouse.move(box.x + box.width * 0.75, box.y + 120);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await settled(page);
    const after = await visibleWindow(page);
    expect(after.span).toBeLessThan(before.span * 0.9);
    // Zooming around a point right of centre moves the window's start later.
    expect(after.from).toBeGreaterThan(before.from);

    const scrollBefore = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 400);
    await settled(page);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
    expect(await visibleWindow(page)).toEqual(after);
  });

  test('drag and horizontal wheel pan', async ({ page }) => {
    await openChart(page);
    const box = (await chart(page).boundingBox())!;
    const before = await visibleWindow(page);
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + 110, { steps: 8 });
    await page.mouse.up();
    await settled(page);
    const dragged = await visibleWindow(page);
    expect(dragged.from).toBeLessThan(before.from);
    expect(Math.abs(dragged.span - before.span)).toBeLessThan(2 * 86_400_000);

    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.wheel(400, 0);
    await settled(page);
    expect((await visibleWindow(page)).from).toBeGreaterThan(dragged.from);
  });

  test('keyboard: + and − zoom, arrows pan, Home and End jump, 0 shows everything', async ({ page }) => {
    await openChart(page);
    const before = await visibleWindow(page);
    const signing = chart(page).getByRole('button', { name: SIGNING });
    await signing.focus();
    const dotX = async () => {
      const box = (await signing.locator('circle').last().boundingBox())!;
      return box.x + box.width / 2;
    };
    const x = await dotX();
    await page.keyboard.press('+');
    await settled(page);
    const zoomed = await visibleWindow(page);
    expect(zoomed.span).toBeLessThan(before.span);
    // Around the focused mark, as a wheel zooms around the pointer: it stays where it was.
    expect(Math.abs((await dotX()) - x)).toBeLessThan(4);
    await page.keyboard.press('ArrowRight');
    await settled(page);
    expect((await visibleWindow(page)).from).toBeGreaterThan(zoomed.from);
    await page.keyboard.press('Home');
    await settled(page);
    const home = await visibleWindow(page);
    await page.keyboard.press('End');
    await settled(page);
    expect((await visibleWindow(page)).from).toBeGreaterThan(home.from);
    await page.keyboard.press('0');
    await settled(page);
    expect((await visibleWindow(page)).span).toBeGreaterThan(before.span * 3);
  });

  test('keyboard focus stays in view: entering the chart lands on a mark in the window, and Tab past its edge moves the window', async ({ page }) => {
    await openChart(page);
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width, box.y + 100, { steps: 10 });
    await page.mouse.up();
    await settled(page);
    // Where the focused element is, and the marks and badges drawn beyond the window (which are in the tab order).
    const focus = () =>
      page.evaluate(() => {
        const chartBox = document.querySelector('.tl-chart')!.getBoundingClientRect();
        const inView = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.right > chartBox.left && r.left < chartBox.right;
        };
        const marks = [...document.querySelectorAll('.tl-chart [data-event-id][tabindex="0"], .tl-chart .tl-badge[tabindex="0"]')];
        const active = document.activeElement!;
        const clipped = [...document.querySelectorAll('.tl-chart, .tl-chart *, [data-view-panel="chart"] [data-ready]')].filter((el) => el.scrollLeft !== 0);
        return {
          mark: active.getAttribute('data-event-id') ?? active.getAttribute('aria-label'),
          inView: inView(active),
          index: marks.indexOf(active),
          firstInView: marks.findIndex(inView),
          lastInView: marks.findLastIndex(inView),
          beyond: marks.filter((mark) => !inView(mark)).length,
          scrolled: clipped.length,
        };
      });
    expect((await focus()).beyond).toBeGreaterThan(0);

    await page.locator(CHART_REGION).focus();
    await page.keyboard.press('Tab');
    const entered = await focus();
    expect(entered.mark).not.toBeNull();
    expect(entered.inView).toBe(true);
    expect(entered.index).toBe(entered.firstInView);
    // Tab goes on from mark to mark (a render on leaving a mark once sent focus back to the chart's region).
    await page.keyboard.press('Tab');
    expect((await focus()).index).toBe(entered.index + 1);

    // From the last mark in view, Tab goes on to the next event, right of the window: the window follows it.
    await page.evaluate((index) => {
      const marks = [...document.querySelectorAll<SVGGElement>('.tl-chart [data-event-id][tabindex="0"], .tl-chart .tl-badge[tabindex="0"]')];
      marks[index].focus({ preventScroll: true });
    }, entered.lastInView);
    const before = await visibleWindow(page);
    await page.keyboard.press('Tab');
    await settled(page);
    const next = await focus();
    expect(next.index).toBe(entered.lastInView + 1);
    expect(next.inView).toBe(true);
    expect(next.scrolled).toBe(0);
    expect((await visibleWindow(page)).from).toBeGreaterThan(before.from);
  });

  test('Tab visits the marks and the "+N" badges together, forward in time', async ({ page }) => {
    await openChart(page, '?view=chart&from=1995-01-01&to=2021-12-31');
    // The window read from the URL may still be on its way there.
    await settled(page);
    const window = await visibleWindow(page);
    await page.locator(CHART_REGION).focus();
    // The focused element's left edge, while the window stays where it is (Tab past its edge would move it).
    const visited: { badge: boolean; left: number }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const active = document.activeElement!;
        return { inChart: active.closest('.tl-chart') !== null, badge: active.matches('.tl-badge'), left: active.getBoundingClientRect().left };
      });
      if (!focused.inChart || (await visibleWindow(page)).from !== window.from) break;
      visited.push({ badge: focused.badge, left: focused.left });
    }
    expect(visited.filter((item) => item.badge).length).toBeGreaterThan(1);
    expect(visited.filter((item) => !item.badge).length).toBeGreaterThan(1);
    // Left to right (a badge's pill starts a few px right of where a mark's focus ring does): badges used to come
    // after every mark, sending focus back to the window's left edge.
    for (let i = 1; i < visited.length; i++) expect(visited[i].left).toBeGreaterThan(visited[i - 1].left - 8);
  });

  test('zooming in keeps the events labelled in the middle of a crowded chart, and adds others', async ({ page }) => {
    await page.goto('/bench?n=3000&seed=42');
    await page.locator(CHART_REGION).waitFor();
    await settled(page);
    // Labelled events (primary marks) and where they start, as a share of the chart's width.
    const labelled = () =>
      chart(page).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [...element.querySelectorAll('[data-event-id]')].map((mark) => ({
          id: mark.getAttribute('data-event-id')!,
          at: (mark.querySelector('circle, rect:not(.tl-focus-ring)')!.getBoundingClientRect().left - box.left) / box.width,
        }));
      });
    for (let step = 0; step < 3; step++) {
      const before = await labelled();
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await settled(page);
      const after = new Set((await labelled()).map((mark) => mark.id));
      // The zoom keeps the middle 1/1.6 of the window: what was labelled well inside it stays labelled (greedy packing
      // in time order used to show different events after each step).
      const middle = before.filter((mark) => mark.at > 0.25 && mark.at < 0.75);
      expect(middle.length).toBeGreaterThan(20);
      const kept = middle.filter((mark) => after.has(mark.id)).length;
      expect(kept / middle.length).toBeGreaterThan(0.9);
      expect(after.size).toBeGreaterThan(middle.length);
    }
  });

  test('what the canvas draws during a zoom matches the SVG marks it stands in for', async ({ page }) => {
    await openChart(page);
    await settled(page);
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    // A zoom held open by tiny ctrl+wheel steps: the canvas draws it, at almost the scale it settles at.
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -1);
    let holding = true;
    const hold = (async () => {
      while (holding) {
        await page.mouse.wheel(0, -0.01);
        await page.waitForTimeout(40);
      }
    })();
    await expect(page.locator('[data-on-canvas]')).toHaveCount(1);
    await page.waitForTimeout(300);
    const onCanvas = await chart(page).screenshot();
    // Still drawn on the canvas when the screenshot was taken (else the test would compare the SVG with itself).
    await expect(page.locator('[data-on-canvas]')).toHaveCount(1);
    holding = false;
    await hold;
    await page.keyboard.up('Control');
    await expect(page.locator('[data-on-canvas]')).toHaveCount(0);
    await settled(page);
    const inSvg = await chart(page).screenshot();
    // ~0.7% where canvas and SVG rasterise text and edges differently; 2.5% when the canvas draws nothing, or every
    // mark 2 px off.
    expect(await differingShare(page, onCanvas, inSvg)).toBeLessThan(0.0125);
  });

  test('a drag is drawn on the canvas, where the SVG marks are when it ends', async ({ page }) => {
    await openChart(page);
    await settled(page);
    const box = (await chart(page).boundingBox())!;
    const y = box.y + 60;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, y, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 120, y, { steps: 4 });
    // Held: the pointer is still down, so the pan has not ended.
    await expect(page.locator('[data-on-canvas]')).toHaveCount(1);
    await page.waitForTimeout(200);
    const onCanvas = await chart(page).screenshot();
    await expect(page.locator('[data-on-canvas]')).toHaveCount(1);
    await page.mouse.up();
    await expect(page.locator('[data-on-canvas]')).toHaveCount(0);
    await settled(page);
    const inSvg = await chart(page).screenshot();
    expect(await differingShare(page, onCanvas, inSvg)).toBeLessThan(0.0125);
  });

  test('a drag draws the rows on screen, and the rows a scroll brings into view while it is held', async ({ page }) => {
    await page.goto('/bench?n=3000&seed=42');
    await page.locator('[data-ready]').waitFor();
    await expect(page.locator('[data-on-canvas]')).toHaveCount(0);
    const canvas = page.locator('[data-bench-target] canvas');
    // The chart's top at the viewport's top: its lower lanes are below the fold.
    await canvas.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top));
    const box = (await canvas.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.height).toBeGreaterThan(viewport.height + 100);
    /** The share of painted pixels on the canvas between two heights (CSS px from its top). */
    const painted = (from: number, to: number) =>
      canvas.evaluate(
        (element: HTMLCanvasElement, [from, to]) => {
          const ratio = element.width / element.getBoundingClientRect().width;
          const y = Math.round(from * ratio);
          const pixels = element.getContext('2d')!.getImageData(0, y, element.width, Math.round(to * ratio) - y).data;
          let count = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) count++;
          return count / (pixels.length / 4);
        },
        [from, to],
      );
    const y = 120;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, y, { steps: 4 });
    await expect(page.locator('[data-on-canvas]')).toHaveCount(1);
    // Marks and labels on screen; nothing drawn for the rows below the fold.
    expect(await painted(40, viewport.height - 40)).toBeGreaterThan(0.01);
    const below = [viewport.height + 60, Math.min(box.height, viewport.height + 360)] as const;
    expect(await painted(...below)).toBe(0);
    // Still held, the page scrolls: the rows it brings into view are drawn.
    await page.evaluate(() => window.scrollBy(0, 400));
    await expect.poll(() => painted(...below)).toBeGreaterThan(0.01);
    await page.mouse.up();
  });

  test('a click just after a drag, while the canvas still stands in for the marks, opens the event under the pointer', async ({ page }) => {
    // Idle callbacks never come: the SVG marks stay hidden after the drag, as they are until the page is next idle.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await openChart(page);
    await settled(page);
    const dot = page.getByRole('button', { name: SIGNING }).locator('circle').last();
    const before = (await dot.boundingBox())!;
    const box = (await chart(page).boundingBox())!;
    const y = box.y + 40;
    await page.mouse.move(box.x + 300, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 360, y, { steps: 4 });
    await page.mouse.move(box.x + 420, y, { steps: 4 });
    await page.mouse.up();
    await expect(page.locator('[data-on-canvas]')).toHaveCount(1);
    // A pan at one scale moves every mark by the distance dragged.
    await page.mouse.click(before.x + before.width / 2 + 120, before.y + before.height / 2);
    await expect(page.getByRole('dialog', { name: 'U.S. and Taliban sign agreement in Doha' })).toBeVisible();
    await expect(page).toHaveURL(/event=us-taliban-agreement/);
  });

  test('the overview brush moves the window, and quick ranges jump to a period', async ({ page }) => {
    await openChart(page);
    const before = await visibleWindow(page);
    const overview = page.getByRole('group', { name: /Overview of the whole timeline/ });
    await overview.scrollIntoViewIfNeeded();
    const box = (await overview.boundingBox())!;
    // Click far left of the brush: the window's span is kept and centred there.
    await page.mouse.click(box.x + box.width * 0.1, box.y + 15);
    await settled(page);
    const moved = await visibleWindow(page);
    expect(moved.from).toBeLessThan(before.from);
    expect(Math.abs(moved.span - before.span)).toBeLessThan(3 * 86_400_000);

    await page.getByRole('group', { name: 'Quick ranges' }).getByRole('button', { name: 'Whole timeline' }).click();
    await settled(page);
    expect((await visibleWindow(page)).span).toBeGreaterThan(before.span * 3);
    await page.getByRole('group', { name: 'Quick ranges' }).getByRole('button', { name: 'Feb–Mar 2020' }).click();
    await settled(page);
    const range = await visibleWindow(page);
    expect(new Date(range.from).toISOString().slice(0, 10)).toBe('2020-02-01');
    expect(new Date(range.to).toISOString().slice(0, 10)).toBe('2020-04-01');
  });

  test('a keyboard zoom keeps a focused "+N" badge where it is; when it leaves the drawing, focus goes to an item of its lane in view', async ({ page }) => {
    await openChart(page, '?view=chart&from=2005-01-01&to=2021-12-31');
    await settled(page);
    const badge = chart(page).locator('[data-cluster-count]').first();
    const lane = await badge.getAttribute('data-lane');
    await badge.focus();
    const handle = await badge.elementHandle();
    const x = (await badge.boundingBox())!.x;
    // Zooming in around it, the badge stays put and keeps focus, standing for fewer events.
    await page.keyboard.press('+');
    await settled(page);
    expect(Math.abs((await badge.boundingBox())!.x - x)).toBeLessThan(4);
    await expect(badge).toBeFocused();
    // Jumping to the start of the timeline, it is no longer drawn: focus goes to an item in view, in its lane if the
    // lane has one there.
    await page.keyboard.press('Home');
    await settled(page);
    expect(await handle!.evaluate((element) => element.isConnected)).toBe(false);
    const focused = await page.evaluate((lane) => {
      const active = document.activeElement!;
      const drawing = active.closest('[data-bench-target]')!.getBoundingClientRect();
      const inView = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.right > drawing.left && box.left < drawing.right;
      };
      const laneInView = [...document.querySelectorAll(`[data-bench-target] [data-lane="${lane}"]`)].some(inView);
      return {
        item: active.matches('[data-event-id], .tl-badge'),
        inView: inView(active),
        inLane: active.getAttribute('data-lane') === lane || !laneInView,
      };
    }, lane);
    expect(focused).toEqual({ item: true, inView: true, inLane: true });
  });

  test('a "+N" badge zooms in on the events it stands for', async ({ page }) => {
    await openChart(page, '?view=chart&from=1995-01-01&to=2021-12-31');
    const badge = chart(page).locator('[data-cluster-count]').first();
    await badge.scrollIntoViewIfNeeded();
    await expect(badge).toBeVisible();
    const before = await visibleWindow(page);
    await badge.click();
    await settled(page);
    expect((await visibleWindow(page)).span).toBeLessThan(before.span / 1.5);
  });
});

test.describe('event details', () => {
  test('click opens the evidence; Esc closes it and gives focus back to the mark @export', async ({ page }) => {
    await openChart(page);
    const mark = chart(page).getByRole('button', { name: SIGNING });
    await mark.click();
    const panel = page.getByRole('dialog', { name: 'U.S. and Taliban sign agreement in Doha' });
    await expect(panel).toBeVisible();
    await expect(panel.locator('blockquote').first()).toContainText('29 February');
    await expect(panel).toContainText('International Crisis Group, 30 March 2020');
    await expect(panel).toContainText('Doha, Qatar');
    await expect(page).toHaveURL(/event=us-taliban-agreement/);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(mark).toBeFocused();
    await expect(page).not.toHaveURL(/event=/);
  });

  test('Enter on a focused mark opens it; a related event button navigates to that event', async ({ page }) => {
    await openChart(page);
    await chart(page).getByRole('button', { name: SIGNING }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog');
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: 'Fourteen-month phased U.S. withdrawal' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Fourteen-month phased U.S. withdrawal' })).toBeVisible();
    await expect(page.getByRole('dialog')).toContainText('14 months after “U.S. and Taliban sign agreement in Doha”');
    await expect(page).toHaveURL(/event=us-withdrawal/);
    await page.goBack();
    await expect(page.getByRole('dialog', { name: 'U.S. and Taliban sign agreement in Doha' })).toBeVisible();
  });

  test('the detail panel passes an axe scan', async ({ page }) => {
    await openChart(page, '?event=us-withdrawal');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('state in the URL', () => {
  test('restores the window and the selected event from the URL @export', async ({ page }) => {
    await openChart(page, '?from=2020-02-15&to=2020-03-15&event=reduction-in-violence');
    await settled(page);
    const window = await visibleWindow(page);
    expect(new Date(window.from).toISOString().slice(0, 10)).toBe('2020-02-15');
    expect(new Date(window.to).toISOString().slice(0, 10)).toBe('2020-03-16');
    await expect(page.getByRole('dialog', { name: 'Week-long reduction in violence' })).toBeVisible();
  });

  test('writes zoom and selection to the URL, and back/forward restores them', async ({ page }) => {
    await openChart(page);
    await page.getByRole('group', { name: 'Quick ranges' }).getByRole('button', { name: 'Whole timeline' }).click();
    await settled(page);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
    const whole = page.url();
    await page.getByRole('group', { name: 'Quick ranges' }).getByRole('button', { name: 'Feb–Mar 2020' }).click();
    await settled(page);
    await expect(page).toHaveURL(/from=2020-02-01&to=2020-03-31/);
    await page.goBack();
    await settled(page);
    expect(page.url()).toBe(whole);
    expect((await visibleWindow(page)).span).toBeGreaterThan(365 * 86_400_000);
    await page.goForward();
    await settled(page);
    expect(new Date((await visibleWindow(page)).from).toISOString().slice(0, 10)).toBe('2020-02-01');
  });

  test('ignores malformed or unknown parameters without breaking', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openChart(page);
    const normal = await visibleWindow(page);
    await openChart(page, '?from=garbage&to=2020-13-45&event=no-such-event&view=sideways&links=maybe&zoom=%ZZ');
    await settled(page);
    expect(await visibleWindow(page)).toEqual(normal);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(chart(page).getByRole('button', { name: SIGNING })).toBeVisible();
    await openChart(page, '?from=2020-05-01&to=2020-01-01');
    expect(await visibleWindow(page)).toEqual(normal);
    expect(errors).toEqual([]);
  });
});

test.describe('chart and list', () => {
  test('the toggle switches between the chart and the list of the same events', async ({ page }) => {
    await openChart(page);
    await page.locator('label', { hasText: /^List$/ }).click();
    await expect(page).toHaveURL(/view=list/);
    const list = page.locator('[data-view-panel="list"]');
    await expect(list).toBeVisible();
    await expect(page.locator('[data-view-panel="chart"]')).toBeHidden();
    await expect(list.locator('[data-event-id="us-taliban-agreement"]')).toBeVisible();
    await page.locator('label', { hasText: /^Chart$/ }).click();
    await expect(chart(page)).toBeVisible();
  });

  test('relations can be hidden and shown', async ({ page }) => {
    await openChart(page);
    await expect(chart(page).locator('[data-layer="links"] path').first()).toBeAttached();
    await page.getByRole('checkbox', { name: 'Relations' }).uncheck();
    await expect(chart(page).locator('[data-layer="links"]')).toHaveCount(0);
    await expect(page).toHaveURL(/links=0/);
  });
});

test.describe('themes', () => {
  test('dark mode follows the system, and the toggle overrides it across reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openChart(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await page.locator('label', { hasText: /^Light$/ }).click();
    const light = await background();
    expect(light).not.toBe(dark);
    await page.reload();
    await page.locator(CHART_REGION).waitFor();
    expect(await background()).toBe(light);
    await page.locator('label', { hasText: /^Auto$/ }).click();
    expect(await background()).toBe(dark);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the chart view passes an axe scan (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openChart(page);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('on a phone @phone', () => {
  test('tapping a mark opens a bottom sheet', async ({ page }) => {
    await openChart(page);
    await chart(page).getByRole('button', { name: SIGNING }).tap();
    const sheet = page.getByRole('dialog', { name: 'U.S. and Taliban sign agreement in Doha' });
    await expect(sheet).toBeVisible();
    const box = (await sheet.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(Math.round(box.y + box.height)).toBeGreaterThanOrEqual(viewport.height - 2);
    expect(box.width).toBeGreaterThan(viewport.width - 4);
    await sheet.getByRole('button', { name: 'Close details' }).tap();
    await expect(sheet).toBeHidden();
  });

  test('one finger pans the chart sideways and two fingers pinch-zoom it', async ({ page }) => {
    await openChart(page);
    const svg = chart(page);
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    const y = box.y + 90;
    const before = await visibleWindow(page);

    await touch('touchStart', [{ x: box.x + 100, y }]);
    for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x: box.x + 100 + i * 20, y }]);
    await touch('touchEnd', []);
    await settled(page);
    const panned = await visibleWindow(page);
    expect(panned.from).toBeLessThan(before.from);
    // The summary above now names the window and offers Clear filters, without pushing the chart down.
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();
    expect((await svg.boundingBox())!.y).toBeCloseTo(box.y, 0);

    const centre = box.x + box.width / 2;
    await touch('touchStart', [{ x: centre - 30, y }, { x: centre + 30, y }]);
    for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x: centre - 30 - i * 8, y }, { x: centre + 30 + i * 8, y }]);
    await touch('touchEnd', []);
    await settled(page);
    expect((await visibleWindow(page)).span).toBeLessThan(panned.span * 0.6);
  });

  test('while two fingers hold a pinch the marks are drawn on a canvas, and the SVG marks return when it ends', async ({ page }) => {
    await openChart(page);
    const svg = chart(page);
    await svg.scrollIntoViewIfNeeded();
    await settled(page);
    const box = (await svg.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    // How many of the canvas's pixels are painted, and whether the SVG marks are hidden.
    const drawn = () =>
      svg.evaluate((element) => {
        const canvas = element.querySelector('canvas')!;
        const { data } = canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
        return { painted, hidden: element.querySelector('[data-on-canvas]') !== null };
      });
    expect(await drawn()).toEqual({ painted: 0, hidden: false });

    const centre = box.x + box.width / 2;
    const y = box.y + 90;
    await touch('touchStart', [{ x: centre - 30, y }, { x: centre + 30, y }]);
    for (let i = 1; i <= 6; i++) await touch('touchMove', [{ x: centre - 30 - i * 6, y }, { x: centre + 30 + i * 6, y }]);
    await expect.poll(drawn).toMatchObject({ hidden: true });
    expect((await drawn()).painted).toBeGreaterThan(500);
    // The canvas takes the pointer meanwhile: the hidden marks under it, where they were, take no tap or hover.
    // At the centre of the signing's dot, where the hidden mark still is.
    const dot = async () => {
      const box = (await page.getByRole('button', { name: SIGNING }).locator('circle').last().boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2];
    };
    const hit = ([x, y]: number[]) => document.elementFromPoint(x, y)?.closest('canvas, [data-event-id]')?.tagName;
    expect(await page.evaluate(hit, await dot())).toBe('CANVAS');
    // The SVG marks stay in the document meanwhile, named, for assistive technology.
    await expect(page.getByRole('button', { name: SIGNING })).toHaveCount(1);

    await touch('touchEnd', []);
    await settled(page);
    await expect.poll(drawn).toEqual({ painted: 0, hidden: false });
    await expect(page.getByRole('button', { name: SIGNING })).toBeVisible();
    expect(await page.evaluate(hit, await dot())).toBe('g');
  });

  test('the menus and dates fold behind a Filters button, so that the chart starts on the first screen', async ({ page }) => {
    await openChart(page);
    const filters = page.getByRole('button', { name: /^Filters/ });
    const kind = page.locator('summary', { hasText: 'Kind' });
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(kind).toBeHidden();
    await expect(page.getByLabel('From')).toBeHidden();
    // The zoom buttons share the first row of the toolbar with Chart/List.
    const zoomOut = (await page.getByRole('button', { name: 'Zoom out' }).boundingBox())!;
    const listToggle = (await page.locator('label', { hasText: /^List$/ }).boundingBox())!;
    expect(Math.abs(zoomOut.y + zoomOut.height / 2 - (listToggle.y + listToggle.height / 2))).toBeLessThan(4);
    const top = (await chart(page).boundingBox())!.y + (await page.evaluate(() => window.scrollY));
    // Its axis and first lane are on the first screen (unfolded, the filters push it below it).
    expect(top).toBeLessThan(page.viewportSize()!.height - 100);

    await filters.tap();
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByLabel('From')).toBeVisible();
    await kind.tap();
    await page.getByRole('checkbox', { name: /^Agreement/ }).check();
    await kind.tap();
    await expectNoAxeViolations(page);
    // Folded again, the button counts the filters it hides; the summary says what is shown.
    await filters.tap();
    await expect(kind).toBeHidden();
    await expect(filters).toHaveText(/^Filters\s*1$/);
    await expect(page.getByText(/^\d+ of 25 events/)).toBeVisible();
    await expect(page).toHaveURL(/kinds=agreement/);
  });

  test('the chart passes an axe scan and does not scroll sideways', async ({ page }) => {
    await openChart(page);
    await expectUnscaled(page);
    const overflow = (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize()!.width;
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

/** The share of pixels whose colour differs markedly between two screenshots of the same size. */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async (images) => {
    const pixels = async (base64: string) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [first, second] = await Promise.all(images.map(pixels));
    let count = 0;
    for (let i = 0; i < first.length; i += 4) {
      if (Math.abs(first[i] - second[i]) + Math.abs(first[i + 1] - second[i + 1]) + Math.abs(first[i + 2] - second[i + 2]) > 60) count++;
    }
    return count / (first.length / 4);
  }, [a.toString('base64'), b.toString('base64')]);
}
