import { useEffect, useMemo, useRef, useState } from 'react';
import type L from 'leaflet';
import { CircleMarker, Popup, Tooltip, useMap } from 'react-leaflet';
import { useTranslation } from 'react-i18next';
import { haloMetres, mapPoint, type ClusterSummary, type MapPoint } from '../../domain/mapMarks';
import type { SpotTally } from '../../domain/spotTally';
import { locatePlace } from '../../domain/dataset';
import type { Incident } from '../../domain/schema';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../state/useFormat';
import { MarksLayer, type GroupRef, type HoverTarget, type MarkCallbacks } from './marksLayer';
import { INDEX_MAX_ZOOM, type SpotClusters } from './spotClusters';
import { PointDetails, usePointText } from './PointDetails';
import { ClusterList } from './ClusterList';

interface OpenGroup {
  group: GroupRef;
  summary: ClusterSummary;
  at: L.LatLng;
  /** The mark that opened the list: focus returns to it when the list closes. */
  opener: HTMLElement | null;
}

/** True when the element shows keyboard focus (Enter or Space, not a mouse click); false where unsupported. */
function focusVisible(el: HTMLElement | null): boolean {
  try {
    return el?.matches(':focus-visible') ?? false;
  } catch {
    return false;
  }
}

/** Zoom to fly to for a selected incident: close for a sited strike, wider the vaguer its location (halo, m). */
function zoomFor(haloM: number): number {
  if (haloM === 0) return 14;
  if (haloM <= 8_000) return 11;
  return 8;
}

/**
 * The incidents on the map (inside MapContainer): draws the index through MarksLayer, shows a text-only tooltip for
 * the hovered or focused mark, lists the incidents of a cluster that cannot be split, and flies to an incident
 * selected elsewhere.
 */
export function IncidentMarks(props: { clusters: SpotClusters; incidents: readonly Incident[]; tally: SpotTally }) {
  const { clusters, incidents, tally } = props;
  const map = useMap();
  const { t } = useTranslation('map');
  const { language } = useViewState('language');
  const { selectedId, select } = useViewState('selectedId', 'select');
  const model = useModel();
  const fmt = useFormat();
  const text = usePointText();
  // A ref, not state: the layer is created and filled in the same commit, so the first draw needs no re-render.
  const layerRef = useRef<MarksLayer | null>(null);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [group, setGroup] = useState<OpenGroup | null>(null);
  const selectedOnMap = useRef<string | null>(null);
  // `select` changes identity with every view-state change (each map move): read it through a ref so the marks are
  // rebuilt only when their words change, not on every pan.
  const selectRef = useRef(select);
  useEffect(() => {
    selectRef.current = select;
  }, [select]);
  // Likewise the clusters: new callbacks rebuild every mark (setCallbacks), which setData does anyway; through a
  // ref the marks are drawn once per change, not twice.
  const clustersRef = useRef(clusters);
  useEffect(() => {
    clustersRef.current = clusters;
  }, [clusters]);

  const callbacks = useMemo<MarkCallbacks>(
    () => ({
      select: (id) => {
        selectedOnMap.current = id;
        selectRef.current(id);
      },
      hover: setHover,
      openGroup: (ref, summary, at) => {
        const expansion = ref.kind === 'cluster' ? clustersRef.current.expansionZoom(ref.clusterId) : Infinity;
        // A cluster that splits further is zoomed into; incidents at one spot are listed instead.
        const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        if (expansion <= INDEX_MAX_ZOOM && expansion > map.getZoom()) {
          // The cluster's button goes with the old zoom: keep keyboard focus on the map, on what it split into.
          const refocus = opener?.closest('.rasd-cluster') != null && focusVisible(opener);
          map.flyTo(at, expansion);
          if (refocus) map.once('moveend', () => layerRef.current?.focusNear(at));
        } else {
          setHover(null);
          setGroup({ group: ref, summary, at, opener });
        }
      },
      pointLabel: (p) => text.label(p),
      clusterLabel: (s) =>
        t('clusterLabel', {
          incidents: t('incidentsCount', { count: s.count }),
          casualties: t('killedCount', { count: s.killed, killed: fmt.number(s.killed) }),
        }),
      number: fmt.number,
    }),
    [map, t, fmt, text],
  );
  const latestCallbacks = useRef(callbacks);

  useEffect(() => {
    const created = new MarksLayer(map, latestCallbacks.current);
    layerRef.current = created;
    return () => {
      created.remove();
      layerRef.current = null;
    };
  }, [map]);

  useEffect(() => {
    if (latestCallbacks.current === callbacks) return;
    latestCallbacks.current = callbacks;
    layerRef.current?.setCallbacks(callbacks);
  }, [callbacks]);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    performance.mark('rasd:map-draw-start');
    layer.setData(clusters, incidents, tally);
    setGroup(null);
    setHover(null);
    map.getContainer().dataset.marksDrawn = String(layer.stats().marks);
    performance.mark('rasd:map-drawn', { detail: { spots: clusters.layout.size } });
  }, [clusters, incidents, tally, map]);

  useEffect(() => {
    layerRef.current?.setSelected(selectedId);
    const selected = selectedId === null ? undefined : model.eventsById.get(selectedId);
    const fromMap = selectedOnMap.current === selectedId;
    selectedOnMap.current = null;
    if (selected?.kind !== 'incident' || fromMap) return;
    const at = locatePlace(selected.place_id, model.placesById);
    if (!at?.coordinates) return;
    map.flyTo([at.coordinates.lat, at.coordinates.lon], zoomFor(haloMetres(at.kind)), { duration: 0.8 });
  }, [selectedId, model, map]);

  /** The first `limit` incidents of a spot or of every spot in a cluster. */
  const groupIncidents = (ref: GroupRef, limit: number): MapPoint[] => {
    const spotIndices = ref.kind === 'spot' ? [ref.spot] : clusters.leavesOf(ref.clusterId);
    const out: MapPoint[] = [];
    for (const g of spotIndices) {
      const spot = tally.spot(g);
      for (const i of spot?.members ?? []) {
        const incident = incidents[i];
        if (spot && incident) out.push(mapPoint(incident, spot));
        if (out.length >= limit) return out;
      }
    }
    return out;
  };

  const dir = language === 'ar' ? 'rtl' : 'ltr';
  return (
    <>
      {hover ? (
        <CircleMarker center={hover.at} radius={0} stroke={false} interactive={false}>
          <Tooltip permanent direction="top" offset={[0, -hover.radius - 2]} className="rasd-tooltip">
            <div dir={dir} lang={language}>
              {hover.kind === 'point' ? (
                <PointDetails point={hover.point} incident={model.eventsById.get(hover.point.id)} />
              ) : (
                <>
                  <strong>{t('clusterTitle', { count: hover.summary.count })}</strong>
                  <br />
                  {t('clusterKilled', { n: fmt.number(hover.summary.killed) })}
                </>
              )}
            </div>
          </Tooltip>
        </CircleMarker>
      ) : null}
      {group ? (
        <Popup
          position={group.at}
          eventHandlers={{
            remove: () => {
              // Back to the mark that opened the list, if it is still drawn; else the map, never <body>.
              const back = group.opener?.isConnected ? group.opener : map.getContainer();
              // Leaflet fades the popup out, so its DOM (and the focus in it) may outlive this event by 200 ms.
              const active = document.activeElement;
              if (!active || active === document.body || !active.isConnected || active.closest('.rasd-popup'))
                back.focus();
              setGroup(null);
            },
          }}
          className="rasd-popup"
        >
          <div dir={dir} lang={language}>
            <ClusterList
              incidents={(limit) => groupIncidents(group.group, limit)}
              summary={group.summary}
              onSelect={(id) => {
                selectedOnMap.current = id;
                select(id);
              }}
              onClose={() => map.closePopup()}
            />
          </div>
        </Popup>
      ) : null}
    </>
  );
}
