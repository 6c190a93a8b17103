/**
 * Finds places in text by the longest gazetteer name at each word (up to 5 words), with proclitics stripped
 * ("بمدينة", "وإدلب"). Villages and neighbourhoods — thousands of short names, many of them ordinary words —
 * count only with a locality word before them (حي، بلدة، قرية …); a name after "ريف" stands for its countryside.
 */
import type { Place } from '../../domain/schema';
import type { StepMessage } from '../types';
import type { Token } from '../text';
import { bareForms, foldKey, stem, tokenize } from '../text';

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
  byId: Map<string, Place>;
  maxWords: number;
}

const CONTEXT = new Map<string, string>(
  (
    'حي:n حارة:n أحياء:n حيي:n شارع:n مشفى:n مستشفى:n بلدة:v بلدات:v بلدتي:v قرية:v قرى:v قريتي:v مدينة:c مدن:c مدينتي:c ' +
    'منطقة:v مخيم:v ناحية:v محافظة:g محافظتي:g محافظات:g ريف:r'
  )
    .split(' ')
    .map((kv) => {
      const [k, v] = kv.split(':');
      return [foldKey(k as string), v as string];
    }),
);
/** Single words that are gazetteer names but far more often ordinary words in these reports. */
const COMMON = new Set(
  'الشمالي الجنوبي الشرقي الغربي الوسط المدينة الاحياء القديمة السوق المنطقة البلدة الجامع المدرسة المشفى الطريق الدولي التحالف النظام الجيش'
    .split(' ')
    .map(foldKey),
);
/** Words after a locality word that are not names ("حي سكني", "المدينة ذاتها"). */
const GENERIC = new Set(
  'ذاته ذاتها نفسه نفسها السكني السكنية سكني سكنية الواقعة الخاضعة التي الذي المحاذية المجاورة المكتظة واحد اخرى اخر'.split(' ').map(foldKey),
);
const GENERIC_NAME_WORDS = new Set(
  ('المدينة المدينه البلدة القرية الحي الأحياء المنطقة العاصمة البلد مركز وسط القديمة الجديدة الكبرى الصغرى السوق ' +
    'شمال جنوب شرق غرب شمالي جنوبي شرقي غربي الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية')
    .split(' ')
    .map(foldKey),
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
    const list = byKey.get(key);
    if (!list) byKey.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of places) for (const n of p.names_ar) add(n, p);
  for (const [id, names] of Object.entries(aliases)) {
    const p = byId.get(id);
    if (p) for (const n of names) add(n, p);
  }
  return { byKey, byId, maxWords: Math.min(maxWords, 6) };
}

const rank = (p: Place, context: string): number => {
  // Lower is better: the kind the locality word asks for first, then the larger kind.
  const k = p.kind;
  const base = { landmark: 0, neighborhood: 1, city: 2, town: 3, village: 4, district: 5, governorate: 6, region: 7 }[k];
  if (context === 'g') return k === 'governorate' ? -1 : base + 10;
  if (context === 'n') return k === 'neighborhood' || k === 'landmark' ? -1 : base + 10;
  if (context === 'v') return k === 'town' || k === 'village' || k === 'city' ? base - 10 : base;
  if (p.id.startsWith('rasd-')) return -2; // an analyst's place is the reading chosen for that name
  // Bare names: a city before its governorate ("حلب" is the city), then towns.
  return k === 'city' ? -1 : k === 'governorate' ? 0 : base;
};

function contextAt(tokens: readonly Token[], i: number): { kind: string; word: string; at: number } {
  const first = tokens[i];
  // "بريف", "بمدينة" … may also be glued to the name: not in Arabic script, so look at the previous token.
  const prev = tokens[i - 1];
  if (prev && prev.k === 'w') {
    for (const f of bareForms(prev.t)) {
      const c = CONTEXT.get(f) ?? CONTEXT.get(stem(f));
      if (c) return { kind: c, word: f, at: i - 1 };
    }
  }
  void first;
  return { kind: '', word: '', at: i };
}

/** Place mentions in tokens [lo, hi), longest name first, with the report's governorates breaking ties. */
export function findPlaces(
  tokens: readonly Token[],
  lo: number,
  hi: number,
  index: PlaceIndex,
  preferGovernorates: ReadonlySet<string>,
): { value: PlaceMention[]; messages: StepMessage[] } {
  const out: PlaceMention[] = [];
  const messages: StepMessage[] = [];
  let i = lo;
  while (i < hi) {
    const t = tokens[i] as Token;
    if (t.k !== 'w') {
      i++;
      continue;
    }
    let found: { end: number; places: Place[] } | null = null;
    for (let len = Math.min(index.maxWords, hi - i); len >= 1 && !found; len--) {
      let rest = '';
      let ok = true;
      for (let k = 1; k < len; k++) {
        const w = tokens[i + k] as Token;
        if (w.k !== 'w' && w.k !== 'n') {
          ok = false;
          break;
        }
        rest += ' ' + w.t;
      }
      if (!ok) continue;
      for (const f of bareForms(t.t)) {
        const hit = index.byKey.get(f + rest);
        if (hit) {
          found = { end: i + len, places: hit };
          break;
        }
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const ctx = contextAt(tokens, i);
    const multiWord = found.end - i > 1;
    const candidates = found.places.filter((p) => {
      if (p.kind === 'village' || p.kind === 'neighborhood') return ctx.kind !== '' && ctx.kind !== 'g';
      return true;
    });
    if (candidates.length === 0 && !multiWord) {
      i++;
      continue;
    }
    const pool = candidates.length > 0 ? candidates : found.places;
    const sorted = [...pool].sort((a, b) => {
      const pa = a.governorate !== null && preferGovernorates.has(a.governorate) ? 0 : 1;
      const pb = b.governorate !== null && preferGovernorates.has(b.governorate) ? 0 : 1;
      return rank(a, ctx.kind) - rank(b, ctx.kind) || pa - pb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    const place = sorted[0] as Place;
    const second = sorted[1];
    if (second && rank(second, ctx.kind) === rank(place, ctx.kind) && second.governorate !== place.governorate)
      messages.push({
        rule: 'place-ambiguous',
        reason: `"${place.names_ar[0] ?? place.name_en}" names places in ${place.governorate} and ${second.governorate}; took ${place.governorate}`,
        start: t.s,
        end: (tokens[found.end - 1] as Token).e,
      });
    let level = KIND_LEVEL[place.kind];
    if (ctx.kind === 'r' && (level === 'city' || level === 'governorate')) level = 'governorate';
    out.push({ start: i, end: found.end, phraseStart: ctx.at, place, level, context: ctx.kind });
    i = found.end;
  }
  return { value: out, messages };
}

/** Locality words followed by a name the gazetteer lacks: reported so an analyst can add the place. */
export function unknownPlaces(tokens: readonly Token[], lo: number, hi: number, known: readonly PlaceMention[]) {
  const messages: StepMessage[] = [];
  const covered = new Set<number>();
  for (const m of known) for (let k = m.phraseStart; k < m.end; k++) covered.add(k);
  for (let i = lo; i < hi - 1; i++) {
    const t = tokens[i] as Token;
    if (t.k !== 'w' || covered.has(i)) continue;
    const c = bareForms(t.t).map((f) => CONTEXT.get(f)).find((x) => x !== undefined);
    if (c === undefined || c === 'r' || c === 'g') continue;
    const next = tokens[i + 1] as Token;
    if (next.k !== 'w' || covered.has(i + 1) || COMMON.has(next.t) || GENERIC.has(next.t)) continue;
    messages.push({ rule: 'place-unknown', reason: 'a locality the gazetteer does not know', start: t.s, end: next.e });
  }
  return messages;
}
