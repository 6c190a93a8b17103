import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { claimPrefix, type ImportItem, type ImportNotice } from '../../dataset/importReports';
import type { ImportProgress } from '../../dataset/importProtocol';
import { localDataQuery, useLocalData } from '../../dataset/localQueries';
import { openedQuery } from '../../dataset/openedQueries';
import { clearLocal, saveClaim, StorageError, type LocalClaim } from '../../dataset/localStore';
import { ImportCancelled, runImport, type RunningImport } from '../../dataset/runImport';
import { useModel } from '../../state/selection';
import type { Place, Source } from '../../domain/schema';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgress | null }
  | { phase: 'done'; reports: number; claims: number; notices: ImportNotice[] }
  | { phase: 'cancelled' }
  | { phase: 'failed'; detail: string; storage: StorageError['kind'] | null };

const storageKind = (e: unknown) => (e instanceof StorageError ? e.kind : null);

/** Import: files → worker → stored on the device → every view (the local-data query is refetched). */
export function useImport() {
  const client = useQueryClient();
  const model = useModel();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef<RunningImport | null>(null);
  const start = useCallback(
    async (items: ImportItem[]) => {
      const local = await client.fetchQuery(localDataQuery);
      const reports = [...model.reports, ...local.reports.map((r) => r.report)];
      const taken = {
        uids: reports.flatMap((r) => (r.uid ? [r.uid] : [])),
        ids: reports.flatMap((r) => [r.id, claimPrefix(r.id)]),
      };
      setState({ phase: 'running', progress: null });
      // Marks for bench/workbench.bench.ts: files handed to the worker → read → stored and shown.
      performance.mark('rasd:import-start');
      const job = runImport(items, taken, (progress) => setState({ phase: 'running', progress }));
      running.current = job;
      try {
        const result = await job.result;
        performance.mark('rasd:import-read'); // read and stored by the worker
        await client.invalidateQueries({ queryKey: localDataQuery.queryKey });
        performance.mark('rasd:import-stored');
        setState({
          phase: 'done',
          reports: result.reports,
          claims: result.claims,
          notices: result.notices,
        });
      } catch (e) {
        if (e instanceof ImportCancelled) setState({ phase: 'cancelled' });
        else setState({ phase: 'failed', detail: e instanceof Error ? e.message : String(e), storage: storageKind(e) });
      } finally {
        running.current = null;
      }
    },
    [client, model],
  );
  const cancel = useCallback(() => running.current?.cancel(), []);
  return { state, start, cancel };
}

/** Writes one claim's new state (and a place or source it now needs); a storage error is returned, not swallowed. */
export function useStoreClaim() {
  const client = useQueryClient();
  return useCallback(
    async (claim: LocalClaim, extra: { place?: Place; source?: Source } = {}): Promise<StorageError | null> => {
      try {
        await saveClaim(claim, extra);
        await client.invalidateQueries({ queryKey: localDataQuery.queryKey });
        return null;
      } catch (e) {
        return e instanceof StorageError ? e : new StorageError('other', String(e));
      }
    },
    [client],
  );
}

export function useClearLocal() {
  const client = useQueryClient();
  return useCallback(async () => {
    await clearLocal();
    await client.invalidateQueries({ queryKey: localDataQuery.queryKey });
    // Opened datasets go too: the published data and comparison layer come back.
    await client.invalidateQueries({ queryKey: openedQuery.queryKey });
    await client.invalidateQueries({ queryKey: ['comparison'] });
  }, [client]);
}

export { useLocalData };
