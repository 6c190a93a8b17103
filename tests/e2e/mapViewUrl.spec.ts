import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 12.4: the whole view stays in the URL. A filter change keeps the map where it is, and the address keeps
 * saying where that is, so a copied link reopens the same map view, not one framed on the filtered data.
 */
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search quotes, places and sources' });
const mapParams = (url: string) => {
  const p = new URL(url).searchParams;
  return { lat: p.get('lat'), lon: p.get('lon'), zoom: p.get('zoom') };
};

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('rasd.language', 'en'));
});

test('a filter change keeps the map view the link opened with', async ({ page }) => {
  await page.goto('./?lang=en&lat=35.95283&lon=39.00788&zoom=12');
  await expect(page.locator('.rasd-point, .rasd-cluster').first()).toBeAttached({ timeout: 30_000 });
  await search(page).fill('الرقة');
  await search(page).press('Enter');
  await expect(page).toHaveURL(/[?&]q=/);
  expect(mapParams(page.url())).toEqual({ lat: '35.95283', lon: '39.00788', zoom: '12' });
});

test('on a fresh visit, a filter change writes the view on screen, and the link reopens it', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.rasd-point, .rasd-cluster').first()).toBeAttached({ timeout: 30_000 });
  expect(mapParams(page.url())).toEqual({ lat: null, lon: null, zoom: null });
  await search(page).fill('ادلب');
  await search(page).press('Enter');
  await expect(page).toHaveURL(/[?&]q=.*&lat=.*&zoom=/);
  const link = page.url();
  const shown = mapParams(link);
  // One step back undoes the filter change: the map view was added to the same history entry.
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]q=/);
  await page.goto(link);
  await expect(page.locator('.rasd-point, .rasd-cluster').first()).toBeAttached({ timeout: 30_000 });
  await page.waitForTimeout(600);
  expect(mapParams(page.url())).toEqual(shown);
});
