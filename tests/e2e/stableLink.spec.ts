import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openDashboard, shippedDataset } from './helpers';

/**
 * Issue 12: a link copied before reports are added opens the same incident after the rebuild. Site A is the one
 * under test (the shipped data). Site B is built here with `npm run build:site` on a dataset `npm run ingest` makes
 * from the five shipped reports plus eleven more that sort before them (tests/fixtures/written and
 * tests/fixtures/stable-ids, renamed `0000_…`), and served beside A. The link names the incident by its uid.
 */
const PORT_B = Number(process.env.E2E_PORT ?? 4173) + 61;
const B = `http://127.0.0.1:${PORT_B}/`;
const HARAT_AL_BADU = 'raqqa-2017-08-20-harat-al-badu-coalition-strike';

interface Event {
  id: string;
  uid?: string;
}
let work = '';
let server: ChildProcess | null = null;
let eventsB: Event[] = [];

const run = (args: string[]) => {
  const r = spawnSync('npm', ['run', '--silent', ...args], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`npm run ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  work = mkdtempSync(join(tmpdir(), 'rasd-stable-link-'));
  const reports = join(work, 'data', 'reports');
  mkdirSync(reports, { recursive: true });
  for (const f of readdirSync('data/reports')) copyFileSync(join('data/reports', f), join(reports, f));
  for (const dir of ['tests/fixtures/written', 'tests/fixtures/stable-ids']) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt') || x.endsWith('.meta.json')))
      copyFileSync(join(dir, f), join(reports, `0000_${f}`));
  }
  const dataset = join(work, 'data', 'dataset.json');
  run(['ingest', '--', '--out', dataset, reports]);
  run(['build:site', '--', '--data', dataset, '--out', join(work, 'site')]);
  const built = JSON.parse(readFileSync(dataset, 'utf8')) as { incidents: Event[]; tallies: Event[] };
  eventsB = [...built.incidents, ...built.tallies];
  server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--port',
      String(PORT_B),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      join(work, 'site'),
    ],
    { stdio: 'ignore', detached: true },
  );
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(B)).ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 240) throw new Error(`site B did not start on ${B}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(() => {
  if (server?.pid !== undefined) process.kill(-server.pid);
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

test('a link copied on site A opens the same incident on site B, rebuilt with more reports', async ({ page }) => {
  const shipped = shippedDataset().incidents as Event[];
  const uid = shipped.find((e) => e.id === HARAT_AL_BADU)?.uid;
  expect(uid).toBeDefined();
  const onB = eventsB.find((e) => e.uid === uid);
  expect(onB, 'site B holds the incident').toBeDefined();
  expect(eventsB.length).toBeGreaterThan(shipped.length);

  await openDashboard(page, 'en');
  const card = page.locator(`article[data-event-id="${HARAT_AL_BADU}"]`);
  await card.locator('button[aria-pressed]').click();
  await expect(card).toHaveAttribute('aria-current', 'true');
  // The address names the incident by its stable uid, not by its slug.
  await expect(page).toHaveURL(new RegExp(`[?&]sel=${uid}(&|$)`));
  const link = new URL(page.url());

  await page.goto(`${B}${link.search}`);
  const selected = page.locator('article[aria-current="true"]');
  await expect(selected).toHaveCount(1, { timeout: 30_000 });
  await expect(selected).toHaveAttribute('data-event-id', onB!.id);
  await expect(selected.locator('h3')).toContainText('20 August 2017');
  await expect(page.getByText('is not in this dataset', { exact: false })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('sel')).toBe(uid);
});

test('an older link naming the incident by its slug still opens it, and the address then carries the uid', async ({
  page,
}) => {
  const uid = (shippedDataset().incidents as Event[]).find((e) => e.id === HARAT_AL_BADU)?.uid;
  await page.addInitScript(() => localStorage.setItem('rasd.language', 'en'));
  await page.goto(`./?lang=en&sel=${HARAT_AL_BADU}`);
  await expect(page.locator(`article[data-event-id="${HARAT_AL_BADU}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(new RegExp(`[?&]sel=${uid}(&|$)`));
});
