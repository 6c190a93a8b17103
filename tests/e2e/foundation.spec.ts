import { expect, test } from '@playwright/test';
import { openDashboard, requestHost, seriousViolations, serveDataset, shippedDataset } from './helpers';

test.describe('the dashboard on the shipped dataset', () => {
  test('opens in Arabic, right to left, and switches to English, left to right', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('رصد');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Rasd');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('shows every incident, tally and claim of the dataset with its quote', async ({ page }) => {
    const dataset = shippedDataset();
    await openDashboard(page, 'en');
    await expect(page.locator('article.event-card')).toHaveCount(dataset.incidents.length + dataset.tallies.length);
    await expect(page.locator('tr[data-claim-id]')).toHaveCount(dataset.claims.length);
    for (const claim of dataset.claims) {
      await expect(page.locator(`tr[data-claim-id="${claim.id as string}"] button.quote`)).toContainText(
        (claim.quote as string).slice(0, 15),
      );
    }
  });

  test('a quote opens its report with the span highlighted and in view', async ({ page }) => {
    await openDashboard(page, 'ar');
    await page.locator('tr[data-claim-id="003-3"] button.quote').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const selected = dialog.locator('mark.span-selected').first();
    await expect(selected).toContainText('8 مدنيين');
    await expect(selected).toBeInViewport();
    await expect(dialog.locator('mark.span-claim')).not.toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('sends no request beyond this origin', async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      const host = requestHost(r.url());
      if (host !== null && !['127.0.0.1', 'localhost'].includes(host)) foreign.push(r.url());
    });
    await openDashboard(page, 'ar');
    await page.locator('tr[data-claim-id="001-2"] button.quote').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    // Escape the moment the dialog shows: it closes (the handler is in place before the first paint).
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });

  test('carries a Content-Security-Policy with no inline scripts', async ({ page }) => {
    await page.goto('./');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  for (const language of ['ar', 'en'] as const) {
    test(`has no serious accessibility violations (${language})`, async ({ page }) => {
      // axe on the whole page can take minutes on a busy 2-core machine; no speed is asserted.
      test.setTimeout(300_000);
      await openDashboard(page, language);
      await expect(page.locator('article.event-card').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      // The README's pictures come from `npm run screenshots` (docs/screenshots).
    });
  }
});

test.describe('bad data', () => {
  test('a broken dataset file shows the error screen with a retry', async ({ page }) => {
    await serveDataset(page, '{"format": "rasd-dataset", "claims": [');
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'تعذّر تحميل البيانات' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'أعد المحاولة' })).toBeVisible();
    await page.unroute('**/data/dataset.json');
    await page.getByRole('button', { name: 'أعد المحاولة' }).click();
    await expect(page.locator('article.event-card').first()).toBeVisible();
  });

  test('an invalid record is reported while the rest shows', async ({ page }) => {
    const dataset = shippedDataset();
    dataset.claims[0]!.killed = { min: 9, max: 2, qualifier: 'exact' };
    await serveDataset(page, JSON.stringify(dataset));
    await openDashboard(page, 'en');
    await expect(
      page.getByText('1 record could not be read and is set aside; everything else is shown.'),
    ).toBeVisible();
    await expect(page.locator('tr[data-claim-id]')).toHaveCount(dataset.claims.length - 1);
  });

  test('hostile markup in a quote and a place name shows literally and runs nothing', async ({ page }) => {
    const dataset = shippedDataset();
    const hostile = '<img src=x onerror=alert(1)>';
    const claim = dataset.claims[0]!;
    claim.quote = hostile;
    claim.quote_end = (claim.quote_start as number) + hostile.length;
    dataset.places.find((p) => p.id === 'rasd-raqqa-harat-al-badu')!.name_en = hostile;
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await serveDataset(page, JSON.stringify(dataset));
    await openDashboard(page, 'en');
    await expect(page.locator(`tr[data-claim-id="${claim.id as string}"]`)).toContainText(hostile);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });
});
