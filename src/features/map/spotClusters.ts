import Supercluster, { type ClusterProperties } from 'supercluster';
import type { Feature, Point } from 'geojson';
import type { GroupTally, SpotLayout, SpotTally } from '../../domain/spotTally';

/** What the index keeps per spot: its number in the layout (small objects keep the index cheap). */
export type PointProps = { g: number };

/** Clusters stop splitting here; beyond it incidents still together (e.g. at one spot) are listed on click. */
export const INDEX_MAX_ZOOM = 15;

/**
 * Cluster radius in supercluster's units (px of a 512-px tile, i.e. half that in Leaflet's 256-px pixels):
 * 120 keeps cluster centres about 60 screen px apart, wider than the largest cluster disc.
 */
const CLUSTER_RADIUS = 120;

/** A mark to draw: a spot (one place), or a cluster of spots with the selection's sums over them. */
export type DrawItem = { kind: 'spot'; g: number } | { kind: 'cluster'; clusterId: number; tally: GroupTally };

/** What a cluster carries: its spots, gathered while clustering (supercluster's map and reduce). */
type ClusterLeaves = { leaves: number[] };

/** Leaf lists a cluster owns (copied on its first merge): supercluster copies properties shallowly. */
const ownLeaves = new WeakSet<ClusterLeaves>();

/**
 * Every spot of the dataset clustered once (supercluster), whatever the filters: a filter change re-counts the
 * spots (SpotTally) instead of clustering again, so the marks stay where they were and only their sums change.
 * A cluster is drawn at the mean position of its spots that hold a selected incident, as the spot itself when only
 * one does, and not at all when none does. Each cluster gathers its spots while the index is built: walking the
 * index for the leaves of every cluster drawn (getLeaves) cost the first draw 20 ms at UCDP's 16,566 events.
 */
export class SpotClusters {
  readonly index: Supercluster<PointProps, ClusterLeaves>;
  private readonly leaves = new Map<number, Int32Array>();

  constructor(readonly layout: SpotLayout) {
    const features: Array<Feature<Point, PointProps>> = [];
    for (let g = 0; g < layout.size; g++) {
      features.push({
        type: 'Feature',
        properties: { g },
        geometry: { type: 'Point', coordinates: [layout.lon[g] as number, layout.lat[g] as number] },
      });
    }
    this.index = new Supercluster<PointProps, ClusterLeaves>({
      radius: CLUSTER_RADIUS,
      maxZoom: INDEX_MAX_ZOOM,
      map: (p) => ({ leaves: [p.g] }),
      reduce: (into, other) => {
        if (!ownLeaves.has(into)) {
          into.leaves = into.leaves.slice();
          ownLeaves.add(into);
        }
        for (const g of other.leaves) into.leaves.push(g);
      },
    }).load(features);
  }

  /** The spots of a cluster. */
  leavesOf(clusterId: number): Int32Array {
    let known = this.leaves.get(clusterId);
    if (!known) {
      known = Int32Array.from(this.index.getLeaves(clusterId, Infinity), (f) => f.properties.g);
      this.leaves.set(clusterId, known);
    }
    return known;
  }

  /** The zoom at which a cluster splits (see supercluster). */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** What to draw inside `bbox` ([west, south, east, north]) at `zoom` for a selection's tally. */
  marks(bbox: [number, number, number, number], zoom: number, tally: SpotTally): DrawItem[] {
    const out: DrawItem[] = [];
    for (const f of this.index.getClusters(bbox, Math.min(zoom, INDEX_MAX_ZOOM))) {
      const p = f.properties as PointProps | (ClusterProperties & ClusterLeaves);
      if (!('cluster' in p)) {
        if ((tally.count[p.g] as number) > 0) out.push({ kind: 'spot', g: p.g });
        continue;
      }
      const group = tally.group(p.leaves);
      if (group.spots === 1) out.push({ kind: 'spot', g: group.only });
      else if (group.spots > 1) out.push({ kind: 'cluster', clusterId: p.cluster_id, tally: group });
    }
    return out;
  }
}
