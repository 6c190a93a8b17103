import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { isPending } from '../../domain/lazy';
import { REVIEW_STATUSES, type ReviewStatus } from '../../domain/vocabulary';
import { useLocalData } from '../../dataset/localQueries';
import { useModel } from '../../state/selection';
import { useWorkbenchT } from './useWorkbenchStrings';
import { whenIdle } from '../../lib/whenIdle';
import './workbench.css';

// The workbench (import worker, IndexedDB writes, editor, zip) loads only when the analyst opens it.
const WorkbenchPanel = lazy(() => import('./WorkbenchPanel').then((m) => ({ default: m.WorkbenchPanel })));

/**
 * Claims per review status (rejected ones are no longer in the views' data: they are counted from the device);
 * null until counted. A published core builds its claims on their first read (domain/lazy.ts): counting them for
 * this header bar would build all of them before the first marks (≈ 0.3 s at 100k), so it waits until the page is
 * idle; a dataset loaded whole is counted at once.
 */
export function useStatusCounts(): Record<ReviewStatus, number> | null {
  const model = useModel();
  const local = useLocalData();
  const [countNow, setCountNow] = useState(() => !isPending(model, 'claims'));
  useEffect(() => (countNow ? undefined : whenIdle(() => setCountNow(true))), [countNow]);
  return useMemo(() => {
    if (!countNow) return null;
    const counts: Record<ReviewStatus, number> = { 'machine-read': 0, reviewed: 0, rejected: 0 };
    for (const c of model.claims) counts[c.review_status ?? 'machine-read']++;
    for (const c of local?.claims ?? []) if (c.current.review_status === 'rejected') counts.rejected++;
    return counts;
  }, [countNow, model, local]);
}

/** The header's review counts and the button that opens the import and review workbench. */
export function WorkbenchEntry() {
  const { t } = useWorkbenchT();
  const counts = useStatusCounts();
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="workbench-bar">
        {/* Until counted, the same line with zeros holds the bar's place, unseen: nothing moves when they come. */}
        <ul
          className="status-counts"
          aria-label={t('counts')}
          aria-busy={counts ? undefined : true}
          style={counts ? undefined : { visibility: 'hidden' }}
        >
          {REVIEW_STATUSES.map((s) => (
            <li key={s} className={`status-${s}`}>
              {t('countLine', { count: counts?.[s] ?? 0, status: t(`status.${s}`) })}
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
