import { describe, expect, it } from 'vitest';
import { Claim, Count, IsoDate } from '../../src/domain/schema';
import { shippedRaw } from '../helpers/dataset';

describe('IsoDate', () => {
  it.each(['2024-02-29', '2017-08-20', '2000-02-29', '2025-12-31'])('accepts the real day %s', (d) => {
    expect(IsoDate.safeParse(d).success).toBe(true);
  });
  it.each(['2023-02-29', '1900-02-29', '2017-13-01', '2017-04-31', '2017-00-10', '20-08-2017', '2017-8-20', ''])(
    'rejects %j',
    (d) => {
      expect(IsoDate.safeParse(d).success).toBe(false);
    },
  );
});

describe('Count', () => {
  it('rejects a maximum below the minimum and an inexact "exact"', () => {
    expect(Count.safeParse({ min: 5, max: 3, qualifier: 'approx' }).success).toBe(false);
    expect(Count.safeParse({ min: 5, max: 6, qualifier: 'exact' }).success).toBe(false);
    expect(Count.safeParse({ min: 131, max: null, qualifier: 'more_than' }).success).toBe(true);
  });
});

describe('Claim', () => {
  it('requires the offsets to span exactly the quote', () => {
    const claim = shippedRaw().claims[0]!;
    expect(Claim.safeParse(claim).success).toBe(true);
    expect(Claim.safeParse({ ...claim, quote_end: claim.quote_end + 1 }).success).toBe(false);
  });
  it('requires a revision to say it is revised', () => {
    const claim = shippedRaw().claims.find((c) => c.id === '001-2')!;
    expect(Claim.safeParse({ ...claim, status: 'reported' }).success).toBe(false);
  });
});
