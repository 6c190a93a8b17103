/**
 * The workbench without a browser: files → the CLI's pipeline (importReports) → merged into the loaded dataset →
 * decisions → export; and the round trip the README documents: the export put into data/ and rebuilt by
 * `npm run data` shows the same claims and figures the analyst saw.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataMain } from '../../scripts/build-data';
import { validateDataset, type ValidDataset } from '../../src/domain/validate';
import { Dataset } from '../../src/domain/schema';
import { loadResources } from '../../src/ingest/cli';
import { prepare, type Prepared } from '../../src/ingest/prepare';
import { claimPrefix, importReports, type ImportItem, type ImportResult } from '../../src/dataset/importReports';
import { mergeLocal } from '../../src/dataset/localData';
import { decide, placeChanges } from '../../src/dataset/decisions';
import { decisionsToCorrections, exportZip, reviewedDataset } from '../../src/dataset/localExport';
import type { LocalClaim, LocalData } from '../../src/dataset/localStore';
import { removeTempDirs, tempDir, utf16, windows1256 } from '../cli/helpers';

const SLOW = 120_000;
const FIXTURE = 'tests/fixtures/workbench/kafranbel-strike';
const AT = '2026-12-06T12:00:00.000Z';
const item = (name: string, bytes: Uint8Array, sidecar: Uint8Array | null = null): ImportItem => ({
  name,
  bytes,
  sidecar,
});
const strike = () => item('kafranbel-strike.txt', readFileSync(`${FIXTURE}.txt`), readFileSync(`${FIXTURE}.meta.json`));

let prepared: Prepared;
let shipped: ValidDataset;
const taken = (d: ValidDataset) => ({
  uids: new Set(d.reports.flatMap((r) => (r.uid ? [r.uid] : []))),
  ids: new Set(d.reports.flatMap((r) => [r.id, claimPrefix(r.id)])),
});
const asLocal = (r: ImportResult, claims?: LocalClaim[]): LocalData => ({
  reports: r.reports,
  claims: claims ?? r.claims.map((c) => ({ id: c.id, original: c, current: c })),
  places: r.places,
  sources: r.sources,
});

beforeAll(() => {
  prepared = prepare(loadResources('data').resources);
  const v = validateDataset(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
  if (!v.ok) throw new Error(v.detail);
  shipped = v.dataset;
}, SLOW);
afterAll(removeTempDirs);

describe('importing reports in the browser', () => {
  it('reads a report where two sources count one strike differently into one incident with both figures', () => {
    const r = importReports([strike()], prepared, taken(shipped));
    expect(r.reports.map((x) => x.report.outlet)).toEqual(['Rasd test desk']);
    const killed = r.claims.map((c) => c.killed?.min).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(killed).toEqual([9, 11]);
    expect(r.claims.every((c) => c.review_status === 'machine-read')).toBe(true);
    const merged = mergeLocal(shipped, asLocal(r));
    const incident = merged.incidents.find((i) => i.claim_ids.includes(r.claims[0]?.id ?? ''));
    expect(incident?.killed).toEqual({ min: 9, max: 11 });
    expect(incident?.source_count).toBe(2);
    expect(merged.incidents.length).toBe(shipped.incidents.length + 1);
  });

  it('names an empty, a binary and a non-Arabic file, says which encoding it assumed, and imports the rest', () => {
    const text = readFileSync(`${FIXTURE}.txt`, 'utf8');
    const r = importReports(
      [
        item('empty.txt', new Uint8Array()),
        item('binary.txt', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 0, 0, 0, 0, 9])),
        item('english.txt', new TextEncoder().encode('Nine people were killed in an air strike today.')),
        item('windows.txt', windows1256(text.replace('9 مدنيين', '7 مدنيين'))),
        item('utf16.txt', utf16(text.replace('9 مدنيين', '8 مدنيين'), 'le', true)),
      ],
      prepared,
      taken(shipped),
    );
    const kinds = r.notices.map((n) => `${n.file}:${n.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'empty.txt:report-empty',
        'english.txt:report-not-arabic',
        'windows.txt:encoding',
        'utf16.txt:encoding',
      ]),
    );
    expect(kinds.some((k) => k.startsWith('binary.txt:report-'))).toBe(true);
    expect(r.reports.map((x) => x.report.file).sort()).toEqual(['utf16.txt', 'windows.txt']);
  });

  it('does not import the same text twice, and renames a file whose claim ids would clash', () => {
    const first = importReports([strike()], prepared, taken(shipped));
    const again = importReports([strike()], prepared, {
      uids: new Set(first.reports.map((r) => r.report.uid ?? '')),
      ids: new Set(first.reports.map((r) => r.report.id)),
    });
    expect(again.reports).toEqual([]);
    expect(again.notices.map((n) => n.kind)).toEqual(['duplicate']);
    const clash = importReports([item('000_other.txt', readFileSync(`${FIXTURE}.txt`))], prepared, taken(shipped));
    expect(clash.notices.map((n) => n.kind)).toContain('renamed');
    expect(clash.claims.every((c) => !shipped.claims.some((s) => s.id === c.id))).toBe(true);
  });
});

describe('review decisions', () => {
  it('records each decision with its time and note; a rejected claim leaves every figure', () => {
    const r = importReports([strike()], prepared, taken(shipped));
    const [a, b] = r.claims.map((c) => ({ id: c.id, original: c, current: c }));
    if (!a || !b) throw new Error('two claims expected');
    const rejected = decide(b, { action: 'reject', note: 'same figure as another report' }, AT);
    if (!rejected.ok) throw new Error(rejected.reasons.join());
    expect(rejected.claim.current.audit).toEqual([{ at: AT, action: 'reject', note: 'same figure as another report' }]);
    const merged = mergeLocal(shipped, asLocal(r, [a, rejected.claim]));
    const incident = merged.incidents.find((i) => i.claim_ids.includes(a.id));
    expect(incident?.killed).toEqual({ min: 9, max: 9 });
    expect(merged.claims.some((c) => c.id === b.id)).toBe(false);
  });

  it('refuses an impossible count with the schema reason', () => {
    const c = importReports([strike()], prepared, taken(shipped)).claims[0];
    if (!c) throw new Error('a claim expected');
    const result = decide(
      { id: c.id, original: c, current: c },
      { action: 'edit', changes: { killed: { min: 12, max: 10, qualifier: 'approx' } } },
      AT,
    );
    expect(result.ok).toBe(false);
  });
});

describe('publishing: the export rebuilt by the command line shows the same numbers', () => {
  it(
    'rebuilds the exported reports and corrections with npm run data into the same claims and incident',
    () => {
      const r = importReports([strike()], prepared, taken(shipped));
      const placesById = new Map(prepared.resources.places.map((p) => [p.id, p]));
      const maarat = placesById.get('gn-167611');
      if (!maarat) throw new Error('gazetteer place expected');
      const claims = r.claims.map((c) => ({ id: c.id, original: c, current: c }));
      const wh = claims.findIndex((c) => c.current.killed?.min === 9);
      const target = claims[wh];
      if (!target) throw new Error('the 9 claim expected');
      let step = decide(target, { action: 'edit', changes: { killed: { min: 10, max: 10, qualifier: 'exact' } } }, AT);
      if (!step.ok) throw new Error(step.reasons.join());
      step = decide(step.claim, { action: 'edit', changes: placeChanges(step.claim.current, maarat, placesById) }, AT);
      if (!step.ok) throw new Error(step.reasons.join());
      step = decide(step.claim, { action: 'accept', note: 'count checked against the video' }, AT);
      if (!step.ok) throw new Error(step.reasons.join());
      claims[wh] = step.claim;
      const local = asLocal(r, claims);

      const seen = reviewedDataset(shipped, local, AT);
      expect(Dataset.safeParse(seen).success).toBe(true);
      const corrections = decisionsToCorrections(claims);
      expect(corrections.corrections).toEqual([
        expect.objectContaining({ action: 'set', claim: target.id, expect: target.original.quote.slice(0, 30) }),
      ]);

      // A new user's data/ folder: the shipped dictionaries and reports, plus the unzipped export.
      const { dir } = tempDir();
      const data = join(dir, 'data');
      mkdirSync(data);
      for (const f of ['geo', 'places', 'ingest', 'sources.json'])
        symlinkSync(join(process.cwd(), 'data', f), join(data, f));
      cpSync('data/reports', join(data, 'reports'), { recursive: true });
      cpSync('data/corrections', join(data, 'corrections'), { recursive: true });
      const zip = unzipSync(exportZip(local, seen));
      for (const [path, bytes] of Object.entries(zip))
        if (path.startsWith('reports/') || path.startsWith('corrections/')) writeFileSync(join(data, path), bytes);
      expect(JSON.parse(strFromU8(zip['corrections/workbench.json'] as Uint8Array))).toEqual(corrections);

      expect(buildDataMain(['--data', data, '--out-dir', join(dir, 'out')])).toBe(0);
      const rebuilt = Dataset.parse(JSON.parse(readFileSync(join(dir, 'out', 'dataset.json'), 'utf8')));
      const pick = (d: { claims: typeof seen.claims }) =>
        d.claims
          .filter((c) => c.report_id === r.reports[0]?.report.id)
          .map((c) => [c.id, c.killed, c.injured, c.place_id, c.source_id, c.date?.from, c.review_status]);
      expect(pick(rebuilt)).toEqual(pick(seen));
      const incidentOf = (d: typeof seen) => d.incidents.find((i) => i.claim_ids.includes(target.id));
      expect(incidentOf(rebuilt)?.killed).toEqual({ min: 10, max: 11 });
      expect(incidentOf(rebuilt)?.killed).toEqual(incidentOf(seen)?.killed);
      expect(rebuilt.incidents.length).toBe(seen.incidents.length);
    },
    SLOW,
  );
});
