import { expect, test } from '@playwright/test';
import { openDashboard, seriousViolations, serveDataset, shippedDataset } from './helpers';

/** The shipped dataset with every claim's quote offsets shifted by 40 code units: quotes no longer match. */
function shiftedBy40(): string {
  const dataset = shippedDataset();
  for (const c of dataset.claims) {
    c.quote_start = (c.quote_start as number) + 40;
    c.quote_end = (c.quote_end as number) + 40;
    // Count spans, when the dataset records them, move with their quote (they must lie inside it).
    for (const span of Object.values((c.spans ?? {}) as Record<string, { start: number; end: number }>)) {
      span.start += 40;
      span.end += 40;
    }
  }
  return JSON.stringify(dataset);
}

test.describe('quotes checked against their report', () => {
  test('Arabic: offsets shifted by 40 show a marker, and no other words are highlighted', async ({ page }) => {
    await serveDataset(page, shiftedBy40());
    await openDashboard(page, 'ar');
    await page.locator('tr[data-claim-id="002-1"] button.quote').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(/اقتباس هذا الادعاء لا يطابق نص التقرير/)).toBeVisible();
    await expect(dialog.locator('.report-text')).toBeVisible();
    await expect(dialog.locator('mark[data-claim]')).toHaveCount(0);
    await expect(dialog.locator('[data-claim-mismatch="002-1"]')).toContainText('«');
    // The card says it too, now that the text is loaded.
    await page.keyboard.press('Escape');
    await expect(page.locator('tr[data-claim-id="002-1"] .quote-mismatch')).toBeVisible();
  });

  test('English: the same marker; the shipped data, unshifted, shows none', async ({ page }) => {
    await serveDataset(page, shiftedBy40());
    await openDashboard(page, 'en');
    await page.locator('tr[data-claim-id="001-2"] button.quote').click();
    await expect(
      page
        .getByRole('dialog')
        .getByText(/does not match the report/)
        .first(),
    ).toBeVisible();
    await expect(page.getByRole('dialog').locator('mark[data-claim]')).toHaveCount(0);
  });

  test('the shipped data has no mismatch, and the open dialog is accessible', async ({ page }) => {
    // axe on the whole page takes minutes on a busy 2-core machine: room, no speed asserted (as foundation.spec).
    test.setTimeout(300_000);
    await openDashboard(page, 'ar');
    await page.locator('tr[data-claim-id="001-2"] button.quote').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('mark.span-selected').first()).toBeVisible();
    await expect(dialog.locator('.quote-mismatch')).toHaveCount(0);
    await expect(page.locator('.quote-mismatch')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('Tab stays in the report dialog; Escape returns focus to the quote', async ({ page }) => {
    await openDashboard(page, 'en');
    const opener = page.locator('tr[data-claim-id="003-3"] button.quote');
    await opener.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('mark.span-selected').first()).toBeVisible();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});
