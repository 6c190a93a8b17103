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
  await page.route('**/datasets/ucdp-ged-syria.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await openDashboard(page, 'en');
  await expect(page.locator('article.event-card').first()).toBeVisible();
  expect(requested.some((u) => u.includes('/datasets/'))).toBe(false);

  await page.getByRole('button', { name: 'Compare with UCDP GED' }).click();
  await expect(page).toHaveURL(/compare=ucdp/);
  const card = page.locator('article[data-event-id="raqqa-2017-08-20-harat-al-badu-coalition-strike"]');
  await expect(card.getByText('UCDP GED: best 27 (24–52), sources SOHR; Airwars')).toBeVisible();
  await expect(card.getByText('revised from 17')).toBeVisible();
  const frame = page.locator('.map-frame');
  await expect(frame).not.toHaveAttribute('data-dataset-marks', '0');
  expect(Number(await frame.getAttribute('data-dataset-marks'))).toBeGreaterThan(10);
  // The timeline draws UCDP's killed as its own dashed series under the same filters.
  await expect(page.locator('.timeline-panel').getByText('Killed per UCDP GED (low estimates)')).toBeVisible();
  // The source-agreement chart counts UCDP GED as one more source.
  const charts = page.locator('.charts-panel');
  await charts.scrollIntoViewIfNeeded();
  await expect(charts.getByText('UCDP GED').first()).toBeVisible();
});
