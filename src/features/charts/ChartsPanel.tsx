import { useTranslation } from 'react-i18next';

/** Casualty charts for the filtered set (issue 4 builds them here). */
export function ChartsPanel() {
  const { t } = useTranslation('charts');
  return (
    <section className="panel charts-panel" aria-label={t('heading')}>
      <h2>{t('heading')}</h2>
    </section>
  );
}
