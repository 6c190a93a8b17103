/**
 * `npm run bench:workbench` (builds into dist-bench-workbench, serves on --port 4306)
 * `npx tsx bench/workbench.bench.ts [--dist DIR] [--port 4306] [--sizes 1,100,1000] [--out bench/results/workbench.jsonl]`
 *
 * The browser workbench (issue 14) in Chromium, on generated Arabic reports (our own sentences, several sources and
 * places per report, ~3.5 KB each; never text from ../shared). For each size n, in a fresh browser profile (empty
 * IndexedDB), after one warm-up import that loads the gazetteer:
 *   - `drop_to_claims_on_screen` (ms): a drop of n files until the import's result is stored and its claims listed;
 *   - `import_read_throughput` (MB/s): report bytes / (files handed to the worker → read by the pipeline and stored in
 *     IndexedDB, in the worker);
 *   - `import_longest_task` (ms, PerformanceObserver 'longtask' on the page; 0 = none over 50 ms) and
 *     `import_blocking` (sum of long tasks' time over 50 ms) while the import runs and the views update: whether the
 *     page stays responsive;
 *   - `drop_to_claims_cold` (n = 1): the first import of a session, gazetteer download and preparation included.
 * Timings are reported, never asserted; the machine's load average is printed with them.
 */
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { blockingMs, browserBenchArgs, observeLongTasks, withServedBrowser } from './lib/harness';
import { resultLog } from './lib/results';

const args = browserBenchArgs({
  dist: 'dist-bench-workbench',
  port: 4306,
  sizes: '1,100,1000',
  out: 'bench/results/workbench.jsonl',
});

const PLACES = ['كفرنبل', 'سراقب', 'معرة النعمان', 'أريحا', 'جسر الشغور', 'خان شيخون', 'دوما', 'عربين'];
const SOURCES = ['الدفاع المدني السوري', 'المرصد السوري لحقوق الإنسان', 'الشبكة السورية لحقوق الإنسان'];

/** Report k: six paragraphs, each a strike somewhere with two sources' counts; distinct text (distinct hash). */
function report(k: number): string {
  const paras: string[] = [`تقرير رقم ${k}: غارات على ريف إدلب`];
  for (let p = 0; p < 6; p++) {
    const place = PLACES[(k + p) % PLACES.length];
    const a = ((k * 7 + p * 3) % 40) + 2;
    const b = a + ((k + p) % 5);
    paras.push(
      `قال ${SOURCES[p % 3]} إن غارة جوية نفذتها طائرات حربية على بلدة ${place} في ريف إدلب، صباح اليوم، قتل فيها ${a} مدنيين بينهم أطفال، وأصيب ${a + 3} آخرون بجروح متفاوتة. ` +
        `وقال ${SOURCES[(p + 1) % 3]} إن ${b} مدنياً قتلوا في الغارة ذاتها، وإن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض في الحي الشرقي من البلدة.`,
    );
  }
  return paras.join('\n\n') + '\n';
}

/** Drops files named rK.txt (from `first`, `count` of them) and waits until the import is stored and listed. */
async function dropAndWait(page: Page, first: number, count: number) {
  const texts = Array.from({ length: count }, (_, i) => report(first + i));
  const bytes = texts.reduce((n, t) => n + new TextEncoder().encode(t).length, 0);
  const ms = await page.evaluate(
    async ({ texts, first }) => {
      const w = window as unknown as { __long: number[] };
      // No named helpers in here: tsx's keepNames would wrap them in a `__name` the page does not have.
      const OPTIONS = '.wb-list [role="option"]';
      const before = document.querySelectorAll(OPTIONS).length;
      performance.clearMarks();
      const dt = new DataTransfer();
      texts.forEach((t, i) => dt.items.add(new File([t], `r${first + i}.txt`, { type: 'text/plain' })));
      w.__long = [];
      const zone = document.querySelector('[data-testid="workbench-drop"]') as HTMLElement;
      const t0 = performance.now();
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const stored = performance.getEntriesByName('rasd:import-stored').length > 0;
        if (stored && document.querySelectorAll(OPTIONS).length > before) break;
        if (performance.now() - t0 > 600_000) throw new Error('import did not finish in 10 minutes');
      }
      const total = performance.now() - t0;
      const start = performance.getEntriesByName('rasd:import-start')[0]?.startTime ?? NaN;
      const read = performance.getEntriesByName('rasd:import-read')[0]?.startTime ?? NaN;
      // Let the views finish what the import started before the long tasks are read.
      await new Promise((r) => setTimeout(r, 500));
      return { total, read: read - start, long: [...w.__long] };
    },
    { texts, first },
  );
  return { ...ms, bytes };
}

const log = resultLog('workbench');
console.error(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
await withServedBrowser(args.dist, args.port, async (browser, url) => {
  let next = 1_000_000;
  for (const n of args.sizes) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(observeLongTasks);
    await page.addInitScript(() => localStorage.setItem('rasd.language', 'en'));
    await page.goto(url);
    await page.locator('tr[data-claim-id]').first().waitFor({ timeout: 180_000 });
    await page.getByRole('button', { name: 'Import & review' }).click();
    await page.locator('[data-testid="workbench-drop"]').waitFor();
    const cold = await dropAndWait(page, next++, 1);
    if (n === 1) log.report('drop_to_claims_cold', 1, cold.total, 'ms');
    const run = await dropAndWait(page, next, n);
    next += n;
    log.report('drop_to_claims_on_screen', n, run.total, 'ms');
    log.report('import_read_throughput', n, run.bytes / 1e6 / (run.read / 1000), 'MB/s');
    log.report('import_bytes', n, run.bytes, 'bytes');
    log.report('import_longest_task', n, Math.max(0, ...run.long), 'ms');
    log.report('import_blocking', n, blockingMs(run.long), 'ms');
    await context.close();
  }
});
log.report('load_average_1min', 0, loadavg()[0] ?? 0, 'load');
log.write(args.out);
