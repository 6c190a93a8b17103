/**
 * `npm run build:site -- [--data FILE] [--reports DIR] [--out DIR] [--force]`: builds the static dashboard on any
 * Rasd dataset file.
 *
 *   --data FILE     the dataset to serve (default: the shipped public/data/dataset.json)
 *   --reports DIR   its report texts (default: the `reports/` folder beside FILE, when there is one)
 *   --out DIR       where the site goes (default: dist)
 *   --force         replace a non-empty DIR that is not a site build
 *
 * The dataset (and its report texts) are staged as the site's `data/` beside the rest of public/, checked with the
 * zod schema and against the report texts, and the columnar core and claim detail files are written beside it from
 * the validated dataset; then Vite builds the site, its dataset gate (vite.config.ts) taking the staged files as
 * they are. Exit codes: 0 built; 1 the dataset has problems (each record named) or the build failed;
 * 2 usage (bad argument, missing file, an --out that must not be replaced).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECKED_ENV, checkSiteDataset, siteDataFiles, writeSiteDataFiles } from './lib/siteDataset';

const SHIPPED = resolve('public/data/dataset.json');

function usage(message: string): number {
  console.error(`build:site: ${message}`);
  console.error('usage: npm run build:site -- [--data FILE] [--reports DIR] [--out DIR] [--force]');
  return 2;
}

/** True when `inner` is `outer` or lies inside it. */
const within = (inner: string, outer: string) => !relative(outer, inner).startsWith('..');

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        reports: { type: 'string' },
        out: { type: 'string', default: 'dist' },
        force: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
  const data = resolve(values.data ?? SHIPPED);
  if (!existsSync(data) || !statSync(data).isFile()) return usage(`no dataset file at ${data}`);
  const besideReports = join(dirname(data), 'reports');
  const reports = values.reports ? resolve(values.reports) : existsSync(besideReports) ? besideReports : null;
  if (reports && !existsSync(reports)) return usage(`no report folder at ${reports}`);
  const out = resolve(values.out ?? 'dist');
  // Never build over the sources: the repository, public/, or the folder holding the input.
  for (const guarded of [process.cwd(), resolve('public'), dirname(data), ...(reports ? [reports] : [])]) {
    if (within(guarded, out)) return usage(`--out ${out} would replace ${guarded}`);
  }
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'index.html')) && !values.force) {
    return usage(`--out ${out} is not empty and holds no site; add --force to replace it`);
  }

  // Stage public/ with this dataset as its data/: the build copies it whole, and the service worker's precache
  // lists (and versions) exactly the files the site serves.
  const staging = mkdtempSync(join(tmpdir(), 'rasd-site-'));
  try {
    for (const entry of readdirSync('public')) {
      if (entry !== 'data') cpSync(join('public', entry), join(staging, entry), { recursive: true });
    }
    mkdirSync(join(staging, 'data'), { recursive: true });
    cpSync(data, join(staging, 'data', 'dataset.json'));
    if (reports) cpSync(reports, join(staging, 'data', 'reports'), { recursive: true });
    const check = checkSiteDataset(join(staging, 'data'));
    if (check.problems.length > 0) {
      console.error(`build:site: ${data} cannot ship, ${check.problems.length} problem(s):`);
      for (const p of check.problems) console.error(`  ${p}`);
      return 1;
    }
    if (!check.textsChecked) console.error('build:site: no report texts given: quotes were not checked');
    // The core and detail files go into the staged data/ from the dataset just validated, and the build's gate is
    // told these bytes were checked (prepareSiteData): at 100k incidents it would parse and check 200 MB again.
    if (check.dataset) writeSiteDataFiles(join(staging, 'data'), siteDataFiles(check.dataset));
    process.env[CHECKED_ENV] = check.hash;
    const { build } = await import('vite');
    try {
      // RASD_MINIFY=false keeps function names, for reading CPU profiles (bench/profile-*.ts).
      const keepNames = process.env.RASD_MINIFY === 'false' ? { minify: false } : {};
      await build({ publicDir: staging, logLevel: 'warn', build: { outDir: out, emptyOutDir: true, ...keepNames } });
    } catch (e) {
      console.error(`build:site: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ data, reports, out }));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
