import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';
import en from './locales/en.json';
import type { Digits, Language } from '../lib/preferences';
import { formatter } from '../lib/format';

export const LANGUAGES: readonly Language[] = ['ar', 'en'];
export const dirOf = (language: Language): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/** Extra namespaces by name, each with its Arabic and English strings (the features' own strings files). */
export type Namespaces = Record<string, { ar: object; en: object }>;

/**
 * Builds an i18next instance: `common` from locales/, plus the given namespaces (the app passes one per feature, see
 * `app/i18n.ts`; this module imports no feature).
 */
export function createI18n(language: Language, digits: Digits = 'latn', namespaces: Namespaces = {}): I18n {
  const instance = i18next.createInstance();
  const resources: Record<Language, Record<string, object>> = { ar: { common: ar }, en: { common: en } };
  for (const [ns, strings] of Object.entries(namespaces)) {
    resources.ar[ns] = strings.ar;
    resources.en[ns] = strings.en;
  }
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'ar',
    supportedLngs: LANGUAGES as Language[],
    defaultNS: 'common',
    ns: ['common', ...Object.keys(namespaces)],
    resources,
    interpolation: { escapeValue: false }, // React escapes; text is never injected as HTML.
    initAsync: false,
  });
  // `{{count, num}}` in strings: counts written with the user's digits choice, like every other number.
  instance.services.formatter?.add('num', (value: unknown) =>
    typeof value === 'number' ? formatter(language, digits).number(value) : String(value),
  );
  return instance;
}

/** Keeps <html lang dir> in step with the language, so the whole page mirrors (RTL by construction). */
export function syncDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = dirOf(language);
}
