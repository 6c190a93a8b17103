// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';
import { shippedRaw } from '../helpers/dataset';
import { explainReason } from '../../src/app/rejectReasons';
import type { Dataset } from '../../src/domain/schema';

afterEach(() => vi.unstubAllGlobals());
// Loading and validating the dataset can take seconds on a busy machine: wait for it, never race it.
configure({ asyncUtilTimeout: 15_000 });

const row = (id: string) => document.querySelector(`tr[data-claim-id="${id}"]`) as HTMLElement;

async function show(language: 'ar' | 'en', raw: Dataset = shippedRaw()) {
  stubFetch({ ...shippedFiles(), 'data/dataset.json': JSON.stringify(raw) });
  renderApp(language);
  await screen.findByRole('heading', { level: 2, name: language === 'ar' ? /الحوادث/ : /Incidents/ });
}

describe('provenance on each claim', () => {
  it('English: the date basis, an inferred publication date, the analyst’s notes', async () => {
    await show('en');
    // 001-2: dated relative to a publication date that was itself inferred from events.
    const r = within(row('001-2'));
    expect(r.getByText(/weekday relative to publication/)).toBeTruthy();
    expect(r.getByText(/inferred from events, not stated/)).toBeTruthy();
    await userEvent.click(r.getByText('Analyst’s notes (English)'));
    expect(row('001-2').querySelector('details.notes p')!.textContent!.length).toBeGreaterThan(20);
    // 002-1: its report states its date, so nothing says inferred.
    expect(within(row('002-1')).queryByText(/inferred from events/)).toBeNull();
  });

  it('Arabic: the same, in Arabic labels, the analyst’s English marked as English', async () => {
    await show('ar');
    const r = within(row('001-2'));
    expect(r.getByText('التاريخ')).toBeTruthy();
    expect(r.getByText(/مستنتج من الأحداث/)).toBeTruthy();
    expect(row('001-2').querySelector('bdi[lang="en"]')!.textContent).toMatch(/weekday relative to publication/);
  });

  it('a correction shows what it changed, old → new', async () => {
    const raw = shippedRaw();
    const c = raw.claims.find((x) => x.id === '002-1')! as unknown as Record<string, unknown>;
    c.corrected = true;
    c.corrections = [{ field: 'killed', from: { min: 12, max: 12, qualifier: 'exact' }, to: c.killed }];
    await show('en', raw);
    const li = within(row('002-1')).getByText(/^killed:/);
    expect(li.querySelector('del')!.textContent).toBe('12');
    expect(li.querySelector('ins')!.textContent).toBe('14');
  });

  it('without recorded old values, a correction says that they are not recorded', async () => {
    const raw = shippedRaw();
    const c = raw.claims.find((x) => x.id === '002-2')! as unknown as Record<string, unknown>;
    c.corrected = true;
    delete c.corrections;
    await show('en', raw);
    expect(within(row('002-2')).getByText(/earlier values are not recorded/)).toBeTruthy();
  });

  it('the original article is a plain link that opens apart; a javascript: URL is never a link', async () => {
    const raw = shippedRaw();
    raw.reports[2]!.url = 'https://news.example.org/a?id=1';
    raw.reports[1]!.url = 'javascript:alert(1)';
    await show('en', raw);
    const link = within(row('002-1')).getByRole('link', { name: 'https://news.example.org/a?id=1' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(row('001-2').querySelector('a')).toBeNull();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  });

  it('in a quote, counts and dates are marked apart, with a legend', async () => {
    await show('en');
    const quote = row('002-1').querySelector('button.quote')!;
    expect([...quote.querySelectorAll('mark.num')].map((m) => m.textContent)).toContain('14');
    expect([...quote.querySelectorAll('mark.when')].map((m) => m.textContent)).toContain('مساء الخميس');
    expect(screen.getAllByText(/a count \(bold, underlined\)/).length).toBeGreaterThan(0);
  });

  it('Arabic quotes stand between «», English ones between “”', async () => {
    await show('ar');
    expect(row('002-1').querySelector('button.quote')!.textContent).toMatch(/^«.+»$/s);
  });

  it('a very long quote renders its start and offers the rest', async () => {
    const raw = shippedRaw();
    const c = raw.claims.find((x) => x.id === '002-1')!;
    // Within the schema's limit for a quote, far beyond what a card shows at once.
    c.quote = c.quote + ' نص'.repeat(2_600);
    c.quote_end = c.quote_start + c.quote.length;
    await show('en', raw);
    const quote = row('002-1').querySelector('button.quote')!;
    expect(quote.textContent!.length).toBeLessThan(1_000);
    await userEvent.click(within(row('002-1')).getByRole('button', { name: /Show more/ }));
    expect(quote.textContent!.length).toBeGreaterThan(5_000);
  });
});

describe('schema failures in the user’s language', () => {
  it('explains zod and schema reasons by field and kind', () => {
    expect(explainReason('killed: max is below min')).toMatchObject({ field: 'killed', key: 'maxBelowMin' });
    expect(explainReason('quote: longer than 10000 characters')).toMatchObject({
      field: 'quote',
      key: 'tooLong',
      values: { max: '10000' },
    });
    expect(explainReason('killed: Invalid input: expected object, received string')).toMatchObject({
      key: 'wrongType',
    });
    expect(explainReason('notes: Invalid input: expected string, received undefined').key).toBe('missing');
    expect(explainReason('(record): something new').field).toBeNull();
    expect(explainReason('weird.path: something new')).toMatchObject({ field: 'other', key: 'other' });
  });

  it('Arabic: the set-aside record’s reasons are Arabic sentences; the validator’s words stay in a details', async () => {
    const raw = shippedRaw();
    (raw.claims[0] as unknown as Record<string, unknown>).killed = { min: 5, max: 2, qualifier: 'approx' };
    (raw.claims[1] as unknown as Record<string, unknown>).date = { from: '2017-02-30', to: '2017-02-30', basis: '' };
    await show('ar', raw);
    const notice = document.querySelector('details.notice') as HTMLElement;
    expect(within(notice).getByText('القتلى: الرقم الأعلى أدنى من الرقم الأدنى')).toBeTruthy();
    expect(within(notice).getAllByText(/التاريخ: ليس يومًا حقيقيًا في التقويم/).length).toBeGreaterThan(0);
    const raws = notice.querySelectorAll('details.raw-reasons');
    expect(raws[0]!.textContent).toContain('max is below min');
    for (const ul of notice.querySelectorAll('ul.reasons')) expect(ul.textContent).not.toMatch(/[a-z]{3,}/);
  });
});
