/** Corrections apply by claim id, are validated, and fail loudly when they no longer fit the extraction. */
import { describe, expect, it } from 'vitest';
import { applyCorrections, CorrectionError, CorrectionFile, type Correction } from '../../src/ingest/corrections';
import { score } from '../../src/ingest/evaluate';
import { prepared, read } from './helpers';

const text = 'قتل 14 مدنياً مساء الخميس جراء غارة جوية على مدينة الرقة.\nقتل 5 عناصر في كمين قرب مدينة الباب.';
const { claims } = read(text, '2017-06-09');
const texts = new Map([['900_test', text]]);
const sources = prepared().resources.sources;
const apply = (corrections: Correction[]) => applyCorrections(claims, corrections, texts, sources, []);

describe('applyCorrections', () => {
  it('sets fields, marks a changed fact as corrected, and leaves the rest alone', () => {
    const out = apply([
      { action: 'set', claim: '900-1', fields: { perpetrator: 'coalition' }, reason: 'named in the next paragraph' },
    ]);
    expect(out.claims[0]).toMatchObject({ id: '900-1', perpetrator: 'coalition', corrected: true });
    expect(out.claims[1]?.corrected).toBeUndefined();
  });

  it('does not flag a change of wording only (notes, event slug) as a correction of facts', () => {
    const out = apply([
      { action: 'set', claim: '900-1', fields: { notes: 'checked', event: 'raqqa-x' }, reason: 'annotation' },
    ]);
    expect(out.claims[0]?.corrected).toBeUndefined();
    expect(out.claims[0]?.event).toBe('raqqa-x');
  });

  it('moves the offsets with a corrected quote', () => {
    const quote = 'قتل 14 مدنياً';
    const out = apply([{ action: 'set', claim: '900-1', fields: { quote }, reason: 'shorter quote' }]);
    const c = out.claims[0];
    expect(text.slice(c?.quote_start, c?.quote_end)).toBe(quote);
  });

  it('drops a claim and adds a missed one', () => {
    const out = apply([
      { action: 'drop', claim: '900-2', reason: 'combatants killed in an ambush, not a strike' },
      {
        action: 'add',
        report_id: '900_test',
        place_id: 'gn-172955',
        reason: 'missed',
        claim: {
          ...(claims[0] as (typeof claims)[number]),
          id: '900-9',
          quote: 'غارة جوية على مدينة الرقة',
          notes: '',
        },
      },
    ]);
    expect(out.claims.map((c) => c.id)).toEqual(['900-1', '900-9']);
    expect(out.claims[1]?.corrected).toBe(true);
  });

  it.each([
    ['an unknown claim', [{ action: 'drop', claim: '900-7', reason: 'x' }]],
    ['a stale correction', [{ action: 'drop', claim: '900-1', expect: 'something else', reason: 'x' }]],
    ['a quote not in the text', [{ action: 'set', claim: '900-1', fields: { quote: 'ليس في النص' }, reason: 'x' }]],
    ['an unknown source', [{ action: 'set', claim: '900-1', fields: { source: 'Nobody' }, reason: 'x' }]],
    ['two claims with one id', [{ action: 'set', claim: '900-2', fields: { id: '900-1' }, reason: 'x' }]],
  ] as Array<[string, Correction[]]>)('rejects %s', (_, corrections) => {
    expect(() => apply(corrections)).toThrow(CorrectionError);
  });

  it('validates the file format', () => {
    expect(CorrectionFile.safeParse({ corrections: [{ action: 'rename', claim: '900-1' }] }).success).toBe(false);
  });
});

describe('score', () => {
  it('matches on report, count and overlapping quote, and measures the fields', () => {
    const g = claims[0] as (typeof claims)[number];
    const gold = {
      reports: [
        {
          file: '900_test.txt',
          outlet: 'x',
          outlet_ar: null,
          published: '2017-06-09',
          published_basis: 'stated in text' as const,
          claims: [
            { ...g, quote: 'قتل 14 مدنياً مساء الخميس', perpetrator: 'coalition' as const },
            {
              ...g,
              id: '900-3',
              quote: 'كمين قرب مدينة الباب',
              killed: { min: 6, max: 6, qualifier: 'exact' as const },
            },
          ],
        },
      ],
    };
    const s = score(gold, claims, texts);
    expect(s.matched).toBe(1);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.accuracy.perpetrator).toBe(0);
    expect(s.accuracy.date).toBe(1);
  });
});
