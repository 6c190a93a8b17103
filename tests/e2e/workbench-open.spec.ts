/**
 * Issue 14 point 2, end to end in Chromium: open a Rasd dataset file as the main data without rebuilding → a bad
 * record is named, the valid ones replace the published data on this device → still so after a reload (IndexedDB)
 * → "Back to the published data" brings the published data back.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

test.setTimeout(180_000);

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

test('add a claim the machine missed by selecting its words: saved, it is reviewed, with its add in the audit trail', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('rasd.language', 'en'));
  await page.goto('./');
  await expect(page.locator('.map-frame')).toHaveAttribute('data-marks', /\d+/, { timeout: 60_000 });
  await page.getByRole('button', { name: 'Import & review' }).click();
  await page.getByText('Paste a report').click();
  await page
    .getByLabel('Report text (Arabic)')
    .fill(readFileSync('tests/fixtures/workbench/kafranbel-strike.txt', 'utf8'));
  await page.getByLabel('Outlet', { exact: true }).fill('Rasd test desk');
  await page.getByLabel('Publication date', { exact: true }).fill('2019-05-14');
  await page.getByRole('button', { name: 'Read this report' }).click();
  await expect(page.getByText(/Imported 1 report/)).toBeVisible({ timeout: 90_000 });
  const list = page.getByRole('listbox', { name: 'Claims to review' });
  await expect(list.getByRole('option')).toHaveCount(2);
  await list.getByRole('option').first().click();

  // Select words after the quote, in the shown report text, as a mouse would.
  const words = 'مرشح للارتفاع';
  await page
    .getByTestId('workbench-detail')
    .locator('blockquote [data-at]')
    .last()
    .evaluate((el, w) => {
      const node = el.firstChild as Text;
      const at = node.data.indexOf(w);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }, words);
  await page.getByRole('button', { name: 'Add a claim from the selected words' }).click();
  const editor = page.locator('form.wb-editor');
  await expect(editor).toBeVisible();
  await editor.locator('fieldset.wb-count').first().getByLabel('at least').fill('3');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(list.getByRole('option')).toHaveCount(3);
  await expect(list.getByRole('option', { selected: true })).toContainText('reviewed');
  await expect(page.getByTestId('workbench-detail').locator('mark.wb-quote')).toHaveText(words);
  await page.getByTestId('workbench-detail').locator('summary').click();
  await expect(page.getByTestId('workbench-detail').locator('.wb-audit')).toContainText('add');
});
