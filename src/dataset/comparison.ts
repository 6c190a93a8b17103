import { queryOptions } from '@tanstack/react-query';
import { datasetEvents, indexByDay, type DayIndex } from '../domain/linking';
import { buildModel, type DatasetModel } from './model';
import { loadValid } from './queries';

/**
 * Established datasets a user can compare the reports against. Each loads only when turned on (it must not slow the
 * first paint), off the main thread, and is cached by the service worker once fetched.
 */
export const COMPARISON_DATASETS = {
  ucdp: { url: './datasets/ucdp-ged-syria.json', label: 'UCDP GED 19.1' },
} as const;
export type ComparisonId = keyof typeof COMPARISON_DATASETS;

export interface ComparisonData {
  model: DatasetModel;
  /** The dataset's records indexed by day, for linking incidents to them. */
  index: DayIndex;
}

export const comparisonQuery = (id: ComparisonId) =>
  queryOptions({
    queryKey: ['comparison', id],
    queryFn: async ({ signal }): Promise<ComparisonData> => {
      const model = buildModel(await loadValid(COMPARISON_DATASETS[id].url, signal));
      return { model, index: indexByDay(datasetEvents(model.claims, model.placesById)) };
    },
    staleTime: Infinity,
    retry: false,
  });
