import { useEffect, useMemo } from 'react';
import L from 'leaflet';
import { Circle, GeoJSON, useMap } from 'react-leaflet';
import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Geometry } from 'geojson';
import { tallyArea } from '../../domain/tallyAreas';
import { PERPETRATOR_COLOURS } from '../../lib/palette';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { basemapQuery, type NamedProps } from './basemap';

/**
 * When the selected event is a tally, outlines the area it counts over (governorate polygons, or a circle around a
 * city) and frames it. A tally is never drawn as a point: it is not a strike site.
 */
export function TallyOutline() {
  const map = useMap();
  const { selectedId } = useViewState('selectedId');
  const model = useModel();
  const { data: basemap } = useQuery(basemapQuery);
  const tally = selectedId === null ? undefined : model.eventsById.get(selectedId);
  const placeId = tally?.kind === 'tally' ? tally.place_id : null;
  const area = useMemo(() => (placeId === null ? null : tallyArea(placeId, model.placesById)), [placeId, model]);
  const polygons = useMemo((): FeatureCollection<Geometry, NamedProps> | null => {
    if (!area || !basemap) return null;
    const features = basemap.governorates.features.filter((f) =>
      area.governoratePcodes.includes(f.properties.pcode ?? ''),
    );
    return features.length > 0 ? { type: 'FeatureCollection', features } : null;
  }, [area, basemap]);

  useEffect(() => {
    if (!area) return;
    const bounds = L.latLngBounds([]);
    if (polygons) bounds.extend(L.geoJSON(polygons).getBounds());
    for (const c of area.circles) bounds.extend(L.latLng(c.lat, c.lon).toBounds(2 * c.radiusM));
    if (bounds.isValid()) map.flyToBounds(bounds, { padding: [24, 24], maxZoom: 11, duration: 0.8 });
  }, [map, area, polygons]);

  if (!area || tally?.kind !== 'tally') return null;
  const colour = PERPETRATOR_COLOURS[tally.perpetrator];
  const style = { color: colour, weight: 2.5, dashArray: '6 4', fillColor: colour, fillOpacity: 0.08 };
  return (
    <>
      {polygons ? (
        <GeoJSON key={`${tally.id}-${polygons.features.length}`} data={polygons} style={style} interactive={false} />
      ) : null}
      {area.circles.map((c) => (
        <Circle key={c.placeId} center={[c.lat, c.lon]} radius={c.radiusM} pathOptions={style} interactive={false} />
      ))}
    </>
  );
}
