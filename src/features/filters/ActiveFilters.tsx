import { useTranslation } from 'react-i18next';
import { EMPTY_FILTERS, type FilterState } from '../../domain/filter';
import { placeName, sourceName } from '../../lib/names';
import { useFormat } from '../../state/useFormat';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';

interface Chip {
  key: string;
  label: string;
  remove: (f: FilterState) => FilterState;
}

const without =
  <K extends 'places' | 'perpetrators' | 'weapons' | 'victims' | 'sources' | 'kinds' | 'statuses'>(
    field: K,
    value: string,
  ) =>
  (f: FilterState): FilterState => ({ ...f, [field]: (f[field] as readonly string[]).filter((v) => v !== value) });

/**
 * Every active filter as a chip that removes it, and one button that clears them all. With none, a line saying so
 * holds the row's place while the controls are open (`holdPlace`); folded (a phone), it takes no room.
 */
export function ActiveFilters({ holdPlace }: { holdPlace: boolean }) {
  const { t } = useTranslation('filters');
  const { t: tc } = useTranslation('common');
  const { filters: f, setFilters, language } = useViewState('filters', 'setFilters', 'language');
  const model = useModel();
  const fmt = useFormat();

  const chips: Chip[] = [];
  if (f.query.trim() !== '')
    chips.push({ key: 'q', label: t('chips.query', { query: f.query.trim() }), remove: (x) => ({ ...x, query: '' }) });
  if (f.from !== null)
    chips.push({
      key: 'from',
      label: t('chips.from', { date: fmt.date(f.from) }),
      remove: (x) => ({ ...x, from: null }),
    });
  if (f.to !== null)
    chips.push({ key: 'to', label: t('chips.to', { date: fmt.date(f.to) }), remove: (x) => ({ ...x, to: null }) });
  for (const id of f.places) {
    const place = model.placesById.get(id);
    chips.push({ key: `place-${id}`, label: place ? placeName(place, language) : id, remove: without('places', id) });
  }
  for (const v of f.perpetrators)
    chips.push({ key: `perp-${v}`, label: tc(`vocab.perpetrator.${v}`), remove: without('perpetrators', v) });
  for (const v of f.weapons)
    chips.push({ key: `weapon-${v}`, label: tc(`vocab.weapon.${v}`), remove: without('weapons', v) });
  for (const v of f.victims)
    chips.push({ key: `victims-${v}`, label: tc(`vocab.victims.${v}`), remove: without('victims', v) });
  for (const id of f.sources) {
    const source = model.sourcesById.get(id);
    const label = source ? (sourceName(source, language) ?? tc('vocab.unattributed')) : id;
    chips.push({ key: `source-${id}`, label, remove: without('sources', id) });
  }
  for (const v of f.kinds) chips.push({ key: `kind-${v}`, label: tc(`vocab.kind.${v}`), remove: without('kinds', v) });
  for (const v of f.statuses)
    chips.push({ key: `status-${v}`, label: tc(`vocab.status.${v}`), remove: without('statuses', v) });
  if (f.minKilled !== null) {
    chips.push({
      key: 'min',
      label: t('chips.minKilled', { count: f.minKilled }),
      remove: (x) => ({ ...x, minKilled: null }),
    });
  }
  if (f.disagree)
    chips.push({ key: 'disagree', label: t('chips.disagree'), remove: (x) => ({ ...x, disagree: false }) });
  if (f.undatedByPublication && (f.from !== null || f.to !== null)) {
    chips.push({
      key: 'undated',
      label: t('chips.undated'),
      remove: (x) => ({ ...x, undatedByPublication: false }),
    });
  }

  // The row stays, one chip high, when no filter is on: the first filter's chip would otherwise push every control
  // below it down, under the pointer that just clicked one, and make the whole page lay out and paint again.
  if (chips.length === 0) {
    if (!holdPlace) return null;
    return (
      <div className="active-filters">
        <p className="active-none muted">{t('chips.none')}</p>
      </div>
    );
  }
  return (
    <div className="active-filters">
      <ul className="chips" aria-label={t('chips.label')}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              aria-label={t('chips.remove', { label: chip.label })}
              onClick={() => setFilters(chip.remove)}
            >
              <bdi>{chip.label}</bdi> <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="clear-all" onClick={() => setFilters(() => EMPTY_FILTERS)}>
        {t('clearAll')}
      </button>
    </div>
  );
}
