import { useEffect, useRef } from 'react';
import type L from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import { useViewState, type MapView } from '../../state/viewState';

/** Coordinates kept in the view: 5 decimals ≈ 1 m, enough for a URL and stable across round trips. */
const round = (n: number) => Math.round(n * 1e5) / 1e5;
const same = (a: MapView, b: MapView) => a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom;

/**
 * Keeps the map and `mapView` in step both ways: a move writes the view (the URL keeps it); a view set from outside
 * (the URL, history) moves the map. With no view yet, `fitData` frames the incidents once, and that first framing is
 * not written back, so a fresh visit keeps "fit the data".
 */
export function MapSync({ fitData }: { fitData: (map: L.Map) => void }) {
  const map = useMap();
  const { mapView, setMapView } = useViewState();
  const skipWrite = useRef(false);
  const started = useRef(false);

  useMapEvents({
    moveend: () => {
      if (skipWrite.current) {
        skipWrite.current = false;
        return;
      }
      const c = map.getCenter();
      const next = { lat: round(c.lat), lon: round(c.lng), zoom: map.getZoom() };
      if (!mapView || !same(mapView, next)) setMapView(next);
    },
  });

  useEffect(() => {
    if (mapView) {
      const c = map.getCenter();
      const current = { lat: round(c.lat), lon: round(c.lng), zoom: map.getZoom() };
      if (!started.current || !same(current, mapView)) map.setView([mapView.lat, mapView.lon], mapView.zoom);
    } else if (!started.current) {
      skipWrite.current = true;
      fitData(map);
    }
    started.current = true;
  }, [map, mapView, fitData]);
  return null;
}
