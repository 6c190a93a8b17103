/**
 * Issue 13 (e): a report written for this test gives a first figure, then, in the next sentence, a second source's
 * figure for "الغارة ذاتها". Run through the real pipeline (`npm run ingest`), it must reach the dashboard as ONE
 * incident on the map's list, with both figures as its min–max and the disagreement between the sources shown.
 * The ingested dataset and the report text are served in place of the shipped ones, so the test runs on any build
 * of the site (`npm run build:site -- --data FILE --out DIR` gives the same result without the routing).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openDashboard, serveDataset } from './helpers';

const FILE = '01_coref-same-strike.txt';
let dir = '';
let dataset = '';
let text = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rasd-two-sources-'));
  const reports = join(dir, 'reports');
  execFileSync('mkdir', ['-p', reports]);
  copyFileSync(join('tests/fixtures/written', FILE), join(reports, FILE));
  writeFileSync(
    join(reports, FILE.replace(/\.txt$/, '.meta.json')),
    JSON.stringify({ outlet: 'Test', published: '2019-05-14', published_basis: 'inferred from events' }),
  );
  execFileSync('npx', ['tsx', 'scripts/ingest.ts', '--out', join(dir, 'dataset.json'), reports], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  dataset = readFileSync(join(dir, 'dataset.json'), 'utf8');
  text = readFileSync(join(reports, FILE), 'utf8');
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.describe('a second source’s figure in the next sentence ("الغارة ذاتها")', () => {
  test.setTimeout(120_000);

  test.beforeEach(async ({ page }) => {
    await serveDataset(page, dataset);
    await page.route(`**/data/reports/${FILE}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text }),
    );
  });

  test('is one incident with both figures, 9–11, and the disagreement shown (en)', async ({ page }) => {
    await openDashboard(page, 'en');
    const cards = page.locator('article.event-card');
    await expect(cards).toHaveCount(1, { timeout: 30_000 });
    const card = cards.first();
    // Both sources' claims sit in the one incident, each with its own figure.
    await expect(card.locator('tr[data-claim-id]')).toHaveCount(2);
    await expect(card.locator('.figures')).toContainText('9');
    await expect(card.locator('.figures')).toContainText('11');
    await expect(card.locator('.figures')).toContainText('Sources disagree');
    await expect(card.getByRole('heading', { level: 3 })).toContainText('2019');
    // The second figure keeps its own source: the monitoring group is named in its row.
    await expect(card.locator('tr[data-claim-id="01-2"]')).toContainText('SOHR');
    await expect(card.locator('tr[data-claim-id="01-2"]')).toContainText('11');
  });

  test('reads the same in Arabic, with the report open on the second figure', async ({ page }) => {
    await openDashboard(page, 'ar');
    const card = page.locator('article.event-card');
    await expect(card).toHaveCount(1, { timeout: 30_000 });
    await expect(card.locator('.figures')).toContainText('تختلف');
    await card.locator('tr[data-claim-id="01-2"] button.quote').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('mark.span-selected').first()).toContainText('11');
  });
});
