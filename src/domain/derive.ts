import type { Count, CountRange, Incident, Tally } from './schema.ts';
import type { ClaimSummary } from './claimDetails.ts';
import type { Precision } from './vocabulary.ts';
import { PRECISIONS } from './vocabulary.ts';
import { eventUid } from './ids.ts';
import { figurePerSource, spread } from './agreement.ts';

/**
 * Incidents and tallies are derived from claims, never edited by hand: claims sharing an `event` slug form one
 * record. Counting follows IBC/Airwars practice: a figure a source itself revised no longer counts; the range runs
 * from the lowest to the highest figure still standing.
 */

/** Ids of claims that a later claim of the same source supersedes. */
export function supersededIds(claims: readonly ClaimSummary[]): Set<string> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const out = new Set<string>();
  for (const c of claims) {
    if (c.supersedes === null) continue;
    const earlier = byId.get(c.supersedes);
    if (earlier && earlier.source_id === c.source_id) out.add(earlier.id);
  }
  return out;
}

/** The range of people across counts; null when no count is given. */
export function countRange(counts: readonly (Count | null)[]): CountRange | null {
  const given = counts.filter((c): c is Count => c !== null);
  if (given.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  let open = false;
  for (const c of given) {
    min = Math.min(min, c.min);
    if (c.max === null) open = true;
    max = Math.max(max, c.max ?? c.min);
  }
  // An open upper bound ("more than 15") only opens the range when no closed figure already reaches above it.
  const openAbove = open && given.some((c) => c.max === null && c.min >= max);
  return { min, max: openAbove ? null : max };
}

/** The value most claims give; ties go to the earliest claim. */
function mode<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] as T;
  let bestCount = 0;
  for (const v of values) {
    const n = counts.get(v) ?? 0;
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

export { pointFigure } from './agreement.ts';

/** (highest − lowest) / highest across one figure per source; null with fewer than two sources giving one. */
export function discrepancy(current: readonly ClaimSummary[]): number | null {
  return spread(figurePerSource(current));
}

const precisionRank = (p: Precision): number => PRECISIONS.indexOf(p);

function deriveOne(claims: readonly ClaimSummary[], superseded: Set<string>) {
  const first = claims[0];
  if (!first) throw new Error('deriveOne needs at least one claim');
  const current = claims.filter((c) => !superseded.has(c.id));
  const dated = claims.filter((c) => c.date !== null);
  const finest =
    [...claims].sort((a, b) => precisionRank(a.place.precision) - precisionRank(b.place.precision))[0] ?? first;
  const governorates = new Set(claims.map((c) => c.place.governorate).filter((g) => g !== null));
  const sourceIds = [...new Set(current.map((c) => c.source_id))];
  return {
    id: first.event,
    uid: eventUid(claims),
    claim_ids: claims.map((c) => c.id),
    current_claim_ids: current.map((c) => c.id),
    date:
      dated.length === 0
        ? null
        : {
            from: dated.map((c) => c.date!.from).reduce((a, b) => (b < a ? b : a)),
            to: dated.map((c) => c.date!.to).reduce((a, b) => (b > a ? b : a)),
          },
    place_id: finest.place_id,
    precision: finest.place.precision,
    governorate: governorates.size === 1 ? ([...governorates][0] ?? null) : null,
    perpetrator: mode(claims.map((c) => c.perpetrator)),
    weapon: mode(claims.map((c) => c.weapon)),
    victims: mode(claims.map((c) => c.victims)),
    killed: countRange(current.map((c) => c.killed)),
    injured: countRange(current.map((c) => c.injured)),
    source_ids: sourceIds,
    source_count: sourceIds.length,
    discrepancy: discrepancy(current),
    preliminary: current.some((c) => c.status === 'preliminary'),
    revised: claims.some((c) => c.status === 'revised'),
  };
}

/** Groups claims by event into incidents and tallies, in the order their first claim appears; rejected claims are left out. */
export function deriveEvents(claims: readonly ClaimSummary[]): { incidents: Incident[]; tallies: Tally[] } {
  // A claim an analyst rejected is not a claim: it leaves every figure (the review view still lists it).
  const standing = claims.filter((c) => c.review_status !== 'rejected');
  const superseded = supersededIds(standing);
  const groups = new Map<string, ClaimSummary[]>();
  for (const c of standing) {
    const g = groups.get(c.event);
    if (g) g.push(c);
    else groups.set(c.event, [c]);
  }
  const incidents: Incident[] = [];
  const tallies: Tally[] = [];
  for (const group of groups.values()) {
    const derived = deriveOne(group, superseded);
    // An event is a tally when most of its claims call it one; mixed events are rare and noted by the analyst.
    if (mode(group.map((c) => c.kind)) === 'tally') tallies.push({ ...derived, kind: 'tally' });
    else incidents.push({ ...derived, kind: 'incident' });
  }
  return { incidents, tallies };
}
