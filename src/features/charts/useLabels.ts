import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { placeLineage } from '../../domain/dataset';
import type { Governorate } from '../../domain/vocabulary';
import { placeName, sourceName } from '../../lib/names';
import { useModel } from '../../state/selection';
import { useViewState } from '../../state/viewState';

/** Names of sources, governorates and places in the UI language, for chart axes, tooltips and tables. */
export function useLabels() {
  const { t } = useTranslation('charts');
  const { t: tc } = useTranslation('common');
  const model = useModel();
  const { language } = useViewState('language');
  const governorates = useMemo(() => {
    const byName = new Map<string, string>();
    for (const p of model.places) {
      if (p.kind === 'governorate' && p.governorate !== null) byName.set(p.governorate, placeName(p, language));
    }
    return byName;
  }, [model, language]);

  const source = useCallback(
    (id: string) => {
      const s = model.sourcesById.get(id);
      if (!s && id === 'ucdp-ged') return 'UCDP GED';
      return (s && sourceName(s, language)) ?? (s ? tc('vocab.unattributed') : id);
    },
    [model, language, tc],
  );
  const governorate = useCallback(
    (g: Governorate | null) => (g === null ? t('severalGovernorates') : (governorates.get(g) ?? g)),
    [governorates, t],
  );
  /** "Harat al-Badu, Raqqa": a place and the place it is in (unless `withParent` is false). */
  const place = useCallback(
    (placeId: string | null, withParent = true) => {
      const [first, second] = placeLineage(placeId, model.placesById);
      if (!first) return tc('vocab.placeUnknown');
      const sep = language === 'ar' ? '، ' : ', ';
      const name = placeName(first, language);
      // "Raqqa, Raqqa" (the city in its governorate) says nothing the first name does not.
      const parent =
        withParent && second && second.kind !== 'region' && first.kind !== 'governorate'
          ? placeName(second, language)
          : name;
      return parent === name ? name : `${name}${sep}${parent}`;
    },
    [model, language, tc],
  );
  return { source, governorate, place };
}
