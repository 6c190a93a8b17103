import { useTranslation } from 'react-i18next';
import { strings } from './strings';

/**
 * The workbench's namespace, added to the app's i18next instance the first time the workbench renders in it (the
 * feature registers itself, so the app's string table needs no entry for a feature most visitors never open).
 */
export function useWorkbenchT() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', 'workbench')) {
    i18n.addResourceBundle('en', 'workbench', strings.en);
    i18n.addResourceBundle('ar', 'workbench', strings.ar);
  }
  return useTranslation('workbench');
}
