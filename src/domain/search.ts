import { fold, foldWithMap } from './arabic';
import { inheritDown, type FilterIndex } from './filterIndex';
import type { Incident, Place, Source, Tally } from './schema';
import type { ClaimSummary } from './claimDetails';

/**
 * Arabic-aware free-text search over what an event's claims say: quotes, place names (Arabic and English, the
 * event's place and every place it lies in) and source names. Text is folded (see `arabic.ts`), so "الرقه" finds
 * "الرقة" and "ادلب" finds "إدلب". Several words must all occur, in any of those fields.
 */

/** A claim's raw quote by claim id. */
export type QuoteLookup = (claimId: string) => string | undefined;

/** What the search needs of a dataset. */
export interface SearchInput {
  claimsById: ReadonlyMap<string, ClaimSummary>;
  placesById: ReadonlyMap<string, Place>;
  sourcesById?: ReadonlyMap<string, Source>;
  /**
   * Where the quotes are read (a model's detail source): `quotesNow()` is null while they are not loaded (a published
   * core's search file), and the search then reads places and sources only. Without it, quotes are read from the
   * claims themselves (whole claims).
   */
  details?: SearchQuotes;
}

/** Where a search reads quotes. */
export interface SearchQuotes {
  quotesNow(): QuoteLookup | null;
}

const ownQuote =
  (claimsById: SearchInput['claimsById']): QuoteLookup =>
  (id) =>
    (claimsById.get(id) as { quote?: string } | undefined)?.quote;

/** How the search reads quotes now; null when they are still to be loaded. */
const quotesOf = (input: SearchInput): QuoteLookup | null =>
  input.details ? input.details.quotesNow() : ownQuote(input.claimsById);

/** True when a search of this input reads the claims' quotes (false while a core's search file is not loaded). */
export const searchReadsQuotes = (input: SearchInput): boolean => quotesOf(input) !== null;

/** The folded words of a query; empty when the query has nothing to match. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(' ')
    .filter((t) => t !== '');
}

// Fields are joined with a character no folded query term can contain, so a term never spans two fields.
const FIELD_SEPARATOR = '\n';

/**
 * What the search reads, folded once per dataset: the claims' words (quote, source and place as written) as one
 * long string with each claim's offset, so a term is found with a few native `indexOf` scans over the whole
 * dataset rather than one call per event; place and source names apart, since thousands of events share them.
 */
interface SearchIndex {
  claimText: string;
  /** Start of each claim's text in `claimText`, plus its end. */
  claimStart: Int32Array;
  /** The event (index slot) each claim belongs to. */
  claimEvent: Int32Array;
  /** Folded names (English and Arabic) of each place and source, by index. */
  placeNames: string[];
  sourceNames: string[];
  /** Events per term, for the last few terms (typing a word asks for each of its prefixes in turn). */
  hits: Map<string, Uint8Array>;
  /** False when built before the quotes were loaded: rebuilt once they are. */
  quoted: boolean;
}

const indexes = new WeakMap<FilterIndex, SearchIndex>();
const TERM_CACHE_SIZE = 32;
const names = (n: { name_en: string; names_ar: readonly string[] }) =>
  [n.name_en, ...n.names_ar].map(fold).join(FIELD_SEPARATOR);

/**
 * Builds the search index in steps of `batch` events, so a caller can spread the work over idle time
 * (`warmSearchIndex`); running it to the end gives the index.
 */
function* buildSteps(ix: FilterIndex, input: SearchInput, batch: number): Generator<void, SearchIndex> {
  const parts: string[] = [];
  const starts: number[] = [];
  const events: number[] = [];
  let offset = 0;
  const quoteOf = quotesOf(input);
  for (let i = 0; i < ix.events.length; i++) {
    for (const id of (ix.events[i] as Incident | Tally).claim_ids) {
      const c = input.claimsById.get(id);
      if (!c) continue;
      const text = [quoteOf?.(id) ?? '', c.source_ar ?? '', c.place.text_ar ?? ''].map(fold).join(FIELD_SEPARATOR);
      starts.push(offset);
      events.push(i);
      parts.push(text);
      offset += text.length + 1;
    }
    if (i % batch === batch - 1) yield;
  }
  starts.push(offset);
  const placeNames = ix.placeIds.map((id) => {
    const place = input.placesById.get(id);
    return place ? names(place) : '';
  });
  const sourceNames = [...ix.sourceIndex.keys()].map((id) => {
    const source = input.sourcesById?.get(id);
    return source ? names(source) : fold(id);
  });
  return {
    claimText: parts.join(FIELD_SEPARATOR),
    claimStart: Int32Array.from(starts),
    claimEvent: Int32Array.from(events),
    placeNames,
    sourceNames,
    hits: new Map(),
    quoted: quoteOf !== null,
  };
}

const pending = new WeakMap<FilterIndex, Generator<void, SearchIndex>>();

function searchIndex(ix: FilterIndex, input: SearchInput): SearchIndex {
  const built = indexes.get(ix);
  if (built && (built.quoted || !searchReadsQuotes(input))) return built;
  if (built) pending.delete(ix);
  const steps = pending.get(ix) ?? buildSteps(ix, input, Number.MAX_SAFE_INTEGER);
  let r = steps.next();
  while (!r.done) r = steps.next();
  indexes.set(ix, r.value);
  pending.delete(ix);
  return r.value;
}

/**
 * Builds the search index of a dataset a slice at a time, calling `schedule` between slices (e.g. with
 * requestIdleCallback), so the first search on a large dataset is instant and loading does not freeze the page.
 * A search that comes first simply finishes the work. Returns a function that stops the warm-up.
 */
export function warmSearchIndex(
  ix: FilterIndex,
  input: SearchInput,
  schedule: (step: () => void) => void,
  batch = 5000,
): () => void {
  // Without its quotes the index would be built twice: the first search builds it once they are loaded.
  if (indexes.has(ix) || !searchReadsQuotes(input)) return () => {};
  // A warm-up already under way (React runs effects twice in development) is driven on, not restarted.
  if (!pending.has(ix)) pending.set(ix, buildSteps(ix, input, batch));
  let stopped = false;
  const step = () => {
    const steps = pending.get(ix);
    if (stopped || !steps) return;
    const r = steps.next();
    if (r.done) {
      indexes.set(ix, r.value);
      pending.delete(ix);
    } else schedule(step);
  };
  schedule(step);
  return () => {
    stopped = true;
  };
}

/** Events (1 per index slot) where `term` occurs in a claim's words, a place's name or a source's name. */
function termHits(ix: FilterIndex, s: SearchIndex, term: string): Uint8Array {
  const cached = s.hits.get(term);
  if (cached) return cached;
  const hits = new Uint8Array(ix.events.length);
  // Claims: scan the whole text; after a hit, jump to the next claim.
  let claim = 0;
  for (let at = s.claimText.indexOf(term); at !== -1;) {
    let lo = claim;
    let hi = s.claimStart.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s.claimStart[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    claim = lo;
    hits[s.claimEvent[claim] as number] = 1;
    claim++;
    if (claim >= s.claimStart.length - 1) break;
    at = s.claimText.indexOf(term, s.claimStart[claim] as number);
  }
  // Places: a name match counts for every place inside it.
  const placeMarked = new Uint8Array(s.placeNames.length);
  s.placeNames.forEach((n, p) => {
    if (n.includes(term)) placeMarked[p] = 1;
  });
  const placeHit = inheritDown(ix, placeMarked);
  const sourceHit = Uint8Array.from(s.sourceNames, (n) => (n.includes(term) ? 1 : 0));
  for (let i = 0; i < hits.length; i++) {
    if (hits[i] === 1) continue;
    const p = ix.place[i] as number;
    if (p >= 0 && placeHit[p] === 1) {
      hits[i] = 1;
      continue;
    }
    for (let k = ix.sourceStart[i] as number; k < (ix.sourceStart[i + 1] as number); k++) {
      if (sourceHit[ix.sourceOf[k] as number] === 1) {
        hits[i] = 1;
        break;
      }
    }
  }
  if (s.hits.size >= TERM_CACHE_SIZE) s.hits.delete(s.hits.keys().next().value as string);
  s.hits.set(term, hits);
  return hits;
}

/** Events (1 per index slot) where every term occurs. */
export function searchHits(ix: FilterIndex, input: SearchInput, terms: readonly string[]): Uint8Array {
  const s = searchIndex(ix, input);
  const [first, ...rest] = terms.map((t) => termHits(ix, s, t));
  if (!first) return new Uint8Array(ix.events.length).fill(1);
  if (rest.length === 0) return first;
  const out = Uint8Array.from(first);
  for (const other of rest) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) & (other[i] as number);
  return out;
}

/**
 * Where a query's words occur in original `text`, as sorted, non-overlapping [start, end) ranges, for highlighting.
 * The text is folded once for all words (`foldWithMap`), then each word is found with native `indexOf` scans that
 * resume after each hit: linear in the text length for a query of a few words, whatever the text's size.
 */
export function highlightRanges(text: string, query: string): Array<[number, number]> {
  const words = queryTerms(query);
  if (words.length === 0) return [];
  const { text: hay, map } = foldWithMap(text);
  const ranges: Array<[number, number]> = [];
  for (const q of words) {
    for (let at = hay.indexOf(q); at !== -1; at = hay.indexOf(q, at + q.length)) {
      ranges.push([map[at] as number, (map[at + q.length - 1] as number) + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
