/**
 * Finds places in text by the longest gazetteer name at each word (up to 5 words), with proclitics stripped
 * ("بمدينة", "وإدلب"). Villages and neighbourhoods — thousands of short names, many of them ordinary words —
 * count only with a locality word before them (حي، بلدة، قرية …); a name after "ريف" stands for its countryside.
 */
import type { Place } from '../../domain/schema';
import type { StepMessage } from '../types';
import type { Token } from '../text';
import { bareForms, foldKey, stem, tokenize } from '../text';
import { COMMON, CONTEXT, placeWords } from './place-rules';
import { wordSet } from '../lexicon';

export type Level = 'neighborhood' | 'city' | 'district' | 'governorate' | 'region';

export interface PlaceMention {
  /** Tokens of the name, and the first token of the phrase including its locality word. */
  start: number;
  end: number;
  phraseStart: number;
  place: Place;
  level: Level;
  /** The locality word before the name (folded), or ''. */
  context: string;
}

export interface PlaceIndex {
  byKey: Map<string, Place[]>;
  /** First words of all names: most words start none, and are skipped at once. */
  firstWords: Set<string>;
  byId: Map<string, Place>;
  maxWords: number;
}

/** Rule place.common-noun: town names that are ordinary words too, places only after a locality word. */
const COMMON_NOUNS = placeWords('place.common-noun');
/** "محيط العاصمة دمشق", "ريف العاصمة": a word that may stand between the locality word and the name. */
const CAPITAL = placeWords('place.surroundings', 'capital');
/** First words of names also written joined to the next word ("كفرنبودة" for "كفر نبودة"). */
const JOINED_PREFIX = wordSet('كفر دير بيت تل عين');
const GENERIC_NAME_WORDS = wordSet(
  'المدينة المدينه البلدة القرية الحي الأحياء المنطقة العاصمة البلد مركز وسط القديمة الجديدة الكبرى الصغرى السوق ' +
    'شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية',
);
const KIND_LEVEL: Record<Place['kind'], Level> = {
  region: 'region',
  governorate: 'governorate',
  district: 'district',
  city: 'city',
  town: 'city',
  village: 'city',
  neighborhood: 'neighborhood',
  landmark: 'neighborhood',
};

export function buildPlaceIndex(places: readonly Place[], aliases: Readonly<Record<string, string[]>>): PlaceIndex {
  const byKey = new Map<string, Place[]>();
  const byId = new Map(places.map((p) => [p.id, p]));
  let maxWords = 1;
  const firstWords = new Set<string>();
  const add = (name: string, p: Place) => {
    const words = tokenize(foldKey(name))
      .filter((t) => t.k === 'w' || t.k === 'n')
      .map((t) => t.t);
    if (words.length === 0 || (words.length === 1 && (words[0] as string).length < 3)) return;
    const key = words.join(' ');
    if (words.length === 1 && COMMON.has(key)) return;
    // "مدينة", "مركز المدينة", "الأحياء الشمالية": names made only of generic words are never read as names.
    if (words.every((w) => GENERIC_NAME_WORDS.has(w) || CONTEXT.has(w) || CONTEXT.has(stem(w)))) return;
    maxWords = Math.max(maxWords, words.length);
    firstWords.add(words[0] as string);
    const put = (k: string) => {
      const list = byKey.get(k);
      if (!list) byKey.set(k, [p]);
      else if (!list.includes(p)) list.push(p);
    };
    put(key);
    const [w0, w1] = words;
    if (words.length === 2 && w1 !== undefined && JOINED_PREFIX.has(w0 as string) && !w1.startsWith('ال')) {
      firstWords.add(w0 + w1);
      put(w0 + w1);
    }
    // The first word of a compound name is written with or without its final ة ("دار عزة" = "دارة عزة",
    // "كفرة حمرة" = "كفر حمرة").
    if (words.length >= 2 && w0 !== undefined && w0.length >= 3 && !w0.startsWith('ال')) {
      const other = w0.endsWith('ه') ? w0.slice(0, -1) : w0 + 'ه';
      firstWords.add(other);
      put([other, ...words.slice(1)].join(' '));
    }
  };
  for (const p of places) for (const n of p.names_ar) add(n, p);
  for (const [id, names] of Object.entries(aliases)) {
    const p = byId.get(id);
    if (p) for (const n of names) add(n, p);
  }
  return { byKey, firstWords, byId, maxWords: Math.min(maxWords, 6) };
}

const rank = (p: Place, context: string): number => {
  // Lower is better: the kind the locality word asks for first, then the larger kind.
  const k = p.kind;
  const base = { landmark: 0, neighborhood: 1, city: 2, town: 3, village: 4, district: 5, governorate: 6, region: 7 }[
    k
  ];
  if (context === 'g') return k === 'governorate' ? -1 : base + 10;
  if (context === 'n') return k === 'neighborhood' || k === 'landmark' ? -1 : base + 10;
  if (context === 'v') return k === 'town' || k === 'village' || k === 'city' ? base - 10 : base;
  if (p.id.startsWith('rasd-')) return -2; // an analyst's place is the reading chosen for that name
  // Bare names: a city before its governorate ("حلب" is the city), then towns.
  return k === 'city' ? -1 : k === 'governorate' ? 0 : base;
};

function contextAt(tokens: readonly Token[], i: number): { kind: string; word: string; at: number } {
  // The locality word before the name ("بريف", "بمدينة", also before a quoted name: مدينة "أورم"), with
  // "العاصمة" between them ("محيط العاصمة دمشق").
  let at = tokens[i - 1]?.t === '"' ? i - 2 : i - 1;
  if (CAPITAL.has(tokens[at]?.t ?? '') && at > 0) at--;
  const prev = tokens[at];
  if (prev && prev.k === 'w') {
    for (const f of bareForms(prev.t)) {
      const c = CONTEXT.get(f) ?? CONTEXT.get(stem(f));
      if (c) return { kind: c, word: f, at };
    }
  }
  return { kind: '', word: '', at: i };
}

/** Direction words after a countryside ("ريف إدلب الجنوبي"): a part of the governorate, a district. */
const DIRECTIONS = wordSet(
  'الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية الشمالي الشرقي الشمالي الغربي',
);

/** A name found in text with the places it may stand for (already narrowed by its locality word). */
export interface PlaceHit {
  start: number;
  end: number;
  context: { kind: string; at: number };
  pool: Place[];
  /** The name is also a quarter's in another governorate ("الحميدية"): a bare mention of it does not vote. */
  quarterToo?: boolean;
}

/** Gazetteer names in tokens [lo, hi), longest name first. */
export function scanPlaces(tokens: readonly Token[], lo: number, hi: number, index: PlaceIndex): PlaceHit[] {
  const out: PlaceHit[] = [];
  let i = lo;
  while (i < hi) {
    const t = tokens[i] as Token;
    const forms = t.k === 'w' ? t.f.filter((f) => index.firstWords.has(f)) : [];
    if (forms.length === 0) {
      i++;
      continue;
    }
    // The words that may follow, quote marks skipped ("أورم" الكبرى): [text, end index after it].
    const next: Array<[string, number]> = [];
    for (let j = i + 1; j < hi && next.length < index.maxWords - 1; j++) {
      const w = tokens[j] as Token;
      if (w.t === '"') continue;
      if (w.k !== 'w' && w.k !== 'n') break;
      next.push([w.t, j + 1]);
    }
    let found: { end: number; places: Place[]; key: string } | null = null;
    for (let len = next.length + 1; len >= 1 && !found; len--) {
      let rest = '';
      for (let k = 0; k < len - 1; k++) rest += ' ' + (next[k] as [string, number])[0];
      for (const f of forms) {
        const hit = index.byKey.get(f + rest);
        if (hit) {
          found = { end: len === 1 ? i + 1 : (next[len - 2] as [string, number])[1], places: hit, key: f + rest };
          break;
        }
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const ctx = contextAt(tokens, i);
    // Rule place.common-noun: "اتحاد تنسيقيات الثورة", "داخل المزرعة" are not towns.
    if (ctx.kind === '' && COMMON_NOUNS.has(found.key)) {
      i = found.end;
      continue;
    }
    // A village needs a locality word before it, and not a quarter's ("حي المشهد" is not the village al-Mashhad).
    let candidates = found.places.filter(
      (p) =>
        (p.kind !== 'village' && p.kind !== 'neighborhood') ||
        (ctx.kind !== '' && ctx.kind !== 'g' && (ctx.kind !== 'n' || p.kind !== 'village')),
    );
    if (candidates.length === 0 && found.end - i === 1) {
      i++;
      continue;
    }
    // Rule place.surroundings: the countryside or surroundings of Damascus are Rif Dimashq.
    if ((ctx.kind === 'r' || ctx.kind === 's') && candidates.length > 0) {
      const rif = rifDimashq(index);
      if (rif && candidates.every((p) => p.governorate === 'Damascus')) candidates = [rif];
    }
    const pool = candidates.length > 0 ? candidates : found.places;
    const quarterToo = found.places.some(
      (q) => q.kind === 'neighborhood' && pool.every((p) => p.governorate !== q.governorate),
    );
    out.push({ start: i, end: found.end, context: ctx, pool, quarterToo });
    i = found.end;
  }
  return out;
}

const VILLAGE_WORDS = wordSet('قرية قريتي بلدة بلدتي مدينة');

const rifCache = new WeakMap<PlaceIndex, Place | null>();
function rifDimashq(index: PlaceIndex): Place | null {
  let p = rifCache.get(index);
  if (p === undefined) {
    p = [...index.byId.values()].find((x) => x.kind === 'governorate' && x.governorate === 'Rif Dimashq') ?? null;
    rifCache.set(index, p);
  }
  return p;
}

/** The governorates named without ambiguity: they decide the ambiguous names. */
export function clearGovernorates(hits: readonly PlaceHit[]): Set<string> {
  const out = new Set<string>();
  for (const h of hits) {
    // Villages are many and their names repeat across the country: they do not vote.
    if (h.pool.every((p) => p.kind === 'village' || p.kind === 'neighborhood')) continue;
    // Nor does a bare town name that is also a quarter's elsewhere ("والحميدية" in a Deir ez-Zor story).
    if (h.quarterToo === true && h.context.kind === '') continue;
    const govs = new Set(h.pool.map((p) => p.governorate));
    const only = [...govs][0];
    if (govs.size === 1 && only) out.add(only);
  }
  return out;
}

/** Picks each name's place: the kind its locality word asks for, then the report's governorates, then the id. */
export function resolvePlaces(tokens: readonly Token[], hits: readonly PlaceHit[], prefer: ReadonlySet<string>) {
  const out: PlaceMention[] = [];
  const messages: StepMessage[] = [];
  for (const h of hits) {
    const ctx = h.context;
    // A village or neighbourhood name far from every governorate the report names is a namesake, not the place;
    // a village whose name is the only one of its kind in the country is that village wherever the report is.
    // ("بلدة تلفيتا"; not "منطقة الدويلة", which in a city is a quarter).
    const uniqueVillage =
      h.pool.length === 1 &&
      h.pool[0]?.kind === 'village' &&
      (tokens[ctx.at]?.f ?? []).some((f) => VILLAGE_WORDS.has(f) || VILLAGE_WORDS.has(stem(f)));
    const pool = h.pool.filter(
      (p) =>
        prefer.size === 0 ||
        uniqueVillage ||
        (p.kind !== 'village' && p.kind !== 'neighborhood' && p.kind !== 'landmark') ||
        p.id.startsWith('rasd-') ||
        (p.governorate !== null && prefer.has(p.governorate)),
    );
    if (pool.length === 0) continue;
    // A bare name that is also a quarter's, in a report about other governorates, is a quarter we cannot place.
    if (
      h.quarterToo === true &&
      ctx.kind === '' &&
      prefer.size > 0 &&
      pool.every((p) => !prefer.has(p.governorate ?? ''))
    )
      continue;
    const sorted = [...pool].sort((a, b) => {
      const pa = a.governorate !== null && prefer.has(a.governorate) ? 0 : 1;
      const pb = b.governorate !== null && prefer.has(b.governorate) ? 0 : 1;
      return rank(a, ctx.kind) - rank(b, ctx.kind) || pa - pb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    const place = sorted[0] as Place;
    const second = sorted[1];
    if (second && rank(second, ctx.kind) === rank(place, ctx.kind) && second.governorate !== place.governorate)
      messages.push({
        rule: 'place-ambiguous',
        reason: `"${place.names_ar[0] ?? place.name_en}" names places in ${place.governorate} and ${second.governorate}; took ${place.governorate}`,
        start: (tokens[h.start] as Token).s,
        end: (tokens[h.end - 1] as Token).e,
      });
    let level = KIND_LEVEL[place.kind];
    if (ctx.kind === 'r' && (level === 'city' || level === 'governorate'))
      level = DIRECTIONS.has(tokens[h.end]?.t ?? '') ? 'district' : 'governorate';
    // Rule place.surroundings: "محيط حلب" is the area around the city, a district of its governorate.
    if (ctx.kind === 's' && (level === 'city' || level === 'governorate')) level = 'district';
    out.push({ start: h.start, end: h.end, phraseStart: ctx.at, place, level, context: ctx.kind });
  }
  return { value: out, messages };
}

/** Place mentions in tokens [lo, hi), resolved with the given governorates preferred. */
export function findPlaces(
  tokens: readonly Token[],
  lo: number,
  hi: number,
  index: PlaceIndex,
  preferGovernorates: ReadonlySet<string>,
): { value: PlaceMention[]; messages: StepMessage[] } {
  return resolvePlaces(tokens, scanPlaces(tokens, lo, hi, index), preferGovernorates);
}

export { unknownPlaces, type UnknownLocality } from './place-unknown';
