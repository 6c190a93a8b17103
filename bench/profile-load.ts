/**
 * `npx tsx bench/profile-load.ts --dist dist-bench --port 4314`: where a page load's main-thread time goes until
 * the marks are drawn. A CPU profile (CDP Profiler) from navigation to `data-marks-drawn`; prints self time by
 * script and by function (top 25), and the app's performance marks. For diagnosis, not a benchmark: no results file.
 */
import { parseArgs } from 'node:util';
import { launch, preview } from './lib/harness';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist-bench' }, port: { type: 'string', default: '4314' } },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const server = await preview(values.dist ?? 'dist-bench', Number(values.port));
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
  for (const [id, ms] of self) {
    const f = byId.get(id)?.callFrame;
    if (!f) continue;
    const script = f.url.replace(/^.*\//, '') || `(${f.functionName || 'native'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${name}`);
  console.log('self time by script:\n' + top(byScript, 15).join('\n'));
  console.log('\nself time by function:\n' + top(byFunction, 25).join('\n'));
  const marks = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => `${m.startTime.toFixed(0).padStart(6)} ms  ${m.name}`),
  );
  console.log('\nmarks:\n' + marks.join('\n'));
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
