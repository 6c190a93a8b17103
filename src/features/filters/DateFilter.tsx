import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../state/useFormat';
import { useDateFilter } from '../../state/useDateFilter';
import { useViewState } from '../../state/viewState';
import { DateInputs } from '../../lib/DateInputs';
import { addDays } from '../../domain/isoDay';

/** The date range as two inputs and quick ranges counted back from the data's last day (the data is historical). */
export const DateFilter = memo(function DateFilter({
  extent,
  years,
}: {
  extent: { from: string; to: string } | null;
  /** Years some event falls in, ascending: one quick range each. */
  years: readonly number[];
}) {
  const { t } = useTranslation('filters');
  // The dates alone: a click on another filter does not re-render these inputs and buttons.
  const { setFilters } = useViewState('setFilters');
  const fmt = useFormat();
  const dates = useDateFilter();
  const filters = dates.value;
  const set = (from: string | null, to: string | null) => setFilters((f) => ({ ...f, from, to }));
  const presets: Array<{ key: string; label: string; from: string | null; to: string | null }> = [];
  if (extent) {
    for (const [key, days] of [
      ['last7', 7],
      ['last30', 30],
      ['last365', 365],
    ] as const) {
      presets.push({ key, label: t(`dates.${key}`), from: addDays(extent.to, 1 - days), to: extent.to });
    }
    for (const y of years) {
      presets.push({ key: `y${y}`, label: fmt.number(y).replace(/[,٬]/g, ''), from: `${y}-01-01`, to: `${y}-12-31` });
    }
  }
  presets.push({ key: 'all', label: t('dates.all'), from: null, to: null });

  return (
    <fieldset className="filter-group date-filter">
      <legend>{t('dates.legend')}</legend>
      <div className="date-inputs">
        <DateInputs labels={{ from: t('dates.from'), to: t('dates.to') }} extent={extent} {...dates} />
      </div>
      <div role="group" aria-label={t('dates.presets')} className="presets">
        {presets.map((p) => (
          <button
            key={p.key}
            type="button"
            aria-pressed={filters.from === p.from && filters.to === p.to}
            onClick={() => set(p.from, p.to)}
          >
            {p.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
});
