/**
 * "Possibly the same strike": grouping (src/ingest/group.ts) keeps two incidents apart when it is not sure they are
 * one strike (overlapping but not identical dates, or the same place and day with conflicting attackers) and says so
 * in a `group.possibly-same` message on each side, whose reason starts by naming the other claim. This module is
 * that contract, read by the pipeline and by the incident view.
 */
import type { IngestMessage } from './schema';

export const POSSIBLY_SAME_RULE = 'group.possibly-same';
export const POSSIBLY_SAME_PREFIX = 'possibly the same strike as claim ';

/** The other claim of a `group.possibly-same` message, or null for any other message. */
export function possiblySameAs(m: Pick<IngestMessage, 'rule' | 'reason'>): string | null {
  if (m.rule !== POSSIBLY_SAME_RULE || !m.reason.startsWith(POSSIBLY_SAME_PREFIX)) return null;
  const rest = m.reason.slice(POSSIBLY_SAME_PREFIX.length);
  const end = rest.search(/[\s:]/);
  return end < 0 ? rest : rest.slice(0, end);
}

const cache = new WeakMap<readonly IngestMessage[], ReadonlyMap<string, readonly string[]>>();

/** For each claim id, the claims it is possibly the same strike as; computed once per message list. */
export function possiblySameIndex(messages: readonly IngestMessage[]): ReadonlyMap<string, readonly string[]> {
  let index = cache.get(messages);
  if (index) return index;
  const built = new Map<string, string[]>();
  for (const m of messages) {
    const other = m.claim_id ? possiblySameAs(m) : null;
    if (other === null || !m.claim_id) continue;
    const list = built.get(m.claim_id);
    if (list) list.push(other);
    else built.set(m.claim_id, [other]);
  }
  index = built;
  cache.set(messages, index);
  return index;
}
