import { useMemo } from 'react';
import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';
import { locateIncidents, mergeSummary, pointSummary, type ClusterSummary } from '../../domain/mapMarks';
import type { Incident, Place } from '../../domain/schema';
import { INDEX_MAX_ZOOM, type IncidentIndex, type PointProps } from './marksLayer';

/**
 * Cluster radius in supercluster's units (px of a 512-px tile, i.e. half that in Leaflet's 256-px pixels):
 * 120 keeps cluster centres about 60 screen px apart, wider than the largest cluster disc.
 */
const CLUSTER_RADIUS = 120;

/** Locates the filtered incidents and indexes them for clustering; rebuilt only when the selection changes. */
export function useIncidentIndex(incidents: readonly Incident[], placesById: ReadonlyMap<string, Place>) {
  return useMemo(() => {
    const located = locateIncidents(incidents, placesById);
    const features: Array<Feature<Point, PointProps>> = located.points.map((p, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    }));
    const index: IncidentIndex = new Supercluster<PointProps, ClusterSummary>({
      radius: CLUSTER_RADIUS,
      maxZoom: INDEX_MAX_ZOOM,
      map: (props) => pointSummary(located.points[props.i] ?? { killed: null, perpetrator: 'unknown' }),
      reduce: mergeSummary,
    }).load(features);
    return { ...located, index };
  }, [incidents, placesById]);
}
