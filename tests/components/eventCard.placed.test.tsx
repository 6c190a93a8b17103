// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { App } from '../../src/app/App';
import { shippedFiles, stubFetch } from '../helpers/render';
import { shippedRaw } from '../helpers/dataset';

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

/** One undated incident of the shipped data whose report was published in 2017, and one dated 2017 incident. */
function pick(): { undated: string; dated: string } {
  const d = shippedRaw();
  const report = new Map(d.claims.map((c) => [c.id, d.reports.find((r) => r.id === c.report_id)]));
  const undated = d.incidents.find(
    (e) => e.date === null && e.claim_ids.some((id) => report.get(id)?.published?.startsWith('2017')),
  );
  const dated = d.incidents.find((e) => e.date?.from.startsWith('2017'));
  if (!undated || !dated) throw new Error('the shipped data lacks an undated or a dated 2017 incident');
  return { undated: undated.id, dated: dated.id };
}

const card = (id: string) => document.querySelector<HTMLElement>(`article[data-event-id="${id}"]`);
const open = (search: string) => {
  window.history.replaceState(null, '', `/${search}`);
  render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
};

describe('a card placed by its publication date', () => {
  const { undated, dated } = pick();

  it('in English: the undated card says it was placed by publication date; a dated card does not', async () => {
    stubFetch(shippedFiles());
    open('?lang=en&from=2017-01-01&to=2017-12-31&undated=published');
    await waitFor(() => expect(card(undated)).not.toBeNull(), { timeout: 15_000 });
    const heading = card(undated)!.querySelector('h3')!;
    expect(heading.textContent).toContain('undated: placed by publication date');
    expect(card(dated)!.textContent).not.toContain('placed by publication date');
  });

  it('in Arabic: says the same', async () => {
    stubFetch(shippedFiles());
    open('?lang=ar&from=2017-01-01&to=2017-12-31&undated=published');
    await waitFor(() => expect(card(undated)).not.toBeNull(), { timeout: 15_000 });
    expect(card(undated)!.querySelector('h3')!.textContent).toContain('وُضعت بتاريخ النشر');
  });

  it('without a date filter the undated card shows no such note', async () => {
    stubFetch(shippedFiles());
    open('?lang=en&undated=published');
    await waitFor(() => expect(card(undated)).not.toBeNull(), { timeout: 15_000 });
    expect(card(undated)!.textContent).not.toContain('placed by publication date');
  });
});
