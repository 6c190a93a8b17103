import './report.css';
import { useLayoutEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportTextQuery } from '../../dataset/queries';
import { messagesQuery, useClaimDetails } from '../../dataset/detailQueries';
import { quoteMatches } from '../../domain/integrity';
import type { Claim } from '../../domain/schema';
import { useModel } from '../../state/selection';
import { useViewState, type OpenReport } from '../../state/viewState';
import { useFormat } from '../../state/useFormat';
import { ReportText } from './ReportText';
import { ReportMessages, MismatchNotice } from './ReportMessages';
import { trapTab } from './focusTrap';
import { ReportTrace } from './ClaimTrace';

/** The full text of a report, every extracted span highlighted, the selected one in view. A modal dialog. */
export function ReportView({ open }: { open: OpenReport }) {
  const { t } = useTranslation('report');
  const { t: tc } = useTranslation('common');
  const { language, openReport } = useViewState('language', 'openReport');
  const model = useModel();
  const fmt = useFormat();
  const report = model.reportsById.get(open.reportId);
  const text = useQuery({ ...reportTextQuery(report?.file ?? ''), enabled: report !== undefined });
  const claims = (report && model.claimsByReport.get(report.id)) ?? [];
  // Quotes and traces are claim details (read on demand from a published core); so are the messages.
  const details = useClaimDetails(
    model.details,
    claims.map((c) => c.id),
  );
  const allMessages = useQuery(messagesQuery(model.details));
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<Element | null>(null);

  // Before the first paint, not after it: from the moment the dialog shows, Escape closes it and focus is inside
  // (a passive effect can run long after the paint on a busy page, and a key pressed meanwhile was lost).
  useLayoutEffect(() => {
    returnFocus.current = document.activeElement;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') openReport(null);
      else if (e.key === 'Tab' && dialogRef.current) trapTab(e, dialogRef.current);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    };
  }, [openReport]);

  if (!report) return null;
  const whole: Claim[] = [];
  let unreadable = 0;
  for (const c of claims) {
    const d = details.state(c.id);
    if (d.status === 'ready') whole.push(d.claim);
    else if (d.status === 'error') unreadable++;
  }
  const detailsPending = details.results === undefined;
  const messages = (allMessages.data ?? []).filter((m) => m.report_id === report.id);
  const outlet = language === 'ar' ? (report.outlet_ar ?? report.outlet) : report.outlet;
  // Claims whose quote is not the text at their offsets are listed apart, never highlighted over other words.
  const matching: Claim[] = [];
  const mismatched: Claim[] = [];
  if (text.data !== undefined) for (const c of whole) (quoteMatches(text.data, c) ? matching : mismatched).push(c);

  return (
    <div className="modal-backdrop" onClick={() => openReport(null)}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="report-title"
        tabIndex={-1}
        className="modal"
        onClick={(e) => e.stopPropagation()}
      >
        <header className="modal-head">
          <div>
            <h2 id="report-title">
              {t('title', { outlet: outlet.length > 200 ? `${outlet.slice(0, 200)}…` : outlet })}
            </h2>
            <p className="muted small">
              {report.published
                ? t('published', { date: fmt.date(report.published), basis: t(`basis.${report.published_basis}`) })
                : t('publishedUnknown')}
              {' · '}
              {t('spans', { count: claims.length })}
              {' · '}
              <bdi dir="ltr">{report.file}</bdi>
            </p>
          </div>
          <button ref={closeRef} type="button" className="ghost" onClick={() => openReport(null)}>
            {t('close')}
          </button>
        </header>
        <p className="muted small">{t('legend')}</p>
        {unreadable > 0 ? (
          <p role="alert" className="small detail-error">
            {tc(`details.${details.problems.has('corrupt') ? 'corrupt' : 'missing'}`)}
          </p>
        ) : null}
        {text.isPending || detailsPending ? (
          <p role="status">{detailsPending && !text.isPending ? tc('details.loading') : t('loading')}</p>
        ) : text.isError ? (
          <p role="alert">{t('failed')}</p>
        ) : (
          <>
            <MismatchNotice claims={mismatched} selectedClaimId={open.claimId} />
            <ReportText text={text.data} claims={matching} messages={messages} selectedClaimId={open.claimId} />
          </>
        )}
        <ReportTrace claims={whole} selectedClaimId={open.claimId} />
        {allMessages.isPending ? (
          <p role="status" className="muted small">
            {tc('details.messagesLoading')}
          </p>
        ) : allMessages.isError ? (
          <p role="alert" className="small">
            {tc('details.messagesFailed')}
          </p>
        ) : (
          <ReportMessages messages={messages} text={text.data} />
        )}
      </div>
    </div>
  );
}
