import type { Incident, IngestMessage, Place, Report, Source, Tally } from '../domain/schema';
import type { ValidDataset } from '../domain/validate';
import type { ClaimSummary, SummaryDataset } from '../domain/claimDetails';
import { lazyProperty } from '../domain/lazy';
import { memorySource, nextSourceKey, type ClaimDetailSource } from './details';
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
 * fetched from its `detailFiles`). A core's claims are built on their first read (fromCore), and so are the claims'
 * lookups here (`claims`, `claimsById`, `claimsByReport`) and the detail source, which needs their positions: none
 * of them is read before the first marks are painted.
 */
export function buildModel(dataset: ValidDataset | SummaryDataset): DatasetModel {
  if (isSummary(dataset)) {
    const { detailFiles } = dataset;
    let index: ClaimIndex | undefined;
    const indexOf = () => (index ??= new ClaimIndex(dataset.claims));
    const details = lazySource(() => fetchedSource(dataset.claims, detailFiles, undefined, indexOf()));
    return modelOf(dataset as unknown as ModelRecords, details, indexOf);
  }
  // One map serves the model and its details: the whole claims are their own summaries.
  const byId = new Map(dataset.claims.map((c) => [c.id, c]));
  return modelOf(dataset, memorySource(byId, dataset.messages), () => byId);
}

/** Fields of the records that the model holds as they are (the claims are read through them, on demand). */
const NOT_COPIED: ReadonlySet<string> = new Set(['claims', 'messages', 'detailFiles']);

/**
 * A model of `records` whose details are read through `details` (a merged model's source, see localData.ts). The
 * records' `claims` are not read until the model's are.
 */
export function modelOf(
  records: ModelRecords,
  details: ClaimDetailSource,
  claimsById?: () => ReadonlyMap<string, ClaimSummary>,
): DatasetModel {
  const model = {} as DatasetModel;
  const fields = model as unknown as Record<string, unknown>;
  for (const key of Object.keys(records))
    if (!NOT_COPIED.has(key)) fields[key] = (records as unknown as Record<string, unknown>)[key];
  lazyProperty(model, 'claims', () => records.claims);
  Object.assign(model, {
    messages: details.messagesNow() ?? records.messages ?? [],
    details,
    reportsById: new Map(records.reports.map((r) => [r.id, r])),
    sourcesById: new Map(records.sources.map((s) => [s.id, s])),
    placesById: new Map(records.places.map((p) => [p.id, p])),
    eventsById: new Map<string, Incident | Tally>([
      ...records.incidents.map((i) => [i.id, i] as const),
      ...records.tallies.map((t) => [t.id, t] as const),
    ]),
  });
  lazyProperty(model, 'claimsById', claimsById ?? (() => new Map(model.claims.map((c) => [c.id, c]))));
  lazyProperty(model, 'claimsByReport', () => byReport(model.claims));
  return model;
}

/** Claims of each report, in text order. */
function byReport(claims: readonly ClaimSummary[]): Map<string, ClaimSummary[]> {
  const out = new Map<string, ClaimSummary[]>();
  for (const c of claims) {
    const list = out.get(c.report_id);
    if (list) list.push(c);
    else out.set(c.report_id, [c]);
  }
  for (const list of out.values()) list.sort((a, b) => a.quote_start - b.quote_start);
  return out;
}

/**
 * A source that makes its real one (`make`) when first asked for anything it must read: a fetched source needs the
 * claims' positions, which need the claims. Until then nothing has been read, so nothing is known "now".
 */
function lazySource(make: () => ClaimDetailSource): ClaimDetailSource {
  let made: ClaimDetailSource | null = null;
  const source = () => (made ??= make());
  return {
    key: nextSourceKey('fetched'),
    inMemory: false,
    claims: (ids) => source().claims(ids),
    peek: (ids) => source().peek(ids),
    quotes: () => source().quotes(),
    quotesNow: () => made?.quotesNow() ?? null,
    messages: () => source().messages(),
    messagesNow: () => made?.messagesNow() ?? null,
  };
}
