import { useTranslation } from 'react-i18next';
import { useViewState } from '../../state/viewState';

/**
 * The date filter as two date inputs, bound to the same state as the brush (and the filter panel), so all stay in
 * step. In Arabic the row runs right to left, "from" first, like the time axis.
 */
export function DateRange({ extent }: { extent: { from: string; to: string } | null }) {
  const { t } = useTranslation('timeline');
  const { filters, setFilters } = useViewState();
  const set = (key: 'from' | 'to', value: string) => setFilters((f) => ({ ...f, [key]: value === '' ? null : value }));
  return (
    <fieldset className="date-range">
      <legend className="visually-hidden">{t('dates')}</legend>
      <label>
        {t('from')}{' '}
        <input
          type="date"
          value={filters.from ?? ''}
          min={extent?.from}
          max={filters.to ?? extent?.to}
          onChange={(e) => set('from', e.target.value)}
        />
      </label>
      <label>
        {t('to')}{' '}
        <input
          type="date"
          value={filters.to ?? ''}
          min={filters.from ?? extent?.from}
          max={extent?.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </label>
      {filters.from !== null || filters.to !== null ? (
        <button type="button" className="ghost" onClick={() => setFilters((f) => ({ ...f, from: null, to: null }))}>
          {t('allDates')}
        </button>
      ) : null}
    </fieldset>
  );
}
