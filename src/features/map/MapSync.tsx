import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { rehearsing } from '../../lib/rehearsal';
import { useViewState, type MapView } from '../../state/viewState';

/** Coordinates kept in the view: 5 decimals ≈ 1 m, enough for a URL and stable across round trips. */
const round = (n: number) => Math.round(n * 1e5) / 1e5;
const same = (a: MapView, b: MapView) => a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom;
/**
 * Wait this long after the map stops before writing the view: every write re-renders the whole dashboard, which
 * should happen once the reader settles, not between the steps of a wheel zoom or a series of drags.
 */
const WRITE_DELAY_MS = 250;

/**
 * Keeps the map and `mapView` in step both ways: a move writes the view (the URL keeps it); a view set from outside
 * (the URL, history) moves the map. The map opens on its first view itself (MapPanel: the URL's, else the incidents
 * framed), and that first framing is not written back, so a fresh visit keeps "fit the data".
 */
export function MapSync() {
  const map = useMap();
  const { mapView, setMapView, filters } = useViewState('mapView', 'setMapView', 'filters');
  const seenFilters = useRef(filters);
  const started = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The latest view and setter, read when the delayed write fires.
  const latest = useRef({ mapView, setMapView });
  useEffect(() => {
    latest.current = { mapView, setMapView };
  }, [mapView, setMapView]);
  useEffect(() => () => clearTimeout(timer.current), []);
  // A filter change keeps the map where it is; with no view in the URL yet (still the first "fit the data"), write
  // the one on screen, or a copied link would open framed on the filtered data instead (issue 12.4: the whole view
  // stays in the URL).
  useEffect(() => {
    // A rehearsed click (state/firstClick.ts) is taken back unseen: it must not write the map's view.
    if (seenFilters.current === filters || rehearsing()) return;
    seenFilters.current = filters;
    if (latest.current.mapView !== null || !started.current) return;
    const c = map.getCenter();
    latest.current.setMapView({ lat: round(c.lat), lon: round(c.lng), zoom: map.getZoom() });
  }, [filters, map]);

  useMapEvents({
    movestart: () => clearTimeout(timer.current),
    moveend: () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const c = map.getCenter();
        const next = { lat: round(c.lat), lon: round(c.lng), zoom: map.getZoom() };
        const { mapView: current, setMapView: write } = latest.current;
        if (!current || !same(current, next)) write(next);
      }, WRITE_DELAY_MS);
    },
  });

  useEffect(() => {
    // The map opened on its first view (MapPanel's `opening`: this view, else the data framed as "fit" frames it),
    // so the first run moves nothing: a no-op move still fired moveend, which re-rendered the basemap's layers and
    // redrew the marks right after they were first drawn.
    if (!started.current) {
      started.current = true;
      return;
    }
    if (!mapView) return;
    const c = map.getCenter();
    const current = { lat: round(c.lat), lon: round(c.lng), zoom: map.getZoom() };
    if (!same(current, mapView)) map.setView([mapView.lat, mapView.lon], mapView.zoom);
  }, [map, mapView]);
  return null;
}
