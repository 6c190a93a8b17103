/**
 * `npm run screenshots -- [BASE_URL] [OUT_DIR]`: the served dashboard in Arabic and English, on a desktop (1440×900)
 * and a phone (390×844), as the README shows it (docs/screenshots, committed: re-run after a visible change).
 * Serve the build first (`npm run preview`). Each image is the first screen a person sees.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'docs/screenshots';
mkdirSync(out, { recursive: true });

const devices = {
  desktop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
} as const;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
for (const language of ['ar', 'en'] as const) {
  for (const [device, options] of Object.entries(devices)) {
    // The browser's locale too, so native controls (date inputs) read as they would for that reader.
    const context = await browser.newContext({
      ...options,
      locale: language === 'ar' ? 'ar-SY' : 'en-GB',
      serviceWorkers: 'block',
    });
    await context.addInitScript((l) => localStorage.setItem('rasd.language', l), language);
    const page = await context.newPage();
    await page.goto(base);
    // Wait for what a person looks at: the map with its marks, and the first incident card.
    await page.locator('#map-area .leaflet-container').waitFor({ timeout: 120_000 });
    await page.locator('article.event-card').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    const path = `${out}/dashboard-${language}-${device}.png`;
    await page.screenshot({ path, fullPage: false });
    console.log(JSON.stringify({ language, device, out: path }));
    await context.close();
  }
}
await browser.close();
