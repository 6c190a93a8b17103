import { useMemo, useRef, useState } from 'react';
import { indexOf, type FilterInput } from '../../domain/filter';
import { spotLayout, SpotTally, type SpotLayout } from '../../domain/spotTally';
import type { Incident } from '../../domain/schema';
import { SpotClusters } from './spotClusters';

/**
 * The map's data for a selection: the dataset's spots clustered once (SpotClusters, kept while the dataset lives)
 * and the selection counted per spot (SpotTally). `slots[j]` is the filter-index slot of `given[j]` (the selection
 * pass gives both), so the tally reads the index's columns and no incident object. The marks around it time this
 * as `rasd:map-index-*`.
 */
export function useIncidentIndex(given: readonly Incident[], slots: Int32Array, input: FilterInput) {
  const incidents = useSameList(given);
  // The slots that came with the kept list (equal lists have equal slots).
  const slotsRef = useRef(slots);
  if (incidents === given) slotsRef.current = slots;
  const kept = slotsRef.current;
  return useMemo(() => {
    performance.mark('rasd:map-index-start');
    const ix = indexOf(input);
    const clusters = clustersOf(spotLayout(ix, input.placesById));
    const tally = SpotTally.fill(clusters.layout, ix, kept, incidents);
    performance.mark('rasd:map-index-end');
    return { clusters, tally };
  }, [input, kept, incidents]);
}

const clustered = new WeakMap<SpotLayout, SpotClusters>();

/** The dataset's spots clustered, once per dataset (its layout). */
function clustersOf(layout: SpotLayout): SpotClusters {
  let clusters = clustered.get(layout);
  if (!clusters) clustered.set(layout, (clusters = new SpotClusters(layout)));
  return clusters;
}

/** True when both lists hold the same items in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The list it was given last time when the items are the same: a new selection that selects the same incidents
 * (the view state settling on load, a filter toggled back) then neither re-counts the spots nor redraws the marks.
 * One linear scan, far cheaper than the redraw it saves.
 */
function useSameList<T>(list: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(list);
  const same = sameItems(kept, list);
  if (!same) setKept(list);
  return same ? kept : list;
}
