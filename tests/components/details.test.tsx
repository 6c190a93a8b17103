// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { syncDocumentLanguage } from '../../src/i18n';
import { createAppI18n } from '../../src/app/i18n';
import { buildModel, type DatasetModel } from '../../src/dataset/model';
import { applyFilters, EMPTY_FILTERS } from '../../src/domain/filter';
import { fold } from '../../src/domain/arabic';
import type { Claim, Incident } from '../../src/domain/schema';
import { SelectionProvider, useSelection } from '../../src/state/selection';
import { initialViewState, ViewStateProvider } from '../../src/state/viewState';
import { EventCard } from '../../src/features/incidents/EventCard';
import { SearchBox } from '../../src/features/filters/SearchBox';
import { ReportView } from '../../src/features/report/ReportView';
import { ExportButtons } from '../../src/features/filters/ExportButtons';
import { reportText, shippedValid } from '../helpers/dataset';
import { asCore, detailFetch, gate } from '../helpers/summary';
import { captureDownloads } from '../helpers/downloads';

afterEach(() => vi.unstubAllGlobals());
configure({ asyncUtilTimeout: 15_000 });

const valid = shippedValid();
const CHUNK = 4;
/** A claim of the frozen dataset with a revision beside it (its chunk holds both), and its incident. */
const claim = valid.claims[6] as Claim;
const chunkOf = (c: Claim) => `details/${Math.floor(valid.claims.indexOf(c) / CHUNK)}.json`;
const event = valid.incidents.find((i) => i.claim_ids.includes(claim.id)) as Incident;

function Count() {
  const { selection } = useSelection();
  return <output aria-label="selected incidents">{selection.incidents.length}</output>;
}

/**
 * A published core's model whose detail files arrive when the test opens `door` (and whatever `edit` makes of them),
 * with the providers App composes.
 */
function renderOnCore(ui: ReactNode, language: 'ar' | 'en', edit: (files: Map<string, string>) => void = () => {}) {
  const { dataset, files } = asCore(valid, CHUNK);
  for (const r of valid.reports) files.set(`reports/${r.file}`, reportText(r.file));
  edit(files);
  const door = gate();
  const { fetcher, calls } = detailFetch(files, door.opened);
  vi.stubGlobal('fetch', fetcher);
  const model: DatasetModel = buildModel(dataset);
  const initial = { ...initialViewState(), language };
  syncDocumentLanguage(language);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <ViewStateProvider initial={initial}>
        <I18nextProvider i18n={createAppI18n(language, initial.digits)}>
          <SelectionProvider model={model}>
            {ui}
            <Count />
          </SelectionProvider>
        </I18nextProvider>
      </ViewStateProvider>
    </QueryClientProvider>,
  );
  return { door, calls };
}

const reportOf = () => valid.reports.find((r) => r.id === claim.report_id) as (typeof valid.reports)[number];
const card = () => document.querySelector(`article[data-event-id="${event.id}"]`) as HTMLElement;
const figures = () => [...card().querySelectorAll('.figures dd.big')].map((dd) => dd.textContent ?? '').join(' ');
const killedMin = () => String(event.killed?.min ?? '—');

describe('an incident card on a published core', () => {
  it('shows its figures at once and the source’s words once their chunk arrives', async () => {
    const { door, calls } = renderOnCore(<EventCard event={event} selected={false} />, 'en');
    expect(figures()).toContain(killedMin());
    const row = card().querySelector(`tr[data-claim-id="${claim.id}"]`) as HTMLElement;
    expect(within(row).getByText("Loading the source's words…")).toBeTruthy();
    // Said in place, not announced row by row: the table is busy while its words load.
    expect(within(row).queryByRole('status')).toBeNull();
    expect(row.closest('table')?.getAttribute('aria-busy')).toBe('true');
    expect(row.querySelector('button.quote')).toBeNull();
    door.open();
    await waitFor(() => expect(row.querySelector('button.quote')?.textContent).toContain(claim.quote));
    expect(within(row).queryByText("Loading the source's words…")).toBeNull();
    expect(row.closest('table')?.getAttribute('aria-busy')).toBeNull();
    expect(calls).toEqual([chunkOf(claim)]);
  });

  for (const [language, said] of [
    ['en', /their file is damaged\. The figures are not affected\./],
    ['ar', /ملفها تالف\. الأرقام لا تتأثر بذلك\./],
  ] as const) {
    it(`${language}: a damaged chunk is said in place of the words, and the figures still show`, async () => {
      const { door } = renderOnCore(<EventCard event={event} selected={false} />, language, (files) =>
        files.set(chunkOf(claim), '{"format":"rasd-details","version":1,"start":'),
      );
      door.open();
      const row = card().querySelector(`tr[data-claim-id="${claim.id}"]`) as HTMLElement;
      expect((await within(row).findByText(said)).className).toContain('detail-error');
      expect(row.querySelector('button.quote')).toBeNull();
      expect(figures()).toContain(killedMin());
      expect(row.querySelector('td.figure')?.textContent).not.toBe('');
    });
  }
});

describe('search on a published core', () => {
  it('waits for the quotes (saying so, not as if nothing matched), then finds a claim by a word of its quote', async () => {
    // A word of a quote that no place or source name holds: only the quotes can find it.
    const names = buildModel(asCore(valid, CHUNK).dataset);
    const noQuotes = { ...names, details: { ...names.details, quotesNow: () => null } };
    const word = valid.claims
      .flatMap((c) => fold(c.quote).split(' '))
      .filter((w) => w.length >= 5)
      .find((w) => applyFilters(noQuotes, { ...EMPTY_FILTERS, query: w }).incidents.length === 0) as string;
    const expected = applyFilters(buildModel(valid), { ...EMPTY_FILTERS, query: word }).incidents.length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(valid.incidents.length);

    const { door, calls } = renderOnCore(<SearchBox />, 'en');
    const count = screen.getByRole('status', { name: 'selected incidents' });
    await userEvent.type(screen.getByRole('searchbox'), `${word}{Enter}`);
    await screen.findByText('Loading the quotes to search…');
    expect(count.textContent).toBe(String(valid.incidents.length));
    expect(calls).toEqual(['details/search.json']);
    door.open();
    await waitFor(() => expect(count.textContent).toBe(String(expected)));
    expect(screen.queryByText('Loading the quotes to search…')).toBeNull();
  });
});

describe('the report view on a published core', () => {
  it('marks the claims’ quotes in the text and lists the messages once their files arrive', async () => {
    const report = valid.reports.find((r) => r.id === claim.report_id);
    const { door, calls } = renderOnCore(<ReportView open={{ reportId: claim.report_id, claimId: claim.id }} />, 'en');
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getAllByRole('status').length).toBeGreaterThan(0);
    expect(dialog.querySelector('mark[data-claim]')).toBeNull();
    door.open();
    await waitFor(() => expect(dialog.querySelector(`mark[data-claim="${claim.id}"]`)).not.toBeNull());
    const marked = [...dialog.querySelectorAll(`mark[data-claim="${claim.id}"]`)].map((m) => m.textContent).join('');
    expect(claim.quote).toContain(marked);
    await waitFor(() => expect(within(dialog).queryAllByRole('status')).toEqual([]));
    expect(calls).toContain('details/messages.json');
    expect(calls).toContain(`reports/${report?.file ?? ''}`);
  });
});

describe('the report view on a published core, its claims’ chunk damaged', () => {
  it('Arabic: says so, and still shows the report text, with nothing marked as those claims’ words', async () => {
    const { door } = renderOnCore(<ReportView open={{ reportId: claim.report_id, claimId: claim.id }} />, 'ar', (f) =>
      f.set(chunkOf(claim), '[]'),
    );
    door.open();
    const dialog = screen.getByRole('dialog');
    const alert = await within(dialog).findByText(/ملفها تالف/);
    expect(alert.getAttribute('role')).toBe('alert');
    await waitFor(() => expect(dialog.querySelector('.report-text')?.textContent).toBe(reportText(reportOf().file)));
    expect(dialog.querySelector(`mark[data-claim="${claim.id}"]`)).toBeNull();
  });
});

describe('exports that carry quotes, on a published core', () => {
  it('waits for the claims’ details, saying so, then makes the file with the quotes in it', async () => {
    const { door } = renderOnCore(<ExportButtons />, 'en');
    const made = captureDownloads();
    const button = screen.getByRole('button', { name: 'Claims (CSV)' });
    await userEvent.click(button);
    expect(await screen.findByText('Loading the quotes for the export…')).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(made).toEqual([]);
    door.open();
    await waitFor(() => expect(made.length).toBe(1));
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(await (made[0] as Blob).arrayBuffer()));
    const csv = strFromU8(files['rasd-claims-all-dates.csv'] ?? Object.values(files)[0] ?? new Uint8Array());
    expect(csv).toContain(claim.quote.slice(0, 40));
    expect(screen.queryByText('Loading the quotes for the export…')).toBeNull();
  });

  it('is not made when some claims’ words cannot be read, and says how many', async () => {
    const { door } = renderOnCore(<ExportButtons />, 'en', (files) => files.delete(chunkOf(claim)));
    const made = captureDownloads();
    door.open();
    await userEvent.click(screen.getByRole('button', { name: 'Claims (CSV)' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      `The export was not made: the words of ${CHUNK} claims could not be loaded.`,
    );
    expect(made).toEqual([]);
  });
});
