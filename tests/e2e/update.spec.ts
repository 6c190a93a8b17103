import { spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { shippedDataset } from './helpers';

// A returning visitor after a deploy: this spec needs the service worker that every other spec blocks.
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

// Build A is the site under test (E2E_OUT); build B is the same code on a dataset with one more incident.
const SITE_A = process.env.E2E_OUT ?? 'dist';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 100;
const ORIGIN = `http://127.0.0.1:${PORT}/`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static host whose folder can be swapped under it, as a deploy does; it never lets the browser cache. */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', ORIGIN).pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(PORT, '127.0.0.1', () => resolve(server)));
}

/** Replaces the served folder's contents with another build's. */
function deploy(from: string, root: string): void {
  for (const entry of readdirSync(root)) rmSync(join(root, entry), { recursive: true, force: true });
  cpSync(from, root, { recursive: true });
}

let work = '';
let served = '';
let siteB = '';
let server: Server | undefined;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = mkdtempSync(join(tmpdir(), 'rasd-update-'));
  // B's dataset: the shipped one plus an incident of our own, read from a quote already in its report.
  const dataset = shippedDataset();
  const model = dataset.claims.find((c) => c.kind === 'incident');
  if (!model) throw new Error('the shipped dataset has no incident claim');
  dataset.claims.push({ ...model, id: 'update-b-1', event: 'update-b-incident', supersedes: null });
  mkdirSync(join(work, 'data-b'));
  writeFileSync(join(work, 'data-b', 'dataset.json'), JSON.stringify(dataset));
  siteB = join(work, 'site-b');
  const build = spawnSync(
    'npx',
    [
      'tsx',
      'scripts/build-site.ts',
      '--data',
      join(work, 'data-b', 'dataset.json'),
      '--reports',
      'public/data/reports',
      '--out',
      siteB,
    ],
    { encoding: 'utf8', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
  );
  if (build.status !== 0) throw new Error(`build B failed: ${build.stderr}`);
  served = join(work, 'served');
  mkdirSync(served);
  deploy(SITE_A, served);
  server = await serve(served);
});

test.afterAll(() => {
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('after a deploy a returning visitor is offered the new data, and keeps their settings', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(ORIGIN);
  // The visitor's own choice, kept in this browser: the interface in English.
  await page.getByRole('button', { name: 'English' }).click();
  const summary = page.getByRole('list', { name: 'Dataset summary' });
  await expect(summary).toContainText('9 incidents');
  // Wait until the service worker controls the page: the first visit is now offline-ready.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve()),
      );
    }
  });
  const prompt = page.getByRole('status').filter({ hasText: 'New data is available.' });
  await expect(prompt).toHaveCount(0);
  const version = page.locator('meta[name="rasd-data-version"]');
  const versionA = await version.getAttribute('content');
  expect(versionA).toMatch(/^[0-9a-f]{16}$/);

  deploy(siteB, served);
  await page.goto(ORIGIN);
  // Until the visitor chooses, the page they know stays as it was.
  await expect(summary).toContainText('9 incidents');
  // Headless Chromium under Playwright holds the service worker's update check (the page's registration.update())
  // until the page is next driven through DevTools: seen as no request for sw.js until an evaluate, then the new
  // worker at once. Each try stands in for the visitor's next touch of the page.
  await expect(async () => {
    await page.evaluate(() => undefined);
    await expect(prompt).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  // Two steps, so a failure says which one broke: the page reloads (the new worker took over), then shows B.
  const reloaded = page.waitForEvent('load', { timeout: 60_000 });
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(summary).toContainText('10 incidents', { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The page tells the two data versions apart.
  await expect(version).toHaveAttribute('content', /^[0-9a-f]{16}$/);
  await expect(version).not.toHaveAttribute('content', versionA ?? '');
  await expect(prompt).toHaveCount(0);
});
