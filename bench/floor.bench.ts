/**
 * `npm run bench:floor -- --dists shipped=DIR,1k=DIR [--runs 25]`: how close Rasd's first paint is to what its stack
 * allows. Beside each built Rasd site (`npm run build:site`), the same browser loads three floor pages, served the
 * same way, in turn, run by run:
 * - empty: an HTML page whose one element says its marks are drawn (the browser and harness alone);
 * - leaflet: Leaflet draws one mark per placed place of the site's own `data/core.json` (fetched and parsed);
 * - small-entry: not a floor but an estimate of a map-first start: Leaflet draws the first marks with Rasd's own
 *   code (the checked core, the model, one selection pass, clustered spots, the marks layer, the offline basemap),
 *   with no React, no i18n and no dashboard (bench/floor/firstMarks.ts);
 * - react-leaflet: the floor's points drawn with React and react-leaflet, Rasd's stack (bench/floor/);
 * - react-leaflet+compile: that page also `modulepreload`s every script the site's page loads before its marks (its
 *   own copies): the browser fetches and compiles Rasd's JavaScript and runs none of it. Its gap to react-leaflet is
 *   what compiling Rasd's code costs the first paint; the rest of Rasd's gap is running it.
 * "painted" is bench:app's measure (bench/lib/paintedProbe.ts). Each page's median, and its paired difference to Rasd
 * (the median of run-by-run differences: two loads a second apart share the machine's load, so the pairing takes
 * most of a busy machine's noise out). Results: JSON lines in `--out` (default bench/results/floor.jsonl).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { launch, preview, quantile } from './lib/harness';
import { loadUntilPainted } from './lib/paintedProbe';
import { resultLog } from './lib/results';

const { values } = parseArgs({
  options: {
    dists: { type: 'string', default: 'shipped=dist-bench' },
    runs: { type: 'string', default: '25' },
    port: { type: 'string', default: '4350' },
    out: { type: 'string', default: 'bench/results/floor.jsonl' },
  },
});
const log = resultLog('floor');
const runs = Math.max(1, Number(values.runs));

// The empty page's element is marked by an inline script while the HTML is parsed (the probe sees the change).
const EMPTY_PAGE = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>floor: empty</title></head>
<body><div id="map"></div><script>document.getElementById('map').setAttribute('data-marks-drawn', '1');</script></body>
</html>`;

/** Builds the floor pages once (Vite, no config of the app's: plain React JSX, Leaflet's own CSS). */
async function buildFloorPages(outDir: string): Promise<void> {
  const root = resolve('bench/floor');
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        input: {
          leaflet: join(root, 'leaflet.html'),
          firstMarks: join(root, 'firstMarks.html'),
          react: join(root, 'react.html'),
        },
      },
    },
  });
  writeFileSync(join(outDir, 'empty.html'), EMPTY_PAGE);
  // What the server's readiness check asks for (bench/lib/harness.ts: preview answers once / does).
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>floor pages</title>');
}

/**
 * The React floor page that also compiles the site's scripts: every `./assets/*.js` the site's index.html names (its
 * entry, module preloads and script preloads), preloaded as modules from a copy of the site's assets.
 */
function compilingPage(reactPage: string, siteHtml: string): string {
  const scripts = [...new Set([...siteHtml.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]))];
  if (scripts.length === 0) throw new Error("the site's index.html names no ./assets/*.js: nothing to compile");
  const links = scripts.map((file) => `<link rel="modulepreload" href="./site-assets/${file}">`).join('\n');
  return reactPage.replace('</head>', `${links}\n</head>`);
}

/** The small entry's page, naming the site's data version as the site's own page does (its core is checked). */
function smallEntryPage(page: string, siteHtml: string): string {
  const version = /<meta name="rasd-data-version"[^>]*>/.exec(siteHtml)?.[0];
  if (!version) throw new Error("the site's index.html names no data version");
  return page.replace('</head>', `${version}\n</head>`);
}

/** One fresh page load: ms from navigation start to painted marks. */
async function painted(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  try {
    return await loadUntilPainted(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

const PAGES = ['empty', 'leaflet', 'small-entry', 'react-leaflet', 'react-leaflet+compile', 'rasd'] as const;
type PageName = (typeof PAGES)[number];

const work = mkdtempSync(join(tmpdir(), 'rasd-floor-'));
const pagesDir = join(work, 'pages');
await buildFloorPages(pagesDir);
const browser = await launch();
try {
  const sets = (values.dists ?? '').split(',').map((pair) => pair.split('=') as [string, string]);
  for (const [k, [name, dist]] of sets.entries()) {
    // The floor pages beside this site's own core file.
    const floorDir = join(work, name);
    cpSync(pagesDir, floorDir, { recursive: true });
    mkdirSync(join(floorDir, 'data'), { recursive: true });
    cpSync(join(dist, 'data', 'core.json'), join(floorDir, 'data', 'core.json'));
    cpSync(join(dist, 'assets'), join(floorDir, 'site-assets'), { recursive: true });
    cpSync(join(dist, 'basemap'), join(floorDir, 'basemap'), { recursive: true });
    const siteHtml = readFileSync(join(dist, 'index.html'), 'utf8');
    const floorPage = (file: string) => readFileSync(join(floorDir, file), 'utf8');
    writeFileSync(join(floorDir, 'react-compile.html'), compilingPage(floorPage('react.html'), siteHtml));
    writeFileSync(join(floorDir, 'firstMarks.html'), smallEntryPage(floorPage('firstMarks.html'), siteHtml));
    const port = Number(values.port) + k * 2;
    const [floor, site] = await Promise.all([preview(floorDir, port), preview(dist, port + 1)]);
    const urls: Record<PageName, string> = {
      empty: `${floor.url}empty.html`,
      leaflet: `${floor.url}leaflet.html`,
      'small-entry': `${floor.url}firstMarks.html`,
      'react-leaflet': `${floor.url}react.html`,
      'react-leaflet+compile': `${floor.url}react-compile.html`,
      rasd: site.url,
    };
    const times = Object.fromEntries(PAGES.map((p) => [p, [] as number[]])) as Record<PageName, number[]>;
    try {
      for (let run = 0; run < runs; run++) {
        for (const p of PAGES) times[p].push(await painted(browser, urls[p]));
      }
    } finally {
      floor.stop();
      site.stop();
    }
    for (const p of PAGES) {
      log.report(`${name}:${p}:painted`, runs, quantile(times[p], 0.5), 'ms');
      if (p === 'rasd') continue;
      const gaps = times.rasd.map((t, i) => t - (times[p][i] ?? NaN));
      log.report(`${name}:rasd-minus-${p}:median`, runs, quantile(gaps, 0.5), 'ms');
      log.report(`${name}:rasd-minus-${p}:q25`, runs, quantile(gaps, 0.25), 'ms');
      log.report(`${name}:rasd-minus-${p}:q75`, runs, quantile(gaps, 0.75), 'ms');
    }
    for (const p of PAGES) log.keep(`${name}:${p}:painted`, runs, times[p], 'ms');
    log.write(values.out ?? 'bench/results/floor.jsonl', { runs });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
