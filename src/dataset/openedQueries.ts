import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildModel, type DatasetModel } from './model';
import type { DatasetRole, OpenedDataset } from './openDataset';
import { mayHaveLocalData } from './localPresence';

export type OpenedByRole = Partial<Record<DatasetRole, OpenedDataset>>;

/**
 * The datasets the analyst opened on this device (workbench "Open a dataset"): a main one replaces the published
 * data until "Back to the published data"; a comparison one takes the published comparison layer's place. Read from
 * IndexedDB, which keeps them across reloads; the published files themselves are never touched.
 */
export const openedQuery = queryOptions({
  queryKey: ['opened-datasets'],
  queryFn: async (): Promise<OpenedByRole> => {
    if (!(await mayHaveLocalData())) return {};
    return import('./localStore').then((m) => m.readOpened()).catch((): OpenedByRole => ({}));
  },
  // No IndexedDB (tests, locked-down browsers): nothing was opened, the published data renders at once.
  ...(typeof indexedDB === 'undefined' ? { initialData: {} } : {}),
  staleTime: Infinity,
  retry: false,
  networkMode: 'always',
});

export function useOpened(): OpenedByRole | undefined {
  return useQuery(openedQuery).data;
}

/** The model the dashboard starts from: the opened main dataset, else the published one; undefined while unknown. */
export function useMainModel(published: DatasetModel | undefined): DatasetModel | undefined {
  const opened = useOpened();
  const main = opened?.main;
  return useMemo(
    () => (opened === undefined ? undefined : main ? buildModel(main.dataset) : published),
    [opened, main, published],
  );
}
