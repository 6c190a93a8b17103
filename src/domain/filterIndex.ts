import type { Incident, Place, Tally } from './schema';
import { dayNumber } from './isoDay';
import { PERPETRATORS, VICTIMS, WEAPONS } from './vocabulary';

/**
 * The filterable fields of every event as flat typed arrays (one slot per event, incidents then tallies), built once
 * per dataset, so a filter change is a tight loop over numbers instead of a walk over objects. Dates are day
 * numbers (days since 1970-01-01); places and sources are small integers.
 */
export interface FilterIndex {
  events: ReadonlyArray<Incident | Tally>;
  /** How many of `events` are incidents (they come first). */
  incidentCount: number;
  /** 0 incident, 1 tally. */
  kind: Uint8Array;
  /** First and last day; an undated event has from = +max, to = −max, so it overlaps no range. */
  dayFrom: Int32Array;
  dayTo: Int32Array;
  perpetrator: Uint8Array;
  weapon: Uint8Array;
  victims: Uint8Array;
  /** The upper killed figure (open ranges: the lower one); −1 when no figure. */
  upperKilled: Int32Array;
  /** Bit 1: sources disagree; bit 2: preliminary; bit 4: revised. */
  flags: Uint8Array;
  /** Index of the event's place in `placeIds`, −1 when none. */
  place: Int32Array;
  placeIds: string[];
  placeIndex: Map<string, number>;
  /** Parent of each place (index), −1 at the top or when unknown. */
  placeParent: Int32Array;
  /** Children of each place, CSR style: placeChildren[placeChildStart[p] .. placeChildStart[p+1]). */
  placeChildStart: Int32Array;
  placeChildren: Int32Array;
  /** The event's sources, CSR style: sourceOf[sourceStart[i] .. sourceStart[i+1]). */
  sourceStart: Int32Array;
  sourceOf: Int32Array;
  sourceIndex: Map<string, number>;
}

export const FLAG_DISAGREE = 1;
export const FLAG_PRELIMINARY = 2;
export const FLAG_REVISED = 4;

/** The day number an undated event starts on (and, negated, ends on): it overlaps no range. */
export const UNDATED = 2 ** 31 - 1;
export { dayNumber }; // from isoDay.ts, for the selection pass

const codes = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));
const PERP = codes(PERPETRATORS);
const WEAPON = codes(WEAPONS);
const VICTIM = codes(VICTIMS);
export const vocabCode = { perpetrator: PERP, weapon: WEAPON, victims: VICTIM };

const cache = new WeakMap<readonly Incident[], WeakMap<readonly Tally[], FilterIndex>>();

/** The index of a dataset's events, built on first use and kept while the dataset lives. */
export function filterIndex(
  incidents: readonly Incident[],
  tallies: readonly Tally[],
  placesById: ReadonlyMap<string, Place>,
): FilterIndex {
  let inner = cache.get(incidents);
  if (!inner) cache.set(incidents, (inner = new WeakMap()));
  const hit = inner.get(tallies);
  if (hit) return hit;
  const built = build(incidents, tallies, placesById);
  inner.set(tallies, built);
  return built;
}

function build(incidents: readonly Incident[], tallies: readonly Tally[], placesById: ReadonlyMap<string, Place>) {
  const events = [...incidents, ...tallies];
  const n = events.length;
  const placeIds = [...placesById.keys()];
  const placeIndex = new Map(placeIds.map((id, i) => [id, i]));
  const placeParent = new Int32Array(placeIds.length).fill(-1);
  placeIds.forEach((id, i) => {
    const parent = placesById.get(id)?.parent;
    placeParent[i] = parent == null ? -1 : (placeIndex.get(parent) ?? -1);
  });
  const sourceIndex = new Map<string, number>();
  const { start: placeChildStart, children: placeChildren } = childrenOf(placeParent);
  const ix: FilterIndex = {
    events,
    incidentCount: incidents.length,
    kind: new Uint8Array(n),
    dayFrom: new Int32Array(n),
    dayTo: new Int32Array(n),
    perpetrator: new Uint8Array(n),
    weapon: new Uint8Array(n),
    victims: new Uint8Array(n),
    upperKilled: new Int32Array(n),
    flags: new Uint8Array(n),
    place: new Int32Array(n),
    placeIds,
    placeIndex,
    placeParent,
    placeChildStart,
    placeChildren,
    sourceStart: new Int32Array(n + 1),
    sourceOf: new Int32Array(events.reduce((sum, e) => sum + e.source_ids.length, 0)),
    sourceIndex,
  };
  const dayCache = new Map<string, number>();
  const day = (iso: string) => {
    let d = dayCache.get(iso);
    if (d === undefined) dayCache.set(iso, (d = dayNumber(iso)));
    return d;
  };
  let s = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i] as Incident | Tally;
    ix.kind[i] = e.kind === 'tally' ? 1 : 0;
    ix.dayFrom[i] = e.date === null ? UNDATED : day(e.date.from);
    ix.dayTo[i] = e.date === null ? -UNDATED : day(e.date.to);
    ix.perpetrator[i] = PERP.get(e.perpetrator) ?? 0;
    ix.weapon[i] = WEAPON.get(e.weapon) ?? 0;
    ix.victims[i] = VICTIM.get(e.victims) ?? 0;
    ix.upperKilled[i] = e.killed === null ? -1 : (e.killed.max ?? e.killed.min);
    ix.flags[i] =
      (e.discrepancy !== null && e.discrepancy > 0 ? FLAG_DISAGREE : 0) |
      (e.preliminary ? FLAG_PRELIMINARY : 0) |
      (e.revised ? FLAG_REVISED : 0);
    ix.place[i] = e.place_id === null ? -1 : (placeIndex.get(e.place_id) ?? -1);
    ix.sourceStart[i] = s;
    for (const id of e.source_ids) {
      let k = sourceIndex.get(id);
      if (k === undefined) sourceIndex.set(id, (k = sourceIndex.size));
      ix.sourceOf[s++] = k;
    }
  }
  ix.sourceStart[n] = s;
  return ix;
}

/** The children of each place from its parent, CSR style (see `FilterIndex.placeChildren`). */
export function childrenOf(parent: Int32Array): { start: Int32Array; children: Int32Array } {
  const n = parent.length;
  const start = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) if ((parent[p] as number) >= 0) start[(parent[p] as number) + 1]!++;
  for (let p = 0; p < n; p++) start[p + 1]! += start[p] as number;
  const children = new Int32Array(start[n] as number);
  const next = start.slice(0, n);
  for (let p = 0; p < n; p++) {
    const q = parent[p] as number;
    if (q >= 0) children[next[q]!++] = p;
  }
  return { start, children };
}

/**
 * Marks every place that is marked or lies inside a marked place (following parents); 1 = yes. A cycle in the data
 * reads as not inside (unless one of its places is marked). Walks down from the marked places only: a place filter
 * names a few places, and walking up from each of the gazetteer's 10,268 was most of the first click's filter
 * compile (run cold).
 */
export function inheritDown(ix: FilterIndex, marked: Uint8Array): Uint8Array {
  const n = ix.placeIds.length;
  const out = new Uint8Array(n);
  const start = ix.placeChildStart;
  const children = ix.placeChildren;
  // Each place is pushed at most once (marked before it is pushed).
  const stack = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    if (marked[p] !== 1 || out[p] === 1) continue;
    out[p] = 1;
    let top = 0;
    stack[top++] = p;
    while (top > 0) {
      const q = stack[--top] as number;
      for (let k = start[q] as number, end = start[q + 1] as number; k < end; k++) {
        const c = children[k] as number;
        if (out[c] === 0) {
          out[c] = 1;
          stack[top++] = c;
        }
      }
    }
  }
  return out;
}
