import { useTranslation } from 'react-i18next';

/** The map of incidents (issue 3 builds it here). */
export function MapPanel() {
  const { t } = useTranslation('map');
  return (
    <section className="panel map-panel" aria-label={t('heading')}>
      <h2>{t('heading')}</h2>
    </section>
  );
}
