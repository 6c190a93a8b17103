import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWaitingUpdate } from './updates';
import './updatePrompt.css';

/**
 * "New data is available — reload": shown when a new build or dataset has been deployed since this page loaded.
 * Nothing changes under the reader until they choose to reload; their preferences (localStorage) stay as they are.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('common');
  const activate = useWaitingUpdate();
  const [busy, setBusy] = useState(false);
  if (!activate) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('update.available')}</p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void activate().finally(() => setBusy(false));
        }}
      >
        {t('update.reload')}
      </button>
    </div>
  );
}
