import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim, IngestMessage } from '../../domain/schema';
import { cutAtSpans, type Span } from '../../domain/spans';
import { useFormat } from '../../state/useFormat';

/** Characters of report text rendered at once: a long report (or a hostile one) is shown a window at a time. */
export const REPORT_WINDOW = 50_000;

/** The first window to show: the start of the text, or, when the selected claim lies further in, around it. */
export function initialWindow(length: number, selected: Pick<Claim, 'quote_start' | 'quote_end'> | undefined) {
  if (!selected || selected.quote_end <= REPORT_WINDOW) return { from: 0, to: Math.min(length, REPORT_WINDOW) };
  const from = Math.max(0, selected.quote_start - REPORT_WINDOW / 5);
  return { from, to: Math.min(length, Math.max(from + REPORT_WINDOW, selected.quote_end)) };
}

/**
 * The report text as text (never HTML), the matching claims' spans and the machine's messages marked, the selected
 * claim outlined and scrolled to. `claims` must already be checked against the text: a claim whose quote is not
 * the text at its offsets is left out by the caller, so no other words are ever marked as its evidence.
 */
export function ReportText({
  text,
  claims,
  messages,
  selectedClaimId,
}: {
  text: string;
  claims: Claim[];
  messages: IngestMessage[];
  selectedClaimId: string | null;
}) {
  const { t } = useTranslation('report');
  const fmt = useFormat();
  const container = useRef<HTMLDivElement>(null);
  const selected = claims.find((c) => c.id === selectedClaimId);
  const [{ from, to }, setWindow] = useState(() => initialWindow(text.length, selected));
  const spans: Span<'claim' | 'message'>[] = [];
  for (const c of claims) {
    if (c.quote_end > from && c.quote_start < to) {
      spans.push({ start: c.quote_start - from, end: c.quote_end - from, layer: 'claim', id: c.id });
    }
  }
  for (const m of messages) {
    if (m.start !== null && m.end !== null && m.end > from && m.start < to) {
      spans.push({ start: m.start - from, end: m.end - from, layer: 'message', id: null });
    }
  }

  useEffect(() => {
    if (selectedClaimId === null) return;
    const marks = container.current?.querySelectorAll<HTMLElement>('mark[data-claim]') ?? [];
    const el = [...marks].find((m) => m.dataset.claim === selectedClaimId);
    el?.scrollIntoView?.({ block: 'center' });
  }, [selectedClaimId, text]);

  const shown = text.slice(from, to);
  return (
    <>
      {from > 0 ? (
        <button
          type="button"
          className="ghost small"
          onClick={() => setWindow({ from: Math.max(0, from - REPORT_WINDOW), to })}
        >
          {t('showEarlier', { count: from, n: fmt.number(from) })}
        </button>
      ) : null}
      <div ref={container} className="report-text" lang="ar" dir="rtl" tabIndex={0} aria-label={t('source')}>
        {cutAtSpans(shown.length, spans, selectedClaimId).map((p) => {
          const slice = shown.slice(p.start, p.end);
          const claimId = p.preferred ? selectedClaimId : p.covering.claim;
          const message = 'message' in p.covering;
          if (claimId === undefined && !message) return <span key={p.start}>{slice}</span>;
          return (
            <mark
              key={p.start}
              className={`${claimId !== undefined ? 'span-claim' : 'span-message'}${p.preferred ? ' span-selected' : ''}`}
              data-claim={claimId ?? undefined}
              title={claimId ? t('claimMark', { id: claimId }) : undefined}
            >
              {slice}
            </mark>
          );
        })}
      </div>
      {to < text.length ? (
        <button
          type="button"
          className="ghost small"
          onClick={() => setWindow({ from, to: Math.min(text.length, to + REPORT_WINDOW) })}
        >
          {t('showLater', { count: text.length - to, n: fmt.number(text.length - to) })}
        </button>
      ) : null}
    </>
  );
}
