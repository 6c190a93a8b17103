import { useState } from 'react';
import { useT } from './useT';
import type { Claim, Count } from '../../domain/schema';
import type { ClaimSummary } from '../../domain/claimDetails';
import type { ClaimDetailState } from '../../dataset/detailQueries';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import type { Formatter } from '../../lib/format';
import type { Language } from '../../lib/preferences';
import { sourceName } from '../../lib/names';
import { QuoteText } from './Quote';
import { ClaimProvenance, QuoteMismatch } from './ClaimProvenance';
import { clip } from './Clipped';
import { InferredMark } from './InferredMark';
import './provenance.css';

/** Arabic guillemets in the Arabic UI, English curly quotes in the English one, outside the isolated quote. */
const QUOTE_MARKS = { ar: ['«', '»'], en: ['“', '”'] } as const;

/** Characters of a quote shown before "show more": real quotes are a sentence or two. */
const QUOTE_FIRST = 600;
/** Characters added per "show more". */
const QUOTE_STEP = 20_000;

function CountCell({ count, fmt }: { count: Count | null; fmt: Formatter }) {
  const t = useT('common');
  if (count === null) return <span className="muted">—</span>;
  const figure = fmt.range({ min: count.min, max: count.max });
  return (
    <span title={t(`vocab.qualifier.${count.qualifier}`)}>
      {figure}
      {count.qualifier === 'vague' || count.qualifier === 'approx' ? (
        <small className="muted"> ({t(`vocab.qualifier.${count.qualifier}`)})</small>
      ) : null}
    </span>
  );
}

function pair(a: Count | null, b: Count | null, fmt: Formatter): string {
  const one = (c: Count | null) => (c === null ? '—' : fmt.range({ min: c.min, max: c.max }));
  return a === null && b === null ? '—' : `${one(a)} / ${one(b)}`;
}

/** The quote as a button that opens it in the full report; a long quote shows its start and offers the rest. */
function QuoteCell({
  claim,
  query,
  fmt,
  language,
}: {
  claim: Claim;
  query: string;
  fmt: Formatter;
  language: Language;
}) {
  const t = useT('incident');
  const { openReport } = useViewState('openReport');
  const [limit, setLimit] = useState(QUOTE_FIRST);
  const left = claim.quote.length - limit;
  return (
    <>
      <button
        type="button"
        className="quote"
        aria-describedby={`open-hint-${claim.id}`}
        onClick={() => openReport({ reportId: claim.report_id, claimId: claim.id })}
      >
        {QUOTE_MARKS[language][0]}
        <QuoteText text={claim.quote} query={query} limit={limit} />
        {QUOTE_MARKS[language][1]}
      </button>
      <span id={`open-hint-${claim.id}`} className="visually-hidden">
        {t('openInReport')}
      </span>
      {left > 0 ? (
        <button type="button" className="link-button small" onClick={() => setLimit(limit + QUOTE_STEP)}>
          {t('provenance.more', { count: left, n: fmt.number(left) })}
        </button>
      ) : null}
    </>
  );
}

/**
 * A claim's words while they load or when they cannot be read: said in place, the figures beside stay. Plain text,
 * not a live region: a list fills in dozens of rows at once (and one damaged chunk fails every row it holds), which
 * as announcements would drown a screen reader; the table says it is busy instead, and the row is read in turn.
 */
function DetailNotice({ state }: { state: Exclude<ClaimDetailState, { status: 'ready' }> }) {
  const t = useT('common');
  return state.status === 'loading' ? (
    <span className="muted small detail-loading">{t('details.loading')}</span>
  ) : (
    <span className="small detail-error">{t(`details.${state.problem}`)}</span>
  );
}

/**
 * One row per claim: who said what, in which words. Superseded figures stay visible, struck through. The figures
 * are the summaries'; the words, notes and bases come from `details` (loading, an error, or the whole claim).
 */
export function ClaimTable({
  claims,
  details,
  caption,
  query,
  fmt,
  language,
}: {
  claims: readonly ClaimSummary[];
  details: (claimId: string) => ClaimDetailState;
  caption: string;
  /** The search text, whose words each quote highlights. */
  query: string;
  /**
   * The card's formatter and language, passed down to every row: a card's parts do not each subscribe to the view
   * state (every subscription is set up when a filter click mounts the card, and asked on every later click).
   */
  fmt: Formatter;
  language: Language;
}) {
  const t = useT('incident');
  const tc = useT('common');
  const model = useModel();
  const revisedBy = new Map(claims.filter((c) => c.supersedes).map((c) => [c.supersedes as string, c]));

  return (
    <div className="table-scroll">
      <table className="claims" aria-busy={claims.some((c) => details(c.id).status === 'loading') || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.source')}</th>
            <th scope="col">{t('col.killed')}</th>
            <th scope="col">{t('col.injured')}</th>
            <th scope="col">{t('col.children')}</th>
            <th scope="col">{t('col.women')}</th>
            <th scope="col">{t('col.status')}</th>
            <th scope="col">{t('col.words')}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => {
            const source = model.sourcesById.get(c.source_id);
            const report = model.reportsById.get(c.report_id);
            const earlier = c.supersedes ? model.claimsById.get(c.supersedes) : undefined;
            const later = revisedBy.get(c.id);
            const outlet = report ? (language === 'ar' ? (report.outlet_ar ?? report.outlet) : report.outlet) : '';
            const detail = details(c.id);
            return (
              <tr key={c.id} className={later ? 'superseded' : undefined} data-claim-id={c.id}>
                <th scope="row">
                  <bdi>{source ? (sourceName(source, language) ?? tc('vocab.unattributed')) : c.source}</bdi>
                  <div className="muted small">
                    <bdi>{clip(outlet)}</bdi>
                    {report?.published ? ` · ${t('published', { date: fmt.date(report.published) })}` : ''}
                  </div>
                </th>
                <td data-label={t('col.killed')} className="figure">
                  <CountCell count={c.killed} fmt={fmt} />
                </td>
                <td data-label={t('col.injured')} className="figure">
                  <CountCell count={c.injured} fmt={fmt} />
                </td>
                <td data-label={t('col.children')} className="figure">
                  {pair(c.children_killed, c.children_injured, fmt)}
                </td>
                <td data-label={t('col.women')} className="figure">
                  {pair(c.women_killed, c.women_injured, fmt)}
                </td>
                <td data-label={t('col.status')}>
                  <span className={`badge status-${c.status}`}>{tc(`vocab.status.${c.status}`)}</span>
                  {earlier?.killed ? (
                    <div className="small">
                      {t('revisedFrom', { from: fmt.range({ min: earlier.killed.min, max: earlier.killed.max }) })}
                    </div>
                  ) : null}
                  {later?.killed ? (
                    <div className="small">
                      {t('supersededBy', { to: fmt.range({ min: later.killed.min, max: later.killed.max }) })}
                    </div>
                  ) : null}
                  <div className={`small review-status review-${c.review_status ?? 'machine-read'}`}>
                    {t(`review.${c.review_status ?? 'machine-read'}`)}
                  </div>
                  {c.corrected ? <div className="small muted">{t('corrected')}</div> : null}
                  {detail.status === 'ready' ? <InferredMark claims={[detail.claim]} /> : null}
                </td>
                <td data-label={t('col.words')} className="quote-cell">
                  {detail.status === 'ready' ? (
                    <>
                      <QuoteCell claim={detail.claim} query={query} fmt={fmt} language={language} />
                      <QuoteMismatch claim={detail.claim} report={report} />
                      <ClaimProvenance claim={detail.claim} report={report} fmt={fmt} />
                    </>
                  ) : (
                    <DetailNotice state={detail} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="quote-legend small muted">
        {t('legend.intro')} <mark className="num">{t('legend.countSample')}</mark> {t('legend.count')}
        {' · '}
        <mark className="when">{t('legend.dateSample')}</mark> {t('legend.date')}
      </p>
    </div>
  );
}
