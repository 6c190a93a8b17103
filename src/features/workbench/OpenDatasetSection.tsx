import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { OpenSummary } from '../../dataset/importProtocol';
import { saveOpened, StorageError } from '../../dataset/localStore';
import type { DatasetRole } from '../../dataset/openDataset';
import { openedQuery, useOpened } from '../../dataset/openedQueries';
import { runOpen } from '../../dataset/runImport';
import { useWorkbenchT } from './useWorkbenchStrings';

type State =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string }
  | { phase: 'done'; name: string; summary: OpenSummary }
  | { phase: 'failed'; name: string; detail: string };

/** Shown set-aside records: enough to see what went wrong; the rest are counted. */
const SHOWN = 20;

/**
 * Open a dataset without rebuilding: a Rasd JSON or a UCDP GED / ACLED CSV, read in the worker, kept on the device
 * as the main data or a comparison layer until the analyst goes back to the published data.
 */
export function OpenDatasetSection() {
  const { t } = useWorkbenchT();
  const client = useQueryClient();
  const opened = useOpened() ?? {};
  const [role, setRole] = useState<DatasetRole>('main');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const id = useId();

  // Every view re-reads: the main model (App) and the comparison layer (map, timeline, charts, linked events).
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: openedQuery.queryKey });
    await client.invalidateQueries({ queryKey: ['comparison'] });
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    setState({ phase: 'reading', name: file.name });
    try {
      const summary = await runOpen(file.name, new Uint8Array(await file.arrayBuffer()), role);
      await refresh();
      setState({ phase: 'done', name: file.name, summary });
    } catch (e) {
      const detail =
        e instanceof StorageError
          ? t(`storage.${e.kind}`, { detail: e.message })
          : e instanceof Error
            ? e.message
            : String(e);
      setState({ phase: 'failed', name: file.name, detail });
    }
  };
  const close = async (r: DatasetRole) => {
    await saveOpened(r, null);
    await refresh();
    setState({ phase: 'idle' });
  };

  return (
    <section className="wb-open" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('opening.heading')}</h3>
      <fieldset>
        <legend>{t('opening.role')}</legend>
        {(['main', 'compare'] as const).map((r) => (
          <label key={r}>
            <input type="radio" name={`${id}-role`} checked={role === r} onChange={() => setRole(r)} />
            {t(`opening.${r}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('opening.file')}{' '}
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          disabled={state.phase === 'reading'}
          onChange={(e) => void open(e.target.files?.[0])}
        />
      </label>
      <div role="status" aria-live="polite">
        {state.phase === 'reading' ? <p>{t('opening.reading', { name: state.name })}</p> : null}
        {state.phase === 'done' ? (
          <>
            <p>{t('opening.done', { name: state.name, claims: state.summary.claims })}</p>
            {state.summary.rejected.length > 0 ? (
              <>
                <p>{t('opening.setAside', { count: state.summary.rejected.length })}</p>
                <ul className="small">
                  {state.summary.rejected.slice(0, SHOWN).map((r, k) => (
                    <li key={k}>
                      <bdi>
                        {r.collection} {r.id ?? '?'}: {r.reasons.join('; ')}
                      </bdi>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
        {state.phase === 'failed' ? (
          <p role="alert">{t('opening.failed', { name: state.name, detail: state.detail })}</p>
        ) : null}
      </div>
      {opened.main ? (
        <p>
          <bdi>{t('opening.mainNow', { name: opened.main.name })}</bdi>{' '}
          <button type="button" onClick={() => void close('main')}>
            {t('opening.back')}
          </button>
        </p>
      ) : null}
      {opened.compare ? (
        <p>
          <bdi>{t('opening.compareNow', { name: opened.compare.name })}</bdi>{' '}
          <button type="button" onClick={() => void close('compare')}>
            {t('opening.removeCompare')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
