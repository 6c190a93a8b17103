import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPoint } from '../../domain/mapMarks';
import type { CountRange, Incident, Tally } from '../../domain/schema';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';
import { useFormat } from '../../state/useFormat';
import { placeName } from '../../lib/names';
import { PERPETRATOR_COLOURS } from '../../lib/palette';
import { describePlace } from './presets';

/** The words for one incident's mark: its accessible name, and the place it is drawn at. */
export function usePointText() {
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation('common');
  const model = useModel();
  const { language } = useViewState('language');
  const fmt = useFormat();
  return useMemo(() => {
    const place = (p: MapPoint) =>
      describePlace(model.eventsById.get(p.id)?.place_id ?? null, model.placesById, language);
    const drawnAt = (p: MapPoint) => {
      const at = model.placesById.get(p.locatedAt);
      return at ? placeName(at, language) : '';
    };
    // Counts in names go through i18next plurals: "3 قتلى", "11 قتيلًا", "100 قتيل", never one fixed noun.
    const killedWords = (k: CountRange | null): string => {
      if (k === null) return t('killedNotStated');
      if (k.max === null) return t('killedOpen', { count: k.min, killed: fmt.number(k.min) });
      return t('killedCount', { count: k.max, killed: fmt.range(k) });
    };
    const level = (p: MapPoint) => t(`level.${model.placesById.get(p.locatedAt)?.kind ?? 'region'}`);
    const label = (p: MapPoint) => {
      const e = model.eventsById.get(p.id);
      return t(p.haloM > 0 ? 'pointLabelApprox' : 'pointLabel', {
        place: place(p) ?? tc('vocab.placeUnknown'),
        date: (e && fmt.dateSpan(e.date)) ?? tc('vocab.dateUnknown'),
        casualties: killedWords(e?.killed ?? null),
        perpetrator: tc(`vocab.perpetrator.${p.perpetrator}`),
        level: level(p),
      });
    };
    return { place, drawnAt, level, label, killedWords };
  }, [t, tc, model, language, fmt]);
}

/** What a hovered or focused mark tells: place, date, killed, who, and how precisely it is located. Text only. */
export function PointDetails({ point, incident }: { point: MapPoint; incident: Incident | Tally | undefined }) {
  const { t } = useTranslation('map');
  const { t: tc } = useTranslation('common');
  const fmt = useFormat();
  const text = usePointText();
  const date = incident ? fmt.dateSpan(incident.date) : null;
  return (
    <>
      <strong>
        <bdi>{text.place(point) ?? tc('vocab.placeUnknown')}</bdi>
      </strong>
      <br />
      {date ?? tc('vocab.dateUnknown')}
      <br />
      {incident?.killed ? t('killed', { n: fmt.range(incident.killed) }) : t('killedUnknown')}
      <br />
      <span
        className="rasd-swatch"
        style={{ background: PERPETRATOR_COLOURS[point.perpetrator] }}
        aria-hidden="true"
      />{' '}
      {tc(`vocab.perpetrator.${point.perpetrator}`)}
      <br />
      <small>
        {point.haloM > 0
          ? t('approximate', { place: text.drawnAt(point), level: text.level(point) })
          : t('exact', { place: text.drawnAt(point) })}
      </small>
    </>
  );
}
