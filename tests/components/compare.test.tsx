// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dataset } from '../../src/domain/schema';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';

afterEach(() => vi.unstubAllGlobals());

/** UCDP GED's Raqqa-governorate events of summer 2017: enough to link the founding incidents, small enough to load fast. */
function ucdpExcerpt(): string {
  const full = JSON.parse(readFileSync('public/datasets/ucdp-ged-syria.json', 'utf8')) as Dataset;
  const claims = full.claims.filter(
    (c) =>
      c.place.governorate === 'Raqqa' && c.date !== null && c.date.from >= '2017-06-01' && c.date.to <= '2017-08-31',
  );
  const placeIds = new Set(claims.map((c) => c.place_id));
  const places = full.places.filter((p) => placeIds.has(p.id) || p.id.startsWith('gov-'));
  return JSON.stringify({ ...full, claims, places, incidents: undefined, tallies: undefined });
}

describe('comparing with UCDP GED', () => {
  it('is off by default and loads nothing until turned on', async () => {
    const fetchMock = stubFetch(shippedFiles());
    renderApp('en');
    await screen.findByRole('heading', { level: 2, name: /Incidents/ });
    expect(fetchMock.mock.calls.map((c) => String(c[0])).some((u) => u.includes('datasets/'))).toBe(false);
    expect(screen.queryByText(/UCDP GED: best/)).toBeNull();
  });

  it("shows UCDP's 27 (24–52) beside SOHR's 17 → 27 for Harat al-Badu, 20 August 2017", async () => {
    stubFetch({ ...shippedFiles(), 'datasets/ucdp-ged-syria.json': ucdpExcerpt() });
    renderApp('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Compare with UCDP GED' }));
    const card = document.querySelector(
      'article[data-event-id="raqqa-2017-08-20-harat-al-badu-coalition-strike"]',
    ) as HTMLElement;
    await waitFor(
      () => expect(within(card).getByText(/UCDP GED: best 27 \(24–52\), sources SOHR; Airwars/)).toBeTruthy(),
      {
        timeout: 10_000,
      },
    );
    expect(within(card).getByText('revised from 17')).toBeTruthy();
    const jazra = document.querySelector(
      'article[data-event-id="raqqa-2017-06-08-jazra-internet-cafe"]',
    ) as HTMLElement;
    expect(within(jazra).getByText(/UCDP GED: best 15 \(14–16\)/)).toBeTruthy();
  });
});
