/**
 * Metadata handed to the pipeline directly (not through a sidecar file the CLI checked first): a wrong field is
 * unknown with a message, and the report's claims are still read.
 */
import { describe, expect, it } from 'vitest';
import { ingestReports } from '../../src/ingest/pipeline';
import { prepared } from './helpers';

const TEXT =
  'وثّق المرصد السوري لحقوق الإنسان مقتل 12 مدنياً بينهم 4 أطفال، جراء غارات جوية روسية على بلدة كفرنبل بريف إدلب الجنوبي، صباح الثلاثاء.';

const ingest = (meta: Record<string, unknown> | null) =>
  ingestReports([{ file: '905_meta.txt', text: TEXT, meta }], prepared());

describe('report metadata given through the API', () => {
  it('an impossible publication date (2017-02-30) becomes unknown with a message; the claims are kept', () => {
    const good = ingest({ outlet: 'Test Outlet', published: '2017-02-28', published_basis: 'stated in text' });
    const bad = ingest({ outlet: 'Test Outlet', published: '2017-02-30', published_basis: 'stated in text' });

    expect(good.claims.length).toBeGreaterThan(0);
    expect(bad.claims.map((c) => c.killed)).toEqual(good.claims.map((c) => c.killed));
    expect(bad.reports[0]).toMatchObject({ outlet: 'Test Outlet', published: null });
    const meta = bad.messages.filter((m) => m.rule === 'report-meta-invalid');
    expect(meta).toHaveLength(1);
    expect(meta[0]?.reason).toMatch(/^published: "2017-02-30": not a real calendar day/);
    expect(bad.messages.some((m) => m.rule === 'report-failed')).toBe(false);
    expect(good.messages.some((m) => m.rule === 'report-meta-invalid')).toBe(false);
  });

  it('a field of the wrong type or outside the vocabulary is unknown and named; the other fields are kept', () => {
    const out = ingest({ outlet: 42, published: '2017-02-28', published_basis: 'guessed' });
    expect(out.claims.length).toBeGreaterThan(0);
    expect(out.reports[0]).toMatchObject({ outlet: 'unknown', published: '2017-02-28', published_basis: 'unknown' });
    const reasons = out.messages.filter((m) => m.rule === 'report-meta-invalid').map((m) => m.reason);
    expect(reasons).toEqual([
      expect.stringMatching(/^outlet: expected a string/),
      expect.stringMatching(/^published_basis: "guessed"/),
    ]);
  });

  it('metadata that is not an object leaves every field unknown, with a message, and keeps the claims', () => {
    const out = ingest(['2017-02-28'] as unknown as Record<string, unknown>);
    expect(out.claims.length).toBeGreaterThan(0);
    expect(out.reports[0]).toMatchObject({ outlet: 'unknown', published: null });
    expect(out.messages.filter((m) => m.rule === 'report-meta-invalid')).toHaveLength(1);
  });
});
