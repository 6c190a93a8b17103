/**
 * A long list (1,000 generated incidents): the virtual list spans its first cards and grows as the reader scrolls
 * (src/features/incidents/EventList.tsx), so a reader can scroll to the very last card, and a card selected
 * elsewhere (a shared link, a mark) is brought into view however far down the list it is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDashboard, serveDataset } from './helpers';

const N = 1000;
let dir = '';
let dataset = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rasd-long-list-'));
  const file = join(dir, 'dataset.json');
  execFileSync('npx', ['tsx', 'scripts/synth.ts', '--n', String(N), '--out', file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  dataset = readFileSync(file, 'utf8');
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The highest list position among the incident cards in the DOM. */
const lastMounted = (page: Page) =>
  page
    .locator('#incident-list-heading')
    .locator('xpath=..')
    .evaluate((list) =>
      Math.max(-1, ...[...list.querySelectorAll('[data-index]')].map((el) => Number(el.getAttribute('data-index')))),
    );

/** Scrolls the list to its bottom until its last card is mounted (each scroll there grows the list), and returns it. */
async function scrollToLastCard(page: Page, list: Locator): Promise<Locator> {
  const scroller = list.locator('.virtual-scroll');
  await expect
    .poll(
      async () => {
        await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
        return lastMounted(page);
      },
      { timeout: 120_000, intervals: [100, 250] },
    )
    .toBe(N - 1);
  return list.locator(`[data-index="${N - 1}"] article.event-card`);
}

test('a reader scrolls to the last of 1,000 cards, and a link to that card opens with it in view', async ({ page }) => {
  test.setTimeout(180_000);
  await serveDataset(page, dataset);
  await openDashboard(page, 'en');
  const list = page.locator('section.event-list').filter({ has: page.locator('#incident-list-heading') });
  const scroller = list.locator('.virtual-scroll');
  await expect(list.locator('h2')).toContainText('1,000 of 1,000');
  await scroller.waitFor();
  const last = await scrollToLastCard(page, list);
  const id = await last.getAttribute('data-event-id');
  expect(id).toBeTruthy();
  await scroller.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();

  // A fresh visit through a link to that card: the list is scrolled to it.
  await page.goto(`./?lang=en&sel=${encodeURIComponent(id ?? '')}`);
  const card = page.locator(`article.event-card[data-event-id="${id}"]`);
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toBeInViewport();
});

test('once the reader has let go of a card far down and is back at the top, a filter change spans the first cards again', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await serveDataset(page, dataset);
  await openDashboard(page, 'en');
  const list = page.locator('section.event-list').filter({ has: page.locator('#incident-list-heading') });
  const scroller = list.locator('.virtual-scroll');
  await scroller.waitFor();
  // The page rehearses a first click once it is quiet (state/firstClick.ts): let it, so it cannot fall mid-test.
  await page.waitForFunction(() => performance.getEntriesByName('rasd:first-click-rehearsed').length > 0, null, {
    timeout: 30_000,
    polling: 100,
  });
  const spanHeight = () => scroller.evaluate((el) => el.scrollHeight);
  // Down to the last card, and select it: the list then spans all 1,000 cards.
  const last = await scrollToLastCard(page, list);
  await last.getByRole('button', { name: 'Select and show on map' }).click();
  await expect(last).toHaveAttribute('aria-current', 'true');
  // Cards are 450-1,250 px tall once drawn, 320 px as estimated before: 1,000 of them span over 300,000 px.
  const spanningAll = await spanHeight();
  expect(spanningAll).toBeGreaterThan(300_000);
  // Let go of it, back to the top, and narrow the dates to about half of the incidents.
  await last.getByRole('button', { name: 'Selected', exact: true }).click();
  await expect(last).not.toHaveAttribute('aria-current', 'true');
  await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect.poll(() => lastMounted(page)).toBeLessThan(10);
  await page.locator('.timeline-panel').getByLabel('From').fill('2019-01-01');
  await expect(list.locator('h2')).not.toContainText('1,000 of 1,000');
  // The list spans its first ~200 cards again (a fifth of the 1,000), not all ~530 left, as it did before.
  await expect.poll(spanHeight).toBeLessThan(spanningAll * 0.35);
});
