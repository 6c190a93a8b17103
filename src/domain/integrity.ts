/**
 * Checks a dataset against itself and against its report texts: what the schema cannot see record by record.
 * Used at build time (`npm run data`, the site build: any problem fails the build, naming the record) and in the
 * browser (a claim whose quote no longer matches its report is marked, not highlighted over the wrong words).
 */
import type { Claim, Dataset } from './schema.ts';

export type IntegrityRule = 'quote-mismatch' | 'report-text-missing' | 'duplicate-id' | 'dangling-reference';

/** One problem, naming the record it concerns. */
export interface IntegrityProblem {
  rule: IntegrityRule;
  /** The collection of the record (`claims`, `places` …). */
  collection: string;
  /** The record's id. */
  id: string;
  /** What is wrong, in English (for build logs; the app localizes by `rule`). */
  reason: string;
}

/** True when the report text holds exactly the claim's quote at the claim's offsets (UTF-16, NFC text). */
export function quoteMatches(text: string, claim: Pick<Claim, 'quote' | 'quote_start' | 'quote_end'>): boolean {
  return claim.quote_end <= text.length && text.slice(claim.quote_start, claim.quote_end) === claim.quote;
}

/** Ids that occur more than once in a list of records, in first-seen order. */
export function duplicateIds(records: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of records) (seen.has(r.id) ? dup : seen).add(r.id);
  return [...dup];
}

type Collections = Pick<Dataset, 'reports' | 'sources' | 'places' | 'claims'> &
  Partial<Pick<Dataset, 'incidents' | 'tallies'>>;

/**
 * Every problem in a dataset: duplicate ids per collection, references that resolve nowhere, and — for each claim
 * whose report text is given (`texts`: report id → NFC text) — a quote that is not the text at its offsets.
 * Pass `texts: null` to skip the text checks (e.g. for an imported dataset without report texts).
 */
export function checkIntegrity(dataset: Collections, texts: ReadonlyMap<string, string> | null): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const collections = {
    reports: dataset.reports,
    sources: dataset.sources,
    places: dataset.places,
    claims: dataset.claims,
    incidents: dataset.incidents ?? [],
    tallies: dataset.tallies ?? [],
  };
  for (const [collection, records] of Object.entries(collections)) {
    for (const id of duplicateIds(records)) {
      problems.push({ rule: 'duplicate-id', collection, id, reason: `${collection}: id ${id} is used more than once` });
    }
  }
  const reportIds = new Set(dataset.reports.map((r) => r.id));
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const placeIds = new Set(dataset.places.map((p) => p.id));
  const claimIds = new Set(dataset.claims.map((c) => c.id));
  const dangling = (collection: string, id: string, field: string, target: string) =>
    problems.push({
      rule: 'dangling-reference',
      collection,
      id,
      reason: `${collection} ${id}: ${field} ${target} resolves to nothing`,
    });

  for (const p of dataset.places) {
    if (p.parent !== null && !placeIds.has(p.parent)) dangling('places', p.id, 'parent', p.parent);
    for (const m of p.members ?? []) if (!placeIds.has(m)) dangling('places', p.id, 'members', m);
  }
  for (const c of dataset.claims) {
    if (!reportIds.has(c.report_id)) dangling('claims', c.id, 'report_id', c.report_id);
    if (!sourceIds.has(c.source_id)) dangling('claims', c.id, 'source_id', c.source_id);
    if (c.place_id !== null && !placeIds.has(c.place_id)) dangling('claims', c.id, 'place_id', c.place_id);
    if (c.supersedes !== null && !claimIds.has(c.supersedes)) dangling('claims', c.id, 'supersedes', c.supersedes);
    if (texts === null || c.dataset !== undefined) continue;
    const text = texts.get(c.report_id);
    if (text === undefined) {
      if (reportIds.has(c.report_id)) {
        problems.push({
          rule: 'report-text-missing',
          collection: 'claims',
          id: c.id,
          reason: `claims ${c.id}: the text of report ${c.report_id} is missing`,
        });
      }
    } else if (!quoteMatches(text, c)) {
      problems.push({
        rule: 'quote-mismatch',
        collection: 'claims',
        id: c.id,
        reason: `claims ${c.id}: the quote is not the text of report ${c.report_id} at [${c.quote_start}, ${c.quote_end})`,
      });
    }
  }
  for (const [collection, events] of [
    ['incidents', collections.incidents],
    ['tallies', collections.tallies],
  ] as const) {
    for (const e of events) {
      for (const id of e.claim_ids) if (!claimIds.has(id)) dangling(collection, e.id, 'claim_ids', id);
      if (e.place_id !== null && !placeIds.has(e.place_id)) dangling(collection, e.id, 'place_id', e.place_id);
    }
  }
  return problems;
}
