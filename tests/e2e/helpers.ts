import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The host a request goes to: a blob: URL (the Intl warm-up's worker) names the origin that made it and goes to no
 * host beyond it; a data: URL goes nowhere (null).
 */
export function requestHost(raw: string): string | null {
  const url = new URL(raw);
  if (url.protocol === 'data:') return null;
  return url.protocol === 'blob:' ? new URL(url.pathname).hostname : url.hostname;
}

/** The shipped dataset, parsed, for tests that serve a modified copy. */
export function shippedDataset(): {
  claims: Array<Record<string, unknown>>;
  incidents: unknown[];
  tallies: unknown[];
  places: Array<Record<string, unknown>>;
} {
  return JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
}

/**
 * Serves `body` in place of the dataset file, as a site without a columnar core serves it (a site built before the
 * core, or the dev server): the page then loads and checks the whole file, which is what these tests exercise.
 */
export async function serveDataset(page: Page, body: string): Promise<void> {
  await withoutCore(page);
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/** Answers the site's core file with a 404, so the page takes the whole dataset. */
export async function withoutCore(page: Page): Promise<void> {
  await page.route('**/data/core.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
}

/** Opens the dashboard in a language, with the choice pre-set as a returning user would have it. */
export async function openDashboard(page: Page, language: 'ar' | 'en' = 'ar'): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('rasd.language', l), language);
  await page.goto('./');
  await page.locator('.app-header').waitFor();
}

/** Serious and critical accessibility violations on the page (axe-core, WCAG 2.1 A/AA rules). */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}
