/**
 * Hostile input: empty, binary, non-Arabic, huge and marked-up reports give messages, never a crash; the other
 * reports of a run are still read; the same input gives byte-identical output. A property test feeds generated
 * texts built from the words the pipeline reacts to, and checks it never throws and keeps quotes at their offsets.
 * Nothing here reads a clock: speed, linearity and the large fuzz run (10,000+ texts) are measured by
 * `npm run bench:fuzz` (bench/fuzz.bench.ts), so these tests pass on a busy machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestReports } from '../../src/ingest/pipeline';
import { LARGE_REPORT } from '../../src/ingest/steps/normalize';
import { VOCAB } from './fuzzVocab';
import { prepared, read } from './helpers';

// Room for a busy machine: these tests assert what is read, never how fast (that is bench:fuzz).
const SLOW = 120_000;

const good = 'قتل 14 مدنياً مساء الخميس جراء غارة جوية من طيران التحالف الدولي على مدينة الرقة.';

describe('hostile reports', () => {
  it.each([
    ['empty', '', 'report-empty'],
    ['white space only', ' \n\t\n ', 'report-empty'],
    ['binary', '\u0000\u0001PNG\u0000\u00ff\u00fe', 'report-binary'],
    ['not Arabic', 'Fourteen civilians were killed on Thursday evening in Raqqa. '.repeat(20), 'report-not-arabic'],
    ['markup', `<script>alert(1)</script><div onclick="x">${good}</div>`, 'report-markup'],
  ])('%s → message %s, no crash', (_, text, rule) => {
    const r = read(text);
    expect(r.messages.map((m) => m.rule)).toContain(rule);
  });

  it('still reads the claim inside hostile markup, with the quote at its offsets', () => {
    const text = `<p style="x">${good}</p><!-- ${'<'.repeat(500)} -->`;
    const r = read(text);
    expect(r.claims[0]?.killed?.min).toBe(14);
    expect(text.slice(r.claims[0]?.quote_start, r.claims[0]?.quote_end)).toBe(r.claims[0]?.quote);
  });

  it(
    'reads a report past the size limit whole and flags its size',
    () => {
      // Just past the limit: the flag and the claims are what a user relies on; the 5 MB timing is in bench:fuzz.
      const big = (good + '\n').repeat(Math.ceil(LARGE_REPORT / good.length) + 1);
      const r = read(big);
      expect(r.messages.map((m) => m.rule)).toContain('report-large');
      expect(r.claims.length).toBeGreaterThan(0);
      const last = r.claims.at(-1);
      expect(last && big.slice(last.quote_start, last.quote_end)).toBe(last?.quote);
    },
    SLOW,
  );

  it('keeps reading the other files of a run when one is bad', () => {
    const out = ingestReports(
      [
        { file: '001_bad.txt', text: '\u0000\u0000', meta: null },
        { file: '002_good.txt', text: good, meta: { published: '2017-06-09', outlet: 'X' } },
        { file: '003_meta.txt', text: good, meta: { published: 'not a date', published_basis: 42 } },
      ],
      prepared(),
    );
    expect(out.reports).toHaveLength(3);
    expect(out.claims.filter((c) => c.report_id === '002_good')).toHaveLength(1);
    expect(out.claims.find((c) => c.report_id === '003_meta')?.date).toBeNull();
  });

  it('gives byte-identical output for the same input', () => {
    const inputs = [
      { file: '002_good.txt', text: `${good}\n${good.replace('14', '9')}`, meta: { published: '2017-06-09' } },
    ];
    const a = JSON.stringify(ingestReports(inputs, prepared()));
    const b = JSON.stringify(ingestReports(inputs, prepared()));
    expect(a).toBe(b);
  });
});

describe('property: any text', () => {
  it(
    'never throws and keeps quotes at their offsets (300 generated texts)',
    () => {
      const p = prepared();
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...VOCAB), { maxLength: 120 }),
          fc.string({ maxLength: 40 }),
          (words, noise) => {
            const text = words.join(' ') + noise;
            const out = ingestReports([{ file: '999_fuzz.txt', text, meta: { published: '2024-12-01' } }], p);
            const nfc = text.normalize('NFC');
            for (const c of out.claims) expect(nfc.slice(c.quote_start, c.quote_end)).toBe(c.quote);
          },
        ),
        { numRuns: 300, seed: 6 },
      );
    },
    SLOW,
  );

  it(
    'reads pathological repetition without throwing (its linearity is measured in bench:fuzz)',
    () => {
      const text = 'أكثر من '.repeat(5_000) + 'بينهم '.repeat(5_000) + '<'.repeat(5_000) + 'و'.repeat(5_000);
      const out = ingestReports([{ file: '998_rep.txt', text, meta: null }], prepared());
      expect(out.reports).toHaveLength(1);
      for (const c of out.claims) expect(text.slice(c.quote_start, c.quote_end)).toBe(c.quote);
    },
    SLOW,
  );
});
