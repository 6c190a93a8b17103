// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';
import { shippedRaw } from '../helpers/dataset';
import { focusables } from '../../src/features/report/focusTrap';
import { strings } from '../../src/features/report/strings';

afterEach(() => vi.unstubAllGlobals());
// Loading and validating the dataset can take seconds on a busy machine: wait for it, never race it.
configure({ asyncUtilTimeout: 15_000 });

const row = (id: string) => document.querySelector(`tr[data-claim-id="${id}"]`) as HTMLElement;
const quoteButton = (id: string) => row(id).querySelector('button.quote') as HTMLElement;

async function openReport(language: 'ar' | 'en', claimId: string, files = shippedFiles()) {
  stubFetch(files);
  renderApp(language);
  await screen.findByRole('heading', { level: 2, name: language === 'ar' ? /الحوادث/ : /Incidents/ });
  const opener = quoteButton(claimId);
  await userEvent.click(opener);
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(dialog.querySelector('.report-text')).not.toBeNull());
  return { dialog, opener };
}

describe('the report dialog and the keyboard', () => {
  it('keeps Tab and Shift+Tab inside the dialog, closes on Escape and returns focus to the quote', async () => {
    const { dialog, opener } = await openReport('en', '001-2');
    const items = focusables(dialog);
    expect(items.length).toBeGreaterThan(1);
    const [first, last] = [items[0]!, items[items.length - 1]!];
    expect(document.activeElement).toBe(first); // the close button
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(last);
    await userEvent.tab();
    expect(document.activeElement).toBe(first);
    for (let i = 0; i < items.length + 2; i++) {
      await userEvent.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    // One Tab per focusable, and the dialog holds a summary per claim's trace: room for a busy machine.
  }, 90_000);
});

describe('rule messages in the report dialog', () => {
  it('Arabic: every message is an Arabic sentence, no rule id shows', async () => {
    const { dialog } = await openReport('ar', '002-1');
    const list = within(dialog).getByRole('heading', { name: 'ما لم تستطع الآلة قراءته' }).parentElement!;
    const items = [...list.querySelectorAll('li')];
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) {
      expect(li.textContent).not.toMatch(/[a-z]+-[a-z]+/);
      expect(li.textContent).toMatch(/[\u0621-\u064A]/);
    }
    expect(within(dialog).getAllByText(/مكان لا يعرفه المعجم الجغرافي/).length).toBeGreaterThan(0);
    // The words a message concerns stand between Arabic quote marks.
    expect(items.some((li) => /«.+»/.test(li.textContent ?? ''))).toBe(true);
  });

  it('every rule has a sentence in both languages', () => {
    expect(Object.keys(strings.ar.rules).sort()).toEqual(Object.keys(strings.en.rules).sort());
    for (const rule of ['place-unknown', 'claim-date-unknown', 'quote-mismatch', 'duplicate-id', 'report-failed']) {
      expect(strings.ar.rules).toHaveProperty(rule);
    }
  });

  it('an unknown rule still reads as a sentence, not as its code', async () => {
    const raw = shippedRaw();
    const m = (raw.messages ?? []).find((x) => x.report_id === '002_b564c9746518668b')!;
    m.rule = 'some-future-rule';
    const { dialog } = await openReport('ar', '002-1', {
      ...shippedFiles(),
      'data/dataset.json': JSON.stringify(raw),
    });
    expect(dialog.textContent).not.toContain('some-future-rule');
    expect(within(dialog).getByText(/موضع نبّهت إليه الآلة/)).toBeTruthy();
  });
});

/** Moves a claim's quote offsets (and its count spans, when the dataset records them) by `by` code units. */
function shift(c: Record<string, unknown>, by: number) {
  c.quote_start = (c.quote_start as number) + by;
  c.quote_end = (c.quote_end as number) + by;
  for (const span of Object.values((c.spans ?? {}) as Record<string, { start: number; end: number }>)) {
    span.start += by;
    span.end += by;
  }
}

describe('a quote that does not match its report', () => {
  function shifted() {
    const raw = shippedRaw();
    const c = raw.claims.find((x) => x.id === '002-1')! as unknown as Record<string, unknown>;
    shift(c, 40);
    return { ...shippedFiles(), 'data/dataset.json': JSON.stringify(raw) };
  }

  it('is marked in the dialog and highlights no other words (English)', async () => {
    const { dialog } = await openReport('en', '002-1', shifted());
    expect(within(dialog).getByText(/The quote of this claim does not match the report/)).toBeTruthy();
    expect(dialog.querySelector('mark[data-claim="002-1"]')).toBeNull();
    expect(dialog.querySelector('[data-claim-mismatch="002-1"]')).not.toBeNull();
    // Claims that do match are still highlighted.
    expect(dialog.querySelector('mark[data-claim="002-2"]')).not.toBeNull();
    // Once the text is loaded, the card says so too.
    expect(within(row('002-1')).getByText(/does not match the report/)).toBeTruthy();
    expect(within(row('002-2')).queryByText(/does not match the report/)).toBeNull();
  });

  it('is marked in Arabic', async () => {
    const { dialog } = await openReport('ar', '002-1', shifted());
    expect(within(dialog).getByText(/لا يطابق نص التقرير/)).toBeTruthy();
    expect(dialog.querySelector('mark[data-claim="002-1"]')).toBeNull();
  });
});

describe('a long report is shown a window at a time', () => {
  it('renders the start, offers the rest, and shows more on request', async () => {
    const raw = shippedRaw();
    const files = shippedFiles();
    const file = 'data/reports/002_b564c9746518668b.txt';
    files[file] = files[file]! + '\n' + 'نص طويل جدا لا ادعاء فيه. '.repeat(8_000);
    stubFetch({ ...files, 'data/dataset.json': JSON.stringify(raw) });
    renderApp('en');
    await screen.findByRole('heading', { level: 2, name: /Incidents/ });
    await userEvent.click(quoteButton('002-1'));
    const dialog = await screen.findByRole('dialog');
    const more = await within(dialog).findByRole('button', { name: /Show more of the report/ });
    const shown = dialog.querySelector('.report-text')!.textContent!.length;
    expect(shown).toBeLessThanOrEqual(50_000);
    expect(dialog.querySelector('mark[data-claim="002-1"]')).not.toBeNull();
    await userEvent.click(more);
    expect(dialog.querySelector('.report-text')!.textContent!.length).toBeGreaterThan(shown);
  });
});
