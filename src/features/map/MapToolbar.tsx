import { useId } from 'react';
import type L from 'leaflet';
import { useTranslation } from 'react-i18next';
import { PRESETS } from './presets';

/** Buttons above the map: jump to a city, frame the filtered incidents, switch the online map on or off. */
export function MapToolbar(props: {
  map: L.Map | null;
  onFit: () => void;
  tiles: boolean;
  onTiles: (on: boolean) => void;
}) {
  const { t } = useTranslation('map');
  const noteId = useId();
  const { map } = props;
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
      <button type="button" disabled={!map} onClick={props.onFit}>
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
