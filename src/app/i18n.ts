import type { i18n as I18n } from 'i18next';
import { strings as incident } from '../features/incidents/strings';
import { strings as report } from '../features/report/strings';
import { strings as map } from '../features/map/strings';
import { strings as timeline } from '../features/timeline/strings';
import { strings as charts } from '../features/charts/strings';
import { strings as filters } from '../features/filters/strings';
import { createI18n, type Namespaces } from '../i18n';
import type { Digits, Language } from '../lib/preferences';

/**
 * Every feature's own strings, one i18next namespace each. A feature adds itself here: the app composes features,
 * so it assembles their strings (`i18n/` stays below the features and imports none of them).
 */
export const featureStrings = {
  incident,
  report,
  map,
  timeline,
  charts,
  filters,
} satisfies Namespaces;

/** The app's i18next instance: `common` plus every feature's namespace. */
export function createAppI18n(language: Language, digits: Digits = 'latn'): I18n {
  return createI18n(language, digits, featureStrings);
}
