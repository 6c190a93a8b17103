import { useDeferredValue, useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { reportTextQuery } from './queries';
import { withLocal } from './localData';
import type { DatasetModel } from './model';
import type { LocalData } from './localStore';
import { mayHaveLocalData } from './localPresence';

const EMPTY: LocalData = { reports: [], claims: [], places: [], sources: [] };

/**
 * What this device keeps (imported reports, claims, decisions); refetched after every write. Imported texts are
 * put in the report-text cache as they are read, before any view renders them, so the report view never asks the
 * network for a text that only exists on this device.
 */
export const localDataQuery = queryOptions({
  queryKey: ['local-data'],
  queryFn: async ({ client }): Promise<LocalData> => {
    // A browser without IndexedDB (or with it blocked) shows the loaded dataset alone.
    // The store (and idb) load on their own, beside the dataset: they are not part of the page's first code.
    if (!(await mayHaveLocalData())) return EMPTY;
    const data = await import('./localStore').then((m) => m.readLocal()).catch((): LocalData => EMPTY);
    for (const r of data.reports) client.setQueryData(reportTextQuery(r.report.file).queryKey, r.text);
    return data;
  },
  // No IndexedDB (tests, locked-down browsers): nothing to wait for, the dashboard renders at once.
  ...(typeof indexedDB === 'undefined' ? { initialData: EMPTY } : {}),
  staleTime: Infinity,
  retry: false,
  networkMode: 'always',
});

export function useLocalData(): LocalData | undefined {
  return useQuery(localDataQuery).data;
}

/** The loaded model with this device's imports merged in; undefined until both are ready. */
export function useWithLocalData(model: DatasetModel | undefined): DatasetModel | undefined {
  // Deferred: after an import or a decision, every view re-renders at low priority, in slices, so typing and the
  // workbench's own keys stay responsive (the first render is not deferred: it has nothing to show before).
  // Not deferred while there is nothing yet: the first data must not wait for a low-priority render.
  const live = useLocalData();
  const local = useDeferredValue(live) ?? live;
  return useMemo(() => (model && local ? withLocal(model, local) : undefined), [model, local]);
}
