// @vitest-environment jsdom
/**
 * Issue 13.4: the report view says why each value is what it is (the rules behind each field, and whether the text
 * states it or the machine inferred it), and the incident list marks inferred fields until an analyst reviews them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, shippedFiles, stubFetch } from '../helpers/render';
import { shippedRaw } from '../helpers/dataset';
import { traceStrings } from '../../src/features/report/traceStrings';
import type { Dataset } from '../../src/domain/schema';
import { listReports, readReport } from '../../src/ingest/cli';
import { ingestReports } from '../../src/ingest/pipeline';
import { prepared } from '../ingest/helpers';
import rulesFile from '../../data/ingest/rules.json';
import placeRulesFile from '../../data/ingest/place-rules.json';
import { strings as reportStrings } from '../../src/features/report/strings';
import { createI18n } from '../../src/i18n';
import { ruleMessageKeys } from '../../src/features/report/ReportMessages';

afterEach(() => vi.unstubAllGlobals());
// Loading and validating the dataset can take seconds on a busy machine: wait for it, never race it.
configure({ asyncUtilTimeout: 15_000 });

const row = (id: string) => document.querySelector(`tr[data-claim-id="${id}"]`) as HTMLElement;
const card = (claimId: string) => row(claimId).closest('article.event-card') as HTMLElement;

/**
 * The shipped dataset (every claim reviewed) with some claims not yet reviewed: by default 001-1 (SOHR's 17, placed
 * and dated by "هذه الغارات") and 001-2 (its revision to 27, which sets the incident's figures).
 */
function unreviewed(status: 'machine-read' | 'reviewed' = 'machine-read', ids = ['001-1', '001-2']): Dataset {
  const raw = shippedRaw();
  for (const c of raw.claims) if (ids.includes(c.id)) c.review_status = status;
  return raw;
}

async function show(language: 'ar' | 'en', raw: Dataset) {
  stubFetch({ ...shippedFiles(), 'data/dataset.json': JSON.stringify(raw) });
  renderApp(language);
  await screen.findByRole('heading', { level: 2, name: language === 'ar' ? /الحوادث/ : /Incidents/ });
}

async function openTrace(language: 'ar' | 'en', claimId: string) {
  await userEvent.click(row(claimId).querySelector('button.quote') as HTMLElement);
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(dialog.querySelector('.report-text')).not.toBeNull());
  const section = within(dialog).getByRole('heading', {
    name: language === 'ar' ? 'لماذا هذه القيم' : 'Why these values',
  }).parentElement!;
  return section.querySelector(`details[data-trace-claim="${claimId}"]`) as HTMLDetailsElement;
}

const field = (details: HTMLElement, f: string) => details.querySelector(`tr[data-field="${f}"]`) as HTMLElement;

describe('why this number, why this date, why this source', () => {
  it('English: the selected claim is open; each field shows its basis and its rules in words', async () => {
    await show('en', unreviewed());
    const details = await openTrace('en', '001-1');
    expect(details.open).toBe(true);
    const killed = within(field(details, 'killed'));
    expect(killed.getByText('17')).toBeTruthy();
    expect(killed.getByText('stated in the text')).toBeTruthy();
    expect(killed.getByText(/The figure the sentence states/)).toBeTruthy();
    const date = within(field(details, 'date'));
    expect(date.getByText('inferred by the machine')).toBeTruthy();
    expect(date.getByText(/A second figure for the attack of the sentence before/)).toBeTruthy();
    expect(within(field(details, 'source')).getByText(/The source the statement quotes/)).toBeTruthy();
    // The number, the date and the source come first: the questions a reader asks.
    const order = [...details.querySelectorAll('tr[data-field]')].map((r) => r.getAttribute('data-field'));
    expect(order.slice(0, 3)).toEqual(['killed', 'date', 'source']);
    expect(details.textContent).toMatch(/machine guesses until an analyst reviews/);
    // No rule id shows as code.
    expect(details.textContent).not.toMatch(/coref\.|count\.statement/);
  });

  it('Arabic: the same in Arabic, other claims of the report closed but there', async () => {
    await show('ar', unreviewed());
    const details = await openTrace('ar', '001-1');
    expect(within(field(details, 'date')).getByText('استنتجته الآلة')).toBeTruthy();
    expect(within(field(details, 'killed')).getByText('مذكور في النص')).toBeTruthy();
    expect(within(field(details, 'killed')).getByText(/الرقم الذي تذكره الجملة/)).toBeTruthy();
    const others = document.querySelectorAll('details[data-trace-claim]:not([open])');
    expect(others.length).toBeGreaterThan(0);
  });
});

describe('inferred fields are marked until reviewed', () => {
  it('an unreviewed claim marks its inferred fields on its row and on its incident card', async () => {
    await show('en', unreviewed());
    const mark = row('001-1').querySelector('.badge.inferred') as HTMLElement;
    expect(mark.textContent).toMatch(/inferred, not stated: .*perpetrator/);
    expect(mark.textContent).toMatch(/date/);
    expect(mark.getAttribute('title')).toMatch(/until an analyst reviews/);
    // The card marks what its current figures' claims inferred (001-2 dated by a weekday and the publication date).
    const badge = card('001-2').querySelector('.badges .badge.inferred') as HTMLElement;
    expect(badge.textContent).toMatch(/date/);
    // The claims an analyst reviewed carry no mark.
    expect(row('002-1').querySelector('.badge.inferred')).toBeNull();
  });

  it('Arabic: the mark reads in Arabic', async () => {
    await show('ar', unreviewed());
    expect(row('001-1').querySelector('.badge.inferred')!.textContent).toMatch(/مستنتَج وغير مذكور/);
  });

  it('review removes the mark: the same claim, reviewed, shows none', async () => {
    await show('en', unreviewed('reviewed'));
    expect(row('001-1').querySelector('.badge.inferred')).toBeNull();
    expect(card('001-2').querySelector('.badge.inferred')).toBeNull();
  });
});

/** Every key path of a nested strings object. */
const paths = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? paths(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('report messages', () => {
  it('every rule the pipeline flags, or any extraction rule, reads as a sentence in each language', () => {
    const inputs = listReports(['data/reports', 'tests/fixtures/written']).map(readReport);
    const flagged = ingestReports(inputs, prepared()).messages.map((m) => m.rule);
    expect(flagged.length).toBeGreaterThan(3);
    // Extraction rules flag too (date.month-slip, group.possibly-same …): their trace sentence is their message.
    const rules = new Set([...flagged, ...[...rulesFile.rules, ...placeRulesFile.rules].map((r) => r.id)]);
    for (const language of ['en', 'ar'] as const) {
      const i18n = createI18n(language, 'latn', { report: reportStrings });
      const unread = [...rules].filter(
        (rule) => !ruleMessageKeys(rule).some((k) => typeof i18n.getResource(language, 'report', k) === 'string'),
      );
      expect(unread, language).toEqual([]);
    }
  });
});

describe('rule descriptions', () => {
  it('say the same rules in both languages', () => {
    expect(paths(traceStrings.ar).sort()).toEqual(paths(traceStrings.en).sort());
  });

  it('describe every rule the pipeline puts in a trace (seeds and the written corpus)', () => {
    const inputs = listReports(['data/reports', 'tests/fixtures/written']).map(readReport);
    const out = ingestReports(inputs, prepared());
    const described = new Set(paths(traceStrings.en.rule));
    const used = new Set(out.claims.flatMap((c) => Object.values(c.trace ?? {}).flat()));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((r) => !described.has(r))).toEqual([]);
  });

  /**
   * Each rule's own sentence in each language, read as the table reads it (`trace.rule.<id>`, a dotted id a nested
   * key) but without i18next's fallback to Arabic, which would hide an English sentence that is missing.
   */
  const missingIn = (ids: readonly string[]) => {
    const missing: string[] = [];
    for (const language of ['en', 'ar'] as const) {
      const i18n = createI18n(language, 'latn', { report: reportStrings });
      for (const id of ids) {
        const text: unknown = i18n.getResource(language, 'report', `trace.rule.${id}`);
        if (typeof text !== 'string' || text.trim() === '') missing.push(`${language}: ${id}`);
      }
    }
    return missing;
  };

  it('describe every rule of the rules files in English and in Arabic, used on the corpus or not yet', () => {
    const ids = [...rulesFile.rules, ...placeRulesFile.rules].map((r) => r.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(missingIn(ids)).toEqual([]);
  });

  it('describe every rule id the ingest steps write, in English and in Arabic', () => {
    // Ids written in code only (not in the rules files), e.g. a field's fallback to the sentence before.
    const spaces = Object.keys(traceStrings.en.rule).join('|');
    const literal = new RegExp(`'((?:${spaces})\\.[a-z0-9-]+)'`, 'g');
    const files = readdirSync('src/ingest', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const ids = new Set(
      files.flatMap((f) => [...readFileSync(join('src/ingest', f), 'utf8').matchAll(literal)].map((m) => m[1]!)),
    );
    expect(ids.size).toBeGreaterThan(10);
    expect(missingIn([...ids])).toEqual([]);
  });
});
