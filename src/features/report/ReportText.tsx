import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim, IngestMessage } from '../../domain/schema';

interface Span {
  start: number;
  end: number;
  claimId: string | null;
}

/** Cuts the text at every span boundary so overlapping spans still render as flat, nested-free pieces. */
function pieces(text: string, spans: Span[]) {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Array<{ start: number; end: number; covering: Span[] }> = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    out.push({ start, end, covering: spans.filter((s) => s.start <= start && s.end >= end) });
  }
  return out;
}

/** The report text as text (never HTML), claim spans marked, the selected claim outlined and scrolled to. */
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
  const container = useRef<HTMLDivElement>(null);
  const spans: Span[] = [
    ...claims.map((c) => ({ start: c.quote_start, end: c.quote_end, claimId: c.id })),
    ...messages
      .filter((m) => m.start !== null && m.end !== null)
      .map((m) => ({ start: m.start as number, end: m.end as number, claimId: null })),
  ];

  useEffect(() => {
    if (selectedClaimId === null) return;
    const marks = container.current?.querySelectorAll<HTMLElement>('mark[data-claim]') ?? [];
    const el = [...marks].find((m) => m.dataset.claim === selectedClaimId);
    el?.scrollIntoView?.({ block: 'center' });
  }, [selectedClaimId, text]);

  return (
    <div ref={container} className="report-text" lang="ar" dir="rtl" tabIndex={0} aria-label={t('source')}>
      {pieces(text, spans).map((p) => {
        const slice = text.slice(p.start, p.end);
        const claim =
          p.covering.find((s) => s.claimId !== null && s.claimId === selectedClaimId) ??
          p.covering.find((s) => s.claimId !== null);
        const message = p.covering.find((s) => s.claimId === null);
        if (!claim && !message) return <span key={p.start}>{slice}</span>;
        const selected = p.covering.some((s) => s.claimId === selectedClaimId && selectedClaimId !== null);
        return (
          <mark
            key={p.start}
            className={`${claim ? 'span-claim' : 'span-message'}${selected ? ' span-selected' : ''}`}
            data-claim={claim?.claimId ?? undefined}
            title={claim?.claimId ? t('claimMark', { id: claim.claimId }) : undefined}
          >
            {slice}
          </mark>
        );
      })}
    </div>
  );
}
