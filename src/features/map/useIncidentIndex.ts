import { useMemo, useRef, useState } from 'react';
import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';
import { indexOf, type FilterInput } from '../../domain/filter';
import { mergeSummary, spotsOfSlots, type ClusterSummary, type Spot } from '../../domain/mapMarks';
import { PERPETRATORS } from '../../domain/vocabulary';
import type { Incident } from '../../domain/schema';
import { INDEX_MAX_ZOOM, type IncidentIndex, type IndexCluster, type PointProps } from './marksLayer';

/**
 * Cluster radius in supercluster's units (px of a 512-px tile, i.e. half that in Leaflet's 256-px pixels):
 * 120 keeps cluster centres about 60 screen px apart, wider than the largest cluster disc.
 */
const CLUSTER_RADIUS = 120;

/**
 * Groups the filtered incidents into spots (incidents drawn at one place) and indexes the spots for clustering.
 * `slots[j]` is the filter-index slot of `given[j]` (the selection pass gives both), so the spots are read from the
 * index's columns. A selection drawn at the same places as the last one (at 100k most filters leave every place
 * some incident) keeps the cluster index, and a cluster's sums are then added up from its spots when it is drawn
 * (`summaryOf`), for the few clusters on screen. The marks around it time this as `rasd:map-index-*`.
 */
export function useIncidentIndex(given: readonly Incident[], slots: Int32Array, input: FilterInput) {
  const incidents = useSameList(given);
  // The slots that came with the kept list (equal lists have equal slots).
  const slotsRef = useRef(slots);
  if (incidents === given) slotsRef.current = slots;
  const kept = slotsRef.current;
  const last = useRef<{ places: readonly string[]; index: IncidentIndex } | null>(null);
  return useMemo(() => {
    performance.mark('rasd:map-index-start');
    const { spots, unlocated, located } = spotsOfSlots(indexOf(input), kept, incidents, input.placesById);
    // Spots come in place order, so the same places give the same spot numbers and the same clusters.
    const places = spots.map((s) => s.placeId);
    const reused = last.current !== null && sameItems(last.current.places, places) ? last.current.index : null;
    const index = reused ?? clusterIndex(spots);
    if (!reused) last.current = { places, index };
    // A new index adds up its clusters' sums while clustering (cheaper than walking each drawn cluster's leaves:
    // 500 spots, 25 -> 15 ms on first use); a kept one holds an earlier selection's sums, so they are recounted.
    const summaryOf = reused ? clusterSums(reused, spots) : (cluster: IndexCluster) => cluster.properties;
    performance.mark('rasd:map-index-end');
    return { spots, unlocated, located, index, summaryOf };
  }, [incidents, kept, input]);
}

/** Spots indexed for clustering, each cluster carrying the sums of its spots (supercluster's map and reduce). */
function clusterIndex(spots: readonly Spot[]): IncidentIndex {
  const features: Array<Feature<Point, PointProps>> = spots.map((s, g) => ({
    type: 'Feature',
    properties: { g },
    geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
  }));
  return new Supercluster<PointProps, ClusterSummary>({
    radius: CLUSTER_RADIUS,
    maxZoom: INDEX_MAX_ZOOM,
    // A copy of the spot's summary: supercluster merges into what `map` returns, and mergeSummary copies the
    // perpetrator array on its first merge, so no spot's own summary changes.
    map: (p) => ({ ...(spots[p.g] as Spot).summary }),
    reduce: mergeSummary,
  }).load(features);
}

/** A cluster's sums over its spots, added up on first ask and kept for this selection. */
function clusterSums(index: IncidentIndex, spots: readonly Spot[]): (cluster: IndexCluster) => ClusterSummary {
  const known = new Map<number, ClusterSummary>();
  return ({ properties: { cluster_id: clusterId } }) => {
    let sum = known.get(clusterId);
    if (sum) return sum;
    sum = { count: 0, killed: 0, byPerpetrator: PERPETRATORS.map(() => 0) };
    for (const leaf of index.getLeaves(clusterId, Infinity)) {
      const spot = spots[leaf.properties.g];
      if (spot) mergeSummary(sum, spot.summary);
    }
    known.set(clusterId, sum);
    return sum;
  };
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
 * (the view state settling on load, a filter toggled back) then neither rebuilds the index nor redraws the marks.
 * One linear scan, far cheaper than the index and the redraw it saves.
 */
function useSameList<T>(list: readonly T[]): readonly T[] {
  const [kept, setKept] = useState(list);
  const same = sameItems(kept, list);
  if (!same) setKept(list);
  return same ? kept : list;
}
