import L from 'leaflet';
import Supercluster from 'supercluster';
import type { Feature, Point } from 'geojson';
import { DATASET_COLOUR } from '../../lib/palette';

/**
 * UCDP GED's events as the map draws them: clustered like the reports' incidents (16k dashed rings drawn one by one
 * bury the map and its labels), single events as hollow dashed rings on one canvas, clusters as a dashed ring with
 * the count inside. All in their own pane below the incidents and the place labels. Text is set with textContent.
 */

/** One drawable UCDP event: where, its best estimate (people), and its tooltip text. */
export interface DatasetPoint {
  lat: number;
  lon: number;
  best: number;
  label: string;
}

/** What a UCDP cluster sums: how many events, and their best estimates (people). */
interface Summary {
  count: number;
  best: number;
}

/** The pane UCDP marks draw in: above the basemap (350), below the place labels and the incidents' marks. */
export const DATASET_PANE = 'rasd-dataset';
const PANE_Z = 420;
/** Cluster radius in supercluster's units (px of a 512-px tile, so ≈ 40 screen px): rings stay readable. */
const CLUSTER_RADIUS = 80;
/**
 * Clusters split up to the map's deepest zoom (17): UCDP codes most events to a town's point, so hundreds share one
 * point and would otherwise come back as hundreds of rings drawn on top of each other.
 */
const MAX_CLUSTER_ZOOM = 17;

const ringRadius = (best: number) => 3 + Math.sqrt(best);
const clusterRadius = (count: number) => Math.min(26, 11 + 1.6 * Math.sqrt(count));

export class DatasetMarks {
  private readonly group = L.layerGroup();
  private readonly renderer: L.Canvas;
  private index: Supercluster<{ i: number }, Summary> | null = null;
  private points: readonly DatasetPoint[] = [];

  constructor(
    private readonly map: L.Map,
    private readonly text: { cluster: (count: number, best: number) => string; number: (n: number) => string },
  ) {
    if (!map.getPane(DATASET_PANE)) map.createPane(DATASET_PANE).style.zIndex = String(PANE_Z);
    this.renderer = L.canvas({ padding: 0.5, pane: DATASET_PANE });
    this.group.addTo(map);
    map.on('moveend', this.render, this);
  }

  setData(points: readonly DatasetPoint[]): void {
    this.points = points;
    const features: Array<Feature<Point, { i: number }>> = points.map((p, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    }));
    this.index = new Supercluster<{ i: number }, Summary>({
      radius: CLUSTER_RADIUS,
      maxZoom: MAX_CLUSTER_ZOOM,
      map: (props) => ({ count: 1, best: points[props.i]?.best ?? 0 }),
      reduce: (into, other) => {
        into.count += other.count;
        into.best += other.best;
      },
    }).load(features);
    this.render();
  }

  remove(): void {
    this.map.off('moveend', this.render, this);
    this.group.remove();
  }

  /** How many marks are on the map now (rings and clusters). */
  size(): number {
    return this.group.getLayers().length;
  }

  render(): void {
    this.group.clearLayers();
    if (!this.index) return;
    const b = this.map.getBounds().pad(0.25);
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const zoom = Math.round(this.map.getZoom());
    for (const f of this.index.getClusters(bbox, zoom)) {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const props = f.properties;
      if ('cluster' in props && props.cluster) {
        const id = props.cluster_id;
        this.group.addLayer(this.clusterMark(L.latLng(lat, lon), props.count, props.best, id));
      } else if ('i' in props) {
        const p = this.points[props.i];
        if (p) this.group.addLayer(this.ring(p));
      }
    }
  }

  private ring(p: DatasetPoint): L.CircleMarker {
    const mark = L.circleMarker([p.lat, p.lon], {
      renderer: this.renderer,
      pane: DATASET_PANE,
      radius: ringRadius(p.best),
      color: DATASET_COLOUR,
      weight: 1.5,
      dashArray: '3 2',
      fill: false,
    });
    const label = document.createElement('span');
    label.textContent = p.label;
    return mark.bindTooltip(label);
  }

  private clusterMark(at: L.LatLng, count: number, best: number, clusterId: number): L.Marker {
    const r = clusterRadius(count);
    const el = document.createElement('span');
    el.className = 'rasd-dataset-cluster';
    el.style.width = el.style.height = `${(2 * r).toFixed(1)}px`;
    el.textContent = this.text.number(count);
    const icon = L.divIcon({ html: el, className: 'rasd-mark-anchor', iconSize: [0, 0] });
    const marker = L.marker(at, { icon, pane: DATASET_PANE, keyboard: false, interactive: true });
    const label = document.createElement('span');
    label.textContent = this.text.cluster(count, best);
    marker.bindTooltip(label);
    marker.on('click', () => {
      const zoom = this.index?.getClusterExpansionZoom(clusterId) ?? this.map.getZoom() + 2;
      this.map.flyTo(at, Math.min(zoom, this.map.getMaxZoom()));
    });
    return marker;
  }
}
