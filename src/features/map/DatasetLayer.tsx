import { useEffect, useMemo } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyFilters } from '../../domain/filter';
import { locatePlace } from '../../domain/dataset';
import { readFigures } from '../../domain/datasetFigures';
import { comparisonQuery } from '../../dataset/comparison';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../lib/useFormat';
import { DATASET_COLOUR } from '../../lib/palette';

/**
 * UCDP GED's events, when the user compares with it: hollow dashed rings on one canvas (16k events stay cheap),
 * sized like incident marks by UCDP's best estimate, following the same filters as the reports' incidents.
 * Tooltips are DOM text nodes, never HTML strings.
 */
export function DatasetLayer({ onCount }: { onCount: (n: number) => void }) {
  const map = useMap();
  const { compare, filters } = useViewState();
  const { t } = useTranslation('map');
  const fmt = useFormat();
  const comparison = useQuery({ ...comparisonQuery('ucdp'), enabled: compare });
  const events = useMemo(
    () => (compare && comparison.data ? applyFilters(comparison.data.model, filters).incidents : []),
    [compare, comparison.data, filters],
  );

  useEffect(() => {
    if (!comparison.data || events.length === 0) {
      onCount(0);
      return;
    }
    const { model } = comparison.data;
    const renderer = L.canvas({ padding: 0.5 });
    const group = L.layerGroup();
    let drawn = 0;
    for (const e of events) {
      const place = locatePlace(e.place_id, model.placesById);
      const claim = model.claimsById.get(e.claim_ids[0] ?? '');
      if (!place?.coordinates || !claim) continue;
      const f = readFigures(claim);
      const best = f?.figure ?? e.killed?.min ?? 0;
      const mark = L.circleMarker([place.coordinates.lat, place.coordinates.lon], {
        renderer,
        radius: 3 + Math.sqrt(best),
        color: DATASET_COLOUR,
        weight: 1.5,
        dashArray: '3 2',
        fill: false,
      });
      const label = document.createElement('span');
      label.textContent = t('dataset.tooltip', {
        best: fmt.number(best),
        low: fmt.number(f?.low ?? best),
        high: fmt.number(f?.high ?? best),
        date: fmt.dateSpan(e.date) ?? '—',
        place: place.name_en,
      });
      mark.bindTooltip(label);
      group.addLayer(mark);
      drawn++;
    }
    group.addTo(map);
    onCount(drawn);
    return () => {
      group.remove();
    };
  }, [comparison.data, events, map, t, fmt, onCount]);

  return null;
}
