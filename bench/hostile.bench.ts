/**
 * `npx tsx bench/hostile.bench.ts [--dist dist-bench] [--port 4194] [--sizes 250000,500000,5000000]
 *   [--out bench/results/hostile.jsonl]`
 *
 * Hostile sizes (issue 11.4): one field of the shipped dataset blown up to `size` characters — a claim's quote, its
 * place name, its outlet, its analyst's notes, or its report's text — then, in Chromium, the dashboard is loaded and
 * that claim's report opened from its quote, as a person would. Long tasks (PerformanceObserver 'longtask', > 50 ms)
 * are collected in the page for each phase. Prints JSON lines {name, n, value, unit} with n = the field's size in
 * characters: `<field>_load_longest_task`, `<field>_open_longest_task` (ms; 0 = no long task, i.e. within a frame
 * budget), `<field>_open_blocking` (sum of long tasks' time over 50 ms) and `<field>_set_aside` (1 when the schema
 * set the record aside, so nothing of it renders). Build first (`npx vite build --outDir <dist>`).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { blockingMs, browserBenchArgs, observeLongTasks, takeLongTasks, withServedBrowser } from './lib/harness';
import { resultLog } from './lib/results';

const args = browserBenchArgs({
  dist: 'dist-bench',
  port: 4194,
  sizes: '250000,500000,5000000',
  out: 'bench/results/hostile.jsonl',
});

const CLAIM = '002-1';
const REPORT_FILE = '002_b564c9746518668b.txt';
// Our own sentence, dense in what highlighting works on: counts, dates, a place, several words.
const SENTENCE = 'قتل 12 مدنيا وجرح آخرون فجر الأحد 3 آب في قصف على الرقة ';
const hostile = (size: number) => SENTENCE.repeat(Math.ceil(size / SENTENCE.length)).slice(0, size);

type Dataset = {
  claims: Array<Record<string, unknown>>;
  reports: Array<Record<string, unknown>>;
  places: Array<Record<string, unknown>>;
};
const shipped = readFileSync('public/data/dataset.json', 'utf8');
const reportText = readFileSync(`public/data/reports/${REPORT_FILE}`, 'utf8');

/** The dataset (and report text) with one field grown to `size` characters. */
function variant(field: string, size: number): { dataset: string; text: string } {
  const d = JSON.parse(shipped) as Dataset;
  const claim = d.claims.find((c) => c.id === CLAIM)!;
  const report = d.reports.find((r) => r.id === claim.report_id)!;
  const big = hostile(size);
  let text = reportText;
  if (field === 'quote') {
    claim.quote = big;
    claim.quote_end = (claim.quote_start as number) + big.length;
  } else if (field === 'notes') claim.notes = big;
  else if (field === 'outlet') {
    report.outlet = big;
    report.outlet_ar = big;
  } else if (field === 'place') {
    const place = d.places.find((p) => p.id === claim.place_id)!;
    place.name_en = big;
    place.names_ar = [big];
    (claim.place as Record<string, unknown>).text_ar = big;
  } else if (field === 'report') text = reportText + '\n' + big;
  return { dataset: JSON.stringify(d), text };
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));

const log = resultLog('hostile');
await withServedBrowser(args.dist, args.port, async (browser, url) => {
  for (const size of args.sizes) {
    // `none`: the shipped data as is, the baseline the others compare with on this machine.
    for (const field of ['none', 'quote', 'place', 'outlet', 'notes', 'report']) {
      const { dataset, text } = variant(field, size);
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript(observeLongTasks);
      await page.addInitScript(() => localStorage.setItem('rasd.language', 'ar'));
      // The variant is served as the whole dataset of a site without a core, so the page loads and checks it.
      await page.route('**/data/core.json', (r) => r.fulfill({ status: 404, body: 'not found' }));
      await page.route('**/data/dataset.json', (r) =>
        r.fulfill({ status: 200, contentType: 'application/json', body: dataset }),
      );
      await page.route(`**/data/reports/${REPORT_FILE}`, (r) =>
        r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text }),
      );
      await page.goto(url);
      await page.locator('tr[data-claim-id]').first().waitFor({ timeout: 180_000 });
      await settle(page);
      const load = await takeLongTasks(page);
      const row = page.locator(`tr[data-claim-id="${CLAIM}"]`);
      const setAside = (await row.count()) === 0;
      log.report(`${field}_set_aside`, size, setAside ? 1 : 0, 'bool');
      log.report(`${field}_load_longest_task`, size, Math.max(0, ...load), 'ms');
      // Open the report from this claim's quote, or, when the claim was set aside, from any other quote.
      const opener = setAside ? page.locator('button.quote').first() : row.locator('button.quote').first();
      await opener.click();
      await page.locator('.report-text').waitFor({ timeout: 180_000 });
      await settle(page);
      const open = await takeLongTasks(page);
      log.report(`${field}_open_longest_task`, size, Math.max(0, ...open), 'ms');
      log.report(`${field}_open_blocking`, size, blockingMs(open), 'ms');
      await page.close();
    }
  }
});
log.write(args.out);
