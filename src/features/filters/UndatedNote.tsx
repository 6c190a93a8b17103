import { useTranslation } from 'react-i18next';
import { useSelection } from '../../state/selection';
import { useViewState } from '../../state/viewState';

/**
 * Beside the result count: a date filter hides undated events, so say how many, and offer to place them at their
 * reports' publication dates instead (one click, kept in the URL as undated=published). Once on, say so and offer
 * to hide them again.
 */
export function UndatedNote() {
  const { t } = useTranslation('filters');
  const { filters, setFilters } = useViewState('filters', 'setFilters');
  const { selection } = useSelection();
  const dated = filters.from !== null || filters.to !== null;
  const { hidden, placeable } = selection.undated;
  if (!dated) return null;
  if (filters.undatedByPublication) {
    return (
      <p className="undated-note small">
        {t('undated.included')}{' '}
        <button
          type="button"
          className="ghost"
          onClick={() => setFilters((f) => ({ ...f, undatedByPublication: false }))}
        >
          {t('undated.hide')}
        </button>
      </p>
    );
  }
  if (hidden === 0) return null;
  return (
    <p className="undated-note small">
      {t('undated.hidden', { count: hidden })}{' '}
      <button type="button" className="ghost" onClick={() => setFilters((f) => ({ ...f, undatedByPublication: true }))}>
        {t('undated.include', { count: placeable })}
      </button>
    </p>
  );
}
