import { useEffect, useMemo, useRef, useState } from 'react';
import type L from 'leaflet';
import { CircleMarker, Popup, Tooltip, useMap } from 'react-leaflet';
import { useTranslation } from 'react-i18next';
import type { ClusterSummary, MapPoint } from '../../domain/mapMarks';
import { useSelection } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../lib/useFormat';
import { MarksLayer, type HoverTarget, type IncidentIndex, type MarkCallbacks } from './marksLayer';
import { PointDetails, usePointText } from './PointDetails';
import { ClusterList } from './ClusterList';

interface OpenCluster {
  clusterId: number;
  summary: ClusterSummary;
  at: L.LatLng;
}

/** Zoom to fly to for a selected incident: close for a sited strike, wider the vaguer its location. */
function zoomFor(point: MapPoint): number {
  if (point.haloM === 0) return 14;
  if (point.haloM <= 8_000) return 11;
  return 8;
}

/**
 * The incidents on the map (inside MapContainer): draws the index through MarksLayer, shows a text-only tooltip for
 * the hovered or focused mark, lists the incidents of a cluster that cannot be split, and flies to an incident
 * selected elsewhere.
 */
export function IncidentMarks({ index, points }: { index: IncidentIndex; points: readonly MapPoint[] }) {
  const map = useMap();
  const { t } = useTranslation('map');
  const { language } = useViewState();
  const { selectedId, select } = useViewState();
  const { model } = useSelection();
  const fmt = useFormat();
  const text = usePointText();
  // A ref, not state: the layer is created and filled in the same commit, so the first draw needs no re-render.
  const layerRef = useRef<MarksLayer | null>(null);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [cluster, setCluster] = useState<OpenCluster | null>(null);
  const selectedOnMap = useRef<string | null>(null);
  const pointsById = useMemo(() => new Map(points.map((p) => [p.id, p])), [points]);

  const callbacks = useMemo<MarkCallbacks>(
    () => ({
      select: (id) => {
        selectedOnMap.current = id;
        select(id);
      },
      hover: setHover,
      openCluster: (clusterId, summary, at) => {
        const expansion = index.getClusterExpansionZoom(clusterId);
        // Incidents at one spot never split: list them instead of zooming in for nothing.
        if (expansion <= index.options.maxZoom && expansion > map.getZoom()) map.flyTo(at, expansion);
        else setCluster({ clusterId, summary, at });
      },
      pointLabel: (p) => text.label(p),
      clusterLabel: (s) => t('clusterLabel', { count: s.count, killed: fmt.number(s.killed) }),
      number: fmt.number,
    }),
    [index, map, select, t, fmt, text],
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
    layer.setData(index, points);
    setCluster(null);
    setHover(null);
    const container = map.getContainer();
    container.dataset.marksDrawn = String(layer.stats().marks);
    performance.mark('rasd:map-drawn', { detail: { points: points.length } });
  }, [index, points, map]);

  useEffect(() => {
    layerRef.current?.setSelected(selectedId);
    const point = selectedId === null ? undefined : pointsById.get(selectedId);
    const fromMap = selectedOnMap.current === selectedId;
    selectedOnMap.current = null;
    if (!point || fromMap) return;
    map.flyTo([point.lat, point.lon], zoomFor(point), { duration: 0.8 });
  }, [selectedId, pointsById, map]);

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
      {cluster ? (
        <Popup position={cluster.at} eventHandlers={{ remove: () => setCluster(null) }} className="rasd-popup">
          <div dir={dir} lang={language}>
            <ClusterList
              index={index}
              points={points}
              clusterId={cluster.clusterId}
              summary={cluster.summary}
              onSelect={(id) => {
                selectedOnMap.current = id;
                select(id);
              }}
            />
          </div>
        </Popup>
      ) : null}
    </>
  );
}
