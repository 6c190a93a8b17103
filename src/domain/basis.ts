/**
 * How a claim's fields are known (schema v2 `basis`), read the same way by every view: the fields the machine
 * inferred stay marked as guesses until an analyst reviews the claim (review_status 'reviewed').
 */
import type { Claim } from './schema';

/** The fields of a claim whose value was inferred by the pipeline and that no analyst has reviewed yet. */
export function inferredUnreviewed(claim: Pick<Claim, 'basis' | 'review_status'>): string[] {
  if (claim.review_status === 'reviewed' || !claim.basis) return [];
  return Object.entries(claim.basis)
    .filter(([, b]) => b === 'inferred')
    .map(([f]) => f);
}
