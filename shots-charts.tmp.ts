import { chromium } from '@playwright/test';
const base = process.argv[2]!;
const out = process.argv[3]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const language of ['ar', 'en'] as const) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  await context.addInitScript((l) => localStorage.setItem('rasd.language', l), language);
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text().slice(0, 200)); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(base);
  await page.waitForSelector('.timeline-panel');
  await page.waitForTimeout(600);
  await page.locator('.timeline-panel').screenshot({ path: `${out}/timeline-${language}.png` });
  const card = page.locator('article[data-event-id="raqqa-2017-08-20-harat-al-badu-coalition-strike"]');
  await card.getByRole('button', { name: language === 'ar' ? 'حدّد واعرض على الخريطة' : 'Select and show on map' }).click();
  await page.waitForTimeout(500);
  await page.locator('.charts-panel').screenshot({ path: `${out}/charts-${language}.png` });
  console.log(language, 'ok');
  await context.close();
}
await browser.close();
