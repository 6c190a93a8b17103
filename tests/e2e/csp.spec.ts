import { expect, test, type Page } from '@playwright/test';
import { openDashboard, serveDataset } from './helpers';
import { readFileSync } from 'node:fs';

/**
 * The built page carries a strict CSP (src/app/csp.ts). Normal use must never trip it: no violation event in the
 * page, and no CSP complaint on the console (where Chromium also reports violations from workers).
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
    ...console,
  ];
}

test.describe('Content-Security-Policy', () => {
  test('loading, opening an incident and its report, switching language: no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    await openDashboard(page, 'ar');
    await expect(page.locator('tr[data-claim-id]').first()).toBeVisible();
    await page.locator('tr[data-claim-id="002-1"] button.quote').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('mark.span-selected').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Rasd');
    await page.locator('tr[data-claim-id="001-2"] button.quote').click();
    await expect(page.getByRole('dialog').locator('mark.span-selected').first()).toBeVisible();
    await page.locator('tr[data-claim-id="001-2"] details.notes summary').count();
    expect(await violations()).toEqual([]);
  });

  test('the Intl warm-up runs in a short-lived worker of its own (blob:), with no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await openDashboard(page, 'ar');
    await expect(page.locator('[data-marks-drawn]')).toBeVisible();
    expect(workers.filter((u) => u.startsWith('blob:'))).toHaveLength(1);
    expect(await violations()).toEqual([]);
  });

  // What this cannot see: a worker takes its CSP from its own response headers, not from the page's <meta>, so with
  // `vite preview` (no CSP header) the worker runs without a policy. It imports zodJitless all the same.
  test('a dataset large enough for the worker: the worker path runs, no violation on the page', async ({ page }) => {
    const violations = await watchViolations(page);
    // Trailing white space keeps the JSON valid and pushes it over the size the page validates inline (1 MB).
    await serveDataset(page, readFileSync('public/data/dataset.json', 'utf8') + ' '.repeat(1_200_000));
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await openDashboard(page, 'en');
    await expect(page.locator('tr[data-claim-id]').first()).toBeVisible({ timeout: 30_000 });
    expect(workers.some((u) => u.includes('dataset.worker'))).toBe(true);
    expect(await violations()).toEqual([]);
  });

  test('the watch itself works: an inline script, refused by the CSP, is caught', async ({ page }) => {
    const violations = await watchViolations(page);
    await openDashboard(page, 'en');
    // DevTools evaluation bypasses the CSP, so the control is an inline <script>, which the policy refuses.
    await page.addScriptTag({ content: 'window.__inline = 1;' }).catch(() => undefined);
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  });
});
