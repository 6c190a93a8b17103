// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { App } from '../../src/app/App';
import { shippedFiles, stubFetch } from '../helpers/render';
import { shippedRaw } from '../helpers/dataset';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

const shownIds = () =>
  [...document.querySelectorAll('article[data-event-id]')].map((a) => a.getAttribute('data-event-id'));

/** Undated events of the shipped data whose reports were published in 2017 (read from the data, not hard-coded). */
function undatedPublishedIn2017(): string[] {
  const d = shippedRaw();
  const report = new Map(d.claims.map((c) => [c.id, d.reports.find((r) => r.id === c.report_id)]));
  return [...d.incidents, ...d.tallies]
    .filter((e) => e.date === null)
    .filter((e) => e.claim_ids.some((id) => report.get(id)?.published?.startsWith('2017')))
    .map((e) => e.id);
}

const open = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
};

describe('undated incidents under a date filter', () => {
  const undated = undatedPublishedIn2017();

  it('in English: says how many a date filter hides and includes them by publication date in one click', async () => {
    expect(undated.length).toBeGreaterThan(0);
    stubFetch(shippedFiles());
    open('?lang=en&from=2017-01-01&to=2017-12-31');
    await screen.findByText(/undated hidden by the date filter/);
    expect(shownIds().some((id) => undated.includes(id ?? ''))).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: /^Include by publication date/ }));
    await waitFor(() => expect(shownIds()).toEqual(expect.arrayContaining(undated)));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('undated')).toBe('published'));
    expect(screen.getByText(/placed at their reports’ publication dates/)).toBeTruthy();
    // And back: hidden again.
    await userEvent.click(screen.getByRole('button', { name: 'Hide undated' }));
    await waitFor(() => expect(shownIds().some((id) => undated.includes(id ?? ''))).toBe(false));
  });

  it('in Arabic: a link with undated=published opens with them included, as a removable chip', async () => {
    stubFetch(shippedFiles());
    open('?lang=ar&from=2017-01-01&to=2017-12-31&undated=published');
    await waitFor(() => expect(shownIds()).toEqual(expect.arrayContaining(undated)));
    await userEvent.click(screen.getByRole('button', { name: 'أزل المرشح: غير المؤرخة: بتاريخ النشر' }));
    await screen.findByText(/مرشح التاريخ يخفي/);
    expect(shownIds().some((id) => undated.includes(id ?? ''))).toBe(false);
  });

  it('says nothing without a date filter', async () => {
    stubFetch(shippedFiles());
    open('?lang=en');
    await waitFor(() => expect(shownIds().length).toBeGreaterThan(0));
    expect(screen.queryByText(/undated hidden/)).toBeNull();
  });
});
