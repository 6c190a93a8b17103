import { compile, indexOf, type Facet, type FilterInput, type FilterState } from './filter';
import { FLAG_PRELIMINARY, FLAG_REVISED } from './filterIndex';
import { PERPETRATORS, VICTIMS, WEAPONS } from './vocabulary';

/**
 * How many events each choice of a facet would give with every *other* filter kept: the counts a filter control
 * shows next to its options. Incidents and tallies both count. `places` counts an event at its place and every
 * ancestor. One pass over the data.
 */
export interface FacetCounts {
  /** Events matching all filters. */
  total: number;
  kinds: Map<string, number>;
  perpetrators: Map<string, number>;
  weapons: Map<string, number>;
  victims: Map<string, number>;
  sources: Map<string, number>;
  statuses: Map<string, number>;
  places: Map<string, number>;
}

const toMap = (keys: readonly string[], counts: Int32Array) => {
  const m = new Map<string, number>();
  keys.forEach((k, i) => {
    if ((counts[i] as number) > 0) m.set(k, counts[i] as number);
  });
  return m;
};

export function facetCounts(input: FilterInput, filters: FilterState): FacetCounts {
  const ix = indexOf(input);
  const tests = compile(filters, input, ix);
  const kinds = new Int32Array(2);
  const perps = new Int32Array(PERPETRATORS.length);
  const weapons = new Int32Array(WEAPONS.length);
  const victims = new Int32Array(VICTIMS.length);
  const sources = new Int32Array(ix.sourceIndex.size);
  const statuses = new Int32Array(2);
  const ownPlace = new Int32Array(ix.placeIds.length);
  let total = 0;
  const n = ix.events.length;
  for (let i = 0; i < n; i++) {
    // `failed` null: the event passes every filter and counts everywhere; else it fails only `failed`.
    let failed: Facet | null = null;
    let twice = false;
    for (const [facet, test] of tests) {
      if (test(i)) continue;
      if (failed !== null) {
        twice = true;
        break;
      }
      failed = facet;
    }
    if (twice) continue;
    const all = failed === null;
    if (all) total++;
    if (all || failed === 'kinds') kinds[ix.kind[i] as number]!++;
    if (all || failed === 'perpetrators') perps[ix.perpetrator[i] as number]!++;
    if (all || failed === 'weapons') weapons[ix.weapon[i] as number]!++;
    if (all || failed === 'victims') victims[ix.victims[i] as number]!++;
    if (all || failed === 'sources') {
      for (let k = ix.sourceStart[i] as number; k < (ix.sourceStart[i + 1] as number); k++)
        sources[ix.sourceOf[k] as number]!++;
    }
    if (all || failed === 'statuses') {
      const flags = ix.flags[i] as number;
      if (flags & FLAG_PRELIMINARY) statuses[0]!++;
      if (flags & FLAG_REVISED) statuses[1]!++;
    }
    if ((all || failed === 'places') && (ix.place[i] as number) >= 0) ownPlace[ix.place[i] as number]!++;
  }
  // Each place's own events count for it and for every place it lies in.
  const places = new Int32Array(ix.placeIds.length);
  ownPlace.forEach((count, p) => {
    if (count === 0) return;
    for (let q = p, steps = 0; q !== -1 && steps <= ownPlace.length; q = ix.placeParent[q] as number, steps++) {
      places[q]! += count;
    }
  });
  return {
    total,
    kinds: toMap(['incident', 'tally'], kinds),
    perpetrators: toMap(PERPETRATORS, perps),
    weapons: toMap(WEAPONS, weapons),
    victims: toMap(VICTIMS, victims),
    sources: toMap([...ix.sourceIndex.keys()], sources),
    statuses: toMap(['preliminary', 'revised'], statuses),
    places: toMap(ix.placeIds, places),
  };
}
