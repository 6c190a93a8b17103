import { expect, test } from '@playwright/test';
import { openDashboard, serveDataset, shippedDataset } from './helpers';

/**
 * Hostile records in a loaded dataset (issue 11.3-4): a second report reusing report 001's id, and a 5 MB quote.
 * Each is set aside and named; the first report 001 keeps its own outlet; everything else still shows.
 */
function hostile(): string {
  const dataset = shippedDataset() as ReturnType<typeof shippedDataset> & { reports: Array<Record<string, unknown>> };
  const first = dataset.reports.find((r) => r.id === '001_b83b3491cb2fb00d');
  if (!first) throw new Error('the shipped dataset has no report 001');
  dataset.reports.push({ ...first, outlet: 'Impostor Outlet', file: '004_bb3fd84aac5b828c.txt' });
  const victim = dataset.claims.find((c) => c.id === '000-3');
  if (!victim) throw new Error('the shipped dataset has no claim 000-3');
  victim.quote = 'ب'.repeat(5_000_000);
  return JSON.stringify(dataset);
}

test('a duplicate report id and a 5 MB quote are set aside and named; the first report and the rest still show', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await serveDataset(page, hostile());
  await openDashboard(page, 'en');
  // Not the bytes the build checked, so every record is checked in the browser.
  await expect(page.locator('html')).toHaveAttribute('data-dataset-check', 'browser-checked', { timeout: 60_000 });
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('2 records could not be read and are set aside', { timeout: 60_000 });
  await notice.locator('summary').first().click();
  await expect(notice).toContainText('another record already uses this id (the first is kept)');
  await expect(notice).toContainText('longer than the 10,000 characters allowed');

  // Report 001 is still the first one: its own outlet, not the impostor's.
  await page.locator('tr[data-claim-id="001-2"] button.quote').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Al-Quds Al-Arabi');
  await expect(dialog).not.toContainText('Impostor Outlet');
  await page.keyboard.press('Escape');
  // The claim with the 5 MB quote is gone; its neighbours are not.
  await expect(page.locator('tr[data-claim-id="000-3"]')).toHaveCount(0);
  await expect(page.locator('tr[data-claim-id="000-2"]')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Dataset summary' })).toContainText('5 reports');
});
