import type { Claim as ClaimRecord } from './schema.ts';
import type { ValidDataset } from './validate.ts';

/**
 * A claim's words and reasons: what only the incident panel, the report view, search and exports read. The
 * published site leaves them out of the core the dashboard loads first and serves them in detail chunks fetched on
 * demand (issue 12.2); everything else about a claim (figures, place, date, source, review status, offsets) is a
 * `ClaimSummary` and is in memory from the start.
 */
export const CLAIM_DETAIL_FIELDS = ['quote', 'notes', 'spans', 'basis', 'trace', 'audit', 'corrections'] as const;
export type ClaimDetailField = (typeof CLAIM_DETAIL_FIELDS)[number];

/** A claim without its words and reasons: enough for the map, filters, timeline, charts and lists. */
export type ClaimSummary = Omit<ClaimRecord, ClaimDetailField>;

/** The detail fields of one claim, with its id. */
export type ClaimDetail = Pick<ClaimRecord, 'id' | ClaimDetailField>;

/** A claim's summary: the claim without its detail fields (a new object; the claim is not changed). */
export function summarize(claim: ClaimRecord): ClaimSummary {
  const summary: Record<string, unknown> = { ...claim };
  for (const field of CLAIM_DETAIL_FIELDS) delete summary[field];
  return summary as ClaimSummary;
}

/** A claim's detail fields with its id; optional fields that are absent stay absent. */
export function detailOf(claim: ClaimRecord): ClaimDetail {
  const detail: Record<string, unknown> = { id: claim.id };
  for (const field of CLAIM_DETAIL_FIELDS) if (claim[field] !== undefined) detail[field] = claim[field];
  return detail as ClaimDetail;
}

/** The whole claim again from its summary and its details. */
export const withDetail = (summary: ClaimSummary, detail: ClaimDetail): ClaimRecord =>
  ({ ...summary, ...detail }) as ClaimRecord;

/**
 * Where a published site keeps what its core leaves out, as paths relative to the site's `data/` folder: the claim
 * at core position `i` has its details in `chunks[Math.floor(i / chunkSize)]`.
 */
export interface DetailFiles {
  chunkSize: number;
  chunks: string[];
  search: string;
  messages: string;
  /**
   * The SHA-256 (64 lowercase hex digits) of each file's bytes as the build wrote them, in the order of `chunks`,
   * then `search` and `messages`. The core is taken only when it hashes to the page's data version, so these are the
   * build's word: a file that hashes to its value holds records the build validated, and the page reads it without
   * checking each claim again (detailsFetched.ts). Absent in a core written before they were (every file checked).
   */
  sha256?: DetailHashes;
}

export interface DetailHashes {
  chunks: string[];
  search: string;
  messages: string;
}

/** A dataset as a published site's core gives it: every record, each claim as its summary, details elsewhere. */
export interface SummaryDataset extends Omit<ValidDataset, 'claims' | 'messages'> {
  claims: ClaimSummary[];
  detailFiles: DetailFiles;
}
