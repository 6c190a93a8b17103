import { useId, useSyncExternalStore } from 'react';
import type L from 'leaflet';
import { useTranslation } from 'react-i18next';
import { PRESETS } from './presets';

/**
 * The Leaflet map once MapContainer has made it, read by the toolbar alone. Held in MapPanel's state, its arrival
 * re-rendered the whole map panel (every layer component) right after the first marks were drawn.
 */
export interface MapHolder {
  set: (map: L.Map | null) => void;
  get: () => L.Map | null;
  subscribe: (listener: () => void) => () => void;
}

export function createMapHolder(): MapHolder {
  let current: L.Map | null = null;
  const listeners = new Set<() => void>();
  return {
    set: (map) => {
      current = map;
      for (const listener of listeners) listener();
    },
    get: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Buttons above the map: jump to a city, frame the filtered incidents, switch the online map on or off. */
export function MapToolbar(props: {
  holder: MapHolder;
  onFit: (map: L.Map) => void;
  tiles: boolean;
  onTiles: (on: boolean) => void;
}) {
  const { t } = useTranslation('map');
  const noteId = useId();
  const map = useSyncExternalStore(props.holder.subscribe, props.holder.get, props.holder.get);
  return (
    <div className="map-toolbar">
      <div role="group" aria-label={t('jumpTo')} className="map-presets">
        <span aria-hidden="true" className="muted small">
          {t('jumpTo')}
        </span>
        {PRESETS.map((p) => (
          <button
            key={p.key}
            type="button"
            disabled={!map}
            onClick={() => map?.flyTo([p.lat, p.lon], p.zoom, { duration: 1 })}
          >
            {t(`preset.${p.key}`)}
          </button>
        ))}
      </div>
      <button type="button" disabled={!map} onClick={() => map && props.onFit(map)}>
        {t('fit')}
      </button>
      <button
        type="button"
        className="map-tiles-toggle"
        aria-pressed={props.tiles}
        aria-describedby={noteId}
        onClick={() => props.onTiles(!props.tiles)}
      >
        {t('tiles')}
      </button>
      <p id={noteId} className="visually-hidden">
        {t('tilesNote')}
      </p>
    </div>
  );
}
