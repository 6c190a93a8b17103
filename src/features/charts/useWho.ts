import { useTranslation } from 'react-i18next';
import { victimsCounted, type FilterState } from '../../domain/filter';
import { useViewState } from '../../state/viewState';

/**
 * Whom the charts count, for their titles: "all victims", or the victims filter's choice ("civilians"). Claims of
 * fighters killed (e.g. a ministry's) otherwise dominate a chart titled only "Killed" without the reader knowing.
 * Given the filters the chart's data was selected by (a deferred or kept selection's), so a title never speaks of
 * a filter its bars do not show.
 */
export function useWho(): (filters: FilterState) => string {
  const { t } = useTranslation('charts');
  const { t: tc } = useTranslation('common');
  const { language } = useViewState('language');
  return (filters) => {
    const chosen = victimsCounted(filters);
    // Inside a title: "Killed (civilians)"; the vocabulary's labels are capitalised to stand alone.
    const name = (v: string) => tc(`vocab.victims.${v}`).toLocaleLowerCase(language);
    return chosen === null ? t('whoAll') : chosen.map(name).join(t('whoJoin'));
  };
}
