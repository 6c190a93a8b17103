import { useTranslation } from 'react-i18next';
import type { Rejected } from '../domain/validate';
import { DatasetLoadError } from '../dataset/queries';
import { useProgress } from '../dataset/progress';
import { useFormat } from '../lib/useFormat';

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
        {rejected.map((r, i) => (
          <li key={i}>
            {t('rejected.item', {
              collection: t(`rejected.collections.${r.collection}`),
              index: fmt.number(r.index + 1),
              id: r.id ?? '',
            })}
            : <bdi dir="ltr">{r.reasons.join('; ')}</bdi>
          </li>
        ))}
      </ul>
    </details>
  );
}
