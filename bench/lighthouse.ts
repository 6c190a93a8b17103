/**
 * `npm run lighthouse`: Lighthouse (desktop preset) against the built dashboard on the shipped dataset, with
 * Debian's Chromium. Prints one JSON line per category {name, n, value, unit} and per metric behind the performance
 * score (first and largest contentful paint, total blocking time, speed index, layout shift), and writes them to
 * `--out` (default bench/results/lighthouse.jsonl). `--no-build --dist DIR` measures a site already built.
 * Targets: performance ≥ 95, accessibility 100, best practices ≥ 95.
 * Desktop preset: on this 2-core machine the mobile preset's simulated throttling swings ±10 points run to run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from './lib/harness';
import { resultLog } from './lib/results';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist-lighthouse' },
    port: { type: 'string', default: '4192' },
    lang: { type: 'string', default: 'ar' },
    out: { type: 'string', default: 'bench/results/lighthouse.jsonl' },
  },
});
const dist = values.dist ?? 'dist-lighthouse';
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'speed-index',
  'cumulative-layout-shift',
];
if (!values['no-build']) build(dist);
const server = await preview(dist, Number(values.port));
const log = resultLog('lighthouse');
const out = join(tmpdir(), 'rasd-lighthouse.json');
try {
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ].join(' ');
  const run = spawnSync(
    'npx',
    [
      'lighthouse',
      server.url,
      '--quiet',
      '--preset=desktop',
      `--chrome-flags=${flags}`,
      '--output=json',
      `--output-path=${out}`,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    },
  );
  if (run.status !== 0) throw new Error('lighthouse failed');
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { score: number | null; title: string; numericValue?: number; numericUnit?: string }>;
  };
  for (const [name, category] of Object.entries(report.categories)) {
    log.report(`lighthouse-${name}`, 0, Math.round((category.score ?? 0) * 100), 'score');
  }
  // The metrics behind the performance score, so a change in it says which one moved.
  for (const id of METRICS) {
    const audit = report.audits[id];
    if (audit?.numericValue !== undefined) {
      const unit = audit.numericUnit === 'millisecond' ? 'ms' : '';
      log.report(`lighthouse-${id}`, 0, Math.round(audit.numericValue * 1000) / 1000, unit);
    }
  }
  const failing = Object.entries(report.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9)
    .map(([id, a]) => `${id}: ${a.title}`);
  if (failing.length > 0) console.error(`audits below 0.9:\n  ${failing.join('\n  ')}`);
} finally {
  server.stop();
}
log.write(values.out ?? 'bench/results/lighthouse.jsonl');
