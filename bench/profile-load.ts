/**
 * `npx tsx bench/profile-load.ts --dist dist-bench --port 4314 [--tasks] [--by-module]`: where a page load's
 * main-thread time goes until the marks are drawn. A CPU profile (CDP Profiler) from navigation to
 * `data-marks-drawn`; prints self time by script and by function (top 25), and the app's performance marks.
 * `--by-module` sums self time by the source module each line was bundled from (a build made with
 * RASD_MINIFY=false, which heads each module with its path). `--tasks` loads the page once more under a
 * Chromium trace and lists the main thread's tasks over 8 ms (start, length, what filled them: script evaluation,
 * timers, layout with the size of what it laid out), the view that shows a waterfall or a layout storm.
 * For diagnosis, not a benchmark: no results file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { launch, preview } from './lib/harness';
import type { Profile, TraceEvent } from './lib/cpuProfile';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist-bench' },
    port: { type: 'string', default: '4314' },
    tasks: { type: 'boolean', default: false },
    'by-module': { type: 'boolean', default: false },
  },
});

/**
 * Where each source module starts in a built chunk, by line: an unminified build (RASD_MINIFY=false) heads each
 * module it bundles with a `// path` comment. Empty for a minified chunk.
 */
function moduleStarts(dist: string, url: string): { line: number; name: string }[] {
  const file = join(dist, new URL(url).pathname);
  if (!url.startsWith('http') || !existsSync(file)) return [];
  const starts: { line: number; name: string }[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const head = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
      if (head?.[1]) starts.push({ line, name: head[1].replace(/^node_modules\//, '') });
    });
  return starts;
}

/** The module a profiled line belongs to: the last module that starts at or before it. */
function moduleAt(starts: readonly { line: number; name: string }[], line: number): string | null {
  let found: string | null = null;
  for (const start of starts) {
    if (start.line > line) break;
    found = start.name;
  }
  return found;
}

/** What fills a task, by kind (scripts named by file), longest first. */
function fillers(inner: readonly TraceEvent[]): string {
  const kinds = new Map<string, number>();
  for (const e of inner) {
    const file = (e.args?.data?.url ?? '').replace(/^.*\//, '');
    let kind: string | null = null;
    if (e.name === 'Layout') kind = `Layout(${e.args?.beginData?.dirtyObjects ?? '?'} objects)`;
    else if (['EvaluateScript', 'v8.evaluateModule', 'v8.compileModule'].includes(e.name)) kind = `${e.name}(${file})`;
    else if (e.name === 'FunctionCall') kind = `FunctionCall(${file})`;
    else if (['UpdateLayoutTree', 'Paint', 'TimerFire', 'FireAnimationFrame', 'MajorGC', 'MinorGC'].includes(e.name))
      kind = e.name;
    if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...kinds]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
    .join(' | ');
}

/** One more load under a Chromium trace: the main thread's tasks over 8 ms until the marks are drawn. */
async function listTasks(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
  });
  await page.goto(url);
  await page.waitForSelector('[data-marks-drawn]', { timeout: 180_000 });
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await context.close();
  // The page's main thread: the renderer thread that parsed the HTML.
  const parse = traceEvents.find((e) => e.name === 'ParseHTML');
  const start = traceEvents.find((e) => e.name === 'navigationStart')?.ts ?? parse?.ts ?? 0;
  const main = traceEvents.filter((e) => e.ph === 'X' && e.pid === parse?.pid && e.tid === parse?.tid);
  console.log('\nmain-thread tasks over 8 ms (ms from navigation, length, what filled them):');
  for (const task of main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 8000)) {
    const end = task.ts + (task.dur ?? 0);
    const inner = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const at = ((task.ts - start) / 1000).toFixed(0).padStart(6);
    console.log(`${at} +${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)}  ${fillers(inner)}`);
  }
}

const dist = values.dist ?? 'dist-bench';
const server = await preview(dist, Number(values.port));
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.url);
  await page.waitForSelector('[data-marks-drawn]', { timeout: 180_000 });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  const starts = new Map<string, { line: number; name: string }[]>();
  for (const [id, ms] of self) {
    const f = byId.get(id)?.callFrame;
    if (!f) continue;
    const script = f.url.replace(/^.*\//, '') || `(${f.functionName || 'native'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    if (values['by-module'] && f.url) {
      if (!starts.has(f.url)) starts.set(f.url, moduleStarts(dist, f.url));
      const name = moduleAt(starts.get(f.url) ?? [], f.lineNumber) ?? script;
      byModule.set(name, (byModule.get(name) ?? 0) + ms);
    }
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`);
  console.log('self time by script:\n' + top(byScript, 15).join('\n'));
  console.log('\nself time by function:\n' + top(byFunction, 25).join('\n'));
  if (values['by-module']) console.log('\nself time by source module:\n' + top(byModule, 30).join('\n'));
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => `${m.startTime.toFixed(0).padStart(6)} ms  ${m.name}`),
  );
  console.log('\nmarks:\n' + marks.join('\n'));
  await context.close();
  if (values.tasks) await listTasks(browser, server.url);
} finally {
  await browser.close();
  server.stop();
}
