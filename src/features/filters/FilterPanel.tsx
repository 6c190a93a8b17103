import { useTranslation } from 'react-i18next';

/** The one filter state's controls (issue 5 builds them here). */
export function FilterPanel() {
  const { t } = useTranslation('filters');
  return (
    <section className="panel filters" aria-label={t('heading')}>
      <h2>{t('heading')}</h2>
    </section>
  );
}
