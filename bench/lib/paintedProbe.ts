import type { Page } from '@playwright/test';

/**
 * Installed before any page script (`page.addInitScript`): marks `bench:painted` two animation frames after an
 * element first gets `data-marks-drawn` above 0, i.e. once the frame holding the first marks is on screen. The app
 * bench and the floor bench time their pages with it, so their "painted" is the same measure.
 * A string, not a function: tsx would wrap inner functions in a helper (__name) the page does not have.
 */
const PAINTED_PROBE = `new MutationObserver((records, observer) => {
  for (const r of records) {
    if (Number(r.target.getAttribute('data-marks-drawn')) > 0) {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bench:painted')));
      return;
    }
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-marks-drawn'] });`;

/**
 * Opens `url` in `page` with the probe installed and waits until the marks are painted; returns ms from navigation
 * start. The page stays open for whatever the caller reads next.
 */
export async function loadUntilPainted(page: Page, url: string): Promise<number> {
  await page.addInitScript(PAINTED_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bench:painted').length > 0, null, {
    timeout: 180_000,
  });
  return page.evaluate(() => performance.getEntriesByName('bench:painted')[0]?.startTime ?? NaN);
}
