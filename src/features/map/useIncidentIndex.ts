import { useMemo } from 'react';
import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';
import { mergeSummary, spotsOf, type ClusterSummary } from '../../domain/mapMarks';
import type { Incident, Place } from '../../domain/schema';
import { INDEX_MAX_ZOOM, type IncidentIndex, type PointProps } from './marksLayer';

/**
 * Cluster radius in supercluster's units (px of a 512-px tile, i.e. half that in Leaflet's 256-px pixels):
 * 120 keeps cluster centres about 60 screen px apart, wider than the largest cluster disc.
 */
const CLUSTER_RADIUS = 120;

/**
 * Groups the filtered incidents into spots (incidents drawn at one place) and indexes the spots for clustering;
 * rebuilt only when the selection changes. The marks around it time this as `rasd:map-index-*`.
 */
export function useIncidentIndex(incidents: readonly Incident[], placesById: ReadonlyMap<string, Place>) {
  return useMemo(() => {
    performance.mark('rasd:map-index-start');
    const { spots, unlocated, located } = spotsOf(incidents, placesById);
    const features: Array<Feature<Point, PointProps>> = spots.map((s, g) => ({
      type: 'Feature',
      properties: { g },
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
    }));
    const index: IncidentIndex = new Supercluster<PointProps, ClusterSummary>({
      radius: CLUSTER_RADIUS,
      maxZoom: INDEX_MAX_ZOOM,
      // A copy: supercluster's reduce accumulates into what map returns.
      map: (props) => ({ ...(spots[props.g]?.summary ?? { count: 0, killed: 0, byPerpetrator: [] }) }),
      reduce: mergeSummary,
    }).load(features);
    performance.mark('rasd:map-index-end');
    return { spots, unlocated, located, index };
  }, [incidents, placesById]);
}
