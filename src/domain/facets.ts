import type { FilterInput, FilterState } from './filter';
import { selectionPass } from './selectionPass';

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
  sources: ReadonlyMap<string, number>;
  statuses: Map<string, number>;
  places: ReadonlyMap<string, number>;
}

/**
 * Counts by key, read from the filter pass's array of counts without copying them into a `Map`: the places' counts
 * are one per place of the gazetteer (10,268), and filling a `Map` with them was the largest part of a filter
 * click's pass at 100k, when the filter panel reads a dozen. Holds the keys with a count above zero, as a `Map` of
 * them would; read-only, like the counts it wraps.
 */
export class CountMap implements ReadonlyMap<string, number> {
  #size = -1;
  constructor(
    /** Position of each key in `counts`. */
    private readonly index: ReadonlyMap<string, number>,
    /** The keys in order of position. */
    private readonly keyList: readonly string[],
    private readonly counts: Int32Array,
  ) {}

  get(key: string): number | undefined {
    const at = this.index.get(key);
    const c = at === undefined ? 0 : (this.counts[at] as number);
    return c > 0 ? c : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    if (this.#size < 0) this.#size = this.counts.reduce((n, c) => (c > 0 ? n + 1 : n), 0);
    return this.#size;
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.keyList.length; i++) {
      const c = this.counts[i] as number;
      if (c > 0) yield [this.keyList[i] as string, c];
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<number> {
    for (const [, c] of this.entries()) yield c;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void, self?: unknown): void {
    for (const [k, c] of this.entries()) fn.call(self, c, k, this);
  }
}

/** The counts alone; the app takes them from the one filter pass (`selectionPass`) with everything else. */
export function facetCounts(input: FilterInput, filters: FilterState): FacetCounts {
  return selectionPass(input, filters).counts;
}
