import { copyFileSync } from 'node:fs';
import { launch, preview, syntheticDataset } from './lib/harness';
const n = Number(process.argv[2] ?? 10000);
copyFileSync(syntheticDataset(n), 'dist-bench/data/dataset.json');
const server = await preview('dist-bench', 4196);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.goto(server.url);
await page.waitForFunction(() => performance.getEntriesByName('rasd:rendered').length > 0, null, { timeout: 120000 });
await page.waitForTimeout(4000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const boxes = page.locator('.filters input[type="checkbox"]');
for (let i = 0; i < 4; i++) { await boxes.nth(i % 2).click(); await page.waitForTimeout(300); }
const { profile } = (await cdp.send('Profiler.stop')) as any;
const self = new Map<string, number>();
const dt = profile.timeDeltas as number[];
const byId = new Map(profile.nodes.map((nd: any) => [nd.id, nd]));
profile.samples.forEach((id: number, i: number) => {
  const nd: any = byId.get(id); const cf = nd.callFrame;
  const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k);
await browser.close(); server.stop();
