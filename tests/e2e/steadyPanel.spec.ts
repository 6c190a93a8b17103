import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDashboard } from './helpers';

const panel = (page: Page) => page.locator('section.filters');
const top = async (el: Locator) => (await el.boundingBox())?.y ?? NaN;

for (const language of ['en', 'ar'] as const) {
  test(`turning the first filter on and clearing it leaves the controls where they were (${language})`, async ({
    page,
  }) => {
    await openDashboard(page, language);
    await page.locator('[data-marks-drawn]').first().waitFor();
    await panel(page).locator('details.more-filters > summary').click();
    const search = panel(page).getByRole('searchbox').first();
    // The first box in the panel, a place, as a visitor's first click is likely to be.
    const box = panel(page).locator('input[type="checkbox"]:visible').first();
    // Below the panel, the list: options the filter leaves at 0 stay listed (greyed), so the panel keeps its height.
    const list = page.locator('section.event-list').first();
    const before = [await top(search), await top(box), await top(list)];

    await box.check();
    // Its chip is shown: the row it sits in was already there, one chip high.
    await expect(panel(page).locator('.chips li')).toHaveCount(1);
    expect([await top(search), await top(box), await top(list)]).toEqual(before);

    await panel(page).locator('.clear-all').click();
    await expect(panel(page).locator('.chips')).toHaveCount(0);
    await expect(box).not.toBeChecked();
    expect([await top(search), await top(box), await top(list)]).toEqual(before);
  });
}
