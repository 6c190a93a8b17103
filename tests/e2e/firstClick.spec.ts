import { expect, test, type Page } from '@playwright/test';

/**
 * The built page rehearses a reader's first filter click once, unseen, when every panel is drawn and the page is
 * quiet (src/state/firstClick.ts). What a reader relies on: nothing of the view moves or changes because of it (the
 * address, the history, the further filters' fold, the list, the map's marks), and their own first click works.
 */

const rehearsed = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('rasd:first-click-rehearsed').length > 0, null, {
    timeout: 20_000,
    // On a timer: polling on animation frames (the default) would keep the page from ever being quiet.
    polling: 100,
  });

/** What the reader sees of the view, read from the page. */
const view = (page: Page) =>
  page.evaluate(() => ({
    search: location.search,
    history: history.length,
    scroll: [scrollX, scrollY],
    moreOpen: document.querySelector<HTMLDetailsElement>('details.more-filters')?.open,
    chips: document.querySelectorAll('section.filters .chips li').length,
    marks: document.querySelector('[data-marks-drawn]')?.getAttribute('data-marks-drawn'),
    cards: [...document.querySelectorAll('[data-event-id]')].map((c) => c.getAttribute('data-event-id')),
    busy: [...document.querySelectorAll('[aria-busy="true"], [data-stale]')].length,
  }));

test('the rehearsed first click leaves the view as it was, and the reader’s own first click works', async ({
  page,
}) => {
  // A pointer that keeps moving holds the rehearsal back (src/state/firstClick.ts): the view is read first.
  await page.addInitScript(() => {
    const w = window as unknown as { holdRehearsal: number };
    w.holdRehearsal = window.setInterval(() => window.dispatchEvent(new PointerEvent('pointermove')), 100);
  });
  await page.goto('./?lang=en');
  await page.locator('[data-marks-drawn]').first().waitFor();
  await page.locator('.event-card').first().waitFor();
  await expect(page.locator('.panel-loading')).toHaveCount(0);
  await page.waitForTimeout(1_000);
  const before = await view(page);
  expect(await page.evaluate(() => performance.getEntriesByName('rasd:first-click-rehearsed').length)).toBe(0);
  await page.evaluate(() => clearInterval((window as unknown as { holdRehearsal: number }).holdRehearsal));
  await rehearsed(page);
  await page.waitForTimeout(300);
  expect(await view(page)).toEqual(before);
  expect(before.search).not.toContain('lat=');
  expect(before.moreOpen).toBe(false);

  // The reader's own first click: the filter applies, and shows as a chip.
  await page.locator('details.more-filters > summary').click();
  const box = page.locator('section.filters input[type="checkbox"]:visible').first();
  await box.check();
  await expect(page.locator('section.filters .chips li')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => location.search)).not.toBe(before.search);
});

test('a reader who presses something before the page is quiet is not rehearsed over', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.locator('[data-marks-drawn]').first().waitFor();
  await page.keyboard.press('Tab');
  await page.locator('.event-card').first().waitFor();
  await page.waitForTimeout(3_000);
  expect(await page.evaluate(() => performance.getEntriesByName('rasd:first-click-rehearsed').length)).toBe(0);
});
