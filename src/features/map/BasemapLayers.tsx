import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import L from 'leaflet';
import { GeoJSON, useMap, useMapEvents } from 'react-leaflet';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { Language } from '../../lib/preferences';
import { basemapQuery, neighbourhoodsQuery, type LabelPlace } from './basemap';

/** Zooms at which each kind of label appears: few labels at country scale, towns only once zoomed in. */
const LABEL_ZOOMS: Record<LabelPlace['kind'] | 'capital', [number, number]> = {
  governorate: [0, 7],
  capital: [0, 13],
  city: [8, 13],
  town: [9, 13],
};

/**
 * Which zoom band a label belongs to. A governorate capital names its governorate at country scale, so a governorate
 * is labelled only when no city shares its name (Rif Dimashq); other cities and towns wait until zoomed in.
 */
function labelKind(p: LabelPlace, cityNames: ReadonlySet<string>, governorateNames: ReadonlySet<string>) {
  if (p.kind === 'governorate') return cityNames.has(p.en) ? null : 'governorate';
  if (p.kind === 'city' && governorateNames.has(p.en)) return 'capital';
  return p.kind;
}
/** Natural Earth 1:50m rivers are drawn up to this zoom only: closer in they stray kilometres from the real bank. */
const RIVERS_MAX_ZOOM = 9;
/** City neighbourhood outlines load and draw from this zoom on. */
export const NEIGHBOURHOOD_ZOOM = 12;

const style = {
  neighbours: { color: '#b8b0a0', weight: 1, fillColor: '#e9e5dc', fillOpacity: 1 },
  governorates: { stroke: false, fillColor: '#fdfcf9', fillOpacity: 1 },
  internal: { color: '#a89f8c', weight: 1, dashArray: '4 3', fill: false },
  border: { color: '#5f5747', weight: 1.6, fill: false },
  rivers: { color: '#8fb3c9', weight: 1.6, fill: false },
  neighbourhoods: { color: '#7d7566', weight: 0.8, fillColor: '#f3efe6', fillOpacity: 0.35 },
} satisfies Record<string, L.PathOptions>;

/**
 * The basemap's panes: its outlines below the marks (Leaflet's overlay pane is 400, its marker pane 600); city dots
 * below the marks; names above the marks (a place's name is never hidden under its own incidents) and below tooltips
 * (650). Labels take no pointer events, so every mark under a name stays clickable.
 */
const PANES: Array<[name: string, style: Partial<CSSStyleDeclaration>]> = [
  ['rasd-base', { zIndex: '350' }],
  ['rasd-label-dots', { zIndex: '450', pointerEvents: 'none' }],
  ['rasd-labels', { zIndex: '610', pointerEvents: 'none' }],
];

/**
 * Makes the panes before any layer is added to them: layout effects run before the layers' (passive) effects add
 * them, so the basemap is drawn in the same commit as the rest of the map. react-leaflet's <Pane> makes its pane in
 * an effect and renders its layers a pass later: a React render of the whole basemap after the first marks were
 * drawn. The panes live as long as the map.
 */
function useBasemapPanes(map: L.Map): void {
  useLayoutEffect(() => {
    for (const [name, style] of PANES) {
      if (!map.getPane(name)) Object.assign(map.createPane(name).style, style);
    }
  }, [map]);
}

function useZoomAndBounds() {
  const map = useMap();
  const [view, setView] = useState(() => ({ zoom: map.getZoom(), bounds: map.getBounds() }));
  useMapEvents({ moveend: () => setView({ zoom: map.getZoom(), bounds: map.getBounds() }) });
  return view;
}

/** Text labels as non-interactive Leaflet markers whose content is set with textContent (never HTML). */
function labelMarker(text: string, kind: string, at: L.LatLngExpression, dir: 'rtl' | 'ltr'): L.Marker {
  const el = document.createElement('span');
  el.className = `rasd-label rasd-label-${kind}`;
  el.dir = dir;
  el.textContent = text;
  const icon = L.divIcon({ html: el, className: 'rasd-label-anchor', iconSize: [0, 0] });
  return L.marker(at, { icon, interactive: false, keyboard: false, pane: 'rasd-labels' });
}

/**
 * The dot of a city or town, in a pane below the marks: a name is drawn above the marks, but its dot must not sit on
 * a mark's count drawn at the same point.
 */
function dotMarker(at: L.LatLngExpression): L.Marker {
  const el = document.createElement('span');
  el.className = 'rasd-label-dot';
  const icon = L.divIcon({ html: el, className: 'rasd-label-anchor', iconSize: [0, 0] });
  return L.marker(at, { icon, interactive: false, keyboard: false, pane: 'rasd-label-dots' });
}

function Labels({ places, language }: { places: LabelPlace[]; language: Language }) {
  const map = useMap();
  const { zoom, bounds } = useZoomAndBounds();
  useEffect(() => {
    const group = L.layerGroup().addTo(map);
    const padded = bounds.pad(0.2);
    const cityNames = new Set(places.filter((p) => p.kind === 'city').map((p) => p.en));
    const governorateNames = new Set(places.filter((p) => p.kind === 'governorate').map((p) => p.en));
    for (const p of places) {
      const kind = labelKind(p, cityNames, governorateNames);
      if (kind === null) continue;
      const [min, max] = LABEL_ZOOMS[kind];
      if (zoom < min || zoom > max || !padded.contains([p.lat, p.lon])) continue;
      const text = language === 'ar' ? p.ar : p.en;
      labelMarker(text, p.kind, [p.lat, p.lon], language === 'ar' ? 'rtl' : 'ltr').addTo(group);
      if (p.kind === 'city' || p.kind === 'town') dotMarker([p.lat, p.lon]).addTo(group);
    }
    return () => {
      group.remove();
    };
  }, [map, places, language, zoom, bounds]);
  return null;
}

function Neighbourhoods({ language }: { language: Language }) {
  const { data } = useQuery(basemapQuery);
  const { zoom, bounds } = useZoomAndBounds();
  const map = useMap();
  const visible = useMemo(
    () =>
      zoom < NEIGHBOURHOOD_ZOOM
        ? []
        : (data?.cities ?? []).filter((c) =>
            bounds.intersects([
              [c.bbox[1], c.bbox[0]],
              [c.bbox[3], c.bbox[2]],
            ]),
          ),
    [data, zoom, bounds],
  );
  const results = useQueries({ queries: visible.map((c) => neighbourhoodsQuery(c)) });
  const loaded = results.map((r) => r.data);
  useEffect(() => {
    if (zoom < NEIGHBOURHOOD_ZOOM + 1) return;
    const group = L.layerGroup().addTo(map);
    for (const fc of loaded) {
      for (const f of fc?.features ?? []) {
        const { lat, lon, name_ar, name_en } = f.properties;
        const name = language === 'ar' ? name_ar : name_en;
        if (lat === undefined || lon === undefined || !name || !bounds.contains([lat, lon])) continue;
        labelMarker(name, 'neighbourhood', [lat, lon], language === 'ar' ? 'rtl' : 'ltr').addTo(group);
      }
    }
    return () => {
      group.remove();
    };
    // `loaded` is a new array each render; its items are stable query results.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, zoom, bounds, language, ...loaded]);
  return (
    <>
      {visible.map((c, i) => {
        const fc = loaded[i];
        return fc ? (
          <GeoJSON key={c.pcode} data={fc} pane="rasd-base" style={style.neighbourhoods} interactive={false} />
        ) : null;
      })}
    </>
  );
}

/**
 * The offline basemap: neighbouring countries, Syria's governorates and borders, rivers, and place labels in the UI
 * language. `plain` draws borders only, for use over online tiles.
 */
export function BasemapLayers({ language, plain }: { language: Language; plain: boolean }) {
  const { data } = useQuery(basemapQuery);
  const { zoom } = useZoomAndBounds();
  useBasemapPanes(useMap());
  if (!data) return null;
  return (
    <>
      {plain ? null : (
        <>
          <GeoJSON data={data.neighbours} pane="rasd-base" style={style.neighbours} interactive={false} />
          <GeoJSON data={data.governorates} pane="rasd-base" style={style.governorates} interactive={false} />
          {zoom <= RIVERS_MAX_ZOOM ? (
            <GeoJSON data={data.rivers} pane="rasd-base" style={style.rivers} interactive={false} />
          ) : null}
        </>
      )}
      <GeoJSON data={data.internalBorders} pane="rasd-base" style={style.internal} interactive={false} />
      <GeoJSON data={data.border} pane="rasd-base" style={style.border} interactive={false} />
      <Neighbourhoods language={language} />
      <Labels places={data.places} language={language} />
    </>
  );
}
