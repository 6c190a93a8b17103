/**
 * Issue 14's "Done when", end to end in Chromium: drop a report written for this test (two sources, 9 and 11
 * killed, one strike) → its claims join the map and the list as machine-read, both figures in one incident → correct
 * one count and the place, accept, keyboard-first → still there after a reload and offline → export the zip and
 * rebuild it with the documented CLI (`npm run data -- --data DIR --out-dir OUT`) → the same numbers.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './helpers';

test.use({ serviceWorkers: 'allow' });
test.setTimeout(240_000);

const FIXTURE = 'tests/fixtures/workbench/kafranbel-strike';
const EVENT = 'kafr-nabl-2019-05-14-russia-airstrike';
const card = (page: Page) => page.locator(`article.event-card[data-event-id="${EVENT}"]`);
const marks = async (page: Page) => Number(await page.locator('.map-frame').getAttribute('data-marks'));

async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve()),
      );
  });
}

async function dropReport(page: Page) {
  const files = await page.evaluateHandle(
    ([text, meta]: [string, string]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'kafranbel-strike.txt', { type: 'text/plain' }));
      dt.items.add(new File([meta], 'kafranbel-strike.meta.json', { type: 'application/json' }));
      return dt;
    },
    [readFileSync(`${FIXTURE}.txt`, 'utf8'), readFileSync(`${FIXTURE}.meta.json`, 'utf8')] as [string, string],
  );
  await page.getByTestId('workbench-drop').dispatchEvent('drop', { dataTransfer: files });
}

test('drop a report, review it, keep it across reload and offline, export, and rebuild the same numbers', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => localStorage.setItem('rasd.language', 'ar'));
  await page.goto('./');
  await expect(page.locator('.map-frame')).toHaveAttribute('data-marks', /\d+/, { timeout: 60_000 });
  await controlled(page);
  const before = await marks(page);
  // A first visit stores nothing: the workbench's database is created by the first import, not by loading the page.
  const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(await databases()).not.toContain('rasd-workbench');

  // 1. Drop the report.
  await page.getByRole('button', { name: 'استيراد ومراجعة' }).click();
  await dropReport(page);
  await expect(page.getByText('استُورد تقرير واحد فيه 2 ادعاء.')).toBeVisible({ timeout: 90_000 });
  expect(await databases()).toContain('rasd-workbench');

  // 2. On the map and in the list, machine-read, both figures in one incident.
  await expect.poll(() => marks(page), { timeout: 30_000 }).toBe(before + 1);
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('tr[data-claim-id]')).toHaveCount(2);
  await expect(card(page).locator('.review-machine-read')).toHaveCount(2);
  await expect(card(page).locator('tr[data-claim-id="kafranbel-strike-1"]')).toContainText('9');
  await expect(card(page).locator('tr[data-claim-id="kafranbel-strike-2"]')).toContainText('11');
  await expect(page.locator('.status-counts')).toContainText('قراءة آلية');

  // 3. Keyboard-first: select the Civil Defence claim, e → edit its count and place, save, a → accept.
  const list = page.getByRole('listbox', { name: 'ادعاءات للمراجعة' });
  await list.getByRole('option').first().click();
  await expect(list.getByRole('option', { selected: true })).toContainText('9');
  await page.keyboard.press('e');
  const editor = page.locator('form.wb-editor');
  await editor.locator('fieldset.wb-count').first().getByLabel('على الأقل').fill('10');
  await editor.getByLabel('ابحث في المعجم الجغرافي').fill('معرة النعمان');
  await editor
    .getByRole('button', { name: /معرة النعمان/ })
    .first()
    .click({ timeout: 60_000 });
  await editor.getByRole('button', { name: 'حفظ التعديلات' }).click();
  await expect(list.getByRole('option', { selected: true })).toContainText('مُراجَع');
  await page.keyboard.press('a');
  await expect(page.getByTestId('workbench-detail')).toContainText('معرة النعمان');
  await expect(card(page).locator('tr[data-claim-id="kafranbel-strike-1"]')).toContainText('10');
  await expect(card(page).locator('tr[data-claim-id="kafranbel-strike-1"] .review-reviewed')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // 4. After a reload, then offline, everything is still there.
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    await page.reload();
    await expect(card(page).locator('tr[data-claim-id="kafranbel-strike-1"]')).toContainText('10', { timeout: 60_000 });
    await expect(card(page).locator('tr[data-claim-id="kafranbel-strike-2"]')).toContainText('11');
    await expect(card(page).locator('.review-reviewed')).toHaveCount(1);
  }
  await context.setOffline(false);

  // 5. Export, rebuild with the CLI, compare.
  await page.getByRole('button', { name: 'استيراد ومراجعة' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /تنزيل التقارير/ }).click();
  const zipPath = join(mkdtempSync(join(tmpdir(), 'rasd-e2e-')), 'export.zip');
  await (await download).saveAs(zipPath);
  const zip = unzipSync(readFileSync(zipPath));
  const dir = mkdtempSync(join(tmpdir(), 'rasd-e2e-data-'));
  try {
    const data = join(dir, 'data');
    mkdirSync(data);
    for (const f of ['geo', 'places', 'ingest', 'sources.json'])
      symlinkSync(join(process.cwd(), 'data', f), join(data, f));
    cpSync('data/reports', join(data, 'reports'), { recursive: true });
    cpSync('data/corrections', join(data, 'corrections'), { recursive: true });
    for (const [path, bytes] of Object.entries(zip))
      if (path.startsWith('reports/') || path.startsWith('corrections/')) writeFileSync(join(data, path), bytes);
    execFileSync('npx', ['tsx', 'scripts/build-data.ts', '--data', data, '--out-dir', join(dir, 'out')], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    type D = { claims: Array<Record<string, unknown>>; incidents: Array<{ id: string; killed: unknown }> };
    const seen = JSON.parse(new TextDecoder().decode(zip['dataset.json'])) as D;
    const rebuilt = JSON.parse(readFileSync(join(dir, 'out', 'dataset.json'), 'utf8')) as D;
    const ours = (d: D) =>
      d.claims
        .filter((c) => c.report_id === 'kafranbel-strike')
        .map((c) => [c.id, c.killed, c.injured, c.place_id, c.source_id, c.review_status]);
    expect(ours(rebuilt)).toEqual(ours(seen));
    expect(ours(rebuilt).map((c) => (c[1] as { min: number }).min)).toEqual([10, 11]);
    expect(rebuilt.incidents.find((i) => i.id === EVENT)?.killed).toEqual({ min: 10, max: 11 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
