import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from './useT';
import type { Incident } from '../../domain/schema';
import { linkIncident, SAME_POINT_KM, sharedOrigins, type LinkCandidate } from '../../domain/linking';
import { dictionarySourceId } from '../../domain/datasetFigures';
import { comparisonQuery } from '../../dataset/comparison';
import type { QuoteLookup } from '../../dataset/details';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../state/useFormat';
import { sourceName } from '../../lib/names';

/** A source UCDP names, in the UI language when our dictionary knows it ("SOHR" → "المرصد السوري…"). */
function useOriginName() {
  const model = useModel();
  const { language } = useViewState('language');
  return (name: string) => {
    const id = dictionarySourceId(name, model.sources);
    const source = id === null ? undefined : model.sourcesById.get(id);
    return (source && sourceName(source, language)) ?? name;
  };
}

/** How far the record's point is: "same place (centroid)" when both sides drew the same place's point. */
function useDistance() {
  const t = useT('incident');
  const fmt = useFormat();
  return (km: number) =>
    km < SAME_POINT_KM
      ? t('linked.samePlace')
      : km < 1
        ? t('linked.underOneKm')
        : t('linked.distance', { km: fmt.number(km) });
}

function Candidate({
  candidate,
  incident,
  quoteOf,
}: {
  candidate: LinkCandidate;
  incident: Incident;
  quoteOf: QuoteLookup;
}) {
  const t = useT('incident');
  const model = useModel();
  const fmt = useFormat();
  const origin = useOriginName();
  const distance = useDistance();
  const f = candidate.event.figures;
  const sep = t('linked.listSeparator');
  const figures = {
    best: fmt.number(f.figure),
    // Isolated left to right (LRI … PDI): in an Arabic sentence "24–52" would otherwise read as "52–24".
    range: f.low === f.high ? '' : ` (\u2066${fmt.number(f.low)}–${fmt.number(f.high)}\u2069)`,
    sources: f.sources.map(origin).join(sep),
  };
  const repeated = sharedOrigins(incident, f, model.sources);
  return (
    <li data-linked-id={candidate.event.claim.id} data-repeats={repeated.length > 0 ? repeated.join(' ') : undefined}>
      <strong>{t(f.sources.length > 0 ? 'linked.summary' : 'linked.summaryNoSources', figures)}</strong>
      {f.civilians !== null ? <span> · {t('linked.civilians', { n: fmt.number(f.civilians) })}</span> : null}
      {repeated.length > 0 ? (
        <p className="small linked-repeats">
          {t('linked.repeats', {
            sources: repeated.map(origin).join(sep),
          })}
        </p>
      ) : null}
      <div className="small muted">
        {candidate.event.claim.date ? fmt.dateSpan(candidate.event.claim.date) : null}
        {' · '}
        {distance(candidate.distanceKm)}
        {' · '}
        <q lang="en" dir="ltr">
          {quoteOf(candidate.event.claim.id)}
        </q>
      </div>
    </li>
  );
}

/**
 * What UCDP GED recorded for the same day and place, beside the sources' claims: the closest records in the
 * incident's date and distance window (tight for a neighbourhood, loose for a governorate), best first. Each names the
 * sources UCDP coded from, and says so when one of them is already among the incident's own sources: then it repeats
 * that source rather than confirming it.
 */
export function LinkedEvents({ incident }: { incident: Incident }) {
  const t = useT('incident');
  const model = useModel();
  const comparison = useQuery(comparisonQuery('ucdp'));
  const candidates = useMemo(
    () => (comparison.data ? linkIncident(incident, model.placesById, comparison.data.index, { limit: 3 }) : []),
    [comparison.data, incident, model.placesById],
  );
  const headingId = `linked-${incident.id}`;
  // A comparison dataset is held whole: its quotes are in memory.
  const quoteOf: QuoteLookup = comparison.data?.model.details.quotesNow() ?? (() => undefined);
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
          {candidates.map((c) => (
            <Candidate key={c.event.claim.id} candidate={c} incident={incident} quoteOf={quoteOf} />
          ))}
        </ol>
      )}
    </section>
  );
}
