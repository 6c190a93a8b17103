import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dateExtent } from '../domain/dataset';
import { useModel } from '../state/selection';
import { useViewState } from '../state/viewState';
import { useFormat } from '../state/useFormat';
import { useOnline } from '../lib/useOnline';

/** Product name, what the dataset holds, and the display settings. */
export function Header() {
  const { t } = useTranslation('common');
  const { language, digits, compare, setLanguage, setDigits, setCompare } = useViewState(
    'language',
    'digits',
    'compare',
    'setLanguage',
    'setDigits',
    'setCompare',
  );
  const model = useModel();
  const fmt = useFormat();
  const online = useOnline();
  const span = useMemo(() => dateExtent([...model.incidents, ...model.tallies]), [model]);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>
          <span className="logo" aria-hidden="true">
            ◉
          </span>{' '}
          {t('appName')}
        </h1>
        <p className="tagline">{t('tagline')}</p>
      </div>
      <ul className="summary" aria-label={t('summary.label')}>
        <li>
          {t('summary.incidents', { count: model.incidents.length, formatted: fmt.number(model.incidents.length) })}
        </li>
        <li>{t('summary.tallies', { count: model.tallies.length })}</li>
        <li>{t('summary.sources', { count: model.sources.length })}</li>
        <li>{t('summary.reports', { count: model.reports.length })}</li>
        {span ? <li>{t('summary.span', { from: fmt.date(span.from), to: fmt.date(span.to) })}</li> : null}
        {/^\d{4}-\d{2}-\d{2}/.test(model.generated_at) ? (
          <li className="updated">{t('summary.updated', { date: fmt.date(model.generated_at.slice(0, 10)) })}</li>
        ) : null}
      </ul>
      {online ? null : (
        <p className="offline-badge" role="status">
          {t('offline')}
        </p>
      )}
      <div className="settings" role="group" aria-label={t('controls.label')}>
        <button
          type="button"
          lang={language === 'ar' ? 'en' : 'ar'}
          title={t('controls.switchToLabel')}
          onClick={() => setLanguage(language === 'ar' ? 'en' : 'ar')}
        >
          {t('controls.switchTo')}
        </button>
        <button
          type="button"
          aria-pressed={compare}
          title={t('controls.compareHint')}
          onClick={() => setCompare(!compare)}
        >
          {t('controls.compare')}
        </button>
        <div role="group" aria-label={t('controls.digits')} className="segmented">
          <button
            type="button"
            aria-pressed={digits === 'latn'}
            aria-label={`${t('controls.digitsLatn')} ${t('controls.digitsLatnLabel')}`}
            onClick={() => setDigits('latn')}
          >
            {t('controls.digitsLatn')}
          </button>
          <button
            type="button"
            aria-pressed={digits === 'arab'}
            aria-label={`${t('controls.digitsArab')} ${t('controls.digitsArabLabel')}`}
            onClick={() => setDigits('arab')}
          >
            {t('controls.digitsArab')}
          </button>
        </div>
      </div>
    </header>
  );
}
