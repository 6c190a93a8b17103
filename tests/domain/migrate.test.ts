import { describe, expect, it } from 'vitest';
import { migrateV1 } from '../../src/domain/migrate';
import { validateDataset } from '../../src/domain/validate';
import { assignClaimUids, resolveEventRef } from '../../src/domain/ids';
import { coordinates, type RowError } from '../../src/ingest/importers/shared';
import { shippedRaw } from '../helpers/dataset';

const v1 = () => {
  const raw = shippedRaw() as unknown as Record<string, unknown> & { claims: Record<string, unknown>[] };
  raw.version = 1;
  for (const c of raw.claims) delete c.review_status;
  return raw;
};

describe('migrateV1', () => {
  it('opens a v1 file as v2: corrected claims reviewed, others machine-read, nothing lost', () => {
    const raw = v1();
    raw.claims[0]!.corrected = false;
    const out = migrateV1(raw) as { version: number; claims: { review_status: string }[] };
    expect(out.version).toBe(2);
    expect(out.claims[0]!.review_status).toBe('machine-read');
    const result = validateDataset(raw);
    expect(result.ok && result.dataset.claims.length).toBe(raw.claims.length);
  });

  it('moves UCDP figures from notes into typed figures', () => {
    const claim = {
      dataset: 'ucdp-ged',
      notes: 'best: 27 | range: 24–52 | civilians: 20 | location: exact | sources: SOHR',
    };
    const out = migrateV1({ version: 1, claims: [claim] }) as { claims: { figures: unknown }[] };
    expect(out.claims[0]!.figures).toEqual({
      measure: 'best',
      best: 27,
      low: 24,
      high: 52,
      civilians: 20,
      uncertainty_km: 0,
      sources: ['SOHR'],
    });
  });
});

describe('duplicate ids', () => {
  it('keeps the first report and claim and reports each duplicate at its own index', () => {
    const raw = shippedRaw();
    raw.reports.push({ ...raw.reports[0]!, outlet: 'Impostor' });
    raw.claims.push({ ...raw.claims[1]!, quote: raw.claims[1]!.quote });
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(result.detail);
    expect(result.dataset.reports[0]!.outlet).not.toBe('Impostor');
    expect(result.dataset.rejected).toContainEqual(
      expect.objectContaining({ collection: 'reports', index: raw.reports.length - 1, id: raw.reports[0]!.id }),
    );
    expect(result.dataset.rejected).toContainEqual(
      expect.objectContaining({ collection: 'claims', index: raw.claims.length - 1, id: raw.claims[1]!.id }),
    );
  });
});

describe('stable ids', () => {
  it("a claim's uid does not depend on other reports or on order", () => {
    const raw = shippedRaw();
    const claims = raw.claims.map(({ uid: _u, ...c }) => c);
    const a = assignClaimUids(claims, raw.reports);
    const extra = {
      ...claims[0]!,
      id: '000-9',
      report_id: 'aaa',
      quote_start: 3,
      quote_end: 3 + claims[0]!.quote.length,
    };
    const b = assignClaimUids([extra, ...claims], [{ id: 'aaa', uid: 'r-1' }, ...raw.reports]);
    expect(b.slice(1).map((c) => c.uid)).toEqual(a.map((c) => c.uid));
  });

  it('resolves an event by slug, by uid and by claim id', () => {
    const result = validateDataset(shippedRaw());
    if (!result.ok) throw new Error(result.detail);
    const inc = result.dataset.incidents[0]!;
    expect(resolveEventRef(inc.id, result.dataset.incidents)).toBe(inc);
    expect(resolveEventRef(inc.uid!, result.dataset.incidents)).toBe(inc);
    expect(resolveEventRef(inc.claim_ids[0]!, result.dataset.incidents, result.dataset.claims)).toBe(inc);
    expect(resolveEventRef('nothing', result.dataset.incidents)).toBeNull();
  });
});

describe('importer coordinates', () => {
  const rule = (lat: string, lon: string) => {
    try {
      coordinates({ latitude: lat, longitude: lon });
      return null;
    } catch (e) {
      return (e as RowError).rule;
    }
  };
  it('accepts Homs, rejects Paris and Sydney, and names a swapped point', () => {
    expect(rule('34.73', '36.72')).toBeNull();
    expect(rule('48.85', '2.35')).toBe('coordinates-outside-syria');
    expect(rule('-33.87', '151.21')).toBe('coordinates-outside-syria');
    expect(rule('38.9', '35.95')).toBe('coordinates-swapped');
  });
});
