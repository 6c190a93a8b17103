import type { Place } from '../../domain/schema';
import { placeLineage } from '../../domain/dataset';
import { placeName } from '../../lib/names';
import type { Language } from '../../lib/preferences';

/**
 * Cities the toolbar jumps to. Centres are the gazetteer's points (data/geo/gazetteer.json: gn-172955 Raqqa,
 * gn-169389 Idlib, gn-170063 Aleppo); zooms frame each city's built-up area in a ~900 px wide map.
 */
export const PRESETS = [
  { key: 'raqqa', lat: 35.95283, lon: 39.00788, zoom: 12 },
  { key: 'idlib', lat: 35.93062, lon: 36.63393, zoom: 13 },
  { key: 'aleppo', lat: 36.202439, lon: 37.151825, zoom: 12 },
] as const;

/** Syria's extent ([[south, west], [north, east]]), the view when there is nothing to fit. */
export const SYRIA_BOUNDS: [[number, number], [number, number]] = [
  [32.3, 35.6],
  [37.4, 42.4],
];

/** "Harat al-Badu, Raqqa": a place and the one it lies in, in the UI language. */
export function describePlace(placeId: string | null, placesById: ReadonlyMap<string, Place>, language: Language) {
  const [first, second] = placeLineage(placeId, placesById);
  if (!first) return null;
  const parent = second && second.kind !== 'region' && first.kind !== 'governorate' ? second : undefined;
  const sep = language === 'ar' ? '، ' : ', ';
  return parent ? `${placeName(first, language)}${sep}${placeName(parent, language)}` : placeName(first, language);
}
