import type { Claim, Incident, Place, Report, Source, Tally } from '../domain/schema';
import type { ValidDataset } from '../domain/validate';

/** The validated dataset plus the lookups every view needs; built once per load. */
export interface DatasetModel extends ValidDataset {
  claimsById: ReadonlyMap<string, Claim>;
  reportsById: ReadonlyMap<string, Report>;
  sourcesById: ReadonlyMap<string, Source>;
  placesById: ReadonlyMap<string, Place>;
  /** Claims of each report, in text order. */
  claimsByReport: ReadonlyMap<string, Claim[]>;
  /** Every incident and tally by id. */
  eventsById: ReadonlyMap<string, Incident | Tally>;
}

export function buildModel(dataset: ValidDataset): DatasetModel {
  const claimsByReport = new Map<string, Claim[]>();
  for (const c of dataset.claims) {
    const list = claimsByReport.get(c.report_id);
    if (list) list.push(c);
    else claimsByReport.set(c.report_id, [c]);
  }
  for (const list of claimsByReport.values()) list.sort((a, b) => a.quote_start - b.quote_start);
  return {
    ...dataset,
    claimsById: new Map(dataset.claims.map((c) => [c.id, c])),
    reportsById: new Map(dataset.reports.map((r) => [r.id, r])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    placesById: new Map(dataset.places.map((p) => [p.id, p])),
    claimsByReport,
    eventsById: new Map<string, Incident | Tally>([
      ...dataset.incidents.map((i) => [i.id, i] as const),
      ...dataset.tallies.map((t) => [t.id, t] as const),
    ]),
  };
}
