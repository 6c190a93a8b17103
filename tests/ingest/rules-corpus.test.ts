/**
 * Extraction alone, with NO corrections, measured on text it must read well: the five seed reports against the
 * analyst's gold (data/gold/seeds.json), and a corpus of short reports written for these tests
 * (tests/fixtures/written, one per failure class of issue 13) against the claims an analyst would take from them.
 * Thresholds sit just under today's scores so that a regression fails here, not in a corrections file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFile } from '../../src/domain/gold';
import type { Claim } from '../../src/domain/schema';
import { listReports, readReport } from '../../src/ingest/cli';
import { score } from '../../src/ingest/evaluate';
import { ingestReports } from '../../src/ingest/pipeline';
import { prepared } from './helpers';

describe('the seed reports, extracted without corrections', () => {
  const gold = GoldFile.parse(JSON.parse(readFileSync('data/gold/seeds.json', 'utf8')));
  const inputs = listReports(['data/reports']).map(readReport);
  const out = ingestReports(inputs, prepared());
  const texts = new Map(out.reports.map((r, k) => [r.id, (inputs[k]?.text ?? '').normalize('NFC')]));
  const s = score(gold, out.claims, texts);

  it('finds every gold claim and nothing else (F1 ≥ 0.95)', () => {
    expect(s.missed.map((m) => m.gold.id)).toEqual([]);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['place', 'date', 'source', 'perpetrator', 'kind', 'killed', 'injured', 'victims', 'status'])(
    'gets %s right on at least 90%% of matched claims',
    (field) => {
      expect(s.accuracy[field]).toBeGreaterThanOrEqual(0.9);
    },
  );
});

interface Expected {
  quote: string;
  event?: string;
  killed?: number;
  injured?: number;
  children_killed?: number;
  women_killed?: number;
  source?: string;
  kind?: string;
  date?: [string, string];
  governorate?: string;
  precision?: string;
  perpetrator?: string;
}
interface ExpectedReport {
  file: string;
  published: string;
  claims: Expected[];
}

const DIR = 'tests/fixtures/written';
const written = (JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { reports: ExpectedReport[] }).reports;

/** The field values of a claim, in the shape of the expectations. */
const FIELDS: Record<string, (c: Claim) => unknown> = {
  killed: (c) => c.killed?.min ?? null,
  injured: (c) => c.injured?.min ?? null,
  children_killed: (c) => c.children_killed?.min ?? null,
  women_killed: (c) => c.women_killed?.min ?? null,
  source: (c) => c.source,
  kind: (c) => c.kind,
  date: (c) => (c.date ? [c.date.from, c.date.to] : null),
  governorate: (c) => c.place.governorate,
  precision: (c) => c.place.precision,
  perpetrator: (c) => c.perpetrator,
};

describe('a corpus of reports written in the corpus styles, extracted without corrections', () => {
  const inputs = written.map((r) => ({
    file: r.file,
    text: readFileSync(join(DIR, r.file), 'utf8'),
    meta: { outlet: 'Test', published: r.published, published_basis: 'inferred from events' },
  }));
  const out = ingestReports(inputs, prepared());
  // Each expected claim matches the extracted claim whose quote holds its words and whose first figure agrees.
  const matches = written.map((r, k) => {
    const report = out.reports[k]!;
    const text = inputs[k]!.text.normalize('NFC');
    const claims = out.claims.filter((c) => c.report_id === report.id);
    const used = new Set<Claim>();
    return r.claims.map((e) => {
      const at = text.indexOf(e.quote.normalize('NFC'));
      const figure = e.killed ?? e.injured;
      const hit = claims.find(
        (c) =>
          !used.has(c) &&
          at >= 0 &&
          c.quote_start < at + e.quote.length &&
          c.quote_end > at &&
          (e.killed !== undefined ? c.killed?.min : c.injured?.min) === figure,
      );
      if (hit) used.add(hit);
      return { file: r.file, expected: e, claim: hit ?? null, extra: claims };
    });
  });
  const all = matches.flat();
  const found = all.filter((m) => m.claim !== null);

  it('has at least eight reports, each with its text', () => {
    expect(written.length).toBeGreaterThanOrEqual(8);
    for (const i of inputs) expect(i.text.length).toBeGreaterThan(50);
  });

  it('finds at least 95% of the expected claims and invents at most one in twenty', () => {
    const missed = all.filter((m) => m.claim === null).map((m) => `${m.file}: ${m.expected.quote}`);
    expect(found.length / all.length, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(found.length / out.claims.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.keys(FIELDS))('gets %s right on at least 85% of the claims that state it', (field) => {
    const checked = found.filter((m) => field in m.expected);
    const wrong = checked.filter(
      (m) =>
        JSON.stringify(FIELDS[field]!(m.claim!)) !==
        JSON.stringify((m.expected as unknown as Record<string, unknown>)[field]),
    );
    const detail = wrong.map((m) => `${m.file} «${m.expected.quote}»: ${JSON.stringify(FIELDS[field]!(m.claim!))}`);
    expect(1 - wrong.length / Math.max(1, checked.length), detail.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('puts a second source\'s figure for "the same strike" in the first figure\'s incident: 9 and 11, one event', () => {
    const first = all.filter((m) => m.file.startsWith('01_'));
    expect(first.map((m) => m.claim?.killed?.min)).toEqual([9, 11]);
    expect(first[0]!.claim!.event).toBe(first[1]!.claim!.event);
    // The second figure is placed and dated like the first, so the incident is on the map with both.
    expect(first[1]!.claim!.place).toEqual(first[0]!.claim!.place);
    expect(first[1]!.claim!.date).toEqual(first[0]!.claim!.date);
  });

  it('keeps claims labelled as one incident in one event, and separate incidents apart', () => {
    for (const report of matches) {
      const byLabel = new Map<string, Set<string>>();
      for (const m of report)
        if (m.expected.event && m.claim) {
          const set = byLabel.get(m.expected.event) ?? new Set<string>();
          set.add(m.claim.event);
          byLabel.set(m.expected.event, set);
        }
      for (const [label, events] of byLabel)
        if (label !== 'b') expect(events.size, `${report[0]?.file} ${label}`).toBe(1);
    }
  });

  it('reads no casualty from strikes, displaced people, patients, years or file names', () => {
    const negatives = out.claims.filter((c) => c.report_id === out.reports[6]!.id);
    expect(negatives.map((c) => c.killed?.min ?? c.injured?.min)).toEqual([2]);
  });
});
