import { useTranslation } from 'react-i18next';
import type { Claim, Count } from '../../domain/schema';
import { useSelection } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../lib/useFormat';
import { sourceName } from '../../lib/names';
import { Quote } from './Quote';

function CountCell({ count }: { count: Count | null }) {
  const { t } = useTranslation('common');
  const fmt = useFormat();
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

function pair(a: Count | null, b: Count | null, fmt: ReturnType<typeof useFormat>): string {
  const one = (c: Count | null) => (c === null ? '—' : fmt.range({ min: c.min, max: c.max }));
  return a === null && b === null ? '—' : `${one(a)} / ${one(b)}`;
}

/** One row per claim: who said what, in which words. Superseded figures stay visible, struck through. */
export function ClaimTable({ claims, caption }: { claims: Claim[]; caption: string }) {
  const { t } = useTranslation('incident');
  const { t: tc } = useTranslation('common');
  const { language, openReport } = useViewState();
  const { model } = useSelection();
  const fmt = useFormat();
  const revisedBy = new Map(claims.filter((c) => c.supersedes).map((c) => [c.supersedes as string, c]));

  return (
    <div className="table-scroll">
      <table className="claims">
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
            return (
              <tr key={c.id} className={later ? 'superseded' : undefined} data-claim-id={c.id}>
                <th scope="row">
                  <bdi>{source ? (sourceName(source, language) ?? tc('vocab.unattributed')) : c.source}</bdi>
                  <div className="muted small">
                    <bdi>{outlet}</bdi>
                    {report?.published ? ` · ${t('published', { date: fmt.date(report.published) })}` : ''}
                  </div>
                </th>
                <td data-label={t('col.killed')} className="figure">
                  <CountCell count={c.killed} />
                </td>
                <td data-label={t('col.injured')} className="figure">
                  <CountCell count={c.injured} />
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
                  {c.corrected ? <div className="small muted">{t('corrected')}</div> : null}
                </td>
                <td data-label={t('col.words')} className="quote-cell">
                  <button
                    type="button"
                    className="quote"
                    lang="ar"
                    dir="rtl"
                    aria-describedby={`open-hint-${c.id}`}
                    onClick={() => openReport({ reportId: c.report_id, claimId: c.id })}
                  >
                    <Quote text={c.quote} />
                  </button>
                  <span id={`open-hint-${c.id}`} className="visually-hidden">
                    {t('openInReport')}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
