/**
 * `npm run screenshots -- [BASE_URL] [OUT_DIR]`: full-page screenshots of the served dashboard in Arabic and English,
 * for looking at what a person sees. Serve the build first (`npm run preview`).
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
for (const language of ['ar', 'en'] as const) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  await context.addInitScript((l) => localStorage.setItem('rasd.language', l), language);
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('.app-header');
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/dashboard-${language}.png`, fullPage: false });
  await page.screenshot({ path: `${out}/dashboard-${language}-full.png`, fullPage: true });
  console.log(JSON.stringify({ language, out: `${out}/dashboard-${language}.png` }));
  await context.close();
}
await browser.close();
