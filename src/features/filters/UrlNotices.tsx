import { useTranslation } from 'react-i18next';
import { useViewState } from '../../state/viewState';

/** What the link asked for that could not be applied, in words; the rest of the view is shown as usual. */
export function UrlNotices() {
  const { t } = useTranslation('filters');
  const { notices, dismissNotices } = useViewState('notices', 'dismissNotices');
  if (notices.length === 0) return null;
  return (
    <div className="notice warning url-notices" role="status">
      <p>
        <strong>{t('notices.title')}</strong>
      </p>
      <ul>
        {notices.map((n, i) => (
          <li key={`${n.param}-${i}`}>
            <bdi>{t(`notices.${n.reason}`, { param: n.param, value: n.value })}</bdi>
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismissNotices}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
