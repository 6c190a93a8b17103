// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';
import { shippedRaw } from '../helpers/dataset';

afterEach(() => vi.unstubAllGlobals());

describe('the dashboard shell', () => {
  it('opens in Arabic, right to left, with the dataset summary', async () => {
    stubFetch(shippedFiles());
    renderApp('ar');
    expect(await screen.findByRole('heading', { level: 1, name: /رصد/ })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    const summary = screen.getByRole('list', { name: 'ملخص البيانات' });
    expect(within(summary).getByText('9 حوادث')).toBeTruthy();
    expect(within(summary).getByText('10 حصائل')).toBeTruthy();
    expect(within(summary).getByText('5 تقارير')).toBeTruthy();
  });

  it('switches to English and left to right, and remembers the choice', async () => {
    stubFetch(shippedFiles());
    renderApp('ar');
    await userEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Rasd/ })).toBeTruthy();
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem('rasd.language')).toBe('en');
    expect(screen.getByText('9 incidents')).toBeTruthy();
  });

  it('shows every incident and tally, and one row per claim with its quote', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    await screen.findByRole('heading', { level: 2, name: /Incidents/ });
    const raw = shippedRaw();
    expect(screen.getAllByRole('article')).toHaveLength(raw.incidents.length + raw.tallies.length);
    for (const claim of raw.claims) {
      const row = document.querySelector(`tr[data-claim-id="${claim.id}"]`);
      expect(row, claim.id).not.toBeNull();
      expect(row!.textContent).toContain(claim.quote.slice(0, 20));
    }
  });

  it("shows SOHR's revision of Harat al-Badu: 17 replaced by 27", async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    await screen.findByRole('heading', { level: 2, name: /Incidents/ });
    const card = document.querySelector(
      'article[data-event-id="raqqa-2017-08-20-harat-al-badu-coalition-strike"]',
    ) as HTMLElement;
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('Harat al-Badu, Raqqa · 20 August 2017');
    expect(within(card).getByText('revised from 17')).toBeTruthy();
    expect(within(card).getByText('replaced by a later figure (27)')).toBeTruthy();
  });

  it('writes numbers in Arabic-Indic digits when asked', async () => {
    stubFetch(shippedFiles());
    renderApp('ar');
    await userEvent.click(await screen.findByRole('button', { name: '١٢٣ أرقام عربية هندية' }));
    expect(within(screen.getByRole('list', { name: 'ملخص البيانات' })).getByText('٩ حوادث')).toBeTruthy();
  });

  it('opens the full report from a quote, with the selected claim marked', async () => {
    stubFetch(shippedFiles());
    renderApp('en');
    await screen.findByRole('heading', { level: 2, name: /Incidents/ });
    const row = document.querySelector('tr[data-claim-id="001-2"]') as HTMLElement;
    await userEvent.click(within(row).getByRole('button'));
    const dialog = await screen.findByRole('dialog', { name: /Report: Al-Quds Al-Arabi/ });
    await waitFor(() => expect(dialog.querySelector('mark.span-selected')).not.toBeNull());
    expect(dialog.querySelector('mark.span-selected')!.textContent).toContain('27');
    expect(dialog.querySelectorAll('mark.span-claim').length).toBeGreaterThanOrEqual(4);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('bad data', () => {
  it('shows a localised error screen with a retry for a malformed file, then recovers', async () => {
    let body = '{"format": "rasd-dataset", "claims": [';
    stubFetch({ 'data/dataset.json': () => body });
    renderApp('ar');
    expect(await screen.findByRole('heading', { name: 'تعذّر تحميل البيانات' })).toBeTruthy();
    expect(screen.getByText('ملف البيانات تالف: ليس JSON صالحًا.')).toBeTruthy();
    body = shippedFiles()['data/dataset.json']!;
    await userEvent.click(screen.getByRole('button', { name: 'أعد المحاولة' }));
    expect(await screen.findByRole('heading', { level: 1, name: /رصد/ })).toBeTruthy();
  });

  it('shows an error screen in English for a missing file', async () => {
    stubFetch({});
    renderApp('en');
    expect(await screen.findByText(/The data file is missing on this server/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('reports invalid records and still shows all valid ones', async () => {
    const raw = shippedRaw();
    (raw.claims[0] as unknown as Record<string, unknown>).killed = 'forty';
    (raw.claims[3] as unknown as Record<string, unknown>).date = { from: '2017-13-45', to: 'x', basis: '' };
    stubFetch({ 'data/dataset.json': JSON.stringify(raw) });
    renderApp('en');
    expect(await screen.findByText(/2 records could not be read/)).toBeTruthy();
    expect(document.querySelectorAll('tr[data-claim-id]')).toHaveLength(raw.claims.length - 2);
  });

  it('renders hostile strings as text, never as markup', async () => {
    const raw = shippedRaw();
    raw.claims[0]!.quote = '<img src=x onerror="window.__pwned=1">';
    raw.claims[0]!.quote_end = raw.claims[0]!.quote_start + raw.claims[0]!.quote.length;
    raw.places.find((p) => p.id === 'rasd-raqqa-harat-al-badu')!.name_en = '<script>window.__pwned=2</script>';
    stubFetch({ 'data/dataset.json': JSON.stringify(raw) });
    renderApp('en');
    await screen.findByRole('heading', { level: 2, name: /Incidents/ });
    expect(document.querySelector('tr[data-claim-id="000-1"]')!.textContent).toContain(
      '<img src=x onerror="window.__pwned=1">',
    );
    expect(screen.getAllByText(/<script>window.__pwned=2<\/script>/).length).toBeGreaterThan(0);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
