import { useMemo, useRef, useState } from 'react';
import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';
import { indexOf, type FilterInput } from '../../domain/filter';
import { mergeSummary, spotsOfSlots, type ClusterSummary, type Spot } from '../../domain/mapMarks';
import { PERPETRATORS } from '../../domain/vocabulary';
import type { Incident } from '../../domain/schema';
import { INDEX_MAX_ZOOM, type IncidentIndex, type PointProps } from './marksLayer';

/**
 * Cluster radius in supercluster's units (px of a 512-px tile, i.e. half that in Leaflet's 256-px pixels):
 * 120 keeps cluster centres about 60 screen px apart, wider than the largest cluster disc.
 */
const CLUSTER_RADIUS = 120;

/**
 * Groups the filtered incidents into spots (incidents drawn at one place) and indexes the spots for clustering.
 * `slots[j]` is the filter-index slot of `given[j]` (the selection pass gives both), so the spots are read from the
 * index's columns. The cluster index holds positions only: a selection drawn at the same places as the last one
 * (at 100k most filters leave every place some incident) keeps it, and a cluster's sums are added up from its
 * spots when it is drawn (`summaryOf`), for the few clusters on screen. The marks around it time this as
 * `rasd:map-index-*`.
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
    let index = last.current !== null && sameItems(last.current.places, places) ? last.current.index : null;
    if (index === null) {
      const features: Array<Feature<Point, PointProps>> = spots.map((s, g) => ({
        type: 'Feature',
        properties: { g },
        geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      }));
      index = new Supercluster<PointProps, Record<never, never>>({
        radius: CLUSTER_RADIUS,
        maxZoom: INDEX_MAX_ZOOM,
      }).load(features);
      last.current = { places, index };
    }
    const summaryOf = clusterSums(index, spots);
    performance.mark('rasd:map-index-end');
    return { spots, unlocated, located, index, summaryOf };
  }, [incidents, kept, input]);
}

/** A cluster's sums over its spots, added up on first ask and kept for this selection. */
function clusterSums(index: IncidentIndex, spots: readonly Spot[]): (clusterId: number) => ClusterSummary {
  const known = new Map<number, ClusterSummary>();
  return (clusterId) => {
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
