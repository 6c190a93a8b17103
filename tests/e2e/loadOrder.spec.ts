import { expect, test } from '@playwright/test';
import { openDashboard } from './helpers';

/**
 * No waterfall (issue 12.3), as a reader far from the host feels it: every round trip to the host costs them its
 * latency (300 ms over a VPN or a mobile link), so what the first marks need is asked for while the HTML is parsed,
 * in as few files as the browser must fetch before the app can run (an HTTP/1.1 host serves six at a time).
 */
test('the page asks for the data, the basemap and the map’s code while its HTML is parsed, in few files', async ({
  page,
}) => {
  await openDashboard(page, 'en');
  await expect(page.locator('[data-marks-drawn]')).toBeVisible();
  const early = await page.evaluate(() => {
    const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= parsed)
      .map((e) => new URL(e.name).pathname.split('/').pop() ?? '');
  });
  expect(early).toContain('core.json');
  expect(early).toContain('base.json');
  for (const chunk of ['MapPanel-', 'leaflet-']) expect(early.some((file) => file.startsWith(chunk))).toBe(true);
  // The app's own code, before it can run: its entry and the modules the page preloads for it.
  const html = await (await page.request.get('./')).text();
  const moduleFiles = html.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
  expect(moduleFiles.length).toBeGreaterThan(0);
  expect(moduleFiles.length).toBeLessThanOrEqual(4);
});
