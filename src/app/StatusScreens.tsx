import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rejected } from '../domain/validate';
import { DatasetLoadError } from '../dataset/queries';
import { useProgress } from '../dataset/progress';
import { coreFallbackStore } from '../dataset/loadCore';
import { useFormat } from '../state/useFormat';
import { explainReason } from './rejectReasons';

export function LoadingScreen() {
  const { t } = useTranslation('common');
  const progress = useProgress();
  const fmt = useFormat();
  const fraction = progress?.total ? Math.min(1, progress.loaded / progress.total) : null;
  return (
    <div className="status-screen" role="status" aria-live="polite">
      <p>{t('loading')}</p>
      {progress ? (
        <>
          <progress max={1} {...(fraction === null ? {} : { value: fraction })} aria-label={t('loading')} />
          <p className="small muted">
            {fraction === null ? t('loadedBytes', { mb: fmt.number(progress.loaded / 1e6) }) : fmt.percent(fraction)}
          </p>
        </>
      ) : null}
    </div>
  );
}

/** A clear, localised reason and a retry: never a blank page. */
export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('common');
  const kind = error instanceof DatasetLoadError ? error.kind : 'network';
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="status-screen" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t(`error.${kind}`, { detail })}</p>
      <button type="button" className="primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
      <details>
        <summary>{t('error.detail')}</summary>
        <pre dir="ltr">{detail}</pre>
      </details>
    </div>
  );
}

/** Records listed one by one; beyond that a count (a hostile file may fail a hundred thousand records). */
const SHOWN = 200;

/** One schema-failure reason in the user's language: which field, and what is wrong with it. */
function Reason({ raw }: { raw: string }) {
  const { t } = useTranslation('common');
  const fmt = useFormat();
  const r = explainReason(raw);
  const values = Object.fromEntries(
    Object.entries(r.values).map(([k, v]) => [k, /^\d+$/.test(v) ? fmt.number(Number(v)) : v.slice(0, 200)]),
  );
  const message = t(`rejected.reasons.${r.key}`, values);
  if (r.field === null) return <>{message}</>;
  return <>{t('rejected.fieldReason', { field: t(`rejected.fields.${r.field}`), message })}</>;
}

/** "2 records could not be read: …", with each record's reasons; the valid rest is shown below it. */
export function RejectedNotice({ rejected }: { rejected: Rejected[] }) {
  const { t } = useTranslation('common');
  const fmt = useFormat();
  if (rejected.length === 0) return null;
  const setAside = rejected.filter((r) => r.outcome === 'set-aside').length;
  const kept = rejected.length - setAside;
  return (
    <details className="notice warning" role="status">
      <summary>
        {setAside > 0 ? t('rejected.title', { count: setAside }) : null}
        {setAside > 0 && kept > 0 ? ' ' : null}
        {kept > 0 ? t('rejected.kept', { count: kept }) : null}
      </summary>
      <ul>
        {rejected.slice(0, SHOWN).map((r, i) => (
          <li key={i}>
            {t('rejected.item', {
              collection: t(`rejected.collections.${r.collection}`),
              index: fmt.number(r.index + 1),
              id: r.id ?? '',
            })}
            <ul className="reasons">
              {r.reasons.map((raw, k) => (
                <li key={k}>
                  <Reason raw={raw} />
                </li>
              ))}
            </ul>
            <details className="raw-reasons">
              <summary>{t('rejected.raw')}</summary>
              <bdi dir="ltr" lang="en">
                {r.reasons.join('; ').slice(0, 2_000)}
              </bdi>
            </details>
          </li>
        ))}
      </ul>
      {rejected.length > SHOWN ? <p>{t('rejected.more', { count: rejected.length - SHOWN })}</p> : null}
    </details>
  );
}

/**
 * Why this page shows the whole dataset instead of the site's compact core (dataset/loadCore.ts): everything is
 * shown either way, the reader learns the site's files are damaged or out of step, and the load took longer.
 */
export function CoreFallbackNotice() {
  const { t } = useTranslation('common');
  const fallback = useSyncExternalStore(coreFallbackStore.subscribe, coreFallbackStore.get);
  if (!fallback) return null;
  return (
    <details className="notice warning" role="status">
      <summary>{t(`coreFallback.${fallback.why}`)}</summary>
      <bdi dir="ltr" lang="en">
        {fallback.detail.slice(0, 500)}
      </bdi>
    </details>
  );
}
