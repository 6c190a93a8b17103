import { DAY_FORMAT, intlLocales } from './format.ts';
import { PREFERENCE_KEYS, type Digits, type Language } from './preferences.ts';

const LANGUAGES: readonly Language[] = ['ar', 'en'];
const DIGITS: readonly Digits[] = ['latn', 'arab'];

/**
 * A classic script the build puts in the page (vite.config.ts `warmIntl`), run while the app's modules are still
 * downloading, a time the main thread otherwise sits idle. A page's first Intl object costs 20–50 ms (the browser
 * loads its locale data) and its first localStorage read 10–25 ms (the browser opens the site's storage); made by the
 * app, both fell between the dataset's arrival and the first marks. Made here, the app's own Intl objects and
 * preference reads are then cheap. It picks the language and digits the app will (the URL's, else this device's),
 * keeps nothing, and fails silently: at worst the app pays those costs itself, as it did without it.
 */
export function intlWarmupScript(): string {
  const locales: Record<string, { number: string; date: string }> = {};
  for (const language of LANGUAGES) {
    for (const digits of DIGITS) locales[`${language}-${digits}`] = intlLocales(language, digits);
  }
  const settings = JSON.stringify({ keys: PREFERENCE_KEYS, locales, day: DAY_FORMAT });
  return `(function () {
  try {
    var s = ${settings};
    var read = function (key) {
      try {
        return window.localStorage.getItem(key);
      } catch (e) {
        return null;
      }
    };
    var storedLanguage = read(s.keys.language);
    var storedDigits = read(s.keys.digits);
    var query = new URLSearchParams(window.location.search);
    var language = (query.get('lang') || storedLanguage) === 'en' ? 'en' : 'ar';
    var digits = (query.get('digits') || storedDigits) === 'arab' ? 'arab' : 'latn';
    var locale = s.locales[language + '-' + digits];
    new Intl.NumberFormat(locale.number, { maximumFractionDigits: 0 }).format(1);
    var day = new Intl.DateTimeFormat(locale.date, s.day);
    day.format(0);
    // A period's dates are shown as a range, whose patterns the browser loads on the first one (2-7 ms).
    day.formatRange(0, 3456e6);
    new Intl.PluralRules(language).select(1);
  } catch (e) {
    /* the app makes them itself */
  }
})();
`;
}
