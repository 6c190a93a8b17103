import {
  clusterRadiusPx,
  markRadiusPx,
  metresPerPixel,
  perpetratorShares,
  type ClusterSummary,
  type MapPoint,
} from '../../domain/mapMarks';
import { PERPETRATOR_COLOURS } from '../../lib/palette';

/**
 * The DOM of the marks, built with createElement and textContent only: a name from the data can never become markup.
 * Styles are set through the CSSOM (allowed by the page's CSP, unlike style attributes in HTML).
 */

/** A halo and the radius it stands for, resized when the zoom changes. */
export interface Halo {
  el: HTMLElement;
  metres: number;
  lat: number;
}

/** Above this radius (px) a halo is mostly outline: zoomed into a city, its tint would cover the whole view. */
const WIDE_HALO_PX = 220;

export function sizeHalo(halo: Halo, zoom: number): void {
  const px = Math.max(0, halo.metres / metresPerPixel(halo.lat, zoom));
  halo.el.style.width = halo.el.style.height = `${(2 * px).toFixed(1)}px`;
  halo.el.classList.toggle('wide', px > WIDE_HALO_PX);
}

/** Appends a translucent halo of `metres` radius to `root`; none for a sited point (0 m). */
export function appendHalo(root: HTMLElement, colour: string, metres: number, lat: number, zoom: number) {
  if (metres <= 0) return undefined;
  const el = document.createElement('span');
  el.className = 'rasd-halo';
  el.style.setProperty('--mark-colour', colour);
  root.append(el);
  const halo: Halo = { el, metres, lat };
  sizeHalo(halo, zoom);
  return halo;
}

/** A `conic-gradient` of the perpetrators' shares: a cluster's ring shows who carried out its incidents. */
export function ringGradient(summary: ClusterSummary): string {
  let at = 0;
  const stops = perpetratorShares(summary).map(([p, share]) => {
    const from = at;
    at += share * 100;
    return `${PERPETRATOR_COLOURS[p]} ${from.toFixed(2)}% ${at.toFixed(2)}%`;
  });
  return `conic-gradient(${stops.join(', ')})`;
}

/** One incident: a disc whose area is proportional to its killed, with a halo when its location is approximate. */
export function pointElement(point: MapPoint, label: string, zoom: number) {
  const radius = markRadiusPx(point.killed);
  const colour = PERPETRATOR_COLOURS[point.perpetrator];
  const root = document.createElement('div');
  root.className = 'rasd-point';
  root.dataset.incidentId = point.id;
  const halo = appendHalo(root, colour, point.haloM, point.lat, zoom);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `rasd-dot${point.haloM > 0 ? ' approximate' : ''}`;
  button.style.width = button.style.height = `${(2 * radius).toFixed(1)}px`;
  button.style.setProperty('--mark-colour', colour);
  button.setAttribute('aria-label', label);
  root.append(button);
  return { root, button, radius, halo };
}

/**
 * Several incidents: a ring of perpetrator shares with the count inside and the killed below. A spot (incidents at
 * one place) keeps its place's halo, in the colour of its main perpetrator.
 */
export function groupElement(
  summary: ClusterSummary,
  text: { label: string; count: string; killed: string },
  spot?: { haloM: number; lat: number; zoom: number },
) {
  const radius = clusterRadiusPx(summary.count);
  const root = document.createElement('div');
  root.className = 'rasd-cluster';
  root.dataset.count = String(summary.count);
  const [main] = perpetratorShares(summary);
  const colour = main ? PERPETRATOR_COLOURS[main[0]] : '#4a5563';
  const halo = spot ? appendHalo(root, colour, spot.haloM, spot.lat, spot.zoom) : undefined;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'rasd-cluster-disc';
  button.style.width = button.style.height = `${(2 * radius).toFixed(1)}px`;
  button.style.background = ringGradient(summary);
  button.setAttribute('aria-label', text.label);
  const count = document.createElement('span');
  count.className = 'rasd-cluster-count';
  count.textContent = text.count;
  button.append(count);
  const killed = document.createElement('span');
  killed.className = 'rasd-cluster-killed';
  killed.setAttribute('aria-hidden', 'true');
  killed.textContent = text.killed;
  killed.style.top = `${radius.toFixed(1)}px`;
  root.append(button, killed);
  return { root, button, radius, halo };
}
