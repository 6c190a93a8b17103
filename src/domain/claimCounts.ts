/**
 * A claim's six counts in one literal. Every writer of claims (pipeline drafts, importers, the workbench, synth)
 * builds them here, so the keys keep the contract's order — and a dataset written as JSON keeps its bytes — whoever
 * writes it.
 */
import type { Claim } from './schema';

/** The counts of a claim (people), each null when the words do not state it. */
export type ClaimCounts = Pick<
  Claim,
  'killed' | 'injured' | 'children_killed' | 'women_killed' | 'children_injured' | 'women_injured'
>;

/**
 * The counts a claim states, every other one null (not stated), in the order `claimFormatFields` lists them:
 * `claimCounts({ killed })` is a claim of deaths that names no injured, no children and no women.
 */
export function claimCounts(stated: Partial<ClaimCounts> = {}): ClaimCounts {
  return {
    killed: stated.killed ?? null,
    injured: stated.injured ?? null,
    children_killed: stated.children_killed ?? null,
    women_killed: stated.women_killed ?? null,
    children_injured: stated.children_injured ?? null,
    women_injured: stated.women_injured ?? null,
  };
}
