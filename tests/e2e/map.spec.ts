import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/domain/schema';
import { locateIncidents } from '../../src/domain/mapMarks';
import { requestHost, withoutCore } from './helpers';

const shipped = () => JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const XSS = '<img src=x onerror=alert(1)>';
/** A 1×1 transparent PNG, served for tiles: the test network is closed. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

async function openMap(page: Page, language: 'ar' | 'en' = 'en') {
  await page.addInitScript((l) => localStorage.setItem('rasd.language', l), language);
  await page.goto('./');
  const frame = page.locator('.map-frame');
  await expect(frame).toHaveAttribute('data-marks', /\d+/);
  await expect(page.locator('.rasd-point, .rasd-cluster').first()).toBeAttached();
  return frame;
}

/** Incidents drawn: single marks plus the count inside each cluster. */
const drawnIncidents = (page: Page) =>
  page.evaluate(() => {
    const points = [...document.querySelectorAll<HTMLElement>('.rasd-point')].map((e) => e.dataset.incidentId ?? '');
    const clustered = [...document.querySelectorAll<HTMLElement>('.rasd-cluster')].reduce(
      (n, e) => n + Number(e.dataset.count),
      0,
    );
    return { points, clustered };
  });

test('draws exactly the incidents that have a location, counting those in clusters', async ({ page }) => {
  const frame = await openMap(page);
  const dataset = shipped();
  const located = locateIncidents(dataset.incidents, new Map(dataset.places.map((p) => [p.id, p])));
  await expect(frame).toHaveAttribute('data-marks', String(located.points.length));
  await expect(frame).toHaveAttribute('data-unlocated', String(located.unlocated.length));
  const { points, clustered } = await drawnIncidents(page);
  expect(points.length + clustered).toBe(located.points.length);
  const ids = new Set(located.points.map((p) => p.id));
  for (const id of points) expect(ids.has(id), id).toBe(true);
});

test('clicking a mark selects its incident in the list', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: /^Hajin.*killed/ }).click();
  const card = page.locator('article[data-event-id="hajin-2017-06-coalition-drone-isis-car"]');
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toBeInViewport();
});

test('"show on map" in the list brings the incident into view and rings its mark', async ({ page }) => {
  await openMap(page);
  const card = page.locator('article[data-event-id="idlib-city-2024-12-01-earlier-airstrikes"]');
  await card.getByRole('button', { name: 'Select and show on map' }).click();
  await expect(page.locator('.rasd-point.selected, .rasd-cluster.selected')).toHaveCount(1, { timeout: 5000 });
});

test('a preset moves the map, the view goes into the address, and a reload comes back to it', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Raqqa', exact: true }).click();
  await expect(page).toHaveURL(/zoom=12/);
  const url = page.url();
  expect(url).toMatch(/lat=35\.95/);
  await page.reload();
  await expect(page.locator('[data-incident-id="raqqa-2017-06-08-jazra-internet-cafe"]')).toBeAttached();
  expect(page.url()).toBe(url);
});

test('with online tiles off, no request leaves 127.0.0.1; city outlines load only when zoomed into the city', async ({
  page,
}) => {
  const outside: string[] = [];
  const basemap: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    const host = requestHost(r.url());
    if (host === null) return;
    if (host !== '127.0.0.1') outside.push(r.url());
    else if (url.pathname.includes('/basemap/')) basemap.push(url.pathname.replace(/^.*\/basemap\//, ''));
  });
  await openMap(page);
  await expect.poll(() => basemap).toEqual(['base.json']);
  await page.getByRole('button', { name: 'Raqqa', exact: true }).click();
  await expect.poll(() => basemap).toContain('neighbourhoods/C5710.json');
  expect(basemap.filter((f) => f.startsWith('neighbourhoods/'))).toEqual(['neighbourhoods/C5710.json']);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.waitForTimeout(800);
  expect(outside).toEqual([]);
});

test('with online tiles on, tile requests go to OpenStreetMap only, and the choice is remembered', async ({ page }) => {
  const outside: string[] = [];
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    outside.push(route.request().url());
    const isTile = route.request().url().startsWith('https://tile.openstreetmap.org/');
    return isTile ? route.fulfill({ body: PNG, contentType: 'image/png' }) : route.abort();
  });
  await openMap(page);
  const toggle = page.getByRole('button', { name: 'Online map (OpenStreetMap)' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => outside.length).toBeGreaterThan(0);
  for (const url of outside) expect(url).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
  await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Online map (OpenStreetMap)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a place named with markup shows literally and runs nothing', async ({ page }) => {
  const dataset = shipped();
  for (const p of dataset.places) if (p.id === 'gn-174506') [p.name_en, p.names_ar] = [XSS, [XSS]];
  await withoutCore(page);
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openMap(page);
  const mark = page.getByRole('button', { name: new RegExp(`^${XSS.replace(/[()]/g, '\\$&')}`) });
  await mark.hover();
  await expect(page.locator('.rasd-tooltip')).toContainText(XSS);
  await expect(page.locator('.map-frame img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the map is left to right inside the Arabic page, with Arabic names on its controls', async ({ page }) => {
  const frame = await openMap(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('region', { name: 'خريطة الحوادث' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'تكبير', exact: true })).toBeVisible();
  await expect(page.locator('.leaflet-control-attribution')).toContainText('GeoNames');
});

test('the map panel has no accessibility violations, in Arabic and in English', async ({ page }) => {
  for (const language of ['ar', 'en'] as const) {
    await openMap(page, language);
    const { violations } = await new AxeBuilder({ page }).include('.map-panel').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('Enter on a cluster zooms in and keeps focus on what it split into, never on <body>', async ({ page }) => {
  await openMap(page);
  const before = await page.evaluate(
    () => document.querySelector('.map-frame')?.querySelectorAll('.rasd-cluster').length,
  );
  expect(before).toBeGreaterThan(0);
  // Tab to the first cluster's button as a keyboard user would arrive there, then press Enter.
  const disc = page.locator('.rasd-cluster .rasd-cluster-disc').first();
  await disc.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a === document.body || a === null ? 'body' : a.closest('.map-frame') ? a.tagName : 'elsewhere';
      }),
    )
    .toBe('BUTTON');
  // Focus sits on a mark (or the list of a spot), and Tab goes on from there inside the map.
  const name = await page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
  );
  expect(name).toBeTruthy();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

test('Enter on a spot of several incidents opens their list with focus in it; Escape brings focus back', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('rasd.language', 'en'));
  await page.goto('./?lat=35.95283&lon=39.00788&zoom=16');
  const spot = page.getByRole('button', { name: /^2 incidents, 67 killed/ });
  await spot.focus();
  await page.keyboard.press('Enter');
  const list = page.locator('.rasd-cluster-list');
  await expect(list).toBeVisible();
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.rasd-cluster-list'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.map-frame') != null)).toBe(true);
});

test('place labels are drawn above the marks, so a mark never hides its place’s name', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Raqqa', exact: true }).click();
  await expect(page.locator('.rasd-label').first()).toBeAttached();
  const z = await page.evaluate(() => {
    const zOf = (sel: string) => Number(getComputedStyle(document.querySelector(sel) as Element).zIndex);
    return { labels: zOf('.leaflet-rasd-labels-pane'), marks: zOf('.leaflet-marker-pane') };
  });
  expect(z.labels).toBeGreaterThan(z.marks);
});
