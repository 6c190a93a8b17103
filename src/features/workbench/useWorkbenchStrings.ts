import { useTranslation } from 'react-i18next';
import { entryStrings } from './entryStrings';

type Strings = { en: object; ar: object };

/** Which string sets each i18next instance already holds (the app makes a new instance per language choice). */
const registered = new WeakMap<object, Set<Strings>>();

/** Adds strings to the `workbench` namespace of this i18next instance, once per instance and set of strings. */
export function useWorkbenchStrings(strings: Strings) {
  const { i18n } = useTranslation();
  const added = registered.get(i18n) ?? new Set<Strings>();
  registered.set(i18n, added);
  if (added.has(strings)) return;
  added.add(strings);
  i18n.addResourceBundle('en', 'workbench', strings.en, true, false);
  i18n.addResourceBundle('ar', 'workbench', strings.ar, true, false);
}

/**
 * The workbench's namespace. The feature registers its own strings in the app's i18next instance: the few the
 * header bar needs at once, the rest when the (lazily loaded) panel first renders (see WorkbenchPanel).
 */
export function useWorkbenchT() {
  useWorkbenchStrings(entryStrings);
  return useTranslation('workbench');
}
