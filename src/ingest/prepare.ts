/** Builds the lookup structures the steps read with, once per run, from the dictionaries. */
import type { Place, Source } from '../domain/schema';
import type { Governorate, Perpetrator, Weapon } from '../domain/vocabulary';
import type { PhraseMatcher } from './steps/phrases';
import { buildMatcher } from './steps/phrases';
import type { PlaceIndex } from './steps/places';
import { buildPlaceIndex } from './steps/places';
import { buildSourceMatcher } from './steps/source';
import type { Resources } from './types';

export interface Prepared {
  resources: Resources;
  placeIndex: PlaceIndex;
  placesById: Map<string, Place>;
  perpetrators: PhraseMatcher<Perpetrator>;
  weapons: PhraseMatcher<Weapon>;
  sources: PhraseMatcher<Source>;
  unattributed: Source;
  /** Places of kind region (several governorates), and each governorate's place id. */
  regions: Place[];
  governorateIds: Map<Governorate, string>;
}

export function prepare(resources: Resources): Prepared {
  const unattributed = resources.sources.find((s) => s.id === 'unattributed') ?? {
    id: 'unattributed',
    name_en: 'unattributed',
    names_ar: [],
    kind: 'unattributed' as const,
  };
  return {
    resources,
    placeIndex: buildPlaceIndex(resources.places, resources.placeAliases),
    placesById: new Map(resources.places.map((p) => [p.id, p])),
    perpetrators: buildMatcher(resources.perpetrators),
    weapons: buildMatcher(resources.weapons),
    sources: buildSourceMatcher(resources.sources),
    unattributed,
    regions: resources.places.filter((p) => p.kind === 'region'),
    governorateIds: new Map(
      resources.places.flatMap((p) =>
        p.kind === 'governorate' && p.governorate !== null ? [[p.governorate, p.id] as const] : [],
      ),
    ),
  };
}
