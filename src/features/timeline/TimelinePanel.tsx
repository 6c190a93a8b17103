import { useTranslation } from 'react-i18next';

/** Incidents and killed over time (issue 4 builds it here). */
export function TimelinePanel() {
  const { t } = useTranslation('timeline');
  return (
    <section className="panel timeline-panel" aria-label={t('heading')}>
      <h2>{t('heading')}</h2>
    </section>
  );
}
