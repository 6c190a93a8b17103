/**
 * Hostile input: empty, binary, non-Arabic, huge and marked-up reports give messages, never a crash; the other
 * reports of a run are still read; the same input gives byte-identical output. A property test feeds thousands of
 * generated texts built from the words the pipeline reacts to, and checks it never throws and stays linear.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestReports } from '../../src/ingest/pipeline';
import { prepared, read } from './helpers';

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

  it('reads a 5 MB report in reasonable time and flags its size', () => {
    const big = (good + '\n').repeat(Math.ceil(5_000_000 / (good.length * 2)));
    const t0 = performance.now();
    const r = read(big);
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(r.messages.map((m) => m.rule)).toContain('report-large');
    expect(r.claims.length).toBeGreaterThan(0);
  });

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

/** Words and marks the pipeline reacts to, so generated texts hit its rules rather than pass through. */
const VOCAB = [
  'قتل',
  'مقتل',
  'أصيب',
  'وإصابة',
  'جرح',
  'آخرين',
  'بينهم',
  'أطفال',
  'امرأة',
  'طفلان',
  'مدنياً',
  'مدنيين',
  'أكثر',
  'من',
  'نحو',
  'على',
  'الأقل',
  'ما',
  'لا',
  'يقل',
  'عن',
  'عشرات',
  'ثلاثة',
  'عشر',
  'وأربعين',
  'مئتين',
  'ألف',
  'إلى',
  'ارتفعت',
  'حصيلة',
  'أمس',
  'اليوم',
  'الخميس',
  'مساء',
  'خلال',
  'أسبوع',
  'منذ',
  'مطلع',
  'حزيران',
  'كانون',
  'الأول',
  'يونيو',
  'حي',
  'مدينة',
  'بلدة',
  'ريف',
  'إدلب',
  'الرقة',
  'حلب',
  'دمشق',
  'المرصد',
  'السوري',
  'وفق',
  'قال',
  'الدفاع',
  'المدني',
  'غارة',
  'قصف',
  'مدفعي',
  'التحالف',
  'النظام',
  'روسيا',
  'داعش',
  'فيما',
  '،',
  '.',
  '\n',
  '"',
  '«',
  '»',
  '(',
  ')',
  '-',
  '/',
  '12',
  '٣٤',
  '2017',
  '22.5.2017',
  'ً',
  'ّ',
  'ـ',
  '<b>',
  '</b>',
  '\u200f',
  'x',
];

describe('property: any text', () => {
  it('never throws, keeps quotes at their offsets, and stays fast (3000 generated texts)', () => {
    const p = prepared();
    let worst = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCAB), { maxLength: 120 }),
        fc.string({ maxLength: 40 }),
        (words, noise) => {
          const text = words.join(' ') + noise;
          const t0 = performance.now();
          const out = ingestReports([{ file: '999_fuzz.txt', text, meta: { published: '2024-12-01' } }], p);
          worst = Math.max(worst, performance.now() - t0);
          const nfc = text.normalize('NFC');
          for (const c of out.claims) expect(nfc.slice(c.quote_start, c.quote_end)).toBe(c.quote);
        },
      ),
      { numRuns: 3000, seed: 6 },
    );
    expect(worst).toBeLessThan(250);
  });

  it('stays linear on pathological repetition (no backtracking blow-up)', () => {
    const p = prepared();
    const time = (n: number) => {
      const text = 'أكثر من '.repeat(n) + 'بينهم '.repeat(n) + '<'.repeat(n) + 'و'.repeat(n);
      const t0 = performance.now();
      ingestReports([{ file: '998_rep.txt', text, meta: null }], p);
      return performance.now() - t0;
    };
    time(1000);
    const small = time(5_000);
    const large = time(50_000);
    expect(large).toBeLessThan(Math.max(small, 5) * 40);
  });
});
