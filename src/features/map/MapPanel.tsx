import { useCallback, useEffect, useMemo, useState } from 'react';
import L from 'leaflet';
import { MapContainer, TileLayer, ZoomControl, useMap } from 'react-leaflet';
import { useTranslation } from 'react-i18next';
import type { SpotTally } from '../../domain/spotTally';
import { PERPETRATORS, type Perpetrator } from '../../domain/vocabulary';
import { useSelection } from '../../state/selection';
import { useViewState, useViewStore, type MapView } from '../../state/viewState';
import { preferences } from '../../lib/preferences';
import { useFormat } from '../../state/useFormat';
import { BasemapLayers } from './BasemapLayers';
import { IncidentMarks } from './IncidentMarks';
import { Legend } from './Legend';
import { MapSync } from './MapSync';
import { MapToolbar, createMapHolder } from './MapToolbar';
import { TallyOutline } from './TallyOutline';
import { DatasetLayer, type DatasetStatus } from './DatasetLayer';
import { useIncidentIndex } from './useIncidentIndex';
import { SYRIA_BOUNDS } from './presets';

/** The opt-in online layer. Its origin must match TILE_ORIGIN in src/app/csp.ts (img-src). */
export const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The box around the spots holding a selected incident, or null when none does. */
function boundsOf(tally: SpotTally): L.LatLngBounds | null {
  const { lat, lon } = tally.layout;
  let [s, w, n, e] = [90, 180, -90, -180];
  let any = false;
  for (const g of tally.spots()) {
    any = true;
    s = Math.min(s, lat[g] as number);
    n = Math.max(n, lat[g] as number);
    w = Math.min(w, lon[g] as number);
    e = Math.max(e, lon[g] as number);
  }
  return any ? L.latLngBounds([s, w], [n, e]) : null;
}

/** The perpetrators of the drawn incidents (the legend lists only those). */
function perpetratorsOf(tally: SpotTally): Set<Perpetrator> {
  return new Set(PERPETRATORS.filter((_, k) => (tally.perpetratorTotals[k] as number) > 0));
}

/** How the map frames the incidents (fit to data, the toolbar's "fit" and the first view): px of margin, top zoom. */
const DATA_FIT: L.FitBoundsOptions = { padding: [40, 40], maxZoom: 11 };

type Opening =
  { center: L.LatLngTuple; zoom: number } | { bounds: L.LatLngBoundsExpression; boundsOptions?: L.FitBoundsOptions };

/** The map's first view: the one in the URL, else the data framed as `fitData` frames it, else Syria. */
function openingView(view: MapView | null, dataBounds: L.LatLngBounds | null): Opening {
  if (view) return { center: [view.lat, view.lon], zoom: view.zoom };
  return dataBounds ? { bounds: dataBounds, boundsOptions: DATA_FIT } : { bounds: SYRIA_BOUNDS };
}

/** Names the map region and credits the basemap in the UI language. */
function MapChrome({ label, attribution }: { label: string; attribution: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution(attribution);
    return () => {
      map.attributionControl.removeAttribution(attribution);
    };
  }, [map, label, attribution]);
  return null;
}

/** The UCDP line above the map: loading, failed, or how many of the filtered events are drawn and why not all. */
function DatasetSummary({ status }: { status: DatasetStatus }) {
  const { t } = useTranslation('map');
  const fmt = useFormat();
  if (status.state === 'loading') return <> · {t('dataset.loading')}</>;
  if (status.state === 'error') return <> · {t('dataset.failed')}</>;
  const unplaced = status.total - status.drawn;
  // Each sentence isolated: "UCDP GED." followed by a number would otherwise join one left-to-right run in Arabic.
  return (
    <>
      {' · '}
      <bdi>{t('dataset.drawn', { count: status.total, drawn: fmt.number(status.drawn) })}</bdi>
      {unplaced > 0 ? (
        <>
          {' '}
          <bdi>{t('dataset.unplaced', { count: unplaced })}</bdi>
        </>
      ) : null}
    </>
  );
}

/** The map of the filtered incidents: offline basemap, precision-honest marks, clusters, tally areas. */
export function MapPanel() {
  const { t } = useTranslation('map');
  const { model, selection } = useSelection();
  const { language, compare } = useViewState('language', 'compare');
  const [dataset, setDataset] = useState<DatasetStatus>({ state: 'loading' });
  const [mapHolder] = useState(createMapHolder);
  const [tiles, setTiles] = useState(preferences.onlineTiles);
  const { clusters, tally } = useIncidentIndex(selection.incidents, selection.slots, model);
  const { located, unlocated } = tally;
  const dataBounds = useMemo(() => boundsOf(tally), [tally]);
  const present = useMemo(() => perpetratorsOf(tally), [tally]);

  const fitData = useCallback(
    (m: L.Map) => {
      if (dataBounds) m.fitBounds(dataBounds, DATA_FIT);
      else m.fitBounds(SYRIA_BOUNDS);
    },
    [dataBounds],
  );
  // The map opens on its first view (the URL's, else the data framed as "fit" frames it), read once without
  // subscribing; MapSync then moves it only when the view changes. Opened on Syria, it drew the basemap and the marks
  // there, then zoomed to the data and drew them all again once the zoom's animation ended (40–50 ms of main thread
  // around the first marks).
  const store = useViewStore();
  const [opening] = useState(() => openingView(store.getState().mapView, dataBounds));

  const onTiles = (on: boolean) => {
    preferences.setOnlineTiles(on);
    setTiles(on);
  };

  return (
    <section className="panel map-panel" aria-labelledby="map-heading">
      <div className="map-head">
        <h2 id="map-heading">{t('heading')}</h2>
        <p className="muted small" aria-live="polite">
          {t('onMap', { count: located })}
          {unlocated.length > 0 ? ` · ${t('unlocated', { count: unlocated.length })}` : null}
          {compare ? <DatasetSummary status={dataset} /> : null}
        </p>
      </div>
      <MapToolbar holder={mapHolder} onFit={fitData} tiles={tiles} onTiles={onTiles} />
      {tiles ? <p className="small muted map-tiles-note">{t('tilesNote')}</p> : null}
      <div
        dir="ltr"
        className="map-frame"
        data-marks={located}
        data-unlocated={unlocated.length}
        data-dataset-state={compare ? dataset.state : undefined}
        data-dataset-marks={dataset.state === 'ready' ? dataset.drawn : 0}
      >
        <MapContainer ref={mapHolder.set} {...opening} minZoom={5} maxZoom={17} zoomControl={false} zoomSnap={1}>
          <ZoomControl key={language} position="topleft" zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} />
          <MapChrome label={t('mapLabel')} attribution={t('attribution')} />
          {tiles ? (
            <TileLayer url={TILE_URL} attribution={t('osm')} maxZoom={19} referrerPolicy="strict-origin" />
          ) : null}
          <BasemapLayers language={language} plain={tiles} />
          <TallyOutline />
          {compare ? <DatasetLayer onStatus={setDataset} /> : null}
          <IncidentMarks clusters={clusters} incidents={selection.incidents} tally={tally} />
          <MapSync />
        </MapContainer>
      </div>
      <Legend present={present} />
      {compare ? (
        <p className="small muted dataset-legend">
          <span className="dataset-ring" aria-hidden="true" /> {t('dataset.legend')}
        </p>
      ) : null}
    </section>
  );
}
