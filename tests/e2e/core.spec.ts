import { expect, test, type Page } from '@playwright/test';
import { openDashboard } from './helpers';

/**
 * The published site's columnar core (issue 12.2): the page loads the core, not the whole dataset, and fetches a
 * claim's words only when a view shows them. A core that is damaged or out of step with the page is never taken:
 * the reader is told, in their language, and the whole dataset is shown instead.
 */

/** The data files the page requested, by their path under data/. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    const at = path.indexOf('/data/');
    if (at >= 0) seen.push(path.slice(at + '/data/'.length));
  });
  return seen;
}

test('the shipped site loads its core, never the whole dataset, and fetches quotes with the cards', async ({
  page,
}) => {
  const requests = dataRequests(page);
  await openDashboard(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('data-dataset-source', 'core');
  await expect(page.locator('html')).toHaveAttribute('data-dataset-check', 'build-checked');
  const card = page.locator('article.event-card').first();
  // The quote is a claim detail: it arrives with its chunk, after the card's figures.
  await expect(card.locator('tr[data-claim-id] button.quote').first()).not.toBeEmpty();
  // The header's review counts are counted once the page is idle (claims are built on their first read).
  await expect(page.getByRole('list', { name: 'Claims by review status' })).toContainText('21 reviewed');
  expect(requests).toContain('core.json');
  expect(requests.some((r) => r.startsWith('details/'))).toBe(true);
  expect(requests).not.toContain('dataset.json');
});

const CASES = [
  {
    name: 'a cut-off core',
    body: '{"format":"rasd-core","version":1,"n',
    say: {
      en: 'The compact data file of this site is damaged',
      ar: 'ملف البيانات المختصر لهذا الموقع تالف',
    },
  },
  {
    name: 'a core changed after the build',
    body: null,
    say: {
      en: 'The compact data file does not match this version of the site',
      ar: 'ملف البيانات المختصر لا يطابق هذه النسخة من الموقع',
    },
  },
] as const;

for (const { name, body, say } of CASES) {
  for (const language of ['en', 'ar'] as const) {
    test(`${name} is not taken: the reader is told (${language}) and the whole dataset shows`, async ({ page }) => {
      await page.route('**/data/core.json', async (route) => {
        // null: the build's own core with one byte more: well formed, but not the bytes the build checked.
        const served = body ?? `${await (await route.fetch()).text()} `;
        await route.fulfill({ status: 200, contentType: 'application/json', body: served });
      });
      await openDashboard(page, language);
      await expect(page.getByRole('status').filter({ hasText: say[language] })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-dataset-source', 'dataset');
      await expect(page.locator('article.event-card').first()).toBeVisible();
      await expect(page.locator('article.event-card tr[data-claim-id] button.quote').first()).not.toBeEmpty();
    });
  }
}

test('a damaged detail chunk is said in place of the words while every figure shows', async ({ page }) => {
  await page.route('**/data/details/0.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"rasd-details","version":1,' }),
  );
  await openDashboard(page, 'ar');
  const card = page.locator('article.event-card').first();
  await expect(card.locator('.figures')).not.toBeEmpty();
  await expect(card.locator('.detail-error').first()).toContainText('تعذّر عرض كلمات المصدر: ملفها تالف');
  await expect(card.locator('tr[data-claim-id] button.quote')).toHaveCount(0);
  // The map and the other views never depended on the words.
  await expect(page.locator('[data-marks-drawn]')).not.toHaveAttribute('data-marks-drawn', '0');
});

test('free-text search waits for the quotes, then finds a claim by a word of its quote', async ({ page }) => {
  const requests = dataRequests(page);
  await openDashboard(page, 'en');
  await expect(page.locator('article.event-card').first()).toBeVisible();
  expect(requests).not.toContain('details/search.json');
  // A word only one quote holds (an internet café), typed without its hamza: found through the folded quotes.
  const quotesFetched = page.waitForRequest('**/data/details/search.json');
  await page.getByRole('searchbox').fill('انترنت');
  await quotesFetched;
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 19' })).toBeVisible();
  await expect(page.locator('article.event-card')).toHaveCount(1);
});
