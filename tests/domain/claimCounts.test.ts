/**
 * One literal for a claim's counts (src/domain/claimCounts.ts): what it states, what it leaves null, and the key order
 * every writer of claims keeps, so a dataset written as JSON has the same bytes whoever wrote it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { claimCounts } from '../../src/domain/claimCounts';
import { claimFormatFields, Source, type Claim } from '../../src/domain/schema';
import { draftClaim } from '../../src/dataset/claimDrafts';
import { GazetteerRecord } from '../../src/ingest/gazetteer';
import { importAcled } from '../../src/ingest/importers/acled';
import { loadImportResources } from '../../src/ingest/importers/resources';
import { importUcdp, UCDP_COLUMNS } from '../../src/ingest/importers/ucdp';
import { generateSynthetic } from '../../scripts/lib/synth';

const COUNT_KEYS = ['killed', 'injured', 'children_killed', 'women_killed', 'children_injured', 'women_injured'];
const FIELD_ORDER = Object.keys(claimFormatFields);
/** A claim's keys among the contract's fields, in the order the claim holds them (JSON.stringify's order). */
const contractKeys = (c: Claim) => Object.keys(c).filter((k) => k in claimFormatFields);

describe('claimCounts', () => {
  it('with nothing stated, is all six counts null, in the contract order', () => {
    const counts = claimCounts();
    expect(Object.keys(counts)).toEqual(COUNT_KEYS);
    expect(Object.values(counts)).toEqual([null, null, null, null, null, null]);
    expect(COUNT_KEYS.every((k) => FIELD_ORDER.includes(k))).toBe(true);
  });

  it('keeps what is stated, in its place, and leaves the rest null', () => {
    const killed = { min: 12, max: 12, qualifier: 'exact' as const };
    const childrenInjured = { min: 3, max: null, qualifier: 'more_than' as const };
    const counts = claimCounts({ children_injured: childrenInjured, killed });
    expect(Object.keys(counts)).toEqual(COUNT_KEYS);
    expect(counts).toEqual({ ...claimCounts(), killed, children_injured: childrenInjured });
  });
});

describe('every writer of claims lists their fields in the contract order', () => {
  const resources = loadImportResources('data');

  it('the ACLED importer', () => {
    const acled = importAcled(readFileSync('tests/fixtures/acled-sample.csv', 'utf8'), resources, {
      version: 'x',
      file: 'acled-sample.csv',
    });
    expect(acled.claims.length).toBeGreaterThan(0);
    for (const c of acled.claims) expect(contractKeys(c)).toEqual(FIELD_ORDER);
  });

  it('the UCDP importer', () => {
    const [header = '', row = ''] = readFileSync('data/ucdp/ucdp-ged-syria-2016-2019.csv', 'utf8').split(/\r?\n/, 2);
    expect(header.split(',')).toEqual([...UCDP_COLUMNS]);
    const ucdp = importUcdp(`${header}\n${row}\n`, resources, { version: 'x', file: 'x.csv' });
    expect(ucdp.claims).toHaveLength(1);
    expect(contractKeys(ucdp.claims[0] as Claim)).toEqual(FIELD_ORDER);
  });

  it('the workbench, for a claim the analyst adds', () => {
    const text = 'قتل خمسة مدنيين في قصف على المدينة';
    const draft = draftClaim('r1', text, { start: 0, end: text.length }, [], '2026-01-01T00:00:00Z');
    expect(draft && contractKeys(draft.current)).toEqual(FIELD_ORDER);
  });

  it('the synthetic dataset generator', () => {
    const gazetteer = z.array(GazetteerRecord).parse(JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')));
    const sources = z.array(Source).parse(JSON.parse(readFileSync('data/sources.json', 'utf8')));
    const { claims } = generateSynthetic({ n: 20, seed: 1, gazetteer, sources });
    expect(claims.some((c) => c.injured !== null) && claims.some((c) => c.injured === null)).toBe(true);
    for (const c of claims) expect(contractKeys(c)).toEqual(FIELD_ORDER);
  });
});
