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
  sources: Map<string, number>;
  statuses: Map<string, number>;
  places: Map<string, number>;
}

/** The counts alone; the app takes them from the one filter pass (`selectionPass`) with everything else. */
export function facetCounts(input: FilterInput, filters: FilterState): FacetCounts {
  return selectionPass(input, filters).counts;
}
