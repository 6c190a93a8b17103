import type { Incident, IngestMessage, Place, Report, Source, Tally } from '../domain/schema';
import type { ValidDataset } from '../domain/validate';
import type { ClaimSummary, SummaryDataset } from '../domain/claimDetails';
import { memorySource, type ClaimDetailSource } from './details';
import { fetchedSource } from './detailsFetched';
import { ClaimIndex } from './claimIndex';

/**
 * The dataset every view reads, plus the lookups they need; built once per load. Claims are summaries (issue 12.2):
 * a view that shows a quote, notes, bases, traces, spans, audit or corrections reads the whole claim through
 * `details` (detailQueries.ts), which answers at once for a dataset loaded whole and fetches chunks for a core.
 */
export interface DatasetModel extends Omit<ValidDataset, 'claims' | 'messages'> {
  claims: readonly ClaimSummary[];
  /** The ingest messages when they came with the dataset; empty for a core until `details.messages()` reads them. */
  messages: readonly IngestMessage[];
  details: ClaimDetailSource;
  claimsById: ReadonlyMap<string, ClaimSummary>;
  reportsById: ReadonlyMap<string, Report>;
  sourcesById: ReadonlyMap<string, Source>;
  placesById: ReadonlyMap<string, Place>;
  /** Claims of each report, in text order. */
  claimsByReport: ReadonlyMap<string, ClaimSummary[]>;
  /** Every incident and tally by id. */
  eventsById: ReadonlyMap<string, Incident | Tally>;
}

const isSummary = (dataset: ValidDataset | SummaryDataset): dataset is SummaryDataset => 'detailFiles' in dataset;

/** The records a model is built on: a dataset's, with its claims as summaries (or whole). */
export interface ModelRecords extends Omit<ValidDataset, 'claims' | 'messages'> {
  claims: readonly ClaimSummary[];
  messages: readonly IngestMessage[];
}

/**
 * The model of a dataset loaded whole (details in memory) or of a published core (`SummaryDataset`: details
 * fetched from its `detailFiles`).
 */
export function buildModel(dataset: ValidDataset | SummaryDataset): DatasetModel {
  if (isSummary(dataset)) {
    const { detailFiles, ...records } = dataset;
    const index = new ClaimIndex(dataset.claims);
    return modelOf({ ...records, messages: [] }, fetchedSource(dataset.claims, detailFiles, undefined, index), index);
  }
  // One map serves the model and its details: the whole claims are their own summaries.
  const byId = new Map(dataset.claims.map((c) => [c.id, c]));
  return modelOf(dataset, memorySource(byId, dataset.messages), byId);
}

/** A model of `records` whose details are read through `details` (a merged model's source, see localData.ts). */
export function modelOf(
  records: ModelRecords,
  details: ClaimDetailSource,
  claimsById: ReadonlyMap<string, ClaimSummary> = new Map(records.claims.map((c) => [c.id, c])),
): DatasetModel {
  const claimsByReport = new Map<string, ClaimSummary[]>();
  for (const c of records.claims) {
    const list = claimsByReport.get(c.report_id);
    if (list) list.push(c);
    else claimsByReport.set(c.report_id, [c]);
  }
  for (const list of claimsByReport.values()) list.sort((a, b) => a.quote_start - b.quote_start);
  return {
    ...records,
    messages: details.messagesNow() ?? records.messages,
    details,
    claimsById,
    reportsById: new Map(records.reports.map((r) => [r.id, r])),
    sourcesById: new Map(records.sources.map((s) => [s.id, s])),
    placesById: new Map(records.places.map((p) => [p.id, p])),
    claimsByReport,
    eventsById: new Map<string, Incident | Tally>([
      ...records.incidents.map((i) => [i.id, i] as const),
      ...records.tallies.map((t) => [t.id, t] as const),
    ]),
  };
}
