import { useMemo, useRef, useState } from 'react';
import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';
import { indexOf, type FilterInput } from '../../domain/filter';
import { mergeSummary, spotsOfSlots, type ClusterSummary } from '../../domain/mapMarks';
import type { Incident } from '../../domain/schema';
import { INDEX_MAX_ZOOM, type IncidentIndex, type PointProps } from './marksLayer';

/**
 * Cluster radius in supercluster's units (px of a 512-px tile, i.e. half that in Leaflet's 256-px pixels):
 * 120 keeps cluster centres about 60 screen px apart, wider than the largest cluster disc.
 */
const CLUSTER_RADIUS = 120;

const EMPTY_SUMMARY: Readonly<ClusterSummary> = { count: 0, killed: 0, byPerpetrator: [] };

/**
 * Groups the filtered incidents into spots (incidents drawn at one place) and indexes the spots for clustering;
 * rebuilt only when the selection changes. `slots[j]` is the filter-index slot of `given[j]` (the selection pass
 * gives both), so the spots are read from the index's columns. The marks around it time this as `rasd:map-index-*`.
 */
export function useIncidentIndex(given: readonly Incident[], slots: Int32Array, input: FilterInput) {
  const incidents = useSameList(given);
  // The slots that came with the kept list (equal lists have equal slots).
  const slotsRef = useRef(slots);
  if (incidents === given) slotsRef.current = slots;
  const kept = slotsRef.current;
  return useMemo(() => {
    performance.mark('rasd:map-index-start');
    const { spots, unlocated, located } = spotsOfSlots(indexOf(input), kept, incidents, input.placesById);
    const features: Array<Feature<Point, PointProps>> = spots.map((s, g) => ({
      type: 'Feature',
      properties: { g },
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
    }));
    const index: IncidentIndex = new Supercluster<PointProps, ClusterSummary>({
      radius: CLUSTER_RADIUS,
      maxZoom: INDEX_MAX_ZOOM,
      // A new object (supercluster's reduce accumulates into what map returns); the spot's perpetrator array is
      // shared and copied by the first merge into it (mergeSummary).
      map: (props) => {
        const s = spots[props.g]?.summary;
        return s ? { count: s.count, killed: s.killed, byPerpetrator: s.byPerpetrator } : { ...EMPTY_SUMMARY };
      },
      reduce: mergeSummary,
    }).load(features);
    performance.mark('rasd:map-index-end');
    return { spots, unlocated, located, index };
  }, [incidents, kept, input]);
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
