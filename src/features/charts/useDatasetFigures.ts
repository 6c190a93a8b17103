import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DatasetFigure } from '../../domain/aggregateSources';
import { linkIncident, recordOrigins } from '../../domain/linking';
import type { Incident } from '../../domain/schema';
import { comparisonQuery } from '../../dataset/comparison';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';

/** Linking costs ~11 µs an incident; past this many the chart keeps to the reports' own sources. */
const MAX_LINKED = 20_000;

/**
 * When the user compares with UCDP GED: each incident's best-ranked UCDP record's best estimate, as one more source
 * for the agreement chart. Null when not comparing (or not loaded, or the selection is too large to link live).
 */
export function useDatasetFigures(incidents: readonly Incident[]): ReadonlyMap<string, DatasetFigure> | null {
  const { compare } = useViewState('compare');
  const model = useModel();
  const comparison = useQuery({ ...comparisonQuery('ucdp'), enabled: compare });
  return useMemo(() => {
    if (!compare || !comparison.data || incidents.length > MAX_LINKED) return null;
    const out = new Map<string, DatasetFigure>();
    for (const e of incidents) {
      const best = linkIncident(e, model.placesById, comparison.data.index, { limit: 1 })[0];
      if (best) {
        // Which of our sources it was coded from: the chart does not count it beside those (independence).
        const origins = recordOrigins(best.event.figures, model.sources);
        out.set(e.id, { sourceId: best.event.claim.source_id, figure: best.event.figures.figure, origins });
      }
    }
    return out;
  }, [compare, comparison.data, incidents, model]);
}
