/**
 * Opening a dataset without rebuilding: a Rasd JSON keeps its valid records and names the bad ones; UCDP GED and
 * ACLED CSVs go through the CLI's importers; anything else is refused with a reason, never half-opened.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/dataset/openDataset';
import { loadImportResources } from '../../src/ingest/importers/resources';

const resources = loadImportResources('data');
const AT = '2026-12-06T12:00:00.000Z';
const bytes = (text: string) => new TextEncoder().encode(text);
const shipped = JSON.parse(readFileSync('tests/fixtures/dataset-v2/dataset.json', 'utf8')) as {
  claims: { id: string; killed: { min: number; max: number | null } | null }[];
};

describe('open a dataset file', () => {
  it('opens a Rasd dataset, setting aside and naming a bad claim while keeping the valid ones', () => {
    const bad = structuredClone(shipped);
    const victim = bad.claims.find((c) => c.killed !== null);
    if (!victim?.killed) throw new Error('fixture has no counted claim');
    victim.killed = { ...victim.killed, min: 5, max: 2 };
    const result = readDatasetFile('mine.json', bytes(JSON.stringify(bad)), resources, AT);
    if (!result.ok) throw new Error(result.reason);
    expect(result.kind).toBe('rasd');
    expect(result.dataset.claims.map((c) => c.id)).not.toContain(victim.id);
    expect(result.dataset.claims).toHaveLength(shipped.claims.length - 1);
    expect(result.dataset.rejected).toContainEqual(
      expect.objectContaining({ collection: 'claims', id: victim.id, outcome: 'set-aside' }),
    );
    // Incidents are re-derived from what was kept: none counts the set-aside claim.
    expect(result.dataset.incidents.flatMap((i) => i.claim_ids)).not.toContain(victim.id);
  });

  it('opens a UCDP GED CSV through the CLI importer', () => {
    const csv = readFileSync('data/ucdp/ucdp-ged-syria-2016-2019.csv', 'utf8').split('\n').slice(0, 41).join('\n');
    const result = readDatasetFile('ged-19.1.csv', bytes(csv), resources, AT);
    if (!result.ok) throw new Error(result.reason);
    expect(result.kind).toBe('ucdp');
    expect(result.dataset.claims.length).toBeGreaterThan(20);
    expect(new Set(result.dataset.claims.map((c) => c.dataset))).toEqual(new Set(['ucdp-ged']));
    expect(result.dataset.reports[0]?.id).toBe('ucdp-ged-19.1');
  });

  it('opens an ACLED CSV through the CLI importer', () => {
    const result = readDatasetFile('acled.csv', readFileSync('tests/fixtures/acled-sample.csv'), resources, AT);
    if (!result.ok) throw new Error(result.reason);
    expect(result.kind).toBe('acled');
    expect(result.dataset.claims.length).toBeGreaterThan(0);
    expect(new Set(result.dataset.claims.map((c) => c.dataset))).toEqual(new Set(['acled']));
  });

  it('refuses a file that is neither, saying why', () => {
    const notJson = readDatasetFile('x.json', bytes('{"version": 2, '), resources, AT);
    expect(notJson).toEqual({ ok: false, reason: expect.stringMatching(/^not JSON/) });
    const otherCsv = readDatasetFile('x.csv', bytes('a,b,c\n1,2,3\n'), resources, AT);
    expect(otherCsv).toEqual({ ok: false, reason: expect.stringMatching(/neither a Rasd dataset/) });
    const future = readDatasetFile('x.json', bytes('{"version": 99}'), resources, AT);
    expect(future).toEqual({ ok: false, reason: expect.stringMatching(/schema version 99/) });
  });
});
