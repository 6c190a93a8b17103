/**
 * Issue 12: a link copied before reports are added must open the same incident after the rebuild. The real pipeline
 * (extraction + the analysts' corrections, as `npm run data` runs it) ingests the five shipped reports, then again
 * with eleven more that sort FIRST (named `0000_…`; the nine written fixtures and two Raqqa 2017 reports written for this test):
 * every report, claim, incident and tally of the first run keeps its uid, and that uid still names the same claims.
 */
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveEventRef } from '../../src/domain/ids';
import type { Dataset } from '../../src/domain/schema';
import { buildDataset, listReports, loadCorrections, loadResources, readReport } from '../../src/ingest/cli';
import { prepare } from '../../src/ingest/prepare';

let before: Dataset;
let after: Dataset;
/** The same two runs without the corrections (which name events with the gold's slugs). */
let plainBefore: Dataset;
let plainAfter: Dataset;

beforeAll(() => {
  const { resources, extras } = loadResources('data');
  const p = prepare(resources);
  const corrections = loadCorrections('data/corrections');
  const shipped = listReports(['data/reports']).map(readReport);
  // Renamed `0000_…` so they sort before every shipped report (`000_…`), as a newer batch of files could. (Named
  // `000_…` they would take the shipped claim ids "000-1", … on which the analysts' corrections are keyed.)
  const extra = listReports(['tests/fixtures/written', 'tests/fixtures/stable-ids']).map((path) => ({
    ...readReport(path),
    file: `0000_${basename(path)}`,
  }));
  expect(extra.length).toBe(14);
  const build = (inputs: typeof shipped, fix = true) =>
    buildDataset(inputs, p, extras, { title: 'stable ids', ...(fix ? { corrections } : {}) });
  const all = [...extra, ...shipped].sort((a, b) => (a.file < b.file ? -1 : 1));
  before = build(shipped);
  after = build(all);
  plainBefore = build(shipped, false);
  plainAfter = build(all, false);
}, 120_000);

const events = (d: Dataset) => [...d.incidents, ...d.tallies];
const claimUids = (d: Dataset, ids: readonly string[]) =>
  ids.map((id) => d.claims.find((c) => c.id === id)?.uid).sort();

describe('content-derived ids survive adding reports that sort first', () => {
  it('the second run really has more events, and sorts the new reports first', () => {
    expect(events(after).length).toBeGreaterThan(events(before).length);
    expect(after.reports[0]!.file.startsWith('0000_')).toBe(true);
  });

  it('every report and claim keeps its uid', () => {
    const reports = new Set(after.reports.map((r) => r.uid));
    for (const r of before.reports) expect(reports.has(r.uid), r.file).toBe(true);
    const claims = new Map(after.claims.map((c) => [c.uid, c]));
    for (const c of before.claims) {
      expect(c.uid, c.id).toBeDefined();
      expect(claims.get(c.uid)?.quote, c.id).toBe(c.quote);
    }
  });

  it('every incident and tally keeps its uid, and the uid names the same claims', () => {
    for (const e of events(before)) {
      expect(e.uid, e.id).toBeDefined();
      const found = resolveEventRef(e.uid!, events(after), after.claims);
      expect(found?.uid, e.id).toBe(e.uid);
      expect(claimUids(after, found!.claim_ids), e.id).toEqual(claimUids(before, e.claim_ids));
    }
  });

  it('slugs are not enough: at least one old slug now names another event (why links carry the uid)', () => {
    const moved = events(plainBefore).filter((e) => events(plainAfter).find((x) => x.id === e.id)?.uid !== e.uid);
    expect(moved.length).toBeGreaterThan(0);
    for (const e of events(plainBefore)) expect(resolveEventRef(e.uid!, events(plainAfter))?.uid).toBe(e.uid);
  });
});
