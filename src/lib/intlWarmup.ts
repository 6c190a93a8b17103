import { DAY_FORMAT, intlLocales } from './format.ts';
import { PREFERENCE_KEYS, type Digits, type Language } from './preferences.ts';

const LANGUAGES: readonly Language[] = ['ar', 'en'];
const DIGITS: readonly Digits[] = ['latn', 'arab'];

/**
 * A classic script the build puts in the page (`warmIntl` in scripts/lib/pageHead.ts), run while the app's modules are
 * still downloading. A page's first Intl object costs 50–80 ms on a 2-core machine (the browser loads its locale data
 * once per process), and its first localStorage read 10–25 ms (the browser opens the site's storage); made by the app,
 * both fell between the dataset's arrival and the first marks. Here the storage is read on the page (only the page has
 * it), and the Intl objects are made in a short-lived worker: the locale data it loads is the process's, so the app's
 * own first Intl objects are then cheap, and the page's main thread, which compiles the app's modules meanwhile, is not
 * held up by it (made on the page, it took 160–180 ms of main thread on such a machine). Without workers it makes them
 * on the page. It picks the language and digits the app will (the URL's, else this device's), keeps nothing, and fails
 * silently: at worst the app pays those costs itself, as it did without it.
 */
export function intlWarmupScript(): string {
  const locales: Record<string, { number: string; date: string }> = {};
  for (const language of LANGUAGES) {
    for (const digits of DIGITS) locales[`${language}-${digits}`] = intlLocales(language, digits);
  }
  const settings = JSON.stringify({ keys: PREFERENCE_KEYS, locales, day: DAY_FORMAT });
  return `(function () {
  // Run in the worker (or, without workers, here): the objects the app's formatter and i18next make first.
  function warm(w) {
    try {
      new Intl.NumberFormat(w.number, { maximumFractionDigits: 0 }).format(1);
      var day = new Intl.DateTimeFormat(w.date, w.day);
      day.format(0);
      // A period's dates are shown as a range, whose patterns the browser loads on the first one (2-7 ms).
      day.formatRange(0, 3456e6);
      new Intl.PluralRules(w.language).select(1);
    } catch (e) {
      /* the app makes them itself */
    }
  }
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
    var job = { number: locale.number, date: locale.date, day: s.day, language: language };
    try {
      var source = '(' + warm.toString() + ')(' + JSON.stringify(job) + ');close();';
      new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    } catch (e) {
      warm(job);
    }
  } catch (e) {
    /* the app makes them itself */
  }
})();
`;
}
