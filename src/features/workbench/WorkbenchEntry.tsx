import { lazy, Suspense, useMemo, useState } from 'react';
import { REVIEW_STATUSES, type ReviewStatus } from '../../domain/vocabulary';
import { useLocalData } from '../../dataset/localQueries';
import { useSelection } from '../../state/selection';
import { useWorkbenchT } from './useWorkbenchStrings';
import './workbench.css';

// The workbench (import worker, IndexedDB writes, editor, zip) loads only when the analyst opens it.
const WorkbenchPanel = lazy(() => import('./WorkbenchPanel').then((m) => ({ default: m.WorkbenchPanel })));

/** Claims per review status (rejected ones are no longer in the views' data: they are counted from the device). */
export function useStatusCounts(): Record<ReviewStatus, number> {
  const { model } = useSelection();
  const local = useLocalData();
  return useMemo(() => {
    const counts: Record<ReviewStatus, number> = { 'machine-read': 0, reviewed: 0, rejected: 0 };
    for (const c of model.claims) counts[c.review_status ?? 'machine-read']++;
    for (const c of local?.claims ?? []) if (c.current.review_status === 'rejected') counts.rejected++;
    return counts;
  }, [model, local]);
}

/** The header's review counts and the button that opens the import and review workbench. */
export function WorkbenchEntry() {
  const { t } = useWorkbenchT();
  const counts = useStatusCounts();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="workbench-bar">
        <ul className="status-counts" aria-label={t('counts')}>
          {REVIEW_STATUSES.map((s) => (
            <li key={s} className={`status-${s}`}>
              {t('countLine', { count: counts[s], status: t(`status.${s}`) })}
            </li>
          ))}
        </ul>
        <button type="button" aria-expanded={open} aria-controls="workbench" onClick={() => setOpen(!open)}>
          {t('open')}
        </button>
      </div>
      {open ? (
        <Suspense fallback={<p role="status">…</p>}>
          <WorkbenchPanel onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
