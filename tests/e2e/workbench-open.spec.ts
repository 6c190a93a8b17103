/**
 * Issue 14 point 2, end to end in Chromium: open a Rasd dataset file as the main data without rebuilding → a bad
 * record is named, the valid ones replace the published data on this device → still so after a reload (IndexedDB)
 * → "Back to the published data" brings the published data back.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.setTimeout(240_000);

const marks = async (page: Page) => Number(await page.locator('.map-frame').getAttribute('data-marks'));

/** The published dataset cut to its first report's claims, one of them made impossible (max below min). */
function smallDataset(): Buffer {
  const d = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
    reports: { id: string }[];
    claims: { id: string; report_id: string; killed: { min: number; max: number | null } | null }[];
  };
  const first = d.reports[0]?.id;
  d.claims = d.claims.filter((c) => c.report_id === first);
  const bad = d.claims.find((c) => c.killed !== null);
  if (!bad?.killed) throw new Error('no counted claim in the first report');
  bad.killed = { ...bad.killed, min: 5, max: 2 };
  return Buffer.from(JSON.stringify(d));
}

test('open a dataset as the main data, keep it across a reload, and go back to the published data', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('rasd.language', 'en'));
  await page.goto('./');
  await expect(page.locator('.map-frame')).toHaveAttribute('data-marks', /\d+/, { timeout: 60_000 });
  const published = await marks(page);

  await page.getByRole('button', { name: 'Import & review' }).click();
  await page.getByLabel(/the main data/).check();
  await page
    .getByLabel(/Choose a Rasd dataset/)
    .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: smallDataset() });
  await expect(page.getByText(/mine\.json opened/)).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText('Set aside (1):')).toBeVisible();
  await expect.poll(() => marks(page), { timeout: 30_000 }).toBeLessThan(published);
  const opened = await marks(page);

  await page.reload();
  await expect(page.locator('.map-frame')).toHaveAttribute('data-marks', String(opened), { timeout: 60_000 });

  await page.getByRole('button', { name: 'Import & review' }).click();
  await expect(page.getByText('Showing mine.json in place of the published data.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the published data' }).click();
  await expect.poll(() => marks(page), { timeout: 30_000 }).toBe(published);
});
