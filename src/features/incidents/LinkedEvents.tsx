import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../domain/schema';
import { linkIncident } from '../../domain/linking';
import { comparisonQuery } from '../../dataset/comparison';
import { useSelection } from '../../state/selection';
import { useFormat } from '../../lib/useFormat';

/**
 * What UCDP GED recorded for the same day and place, beside the sources' claims: the closest records in the
 * incident's date and distance window (tight for a neighbourhood, loose for a governorate), best first.
 */
export function LinkedEvents({ incident }: { incident: Incident }) {
  const { t } = useTranslation('incident');
  const { model } = useSelection();
  const fmt = useFormat();
  const comparison = useQuery(comparisonQuery('ucdp'));
  const candidates = useMemo(
    () => (comparison.data ? linkIncident(incident, model.placesById, comparison.data.index, { limit: 3 }) : []),
    [comparison.data, incident, model.placesById],
  );
  const headingId = `linked-${incident.id}`;
  return (
    <section className="linked" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('linked.heading')}</h4>
      {comparison.isPending ? (
        <p className="small muted" role="status">
          {t('linked.loading')}
        </p>
      ) : comparison.isError ? (
        <p className="small" role="alert">
          {t('linked.failed')}
        </p>
      ) : candidates.length === 0 ? (
        <p className="small muted">{incident.date === null ? t('linked.undated') : t('linked.none')}</p>
      ) : (
        <ol className="linked-list">
          {candidates.map((c) => {
            const f = c.event.figures;
            return (
              <li key={c.event.claim.id} data-linked-id={c.event.claim.id}>
                <strong>
                  {t('linked.summary', {
                    best: fmt.number(f.figure),
                    low: fmt.number(f.low),
                    high: fmt.number(f.high),
                    sources: f.sources.join('; ') || '—',
                  })}
                </strong>
                {f.civilians !== null ? <span> · {t('linked.civilians', { n: fmt.number(f.civilians) })}</span> : null}
                <div className="small muted">
                  {c.event.claim.date ? fmt.dateSpan(c.event.claim.date) : null}
                  {' · '}
                  {t('linked.distance', { km: fmt.number(c.distanceKm) })}
                  {' · '}
                  <q lang="en" dir="ltr">
                    {c.event.claim.quote}
                  </q>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
