import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyFilters } from '../../domain/filter';
import { locatePlace } from '../../domain/dataset';
import { readFigures } from '../../domain/datasetFigures';
import { comparisonQuery } from '../../dataset/comparison';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../state/useFormat';
import { placeName } from '../../lib/names';
import { DatasetMarks, type DatasetPoint } from './datasetMarks';

/**
 * Where the UCDP comparison stands, for the line above the map: loading (it is 25 MB: seconds, never "no events"),
 * failed, or ready with how many of the filtered events are drawn; the rest have no usable location (UCDP codes
 * them to Syria as a whole).
 */
export type DatasetStatus =
  { state: 'loading' } | { state: 'error' } | { state: 'ready'; drawn: number; total: number; marks: number };

/**
 * UCDP GED's events, when the user compares with it, following the same filters as the reports' incidents, drawn
 * clustered by DatasetMarks. Reports its status to the map's heading.
 */
export function DatasetLayer({ onStatus }: { onStatus: (s: DatasetStatus) => void }) {
  const map = useMap();
  const { compare, filters, language } = useViewState('compare', 'filters', 'language');
  const { t } = useTranslation('map');
  const fmt = useFormat();
  const comparison = useQuery({ ...comparisonQuery('ucdp'), enabled: compare });
  const events = useMemo(
    () => (compare && comparison.data ? applyFilters(comparison.data.model, filters).incidents : null),
    [compare, comparison.data, filters],
  );
  const points = useMemo(() => {
    if (!comparison.data || !events) return null;
    const { model } = comparison.data;
    const out: DatasetPoint[] = [];
    for (const e of events) {
      const place = locatePlace(e.place_id, model.placesById);
      const claim = model.claimsById.get(e.claim_ids[0] ?? '');
      if (!place?.coordinates || !claim) continue;
      const f = readFigures(claim);
      const best = f?.figure ?? e.killed?.min ?? 0;
      const label = t('dataset.tooltip', {
        best: fmt.number(best),
        low: fmt.number(f?.low ?? best),
        high: fmt.number(f?.high ?? best),
        date: fmt.dateSpan(e.date) ?? '—',
        place: placeName(place, language),
      });
      out.push({ lat: place.coordinates.lat, lon: place.coordinates.lon, best, label });
    }
    return out;
  }, [comparison.data, events, t, fmt, language]);

  const layer = useRef<DatasetMarks | null>(null);
  const text = useMemo(
    () => ({
      cluster: (count: number, best: number) => t('dataset.cluster', { count, best: fmt.number(best) }),
      number: fmt.number,
    }),
    [t, fmt],
  );
  useEffect(() => {
    const created = new DatasetMarks(map, text);
    layer.current = created;
    return () => {
      created.remove();
      layer.current = null;
    };
  }, [map, text]);

  const statusRef = useRef(onStatus);
  useEffect(() => {
    statusRef.current = onStatus;
  }, [onStatus]);
  useEffect(() => {
    if (comparison.isError) statusRef.current({ state: 'error' });
    else if (!points || !events) statusRef.current({ state: 'loading' });
    else {
      layer.current?.setData(points);
      statusRef.current({
        state: 'ready',
        drawn: points.length,
        total: events.length,
        marks: layer.current?.size() ?? 0,
      });
    }
  }, [comparison.isError, points, events, text]);

  return null;
}
