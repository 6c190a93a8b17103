import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openDashboard, serveDataset } from './helpers';

/**
 * The page trusts the site build's validation only for the exact bytes the build checked (issue 12: data-ready).
 * `<html data-dataset-check>` says which check the loaded records passed.
 */
test('the shipped site takes the build’s check of its own dataset', async ({ page }) => {
  await openDashboard(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('data-dataset-check', 'build-checked');
  await expect(page.getByRole('list', { name: 'Dataset summary' })).toContainText('5 reports');
  const detail = await page.evaluate(
    () => (performance.getEntriesByName('rasd:data-ready')[0] as PerformanceMark | undefined)?.detail as unknown,
  );
  expect(detail).toEqual({ check: 'build-checked', source: 'core' });
});

test('a file changed after the build is checked record by record, and its bad record is named', async ({ page }) => {
  const text = readFileSync('public/data/dataset.json', 'utf8');
  // One byte more: a claim's death toll becomes negative, which the schema refuses and only a record check sees.
  const edited = text.replace(/("killed":\s*\{\s*"min":\s*)(\d)/, '$1-$2');
  expect(edited).not.toBe(text);
  await serveDataset(page, edited);
  await openDashboard(page, 'en');
  await expect(page.locator('html')).toHaveAttribute('data-dataset-check', 'browser-checked');
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('1 record could not be read and is set aside');
});
