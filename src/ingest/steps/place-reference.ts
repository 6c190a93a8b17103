/**
 * Rule place.reference-point: which of a statement's places are where the strike was, and which only locate
 * another place (after a direction or "قرب", a governorate after its town), and which places belong to the
 * statement's own figure when its sentence names several.
 */
import type { Token } from '../text';
import { foldKey } from '../text';
import type { PlaceMention } from './places';
import { placeWords } from './place-rules';
import { wordSet } from '../lexicon';

const REF_DIRECTIONS = placeWords('place.reference-point', 'directions');
const REF_NEAR = placeWords('place.reference-point', 'near');
/** Words between a direction and the place it points from ("50 كم إلى شمال غرب", "قرب العاصمة دمشق"). */
const REF_SKIP = wordSet('" ( إلى الى كم كلم كيلو متر العاصمة السورية مدينة من');

/**
 * Rule place.reference-point: whether the place phrase starting at token `at` is introduced by a direction
 * ("جنوب شرق حمص", "شرق مدينة منبج") or by "قرب" ("قرب بلدة الشدادي"), and the token where that cue starts.
 */
export function referenceCue(
  tokens: readonly Token[],
  at: number,
): { cue: 'direction' | 'near'; start: number } | null {
  let k = at - 1;
  for (let guard = 0; k >= 0 && guard < 6; guard++, k--) {
    const t = tokens[k] as Token;
    if (t.k === 'n' || REF_SKIP.has(t.t)) continue;
    if (t.k !== 'w') return null;
    const forms = [t.t, ...t.f];
    if (forms.some((f) => REF_NEAR.has(f))) return { cue: 'near', start: k };
    if (!forms.some((f) => REF_DIRECTIONS.has(f))) return null;
    // "شمال غرب": the first of the directions.
    while (k > 0 && (tokens[k - 1] as Token).k === 'w' && (tokens[k - 1] as Token).f.some((f) => REF_DIRECTIONS.has(f)))
      k--;
    return { cue: 'direction', start: k };
  }
  return null;
}

/** Words that open another clause of the sentence with its own figures ("… في قرية A، كما أصيب آخرون في مدينة B"). */
const CLAUSE = wordSet('كما فيما بينما');

/**
 * The places that belong to the statement's figure: in the statement, those before a new clause ("كما", "فيما")
 * once a place is named; from the sentence around it, the places named closest before it (one chain of names a
 * few words apart: "منزل غرب قرية جرجناز، شمال معرة النعمان"), else the first ones after it.
 */
/** Tokens between two names of one chain ("قرية "جرجناز"، شمال "معرة النعمان"": quote, comma, direction, quote). */
const CHAIN_GAP = 5;

export function nearest(
  mentions: readonly PlaceMention[],
  tokens: readonly Token[],
  lo: number,
  hi: number,
): PlaceMention[] {
  const inside = mentions.filter((m) => m.start >= lo && m.end <= hi);
  if (inside.length > 0) {
    // The clauses of the statement; the figure's clause is the one with its first number written in digits.
    const cuts = [lo];
    for (let k = (inside[0] as PlaceMention).end; k < hi; k++) if (CLAUSE.has(tokens[k]?.t ?? '')) cuts.push(k);
    cuts.push(hi);
    let digit = lo;
    while (digit < hi && tokens[digit]?.k !== 'n') digit++;
    const c = digit < hi ? cuts.findIndex((at, j) => digit >= at && digit < (cuts[j + 1] ?? hi)) : 0;
    const [from, to] = [cuts[Math.max(0, c)] as number, cuts[Math.max(0, c) + 1] as number];
    const own = inside.filter((m) => m.phraseStart >= from && m.phraseStart < to);
    if (own.length > 0) return own;
    const first = inside.filter((m) => m.phraseStart < (cuts[1] as number));
    return first.length > 0 ? first : inside;
  }
  const chain = (list: PlaceMention[]) => {
    const out = [list[0] as PlaceMention];
    for (const m of list.slice(1)) {
      const o = out[out.length - 1] as PlaceMention;
      // The gap between the two names, whichever comes first in the text.
      if (Math.max(m.phraseStart - o.end, o.phraseStart - m.end) > CHAIN_GAP) break;
      out.push(m);
    }
    return out;
  };
  const before = mentions.filter((m) => m.end <= lo).reverse();
  if (before.length > 0) return chain(before).reverse();
  const after = mentions.filter((m) => m.start >= hi);
  return after.length > 0 ? chain(after) : mentions.slice();
}

/** "مدينة جبلة باللاذقية": a governorate named right after a town of it says where the town is. */
export const qualifies = (m: PlaceMention, prev: PlaceMention | undefined) =>
  prev !== undefined &&
  m.phraseStart === prev.end &&
  m.place.governorate !== null &&
  m.place.governorate === prev.place.governorate &&
  (m.place.kind === 'governorate' || m.place.name_en === m.place.governorate) &&
  prev.place.id !== m.place.id;

const AREA_WORD = foldKey('منطقة');
/** How many words after an area the city it lies in may be named ("منطقة الزهراء، الخاضعة لسيطرة … في مدينة حمص"). */
const AREA_REACH = 10;

/**
 * "حي النزهة، الخاضع لسيطرة الحكومة في مدينة حمص": an area whose name the gazetteer knows only as a
 * village of another governorate, followed by the city it is in, is a quarter of that city.
 */
export function areaInCity(
  mentions: readonly PlaceMention[],
  tokens: readonly Token[],
): { area: PlaceMention; city: PlaceMention } | null {
  for (const area of mentions) {
    if (area.place.kind !== 'village' || !(tokens[area.phraseStart]?.f ?? []).includes(AREA_WORD)) continue;
    const city = mentions.find(
      (c) =>
        c.place.kind === 'city' &&
        c.phraseStart > area.end &&
        c.phraseStart <= area.end + AREA_REACH &&
        c.place.governorate !== area.place.governorate,
    );
    if (city) return { area, city };
  }
  return null;
}
