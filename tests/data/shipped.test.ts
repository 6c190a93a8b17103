import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FORMAT_FIELDS, GoldFile } from '../../src/domain/gold';
import { Dataset, DatasetFile, RECORD_SCHEMAS } from '../../src/domain/schema';
import { liveReportText as reportText, liveShippedRaw as shippedRaw } from '../helpers/dataset';

const gold = GoldFile.parse(JSON.parse(readFileSync('data/gold/seeds.json', 'utf8')));
const dataset = shippedRaw();
const goldClaims = gold.reports.flatMap((r) => r.claims.map((c) => ({ ...c, file: r.file })));

describe('the shipped dataset (public/data/dataset.json)', () => {
  it('is valid against the published schema as a whole', () => {
    expect(() => Dataset.parse(dataset)).not.toThrow();
  });

  it('puts every quote exactly at its offsets in its report', () => {
    for (const claim of dataset.claims) {
      const report = dataset.reports.find((r) => r.id === claim.report_id);
      expect(report, claim.id).toBeDefined();
      const text = reportText(report!.file);
      expect(text.slice(claim.quote_start, claim.quote_end), claim.id).toBe(claim.quote);
    }
  });

  it('holds every claim of the gold annotation, field for field: nothing lost', () => {
    for (const g of goldClaims) {
      const claim = dataset.claims.find((c) => c.id === g.id);
      expect(claim, g.id).toBeDefined();
      for (const field of FORMAT_FIELDS) expect(claim![field], `${g.id}.${field}`).toEqual(g[field]);
      expect(claim!.report_id).toBe(g.file.replace(/\.txt$/, ''));
    }
  });

  it('holds no claim the gold annotation lacks: nothing invented', () => {
    expect(dataset.claims.map((c) => c.id).sort()).toEqual(goldClaims.map((c) => c.id).sort());
  });

  it('carries each report with the outlet and publication date the analyst recorded', () => {
    for (const r of gold.reports) {
      const report = dataset.reports.find((d) => d.file === r.file);
      expect(report).toMatchObject({ outlet: r.outlet, outlet_ar: r.outlet_ar, published: r.published, published_basis: r.published_basis });
    }
  });

  it('links every claim to a source and every placed claim to a known place', () => {
    const sources = new Set(dataset.sources.map((s) => s.id));
    const places = new Set(dataset.places.map((p) => p.id));
    for (const c of dataset.claims) {
      expect(sources.has(c.source_id), c.id).toBe(true);
      if (c.place_id !== null) expect(places.has(c.place_id), c.id).toBe(true);
    }
  });
});

describe('the exported JSON Schema (data/schema/)', () => {
  it('is up to date with the zod contract (run `npm run schema` after changing src/domain/schema.ts)', () => {
    const onDisk = JSON.parse(readFileSync('data/schema/dataset.schema.json', 'utf8')) as Record<string, unknown>;
    const fresh = { ...z.toJSONSchema(DatasetFile, { io: 'input', unrepresentable: 'any' }), title: 'Rasd dataset' };
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect(Object.keys(RECORD_SCHEMAS)).toContain('claims');
  });
});
