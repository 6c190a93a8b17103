import L from 'leaflet';
import type Supercluster from 'supercluster';
import type { ClusterFeature, PointFeature } from 'supercluster';
import {
  clusterRadiusPx,
  markRadiusPx,
  metresPerPixel,
  perpetratorShares,
  type ClusterSummary,
  type MapPoint,
} from '../../domain/mapMarks';
import { PERPETRATOR_COLOURS } from '../../lib/palette';

/** What the index keeps per point: its position in the points array (small objects keep 100k points cheap). */
export type PointProps = { i: number };
export type IncidentIndex = Supercluster<PointProps, ClusterSummary>;

/** Clusters stop splitting here; beyond it incidents still together (e.g. at one spot) are listed on click. */
export const INDEX_MAX_ZOOM = 15;

export interface MarkCallbacks {
  select: (id: string) => void;
  /** A mark got hover or focus (null: it lost it). */
  hover: (target: HoverTarget | null) => void;
  /** A cluster was activated. */
  openCluster: (clusterId: number, summary: ClusterSummary, at: L.LatLng) => void;
  pointLabel: (p: MapPoint) => string;
  clusterLabel: (s: ClusterSummary) => string;
  number: (n: number) => string;
}

export type HoverTarget =
  | { kind: 'point'; point: MapPoint; at: L.LatLng; radius: number }
  | { kind: 'cluster'; summary: ClusterSummary; at: L.LatLng; radius: number };

interface Drawn {
  marker: L.Marker;
  root: HTMLElement;
  /** Set for points: the halo element and its radius in metres, resized on zoom. */
  halo?: { el: HTMLElement; metres: number; lat: number };
  pointId?: string;
  /** Set for clusters: to find the cluster holding the selected incident. */
  cluster?: { at: L.LatLng; radius: number };
}

const isCluster = (f: ClusterFeature<ClusterSummary> | PointFeature<PointProps>): f is ClusterFeature<ClusterSummary> =>
  'cluster' in f.properties && f.properties.cluster === true;

/** A `conic-gradient` of the perpetrators' shares: a cluster's ring shows who carried out its incidents. */
function ringGradient(summary: ClusterSummary): string {
  let at = 0;
  const stops = perpetratorShares(summary).map(([p, share]) => {
    const from = at;
    at += share * 100;
    return `${PERPETRATOR_COLOURS[p]} ${from.toFixed(2)}% ${at.toFixed(2)}%`;
  });
  return `conic-gradient(${stops.join(', ')})`;
}

/**
 * Draws the clustered incidents as one Leaflet layer group of lightweight DOM marks: only what supercluster
 * returns for the view (a few hundred at most), never one node per incident. Marks are buttons with accessible
 * names, built with textContent only. Diffed by key on every move, so panning re-creates nothing it already has.
 */
export class MarksLayer {
  private readonly group = L.layerGroup();
  private readonly drawn = new Map<string, Drawn>();
  private index: IncidentIndex | null = null;
  private points: readonly MapPoint[] = [];
  private pointsById = new Map<string, MapPoint>();
  private selectedId: string | null = null;
  private lastZoom = -1;

  constructor(
    private readonly map: L.Map,
    private callbacks: MarkCallbacks,
  ) {
    this.group.addTo(map);
    map.on('moveend', this.render, this);
  }

  setData(index: IncidentIndex, points: readonly MapPoint[]): void {
    this.index = index;
    this.points = points;
    this.pointsById = new Map(points.map((p) => [p.id, p]));
    this.clear();
    this.render();
  }

  /** New labels (language or digits changed): every mark is rebuilt. */
  setCallbacks(callbacks: MarkCallbacks): void {
    this.callbacks = callbacks;
    this.clear();
    this.render();
  }

  setSelected(id: string | null): void {
    this.selectedId = id;
    this.markSelected();
  }

  /** How many marks are drawn now, and how many incidents they stand for (for tests and the bench). */
  stats(): { marks: number; incidents: number } {
    let incidents = 0;
    for (const d of this.drawn.values()) incidents += Number(d.root.dataset.count ?? 1);
    return { marks: this.drawn.size, incidents };
  }

  remove(): void {
    this.map.off('moveend', this.render, this);
    this.clear();
    this.group.remove();
  }

  private clear(): void {
    this.group.clearLayers();
    this.drawn.clear();
  }

  render(): void {
    if (!this.index) return;
    const zoom = Math.round(this.map.getZoom());
    // Pad the view by half a screen so short pans reveal marks that are already there.
    const b = this.map.getBounds().pad(0.5);
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const features = this.index.getClusters(bbox, Math.min(zoom, INDEX_MAX_ZOOM));
    const seen = new Set<string>();
    for (const f of features) {
      const key = isCluster(f) ? `c${f.properties.cluster_id}` : `p${f.properties.i}`;
      seen.add(key);
      const existing = this.drawn.get(key);
      if (existing) {
        if (existing.halo && zoom !== this.lastZoom) this.sizeHalo(existing.halo, zoom);
        continue;
      }
      const drawn = isCluster(f) ? this.clusterMark(f) : this.pointMark(f, zoom);
      if (drawn) {
        this.drawn.set(key, drawn);
        drawn.marker.addTo(this.group);
      }
    }
    for (const [key, d] of this.drawn) {
      if (seen.has(key)) continue;
      d.marker.remove();
      this.drawn.delete(key);
    }
    this.lastZoom = zoom;
    this.markSelected();
  }

  private sizeHalo(halo: NonNullable<Drawn['halo']>, zoom: number): void {
    const px = Math.max(0, halo.metres / metresPerPixel(halo.lat, zoom));
    halo.el.style.width = halo.el.style.height = `${(2 * px).toFixed(1)}px`;
  }

  private marker(at: L.LatLng, root: HTMLElement, radius: number): L.Marker {
    // The icon is a zero-size anchor; children are centred on it. Smaller marks stack above larger ones.
    const icon = L.divIcon({ html: root, className: 'rasd-mark-anchor', iconSize: [0, 0] });
    return L.marker(at, { icon, keyboard: false, interactive: false, zIndexOffset: -Math.round(radius * 1000) });
  }

  private bind(button: HTMLElement, onActivate: () => void, hover: () => HoverTarget): void {
    L.DomEvent.disableClickPropagation(button);
    button.addEventListener('click', onActivate);
    button.addEventListener('mouseenter', () => this.callbacks.hover(hover()));
    button.addEventListener('focus', () => this.callbacks.hover(hover()));
    button.addEventListener('mouseleave', () => this.callbacks.hover(null));
    button.addEventListener('blur', () => this.callbacks.hover(null));
  }

  private pointMark(f: PointFeature<PointProps>, zoom: number): Drawn | null {
    const point = this.points[f.properties.i];
    if (!point) return null;
    const at = L.latLng(point.lat, point.lon);
    const radius = markRadiusPx(point.killed);
    const root = document.createElement('div');
    root.className = 'rasd-point';
    root.dataset.incidentId = point.id;
    let halo: Drawn['halo'];
    if (point.haloM > 0) {
      const el = document.createElement('span');
      el.className = 'rasd-halo';
      el.style.setProperty('--mark-colour', PERPETRATOR_COLOURS[point.perpetrator]);
      root.append(el);
      halo = { el, metres: point.haloM, lat: point.lat };
      this.sizeHalo(halo, zoom);
    }
    const dot = document.createElement('button');
    dot.type = 'button';
    dot.className = `rasd-dot${point.haloM > 0 ? ' approximate' : ''}`;
    dot.style.width = dot.style.height = `${(2 * radius).toFixed(1)}px`;
    dot.style.setProperty('--mark-colour', PERPETRATOR_COLOURS[point.perpetrator]);
    dot.setAttribute('aria-label', this.callbacks.pointLabel(point));
    this.bind(
      dot,
      () => this.callbacks.select(point.id),
      () => ({ kind: 'point', point, at, radius }),
    );
    root.append(dot);
    return { marker: this.marker(at, root, radius), root, pointId: point.id, ...(halo ? { halo } : {}) };
  }

  private clusterMark(f: ClusterFeature<ClusterSummary>): Drawn {
    const summary: ClusterSummary = {
      count: f.properties.count,
      killed: f.properties.killed,
      byPerpetrator: f.properties.byPerpetrator,
    };
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const at = L.latLng(lat, lon);
    const radius = clusterRadiusPx(summary.count);
    const root = document.createElement('div');
    root.className = 'rasd-cluster';
    root.dataset.count = String(summary.count);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'rasd-cluster-disc';
    button.style.width = button.style.height = `${(2 * radius).toFixed(1)}px`;
    button.style.background = ringGradient(summary);
    button.setAttribute('aria-label', this.callbacks.clusterLabel(summary));
    const count = document.createElement('span');
    count.className = 'rasd-cluster-count';
    count.textContent = this.callbacks.number(summary.count);
    button.append(count);
    const killed = document.createElement('span');
    killed.className = 'rasd-cluster-killed';
    killed.setAttribute('aria-hidden', 'true');
    killed.textContent = this.callbacks.number(summary.killed);
    killed.style.top = `${radius.toFixed(1)}px`;
    this.bind(
      button,
      () => this.callbacks.openCluster(f.properties.cluster_id, summary, at),
      () => ({ kind: 'cluster', summary, at, radius }),
    );
    root.append(button, killed);
    return { marker: this.marker(at, root, radius), root, cluster: { at, radius } };
  }

  /** Rings the selected incident's mark, or the cluster it is hidden in. */
  private markSelected(): void {
    let found = false;
    for (const d of this.drawn.values()) {
      const on = d.pointId !== undefined && d.pointId === this.selectedId;
      d.root.classList.toggle('selected', on);
      found ||= on;
    }
    const selected = this.selectedId === null ? undefined : this.pointsById.get(this.selectedId);
    if (found || !selected) return;
    const target = this.map.latLngToContainerPoint([selected.lat, selected.lon]);
    let best: Drawn | null = null;
    let bestDistance = Infinity;
    for (const d of this.drawn.values()) {
      if (!d.cluster) continue;
      const distance = this.map.latLngToContainerPoint(d.cluster.at).distanceTo(target);
      if (distance < bestDistance && distance <= 60) [best, bestDistance] = [d, distance];
    }
    best?.root.classList.add('selected');
  }
}
