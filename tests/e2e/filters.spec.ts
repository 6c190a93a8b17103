import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { expect, test, type Download, type Page } from '@playwright/test';
import { openDashboard, seriousViolations } from './helpers';

const cards = (page: Page) => page.locator('article[data-event-id]');
const shownIds = (page: Page) => cards(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
const panel = (page: Page) => page.locator('section.filters');
/** Opens the "More filters" part of the panel (closed by default, to keep the map in view). */
const openMore = (page: Page) => panel(page).locator('details.more-filters > summary').click();

/** A download's zip entries as text, by name; Buffer keeps the BOM, which TextDecoder would drop. */
const unzipText = async (download: Download): Promise<Record<string, string>> => {
  const entries = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  return Object.fromEntries(
    Object.entries(entries).map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]),
  );
};

test.describe('filters, shareable links and export', () => {
  test('a copied link reopens the same view in a new page', async ({ page, browser }) => {
    await openDashboard(page, 'en');
    await openMore(page);
    const filters = panel(page);
    await filters
      .getByRole('group', { name: 'Perpetrator' })
      .getByRole('checkbox', { name: /^Syrian government \d/ })
      .check();
    await filters.getByRole('searchbox', { name: 'Search quotes, places and sources' }).fill('ادلب');
    await filters.getByRole('searchbox', { name: 'Search quotes, places and sources' }).press('Enter');
    await expect(cards(page)).toHaveCount(2);
    const ids = await shownIds(page);
    expect(ids).toEqual([
      'idlib-city-2024-12-01-qusour-khamara-shamali-strikes',
      'idlib-city-2024-12-01-earlier-airstrikes',
    ]);
    // The address is written once the change is drawn (state/urlSync): the link is copied from it as it shows.
    await expect(page).toHaveURL(/perp=regime/);
    await expect(page).toHaveURL(/[?&]q=/);
    const link = page.url();

    // Someone else opens the link: a new context, no remembered language.
    const other = await browser.newContext({ serviceWorkers: 'block' });
    const page2 = await other.newPage();
    await page2.goto(link);
    await expect(cards(page2)).toHaveCount(2);
    expect(await shownIds(page2)).toEqual(ids);
    await expect(page2.locator('html')).toHaveAttribute('lang', 'en');
    await expect(panel(page2).getByRole('searchbox', { name: 'Search quotes, places and sources' })).toHaveValue(
      'ادلب',
    );
    await expect(panel(page2).getByRole('button', { name: 'Remove filter: Syrian government' })).toBeVisible();
    // The perpetrator filter lives under "More filters", which opens by itself so the checked box is in view.
    await expect(panel(page2).getByRole('checkbox', { name: /^Syrian government \d/ })).toBeChecked();
    await expect(panel(page2).getByRole('checkbox', { name: /^Syrian government \d/ })).toBeVisible();
    // The search is highlighted in the quotes, in their own spelling.
    await expect(page2.locator('mark.search').first()).toHaveText('إدلب');
    await other.close();
  });

  test('the timeline far below the filters says it is behind, and catches up when the reader scrolls to it', async ({
    page,
  }) => {
    await openDashboard(page, 'en');
    await openMore(page);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByRole('heading', { level: 3, name: /all victims/ })).toBeAttached();
    await panel(page)
      .getByRole('group', { name: 'Victims' })
      .getByRole('checkbox', { name: /^Civilians \d/ })
      .check();
    await expect(cards(page).first()).toBeVisible();
    // Away from the viewport it keeps its last drawing, and says so.
    await expect(timeline).toHaveAttribute('aria-busy', 'true');
    await expect(timeline.getByRole('heading', { level: 3, name: /all victims/ })).toBeAttached();
    await timeline.scrollIntoViewIfNeeded();
    await expect(timeline.getByRole('heading', { level: 3, name: /\(civilians\)/ })).toBeVisible();
    await expect(timeline).toHaveAttribute('aria-busy', 'false');
  });

  test('back and forward step through filter changes', async ({ page }) => {
    await openDashboard(page, 'ar');
    await expect(cards(page)).toHaveCount(19);
    const presets = panel(page).getByRole('group', { name: 'نطاقات سريعة' });
    await presets.getByRole('button', { name: '2017' }).click();
    await expect(cards(page)).toHaveCount(9);
    await openMore(page);
    await panel(page).getByRole('group', { name: 'النوع' }).getByRole('checkbox', { name: /حصيلة/ }).check();
    await expect(cards(page)).toHaveCount(6);
    // The entry is added once the change is drawn (state/urlSync), well within a reader's reach for the back button.
    await expect(page).toHaveURL(/kind=tally/);

    await page.goBack();
    await expect(cards(page)).toHaveCount(9);
    await expect(page).toHaveURL(/from=2017-01-01/);
    await expect(page).not.toHaveURL(/kind=/);
    await page.goBack();
    await expect(cards(page)).toHaveCount(19);
    await page.goForward();
    await expect(cards(page)).toHaveCount(9);
    await page.goForward();
    await expect(cards(page)).toHaveCount(6);
  });

  test('junk parameters give a visible notice and everything still shows', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('rasd.language', 'ar'));
    await page.goto('./?from=banana&zoom=999&perp=<script>');
    const notice = page.locator('.url-notices');
    await expect(notice).toContainText('تعذّر تطبيق بعض أجزاء الرابط');
    await expect(notice).toContainText('«banana» ليست قيمة صالحة لـ«from»');
    await expect(notice).toContainText('«<script>» ليست قيمة صالحة لـ«perp»');
    await expect(notice).toContainText('«999» خارج النطاق المسموح لـ«zoom»');
    await expect(cards(page)).toHaveCount(19);
    // The URL is tidied: the junk is gone, the language kept.
    await expect(page).toHaveURL(/\?lang=ar$/);
  });

  test('exports the filtered incidents as a CSV a spreadsheet reads in Arabic', async ({ page }) => {
    await openDashboard(page, 'en');
    await openMore(page);
    await panel(page)
      .getByRole('group', { name: 'Places' })
      .getByRole('checkbox', { name: /^Raqqa\s+7$/ })
      .first()
      .check();
    await expect(cards(page)).toHaveCount(7);
    await panel(page).getByRole('checkbox', { name: 'Add HXL hashtag row' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByRole('button', { name: 'Incidents (CSV)' }).click(),
    ]);
    // One zip: the CSV and its data dictionary.
    expect(download.suggestedFilename()).toBe('rasd-incidents_all-dates_filtered.csv.zip');
    const files = await unzipText(download);
    expect(Object.keys(files).sort()).toEqual(['data-dictionary.md', 'rasd-incidents_all-dates_filtered.csv']);
    const text = files['rasd-incidents_all-dates_filtered.csv']!;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]?.date_from).toBe('#date');
    expect(rows.slice(1).map((r) => r.event_id)).toEqual(await shownIds(page));
    expect(rows.find((r) => r.event_id === 'ain-issa-2017-06-08-landmine-children')?.place_ar).toBe('عين عيسى');
    expect(files['data-dictionary.md']).toContain('| `source_ar` |');
  });

  test('in Arabic: a date filter names the file; headers, values and the dictionary are Arabic', async ({ page }) => {
    await openDashboard(page, 'ar');
    await page.goto('./?lang=ar&from=2017-08-01&to=2017-09-30');
    await expect(cards(page).first()).toBeVisible();
    const shown = await shownIds(page);
    await expect(panel(page).getByRole('checkbox', { name: 'عناوين الأعمدة وقيمها بالعربية' })).toBeChecked();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByRole('button', { name: 'الحوادث (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rasd-incidents_2017-08-01_2017-09-30.csv.zip');
    const files = await unzipText(download);
    const rows = Papa.parse<Record<string, string>>(files['rasd-incidents_2017-08-01_2017-09-30.csv']!.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r['معرّف الحدث'])).toEqual(shown);
    expect(rows.every((r) => /^[\u0600-\u06ff]/.test(r['النوع'] ?? ''))).toBe(true);
    expect(files['data-dictionary.md']).toContain('# رصد: قاموس البيانات');
    expect(files['data-dictionary.md']).toContain('from=2017-08-01');
  });

  test('measures filter change → views updated, and has no serious accessibility problems', async ({ page }) => {
    await openDashboard(page, 'ar');
    await openMore(page);
    await panel(page).getByRole('group', { name: 'الجهة المنفذة' }).getByRole('checkbox').first().check();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('rasd:filter').length)).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
