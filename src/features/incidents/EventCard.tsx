import { memo, useRef } from 'react';
import { useStore } from 'zustand';
import { useT } from './useT';
import type { Incident, Tally } from '../../domain/schema';
import type { ClaimSummary } from '../../domain/claimDetails';
import { useClaimDetails } from '../../dataset/detailQueries';
import { useKeepInView } from './useKeepInView';
import { placeLineage } from '../../domain/dataset';
import { placedByPublication } from '../../domain/filter';
import { useModel } from '../../state/selection';
import { useViewSelect, useViewState, useViewStore } from '../../state/viewState';
import { useFormat } from '../../state/useFormat';
import { placeName } from '../../lib/names';
import type { Language } from '../../lib/preferences';
import { ClaimTable } from './ClaimTable';
import { LinkedEvents } from './LinkedEvents';
import { HeadlineFigure } from './HeadlineFigure';
import { InferredMark } from './InferredMark';
import { PossiblySame } from './PossiblySame';

/** The fields a card states about the incident itself, which it marks when inferred. */
const CARD_FIELDS = ['date', 'place', 'perpetrator', 'weapon', 'victims', 'kind'];
/** The figures a card heads with, each with the words its sources state it in. */
const HEADLINE_FIELDS = ['killed', 'injured'] as const;

/**
 * "Harat al-Badu, Raqqa": the place and the city or governorate it is in, in the UI language (the caller's, so a card
 * does not subscribe to the view state once more for it).
 */
export function usePlaceLabel(placeId: string | null, language: Language): string {
  const model = useModel();
  const t = useT('common');
  const lineage = placeLineage(placeId, model.placesById);
  const [first, second] = lineage;
  if (!first) return t('vocab.placeUnknown');
  const parent =
    second &&
    second.kind !== 'region' &&
    first.kind !== 'governorate' &&
    placeName(second, language) !== placeName(first, language)
      ? second
      : undefined;
  const sep = language === 'ar' ? '، ' : ', ';
  return parent ? `${placeName(first, language)}${sep}${placeName(parent, language)}` : placeName(first, language);
}

/** One incident or tally: what is known of it, then what each source claims, in their words. */
export const EventCard = memo(function EventCard({ event, selected }: { event: Incident | Tally; selected: boolean }) {
  const t = useT('incident');
  const tc = useT('common');
  const { select, compare, language } = useViewState('select', 'compare', 'language');
  // Only whether the date filter placed this event: a card does not re-render for every other filter change.
  const byPublication = useStore(useViewStore(), (s) => placedByPublication(event, s.filters));
  // Only the search text, for the quotes' highlights: not the filters, which every filter click makes anew.
  const query = useViewSelect((s) => s.filters.query);
  const model = useModel();
  const fmt = useFormat();
  const place = usePlaceLabel(event.place_id, language);
  const ref = useRef<HTMLElement>(null);
  const claims = event.claim_ids
    .map((id) => model.claimsById.get(id))
    .filter((c): c is ClaimSummary => c !== undefined);
  const current = claims.filter((c) => event.current_claim_ids.includes(c.id));
  // The figures are the summaries' and show at once; words, bases and notes follow when the details arrive.
  const details = useClaimDetails(model.details, event.claim_ids);
  const currentWhole = current.flatMap((c) => {
    const d = details.state(c.id);
    return d.status === 'ready' ? [d.claim] : [];
  });
  const quoteOf = (id: string) => {
    const d = details.state(id);
    return d.status === 'ready' ? d.claim.quote : undefined;
  };
  const date = fmt.dateSpan(event.date);
  const headingId = `event-${event.id}`;

  useKeepInView(ref, selected);

  return (
    <article
      ref={ref}
      className={`event-card${selected ? ' selected' : ''}`}
      aria-labelledby={headingId}
      aria-current={selected ? 'true' : undefined}
      data-event-id={event.id}
    >
      <header className="event-head">
        <h3 id={headingId}>
          <bdi>{place}</bdi>
          <span className="event-date">
            {' · '}
            {date ?? tc('vocab.dateUnknown')}
            {event.date && event.date.from !== event.date.to ? (
              <small className="muted"> ({t('datePeriod')})</small>
            ) : null}
            {/* Shown only because the date filter placed it at its reports' publication dates: say so. */}
            {byPublication ? (
              <small className="muted placed-by-publication"> ({t('placedByPublication')})</small>
            ) : null}
          </span>
        </h3>
        <button
          type="button"
          className="ghost"
          aria-pressed={selected}
          onClick={() => select(selected ? null : event.id)}
        >
          {selected ? t('selected') : t('select')}
        </button>
      </header>
      <ul className="badges" aria-label={tc('vocab.kind.' + event.kind)}>
        <li className={`badge perp perp-${event.perpetrator}`}>{tc(`vocab.perpetrator.${event.perpetrator}`)}</li>
        <li className="badge">{tc(`vocab.weapon.${event.weapon}`)}</li>
        <li className="badge">{tc(`vocab.victims.${event.victims}`)}</li>
        <li className={`badge precision-${event.precision}`}>
          {t('precision', { precision: tc(`vocab.precision.${event.precision}`) })}
        </li>
        {event.preliminary ? <li className="badge status-preliminary">{tc('vocab.status.preliminary')}</li> : null}
        {event.revised ? <li className="badge status-revised">{tc('vocab.status.revised')}</li> : null}
        <InferredMark as="li" claims={currentWhole} only={CARD_FIELDS} />
      </ul>
      <dl className="figures">
        {HEADLINE_FIELDS.map((field) => (
          <div key={field}>
            <dt>{t(field)}</dt>
            <dd className="big">
              <HeadlineFigure
                range={event[field]}
                claims={current}
                quoteOf={quoteOf}
                field={field}
                fmt={fmt}
                language={language}
              />
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('sourcesCount', { count: event.source_count })}</dt>
          <dd>
            {event.discrepancy === null
              ? '—'
              : event.discrepancy > 0
                ? t('disagree', { pct: fmt.percent(event.discrepancy) })
                : t('agree')}
          </dd>
        </div>
      </dl>
      <ClaimTable
        claims={claims}
        details={details.state}
        caption={t('claimsCaption', { place })}
        query={query}
        fmt={fmt}
        language={language}
      />
      <PossiblySame event={event} selected={selected} fmt={fmt} language={language} />
      {compare && event.kind === 'incident' ? <LinkedEvents incident={event} /> : null}
    </article>
  );
});
