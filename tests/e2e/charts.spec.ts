import { expect, test, type Page } from '@playwright/test';
import { openDashboard } from './helpers';

const incidentCards = (page: Page) =>
  page.locator('section[aria-labelledby="incident-list-heading"] article.event-card');

/** Drags a brush handle horizontally by `dx` pixels, in steps, as a person would. */
async function dragHandle(page: Page, handle: ReturnType<Page['locator']>, dx: number) {
  const box = await handle.boundingBox();
  if (!box) throw new Error('brush handle not laid out');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y, { steps: 5 });
  await page.mouse.move(x + dx, y, { steps: 5 });
  await page.mouse.up();
}

test.describe('timeline and charts', () => {
  test('in Arabic, time runs right to left: dragging the brush narrows the list to 2017 and fills the date inputs', async ({
    page,
  }) => {
    await openDashboard(page, 'ar');
    const timeline = page.locator('.timeline-panel');
    await expect(incidentCards(page)).toHaveCount(9);
    const from = timeline.getByLabel('من');
    const to = timeline.getByLabel('إلى');
    await expect(from).toHaveValue('');

    // Right to left: the right-hand handle is the earliest month (June 2017), the left-hand one the latest (2024).
    await expect(timeline.getByRole('slider')).toHaveCount(2);
    const start = timeline.getByRole('slider', { name: 'بداية النطاق' });
    const end = timeline.getByRole('slider', { name: 'نهاية النطاق' });
    await timeline.locator('.timeline-brush').scrollIntoViewIfNeeded();
    const brush = (await timeline.locator('.brush-track').boundingBox())!;
    const left = (await end.boundingBox())!;
    expect(left.x).toBeLessThan((await start.boundingBox())!.x);
    // Pull the latest end over to about three months from the earliest one.
    await dragHandle(page, end, brush.x + brush.width - 28 - (left.x + left.width / 2));

    await expect(from).toHaveValue('2017-06-01');
    await expect(to).toHaveValue(/^2017-(0[7-9]|1[0-2])-\d\d$/);
    // Al-Jazra café and Ain Issa (8 June) and Harat al-Badu (20 August); undated incidents fall out of a date filter.
    await expect(incidentCards(page)).toHaveCount(3);
    await expect(page.locator('#incident-list-heading')).toContainText('3');

    // Both ways: clearing the dates restores the whole span and the list.
    await timeline.getByRole('button', { name: 'كل التواريخ' }).click();
    await expect(from).toHaveValue('');
    await expect(incidentCards(page)).toHaveCount(9);
  });

  test('typing dates narrows the list, and the chart title follows the span (days)', async ({ page }) => {
    await openDashboard(page, 'en');
    const timeline = page.locator('.timeline-panel');
    await timeline.getByLabel('From').fill('2024-11-01');
    await expect(incidentCards(page)).toHaveCount(3);
    await expect(timeline.getByRole('heading', { name: 'Incidents and killed (all victims) per day' })).toBeVisible();
    await timeline.getByRole('button', { name: 'Table' }).click();
    await expect(timeline.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    await expect(timeline.getByRole('row', { name: /1 December 2024 3 36/ })).toBeVisible();
  });

  test("selecting Harat al-Badu, 20 August 2017, shows SOHR's revision from 17 to 27", async ({ page }) => {
    await openDashboard(page, 'ar');
    const card = page.locator('article[data-event-id="raqqa-2017-08-20-harat-al-badu-coalition-strike"]');
    await card.getByRole('button', { name: 'حدّد واعرض على الخريطة' }).click();
    const comparison = page.locator('.charts-panel .source-comparison');
    await expect(comparison.getByRole('heading', { level: 3 })).toContainText('حارة البدو');
    await expect(comparison).toContainText('17 → 27');
    await comparison.getByRole('button', { name: 'جدول' }).click();
    const rows = comparison.getByRole('row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('17');
    await expect(rows.nth(1)).toContainText('استُبدل برقم لاحق');
    await expect(rows.nth(2)).toContainText('27');
  });

  test('every casualty chart has a table alternative and a CSV download', async ({ page }) => {
    await openDashboard(page, 'en');
    const charts = page.locator('.charts-panel');
    // The charts draw when the reader scrolls near them.
    await charts.scrollIntoViewIfNeeded();
    const toggles = charts.getByRole('button', { name: 'Table' });
    await expect(toggles).toHaveCount(4);
    const download = page.waitForEvent('download');
    await charts.getByRole('button', { name: 'Download CSV' }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('rasd-killed-by-governorate.csv');
    const text = await (await file.createReadStream()).toArray();
    const csv = Buffer.concat(text as Buffer[]).toString('utf8');
    expect(csv.startsWith('\uFEFFgovernorate,incidents,killed_min')).toBe(true);
    expect(csv).toContain('Deir ez-Zor,2,204,204,true');
  });
});
