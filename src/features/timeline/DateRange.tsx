import { useTranslation } from 'react-i18next';
import { useViewState } from '../../state/viewState';
import { useDateFilter } from '../../state/useDateFilter';
import { DateInputs } from '../../lib/DateInputs';

/**
 * The date filter as two date inputs, bound to the same state as the brush (and the filter panel), so all stay in
 * step. In Arabic the row runs right to left, "from" first, like the time axis.
 */
export function DateRange({ extent }: { extent: { from: string; to: string } | null }) {
  const { t } = useTranslation('timeline');
  const { filters, setFilters } = useViewState('filters', 'setFilters');
  const dates = useDateFilter();
  return (
    <fieldset className="date-range">
      <legend className="visually-hidden">{t('dates')}</legend>
      <DateInputs labels={{ from: t('from'), to: t('to') }} extent={extent} {...dates} />
      {filters.from !== null || filters.to !== null ? (
        <button type="button" className="ghost" onClick={() => setFilters((f) => ({ ...f, from: null, to: null }))}>
          {t('allDates')}
        </button>
      ) : null}
    </fieldset>
  );
}
