/**
 * The shipped dataset is extraction + corrections, and equals the analyst's gold annotation on every FORMAT field:
 * nothing lost, nothing invented, every quote at its offsets, place ids as the app knows them, and a fresh build is
 * byte-identical to what is shipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FORMAT_FIELDS, GoldFile } from '../../src/domain/gold';
import { Dataset } from '../../src/domain/schema';
import { buildDataset, listReports, loadCorrections, loadResources, readReport } from '../../src/ingest/cli';
import { prepare } from '../../src/ingest/prepare';

const gold = GoldFile.parse(JSON.parse(readFileSync('data/gold/seeds.json', 'utf8')));
const links = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync('data/gold/place-links.json', 'utf8')));
const shippedText = readFileSync('public/data/dataset.json', 'utf8');
const shipped = Dataset.parse(JSON.parse(shippedText));
const goldClaims = gold.reports.flatMap((r) => r.claims.map((c) => ({ ...c, report: r.file.replace(/\.txt$/, '') })));

let fresh = '';
let extractedOnly: ReturnType<typeof buildDataset>;

beforeAll(() => {
  const { resources, extras } = loadResources('data');
  const p = prepare(resources);
  const inputs = listReports(['data/reports']).map(readReport);
  const build = () =>
    buildDataset(inputs, p, extras, { title: 'Founding reports', corrections: loadCorrections('data/corrections') });
  fresh = JSON.stringify(build(), null, 1) + '\n';
  expect(JSON.stringify(build(), null, 1) + '\n').toBe(fresh);
  extractedOnly = buildDataset(inputs, p, extras, { title: 'Founding reports' });
});

describe('the shipped dataset = extraction + corrections', () => {
  it('is what `npm run data` builds now, byte for byte (rebuild after changing the pipeline)', () => {
    expect(shippedText).toBe(fresh);
  });

  it('holds every gold claim, field for field', () => {
    for (const g of goldClaims) {
      const c = shipped.claims.find((x) => x.id === g.id);
      expect(c, g.id).toBeDefined();
      for (const f of FORMAT_FIELDS) expect(c?.[f], `${g.id}.${f}`).toEqual(g[f]);
      expect(c?.report_id).toBe(g.report);
    }
  });

  it('invents nothing', () => {
    expect(shipped.claims.map((c) => c.id).sort()).toEqual(goldClaims.map((c) => c.id).sort());
  });

  it('puts every quote at its offsets in the NFC report text', () => {
    for (const c of shipped.claims) {
      const report = shipped.reports.find((r) => r.id === c.report_id);
      const text = readFileSync(join('data/reports', report?.file ?? ''), 'utf8').normalize('NFC');
      expect(text.slice(c.quote_start, c.quote_end), c.id).toBe(c.quote);
    }
  });

  it('links places by the ids the app knows', () => {
    for (const c of shipped.claims) expect(c.place_id, c.id).toBe(links[c.id] ?? null);
    const ids = new Set(shipped.places.map((p) => p.id));
    for (const id of ['rasd-raqqa-harat-al-badu', 'gn-172955', 'gov-SY11']) expect(ids.has(id)).toBe(true);
  });

  it('ships every place a claim uses, with its ancestors', () => {
    const byId = new Map(shipped.places.map((p) => [p.id, p]));
    for (const p of shipped.places) if (p.parent !== null) expect(byId.has(p.parent), p.id).toBe(true);
  });
});

describe('extraction alone, before corrections', () => {
  it('finds as many claims as the analyst, all valid', () => {
    expect(extractedOnly.claims).toHaveLength(goldClaims.length);
    expect(extractedOnly.claims.every((c) => c.corrected === undefined)).toBe(true);
  });

  it('marks only claims whose facts an analyst changed as corrected', () => {
    const corrected = shipped.claims.filter((c) => c.corrected === true).map((c) => c.id);
    expect(corrected.length).toBeGreaterThan(0);
    expect(corrected.length).toBeLessThan(goldClaims.length / 3);
  });
});
