import type { Place, Source } from '../domain/schema';
import type { Language } from './preferences';

/** A place's name in the UI language (Arabic falls back to English when no Arabic name is known). */
export function placeName(place: Place, language: Language): string {
  return language === 'ar' ? (place.names_ar[0] ?? place.name_en) : place.name_en;
}

/** A source's name in the UI language; `null` for the outlet's own voice, which the caller words. */
export function sourceName(source: Source, language: Language): string | null {
  if (source.kind === 'unattributed') return null;
  return language === 'ar' ? (source.names_ar[0] ?? source.name_en) : source.name_en;
}
