import { fold, findFolded } from './arabic';
import type { Claim, Incident, Place, Source, Tally } from './schema';

/**
 * Arabic-aware free-text search over what an event's claims say: quotes, place names (Arabic and English, the
 * event's place and every place it lies in) and source names. Text is folded (see `arabic.ts`), so "الرقه" finds
 * "الرقة" and "ادلب" finds "إدلب". Several words must all occur, in any of those fields.
 */

/** What the search needs of a dataset. */
export interface SearchInput {
  claimsById: ReadonlyMap<string, Claim>;
  placesById: ReadonlyMap<string, Place>;
  sourcesById?: ReadonlyMap<string, Source>;
}

/** The folded words of a query; empty when the query has nothing to match. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(' ')
    .filter((t) => t !== '');
}

// Fields are joined with a character no folded query term can contain, so a term never spans two fields.
const FIELD_SEPARATOR = '\n';

// Folded text per event and per place, computed once per dataset on the first search (the records are immutable).
const eventText = new WeakMap<Incident | Tally, string>();
const placeText = new WeakMap<Place, string>();
const sourceText = new WeakMap<Source, string>();

function foldedPlaceLineage(placeId: string | null, placesById: ReadonlyMap<string, Place>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let id = placeId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const place = placesById.get(id);
    if (!place) break;
    let text = placeText.get(place);
    if (text === undefined) {
      text = [place.name_en, ...place.names_ar].map(fold).join(FIELD_SEPARATOR);
      placeText.set(place, text);
    }
    out.push(text);
    id = place.parent;
  }
  return out;
}

function foldedSource(source: Source): string {
  let text = sourceText.get(source);
  if (text === undefined) {
    text = [source.name_en, ...source.names_ar].map(fold).join(FIELD_SEPARATOR);
    sourceText.set(source, text);
  }
  return text;
}

/** The folded text an event is searched by (cached). */
export function searchText(event: Incident | Tally, input: SearchInput): string {
  const hit = eventText.get(event);
  if (hit !== undefined) return hit;
  const parts: string[] = foldedPlaceLineage(event.place_id, input.placesById);
  const sourceIds = new Set<string>();
  for (const id of event.claim_ids) {
    const claim = input.claimsById.get(id);
    if (!claim) continue;
    parts.push(fold(claim.quote));
    if (claim.source_ar !== null) parts.push(fold(claim.source_ar));
    if (claim.place.text_ar !== null) parts.push(fold(claim.place.text_ar));
    if (!sourceIds.has(claim.source_id)) {
      sourceIds.add(claim.source_id);
      const source = input.sourcesById?.get(claim.source_id);
      parts.push(source ? foldedSource(source) : fold(claim.source));
    }
    if (claim.place_id !== event.place_id) parts.push(...foldedPlaceLineage(claim.place_id, input.placesById));
  }
  const text = parts.join(FIELD_SEPARATOR);
  eventText.set(event, text);
  return text;
}

/** True when every term occurs in the event's searchable text. */
export function matchesTerms(event: Incident | Tally, terms: readonly string[], input: SearchInput): boolean {
  if (terms.length === 0) return true;
  const text = searchText(event, input);
  return terms.every((t) => text.includes(t));
}

/**
 * Where a query's words occur in original `text`, as sorted, non-overlapping [start, end) ranges, for highlighting.
 */
export function highlightRanges(text: string, query: string): Array<[number, number]> {
  const ranges = query
    .split(/\s+/)
    .filter((w) => w !== '')
    .flatMap((word) => findFolded(text, word))
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
