import L from 'leaflet';
import { mapPoint, type ClusterSummary, type MapPoint } from '../../domain/mapMarks';
import type { GroupTally, SpotTally } from '../../domain/spotTally';
import type { Incident } from '../../domain/schema';
import { groupElement, pointElement, sizeHalo, type Halo } from './markElements';
import type { SpotClusters } from './spotClusters';

export interface MarkCallbacks {
  select: (id: string) => void;
  /** A mark got hover or focus (null: it lost it). */
  hover: (target: HoverTarget | null) => void;
  /** A cluster (several spots) or a spot (several incidents at one place) was activated. */
  openGroup: (group: GroupRef, summary: ClusterSummary, at: L.LatLng) => void;
  pointLabel: (p: MapPoint) => string;
  clusterLabel: (s: ClusterSummary) => string;
  number: (n: number) => string;
}

export type GroupRef = { kind: 'cluster'; clusterId: number } | { kind: 'spot'; spot: number };

export type HoverTarget =
  | { kind: 'point'; point: MapPoint; at: L.LatLng; radius: number }
  | { kind: 'cluster'; summary: ClusterSummary; at: L.LatLng; radius: number };

interface Drawn {
  marker: L.Marker;
  root: HTMLElement;
  /** The halo element and its radius in metres, resized on zoom. */
  halo?: Halo;
  pointId?: string;
  /** Set for a spot of several incidents. */
  spot?: number;
  /** Set for clusters: to find the cluster holding the selected incident. */
  cluster?: { at: L.LatLng; radius: number };
}

/**
 * Draws the clustered incidents as one Leaflet layer group of lightweight DOM marks: only what supercluster
 * returns for the view (a few hundred at most), never one node per incident. Marks are buttons with accessible
 * names, built with textContent only. Diffed by key on every move, so panning re-creates nothing it already has.
 */
export class MarksLayer {
  private readonly group = L.layerGroup();
  private readonly drawn = new Map<string, Drawn>();
  private clusters: SpotClusters | null = null;
  private incidents: readonly Incident[] = [];
  private tally: SpotTally | null = null;
  /** Incident id → its spot; built on first need (a selection), not on every draw: at 100k it costs tens of ms. */
  private spotOf: Map<string, number> | null = null;
  private selectedId: string | null = null;
  private lastZoom = -1;

  constructor(
    private readonly map: L.Map,
    private callbacks: MarkCallbacks,
  ) {
    this.group.addTo(map);
    map.on('moveend', this.render, this);
  }

  setData(clusters: SpotClusters, incidents: readonly Incident[], tally: SpotTally): void {
    this.clusters = clusters;
    this.incidents = incidents;
    this.tally = tally;
    this.spotOf = null;
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

  /**
   * Moves keyboard focus to the drawn mark nearest `at` (a zoomed cluster's largest part), or to the map itself when
   * none is drawn: after Enter on a cluster the map zooms and that cluster's button is gone, and focus must not
   * fall back to <body>.
   */
  focusNear(at: L.LatLng): void {
    const target = this.map.latLngToContainerPoint(at);
    let best: HTMLButtonElement | null = null;
    let bestDistance = Infinity;
    for (const d of this.drawn.values()) {
      const button = d.root.querySelector('button');
      if (!button) continue;
      const distance = this.map.latLngToContainerPoint(d.marker.getLatLng()).distanceTo(target);
      if (distance < bestDistance) [best, bestDistance] = [button, distance];
    }
    if (best) best.focus();
    else this.map.getContainer().focus();
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
    const { clusters, tally } = this;
    if (!clusters || !tally) return;
    const zoom = Math.round(this.map.getZoom());
    // Pad the view by half a screen so short pans reveal marks that are already there.
    const b = this.map.getBounds().pad(0.5);
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const seen = new Set<string>();
    for (const item of clusters.marks(bbox, zoom, tally)) {
      const key = item.kind === 'cluster' ? `c${item.clusterId}` : `s${item.g}`;
      seen.add(key);
      const existing = this.drawn.get(key);
      if (existing) {
        if (existing.halo && zoom !== this.lastZoom) sizeHalo(existing.halo, zoom);
        continue;
      }
      const drawn =
        item.kind === 'cluster' ? this.clusterMark(item.clusterId, item.tally) : this.spotMark(item.g, zoom);
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

  /** A spot of one incident is a point; a spot of several is a group disc that lists them. */
  private spotMark(g: number, zoom: number): Drawn | null {
    const spot = this.tally?.spot(g);
    if (!spot) return null;
    if (spot.members.length > 1) {
      return this.groupMark(spot.summary, L.latLng(spot.lat, spot.lon), { kind: 'spot', spot: g }, spot, zoom);
    }
    const incident = this.incidents[spot.members[0] ?? -1];
    return incident ? this.pointMark(mapPoint(incident, spot), zoom) : null;
  }

  private pointMark(point: MapPoint, zoom: number): Drawn {
    const at = L.latLng(point.lat, point.lon);
    const { root, button, radius, halo } = pointElement(point, this.callbacks.pointLabel(point), zoom);
    this.bind(
      button,
      () => this.callbacks.select(point.id),
      () => ({ kind: 'point', point, at, radius }),
    );
    return { marker: this.marker(at, root, radius), root, pointId: point.id, ...(halo ? { halo } : {}) };
  }

  private clusterMark(clusterId: number, group: GroupTally): Drawn {
    return this.groupMark(group.summary, L.latLng(group.lat, group.lon), { kind: 'cluster', clusterId });
  }

  /** A disc for several incidents: a cluster of spots, or a spot of several incidents. */
  private groupMark(
    summary: ClusterSummary,
    at: L.LatLng,
    ref: GroupRef,
    spot?: { haloM: number; lat: number; lon: number },
    zoom = 0,
  ): Drawn {
    const { number, clusterLabel } = this.callbacks;
    const text = { label: clusterLabel(summary), count: number(summary.count), killed: number(summary.killed) };
    const { root, button, radius, halo } = groupElement(summary, text, spot && { ...spot, zoom });
    this.bind(
      button,
      () => this.callbacks.openGroup(ref, summary, at),
      () => ({ kind: 'cluster', summary, at, radius }),
    );
    return {
      marker: this.marker(at, root, radius),
      root,
      cluster: { at, radius },
      ...(ref.kind === 'spot' ? { spot: ref.spot } : {}),
      ...(halo ? { halo } : {}),
    };
  }

  private spotOfSelected(): number | undefined {
    if (this.selectedId === null) return undefined;
    if (!this.spotOf && this.tally) {
      const spotOf = new Map<string, number>();
      for (const g of this.tally.spots()) {
        for (const i of this.tally.members(g)) {
          const incident = this.incidents[i];
          if (incident) spotOf.set(incident.id, g);
        }
      }
      this.spotOf = spotOf;
    }
    return this.spotOf?.get(this.selectedId);
  }

  /** Rings the selected incident's mark, or the cluster it is hidden in. */
  private markSelected(): void {
    let found = false;
    const selectedSpot = this.spotOfSelected();
    for (const d of this.drawn.values()) {
      const on =
        (d.pointId !== undefined && d.pointId === this.selectedId) || (d.spot !== undefined && d.spot === selectedSpot);
      d.root.classList.toggle('selected', on);
      found ||= on;
    }
    const selected = selectedSpot === undefined ? null : (this.tally?.spot(selectedSpot) ?? null);
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
