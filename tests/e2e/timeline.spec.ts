import { expect, test, type Page } from '@playwright/test';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Share of the brush track between the two handles' centres, and the share the chosen dates make of the span. */
async function brushShare(page: Page, from: string, to: string) {
  const timeline = page.locator('.timeline-panel');
  await timeline.locator('.timeline-brush').scrollIntoViewIfNeeded();
  const handles = timeline.getByRole('slider');
  await expect(handles).toHaveCount(2);
  const track = (await timeline.locator('.brush-track').boundingBox())!;
  const xs = await handles.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return r.x + r.width / 2;
    }),
  );
  const min = (await timeline.locator('input[type="date"]').first().getAttribute('min'))!;
  const max = (await timeline.locator('input[type="date"]').last().getAttribute('max'))!;
  return {
    drawn: Math.abs(xs[1]! - xs[0]!) / track.width,
    chosen: (day(to) - day(from) + 1) / (day(max) - day(min) + 1),
  };
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: after reloading a link, the brush is drawn over the chosen range, not a sliver`, async ({ page }) => {
    const from = '2017-06-01';
    const to = '2021-11-30';
    await page.goto(`./?lang=${lang}&from=${from}&to=${to}`);
    await page.reload();
    const { drawn, chosen } = await brushShare(page, from, to);
    // Buckets are months and handles have a width: within a few per cent of the track.
    expect(Math.abs(drawn - chosen)).toBeLessThan(0.05);
    await expect(
      page.locator('.timeline-panel').getByRole('slider', { name: lang === 'en' ? 'Start of range' : 'بداية النطاق' }),
    ).toHaveAttribute('aria-valuetext', /2017/);
  });
}

test('hovering a month shows its period and numbers in a tooltip', async ({ page }) => {
  await page.goto('./?lang=en');
  const timeline = page.locator('.timeline-panel');
  const bars = timeline.locator('.timeline-bars rect');
  await bars.first().scrollIntoViewIfNeeded();
  // June 2017, the first month: its bar's band, above the bar so the pointer is over the plot, not the bar only.
  const first = (await bars.first().boundingBox())!;
  await page.mouse.move(first.x + first.width / 2, first.y - 10);
  const tip = timeline.locator('.chart-tooltip');
  await expect(tip).toContainText('June 2017');
  await expect(tip.locator('li', { hasText: 'Incidents' }).locator('.value')).toHaveText('2');
  await expect(tip.locator('li', { hasText: 'Killed' }).locator('.value')).toHaveText('19');
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
});

test('dragging the window between the handles pans it: both dates move by the same months', async ({ page }) => {
  // Three years: counted in months.
  await page.goto('./?lang=en&from=2017-06-01&to=2020-05-31');
  const timeline = page.locator('.timeline-panel');
  const window = timeline.locator('.brush-window');
  await window.scrollIntoViewIfNeeded();
  const track = (await timeline.locator('.brush-track').boundingBox())!;
  const box = (await window.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // About a year to the right: 12 of the span's months.
  const months = Number(await timeline.getByRole('slider', { name: 'End of range' }).getAttribute('aria-valuemax')) + 1;
  const dx = (12 * track.width) / months;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y, { steps: 5 });
  await page.mouse.move(x + dx, y, { steps: 5 });
  await page.mouse.up();
  await expect(timeline.getByLabel('From')).toHaveValue('2018-06-01');
  await expect(timeline.getByLabel('To')).toHaveValue('2021-05-31');
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tapping a month shows its numbers', async ({ page }) => {
    await page.goto('./?lang=en');
    const timeline = page.locator('.timeline-panel');
    const first = timeline.locator('.timeline-bars rect').first();
    // The tap goes to a point on screen: taken again if the page moved under it (the cards above the timeline grow
    // as their quotes arrive), as a reader would tap again.
    await expect(async () => {
      await first.scrollIntoViewIfNeeded();
      const bar = (await first.boundingBox())!;
      await page.touchscreen.tap(bar.x + bar.width / 2, bar.y - 10);
      await expect(timeline.locator('.chart-tooltip')).toContainText('June 2017', { timeout: 2_000 });
    }).toPass();
  });
});
