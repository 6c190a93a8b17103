import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openDashboard } from './helpers';

/** UCDP GED's summer-2017 Raqqa events: enough to link and draw, small enough to serve quickly. */
function ucdpExcerpt(): string {
  const full = JSON.parse(readFileSync('public/datasets/ucdp-ged-syria.json', 'utf8')) as {
    claims: Array<{
      place: { governorate: string | null };
      date: { from: string; to: string } | null;
      place_id: string | null;
    }>;
    places: Array<{ id: string }>;
  };
  const claims = full.claims.filter(
    (c) =>
      c.place.governorate === 'Raqqa' && c.date !== null && c.date.from >= '2017-06-01' && c.date.to <= '2017-08-31',
  );
  const ids = new Set(claims.map((c) => c.place_id));
  const places = full.places.filter((p) => ids.has(p.id) || p.id.startsWith('gov-'));
  return JSON.stringify({ ...full, claims, places, incidents: undefined, tallies: undefined });
}

test('UCDP GED loads only when turned on, then shows on the map, the timeline and beside Harat al-Badu', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  const body = ucdpExcerpt();
  // Held back until the test has seen the loading state: the real file is 25 MB and takes seconds.
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/datasets/ucdp-ged-syria.json', async (route) => {
    await gate;
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await openDashboard(page, 'en');
  await expect(page.locator('article.event-card').first()).toBeVisible();
  expect(requested.some((u) => u.includes('/datasets/'))).toBe(false);

  await page.getByRole('button', { name: 'Compare with UCDP GED' }).click();
  await expect(page).toHaveURL(/compare=ucdp/);
  const frame = page.locator('.map-frame');
  // While it loads the map says so, never "no UCDP events".
  await expect(page.locator('.map-head').getByText('Loading UCDP GED events…')).toBeVisible();
  await expect(frame).toHaveAttribute('data-dataset-state', 'loading');
  release();
  const card = page.locator('article[data-event-id="raqqa-2017-08-20-harat-al-badu-coalition-strike"]');
  await expect(card.getByText('UCDP GED (from SOHR; Airwars): best 27 (\u206624–52\u2069)')).toBeVisible();
  // UCDP coded this from SOHR, the incident's own source: said in words, not counted as a confirmation.
  await expect(card.getByText(/Coded from SOHR, already quoted above/).first()).toBeVisible();
  await expect(card.getByText('same place (centroid)').first()).toBeVisible();
  await expect(card.getByText('revised from 17')).toBeVisible();
  await expect(frame).toHaveAttribute('data-dataset-state', 'ready');
  const drawn = Number(await frame.getAttribute('data-dataset-marks'));
  expect(drawn).toBeGreaterThan(10);
  await expect(
    page.locator('.map-head').getByText(new RegExp(`${drawn} of ${drawn} UCDP GED events drawn`)),
  ).toBeVisible();
  // Clustered: far fewer rings on the map than events, and the clusters say how many they hold.
  const clusters = page.locator('.rasd-dataset-cluster');
  await expect(clusters.first()).toBeAttached();
  const inClusters = await clusters.evaluateAll((els) => els.reduce((n, e) => n + Number(e.textContent), 0));
  expect(inClusters).toBeGreaterThan(0);
  expect(await clusters.count()).toBeLessThan(drawn / 4);
  // The timeline draws UCDP's killed as its own dashed series under the same filters.
  await expect(page.locator('.timeline-panel').getByText('Killed per UCDP GED (low estimates)')).toBeVisible();
  // The source-agreement chart counts UCDP GED as one more source where it is independent, and says where it is not.
  const charts = page.locator('.charts-panel');
  await charts.scrollIntoViewIfNeeded();
  await expect(charts.getByText('UCDP GED').first()).toBeVisible();
});
