import { useTranslation } from 'react-i18next';
import { victimsCounted } from '../../domain/filter';
import { useViewState } from '../../state/viewState';

/**
 * Whom the charts count, for their titles: "all victims", or the victims filter's choice ("civilians"). Claims of
 * fighters killed (e.g. a ministry's) otherwise dominate a chart titled only "Killed" without the reader knowing.
 */
export function useWho(): string {
  const { t } = useTranslation('charts');
  const { t: tc } = useTranslation('common');
  const { filters, language } = useViewState('filters', 'language');
  const chosen = victimsCounted(filters);
  // Inside a title: "Killed (civilians)"; the vocabulary's labels are capitalised to stand alone.
  const name = (v: string) => tc(`vocab.victims.${v}`).toLocaleLowerCase(language);
  return chosen === null ? t('whoAll') : chosen.map(name).join(t('whoJoin'));
}
