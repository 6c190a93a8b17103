import { useContext } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';

type Namespace = 'incident' | 'common';

const fixed = new WeakMap<I18n, Partial<Record<Namespace, TFunction<Namespace>>>>();

/**
 * The `t` of a namespace for the i18next instance in context: what `useTranslation(ns).t` gives, without what
 * useTranslation sets up for every component that calls it (a copy of the instance's property descriptors, a new
 * fixed `t`, a subscription to language changes). A filter click mounts a screenful of cards of some twenty small
 * components each, and that setup was the largest part of their first render (createI18nWrapper in the profiles).
 * No subscription is needed: the app makes a new instance when the language or digits change (app/App.tsx), so the
 * context itself changes and every card renders again; the strings are bundled, never loaded later.
 */
export function useT(ns: Namespace): TFunction<Namespace> {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  let byNs = fixed.get(i18n);
  if (byNs === undefined) fixed.set(i18n, (byNs = {}));
  return (byNs[ns] ??= i18n.getFixedT(null, ns));
}
