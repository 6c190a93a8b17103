import { queryOptions } from '@tanstack/react-query';
import { datasetEvents, indexByDay, type DayIndex } from '../domain/linking';
import { buildModel, type DatasetModel } from './model';
import { loadValid } from './queries';
import { openedQuery } from './openedQueries';

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
    queryFn: async ({ signal, client }): Promise<ComparisonData> => {
      // A comparison dataset the analyst opened on this device (workbench) takes the published one's place.
      const opened = (await client.fetchQuery(openedQuery)).compare;
      const model = buildModel(opened ? opened.dataset : await loadValid(COMPARISON_DATASETS[id].url, signal));
      return { model, index: indexByDay(datasetEvents(model.claims, model.placesById)) };
    },
    staleTime: Infinity,
    retry: false,
  });
