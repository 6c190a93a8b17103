/**
 * The full check of a detail file whose bytes are not the ones the build hashed (changed after the build, a core
 * without hashes, a page without Web Crypto): every claim joined to its summary and validated with the dataset's
 * `Claim` schema, so a quote must still span its offsets. Loaded on demand by detailsFetched.ts: a site whose files
 * match their hashes never needs zod for its details.
 */
import { z } from 'zod';
import { Claim as ClaimSchema, IngestMessage } from '../domain/schema';
import { withDetail, type ClaimDetail, type ClaimSummary } from '../domain/claimDetails';
import type { DetailResult } from './details';

/**
 * One detail chunk file (`data/details/<n>.json`): the details of the claims at core positions
 * `start … start + claims.length − 1`, in core order (claimDetails.ts). Each detail is checked by joining it to its
 * summary and validating the whole claim with the dataset schema.
 */
export const DetailChunk = z.object({
  format: z.literal('rasd-details'),
  version: z.literal(1),
  start: z.number().int().nonnegative(),
  claims: z.array(z.unknown()),
});

/** The messages file (`data/details/messages.json`): the pipeline's notes on each report, for the report view. */
export const MessagesFile = z.object({
  format: z.literal('rasd-messages'),
  version: z.literal(1),
  messages: z.array(IngestMessage),
});

/** The search file (`data/details/search.json`): every claim's quote, in core order, for free-text search. */
export const SearchFile = z.object({
  format: z.literal('rasd-search'),
  version: z.literal(1),
  quotes: z.array(z.string()),
});

const CORRUPT: DetailResult = { ok: false, problem: 'corrupt' };

/**
 * Each claim of a chunk checked whole (`summaries` are the core's claims at its positions); null when the file is
 * not the chunk at `start` of `summaries.length` claims.
 */
export function checkChunk(raw: unknown, start: number, summaries: readonly ClaimSummary[]): DetailResult[] | null {
  const chunk = DetailChunk.safeParse(raw);
  if (!chunk.success || chunk.data.start !== start || chunk.data.claims.length !== summaries.length) return null;
  return chunk.data.claims.map((detail, j) => {
    const summary = summaries[j] as ClaimSummary;
    const id = typeof detail === 'object' && detail !== null ? (detail as { id?: unknown }).id : undefined;
    const claim = id === summary.id ? ClaimSchema.safeParse(withDetail(summary, detail as ClaimDetail)) : null;
    return claim?.success ? { ok: true, claim: claim.data } : CORRUPT;
  });
}

/** The search file's quotes, when it is a search file. */
export function checkSearch(raw: unknown): string[] | null {
  const file = SearchFile.safeParse(raw);
  return file.success ? file.data.quotes : null;
}

/** The messages file's messages, when it is a messages file. */
export function checkMessages(raw: unknown): IngestMessage[] | null {
  const file = MessagesFile.safeParse(raw);
  return file.success ? file.data.messages : null;
}
