// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dataset } from '../../src/domain/schema';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';
import { renderPanel } from './chartsHarness';
import { shippedModel } from '../helpers/dataset';
import { AgreementChart } from '../../src/features/charts/AgreementChart';

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
      () => expect(within(card).getByText('UCDP GED (from SOHR; Airwars): best 27 (\u206624–52\u2069)')).toBeTruthy(),
      {
        timeout: 10_000,
      },
    );
    expect(within(card).getByText('revised from 17')).toBeTruthy();
    const jazra = document.querySelector(
      'article[data-event-id="raqqa-2017-06-08-jazra-internet-cafe"]',
    ) as HTMLElement;
    expect(within(jazra).getByText(/UCDP GED \(from .*\): best 15 \(\u206614–16\u2069\)/)).toBeTruthy();
  });

  it('says UCDP GED coded from SOHR repeats SOHR beside SOHR’s Harat al-Badu claim, and not beside al-Jazra', async () => {
    stubFetch({ ...shippedFiles(), 'datasets/ucdp-ged-syria.json': ucdpExcerpt() });
    renderApp('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Compare with UCDP GED' }));
    const card = document.querySelector(
      'article[data-event-id="raqqa-2017-08-20-harat-al-badu-coalition-strike"]',
    ) as HTMLElement;
    const repeats = await within(card).findAllByText(/Coded from SOHR, already quoted above/, {}, { timeout: 10_000 });
    expect(repeats[0]!.textContent).toContain('not an independent confirmation');
    const jazra = document.querySelector(
      'article[data-event-id="raqqa-2017-06-08-jazra-internet-cafe"]',
    ) as HTMLElement;
    expect(within(jazra).queryByText(/already quoted above/)).toBeNull();
  });

  it('in Arabic names the sources UCDP coded from, and says "same place" rather than "0 km"', async () => {
    stubFetch({ ...shippedFiles(), 'datasets/ucdp-ged-syria.json': ucdpExcerpt() });
    renderApp('ar');
    await screen.findByRole('heading', { level: 2, name: /الحوادث/ }, { timeout: 10_000 });
    await userEvent.click(await screen.findByRole('button', { name: /UCDP GED/ }));
    const card = document.querySelector(
      'article[data-event-id="raqqa-2017-08-20-harat-al-badu-coalition-strike"]',
    ) as HTMLElement;
    await waitFor(() => expect(card.querySelector('[data-linked-id]')).not.toBeNull(), { timeout: 10_000 });
    const first = card.querySelector('[data-linked-id]') as HTMLElement;
    expect(first.textContent).toContain('نقلًا عن المرصد السوري لحقوق الإنسان؛ Airwars');
    // The range is isolated left to right, so it does not read "52–24" inside the Arabic sentence.
    expect(first.textContent).toContain('(\u206624–52\u2069)');
    expect(first.getAttribute('data-repeats')).toBe('sohr');
    // Harat al-Badu has no point of its own: both it and UCDP's record are drawn at Raqqa's centroid.
    expect(first.textContent).toContain('المكان نفسه (نقطة المركز)');
    expect(card.textContent).not.toMatch(/على بعد ٠ كم|على بعد 0 كم/);
  });
});

describe('the map while UCDP GED loads', () => {
  it('says it is loading, not that there are no UCDP events, then how many are drawn and why some are not', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const body = ucdpExcerpt();
    const files = shippedFiles();
    const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('datasets/ucdp-ged-syria.json')) {
        await gate;
        return new Response(body, { status: 200 });
      }
      const hit = Object.entries(files).find(([suffix]) => url.endsWith(suffix));
      return hit ? new Response(hit[1], { status: 200 }) : new Response('not found', { status: 404 });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderApp('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Compare with UCDP GED' }));
    // The map is loaded lazily: on a busy machine it can take a while to appear.
    const status = await screen.findByText(/Loading UCDP GED events/, {}, { timeout: 30_000 });
    expect(status).toBeTruthy();
    expect(screen.queryByText(/^0 UCDP GED events|No UCDP GED events/)).toBeNull();
    release();
    // The excerpt holds only placed events, so all are drawn and none is said to be without a location.
    const drawn = await screen.findByText(/of \d+ UCDP GED events drawn/, {}, { timeout: 30_000 });
    expect(drawn.textContent).not.toMatch(/no usable location/);
    expect(screen.queryByText(/Loading UCDP GED events/)).toBeNull();
  }, 90_000);
});

describe('the source-agreement chart when comparing', () => {
  it('counts UCDP GED beside sources it was not coded from, and leaves it out where it repeats SOHR', async () => {
    stubFetch({ ...shippedFiles(), 'datasets/ucdp-ged-syria.json': ucdpExcerpt() });
    renderPanel(<AgreementChart incidents={shippedModel().incidents} />, 'en', { compare: true });
    // Harat al-Badu: SOHR alone, and UCDP's record was coded from SOHR (and Airwars): one voice, so not counted.
    await screen.findByText(/UCDP GED is not counted for 1 incident:/, {}, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('button', { name: /table/i }));
    const ucdpRow = screen.getByRole('rowheader', { name: 'UCDP GED' }).closest('tr') as HTMLElement;
    const cells = within(ucdpRow)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // Counted for al-Jazra only (the outlet and local sources, not SOHR): one incident, not two with Harat al-Badu.
    expect(cells[0]).toBe('1');
    expect(screen.queryByRole('rowheader', { name: 'SOHR' })).toBeNull();
  });

  it('says the same in Arabic, with the plural of one', async () => {
    stubFetch({ ...shippedFiles(), 'datasets/ucdp-ged-syria.json': ucdpExcerpt() });
    renderPanel(<AgreementChart incidents={shippedModel().incidents} />, 'ar', { compare: true });
    await screen.findByText(/لا يُحتسب UCDP GED في حادثة واحدة/, {}, { timeout: 10_000 });
  });
});
