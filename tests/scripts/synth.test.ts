import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Dataset, Source } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';
import { GazetteerRecord } from '../../src/ingest/gazetteer';
import { generateSynthetic } from '../../scripts/lib/synth';

const gazetteer = z.array(GazetteerRecord).parse(JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')));
const sources = z.array(Source).parse(JSON.parse(readFileSync('data/sources.json', 'utf8')));
const make = (n: number, seed = 1) => generateSynthetic({ n, seed, gazetteer, sources });

describe('the synthetic dataset generator', () => {
  const dataset = make(500);

  it('makes n schema-valid incidents that the app loads with nothing set aside', () => {
    expect(() => Dataset.parse(dataset)).not.toThrow();
    expect(dataset.incidents).toHaveLength(500);
    const loaded = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(loaded.ok && loaded.dataset.rejected).toEqual([]);
  });

  it('gives each incident 1 to 4 claims, dated 2012–2025, at gazetteer places', () => {
    for (const incident of dataset.incidents) {
      expect(incident.claim_ids.length).toBeGreaterThanOrEqual(1);
      expect(incident.claim_ids.length).toBeLessThanOrEqual(4);
      expect(incident.date!.from >= '2012-01-01' && incident.date!.to <= '2025-12-31').toBe(true);
    }
    const placeIds = new Set(dataset.places.map((p) => p.id));
    for (const p of dataset.places) if (p.parent !== null) expect(placeIds.has(p.parent), p.id).toBe(true);
  });

  it('is deterministic: the same seed gives the same bytes, another seed does not', () => {
    expect(JSON.stringify(make(200, 7))).toBe(JSON.stringify(make(200, 7)));
    expect(JSON.stringify(make(200, 8))).not.toBe(JSON.stringify(make(200, 7)));
  });
});
