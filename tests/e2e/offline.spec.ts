import { expect, test } from '@playwright/test';

// This spec needs the service worker that every other spec blocks.
test.use({ serviceWorkers: 'allow' });

test('after the first visit the dashboard works with no network, data included', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.locator('article.event-card').first()).toBeVisible();
  // Wait until the service worker controls the page and has precached everything.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve()),
      );
    }
    return registration.active?.state;
  });
  await context.setOffline(true);
  // Chromium 150 cuts the network of the reloaded page but no longer tells its navigator.onLine (it says true): say
  // what a browser with no network says, from the reloaded page's first script on.
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false }),
  );
  await page.reload();
  // No network indeed: a file the service worker did not keep cannot be fetched.
  const probe = await page.evaluate(() =>
    fetch('./favicon.svg?offline-probe', { cache: 'no-store' }).then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(probe).toBe('failed');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('رصد');
  await expect(page.locator('article.event-card')).not.toHaveCount(0);
  await expect(page.getByText('دون اتصال: تُعرض النسخة المحفوظة على هذا الجهاز')).toBeVisible();
  await expect(page.getByText(/آخر تحديث للبيانات/)).toBeVisible();
  // A report text, never opened online, is available offline too.
  await page.locator('tr[data-claim-id="004-1"] button.quote').click();
  await expect(page.getByRole('dialog').locator('mark.span-selected')).toContainText('173');
  await context.setOffline(false);
});
