/**
 * A correction keeps its provenance: each field it changed is recorded old → new with the analyst's reason, so the
 * claim view can show what the machine read and what the analyst set (issue 12.1, asked for by issue 11's audit).
 */
import { describe, expect, it } from 'vitest';
import { applyCorrections, type Correction } from '../../src/ingest/corrections';
import { Claim } from '../../src/domain/schema';
import { prepared, read } from './helpers';

const text = 'قتل 14 مدنياً مساء الخميس جراء غارة جوية على مدينة الرقة.\nقتل 5 عناصر في كمين قرب مدينة الباب.';
const { claims } = read(text, '2017-06-09');
const texts = new Map([['900_test', text]]);
const apply = (corrections: Correction[]) =>
  applyCorrections(claims, corrections, texts, prepared().resources.sources, []);
const before = claims[0] as Claim;

describe('corrections record old → new', () => {
  it('a changed count and perpetrator: each field with what was read, what was set, and why', () => {
    const killed = { min: 15, max: 15, qualifier: 'exact' as const };
    const out = apply([
      { action: 'set', claim: '900-1', fields: { killed, perpetrator: 'coalition' }, reason: 'the next day’s toll' },
    ]);
    const after = out.claims[0] as Claim;
    expect(after.corrections).toEqual(
      expect.arrayContaining([
        { field: 'killed', from: before.killed, to: killed, note: 'the next day’s toll' },
        { field: 'perpetrator', from: before.perpetrator, to: 'coalition', note: 'the next day’s toll' },
      ]),
    );
    expect(after.corrections?.every((c) => JSON.stringify(c.from) !== JSON.stringify(c.to))).toBe(true);
    // The record survives the schema: a dataset carrying it loads.
    expect(Claim.safeParse(after).success).toBe(true);
  });

  it('a corrected quote records the old and new quote and positions', () => {
    const quote = 'قتل 14 مدنياً';
    const out = apply([{ action: 'set', claim: '900-1', fields: { quote }, reason: 'shorter quote' }]);
    const fields = Object.fromEntries((out.claims[0]?.corrections ?? []).map((c) => [c.field, [c.from, c.to]]));
    expect(fields.quote).toEqual([before.quote, quote]);
    if (before.quote_end !== quote.length) expect(fields.quote_end).toEqual([before.quote_end, quote.length]);
  });

  it('a claim left alone carries no corrections', () => {
    const out = apply([{ action: 'set', claim: '900-1', fields: { perpetrator: 'coalition' }, reason: 'x' }]);
    expect(out.claims[1]?.corrections).toBeUndefined();
  });

  it('an added claim records that it was added, with the reason', () => {
    const out = apply([
      {
        action: 'add',
        report_id: '900_test',
        place_id: 'gn-172955',
        reason: 'missed by the extraction',
        claim: { ...before, id: '900-9', quote: 'غارة جوية على مدينة الرقة', notes: '' },
      },
    ]);
    const added = out.claims.find((c) => c.id === '900-9');
    expect(added?.corrections).toEqual([{ field: 'claim', from: null, to: 'added', note: 'missed by the extraction' }]);
  });
});
