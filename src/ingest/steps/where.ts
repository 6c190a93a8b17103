/**
 * Chooses a statement's place from the places named in it: the finest one, unless several governorates are named
 * together ("محافظتي إدلب وريف دمشق", "مدينتي حلب وإدلب": a region) or the statement spans many localities
 * ("حي جوبر ومدن وبلدات …": the wider area it names).
 */
import type { ClaimPlace, Place } from '../../domain/schema';
import type { Governorate } from '../../domain/vocabulary';
import type { Token } from '../text';
import { foldKey } from '../text';
import type { Level, PlaceMention, UnknownLocality } from './places';
import { areaInCity, nearest, qualifies, referenceCue } from './place-reference';
import { placeWords } from './place-rules';
import { describe, governorateOf, regionFor } from './place-describe';

export { regionFor };

export interface ChosenPlace {
  place: ClaimPlace;
  placeId: string | null;
  level: Level;
  /** A region the dataset must add (not in the gazetteer or the analyst's places). */
  newRegion: Place | null;
}

const AREA = foldKey('منطقة');
const QUARTERS = new Set('أحياء احياء وأحياء بأحياء'.split(' ').map(foldKey));
const QUARTER_SIDES = new Set('الشرقية الغربية الشمالية الجنوبية'.split(' ').map(foldKey));
const COUNTRYSIDE = placeWords('place.city-and-countryside');
const LEVEL_RANK: Record<Level, number> = { neighborhood: 0, city: 1, district: 2, governorate: 3, region: 4 };
const DIRECTIONS = new Set('شرق غرب شمال جنوب شرقي غربي شمالي جنوبي قرب بالقرب جنوبي شرق غرب'.split(' ').map(foldKey));
const SIDES = new Set('الغربي الشرقي الشمالي الجنوبي الأوسط'.split(' ').map(foldKey));
const PLURAL_PLACES = new Set('بلدات مدن قرى مناطق محافظات محافظتي مدينتي بلدتي قريتي'.split(' ').map(foldKey));

export const hasPluralPlaces = (tokens: readonly Token[], lo: number, hi: number): boolean => {
  for (let k = lo; k < hi; k++) {
    const t = tokens[k] as Token;
    if (t.k === 'w' && t.f.some((f) => PLURAL_PLACES.has(f))) return true;
  }
  return false;
};

/** The place a statement names, or null when it names none. `text` gives the Arabic words (original text). */
export function choosePlace(
  allMentions: readonly PlaceMention[],
  tokens: readonly Token[],
  lo: number,
  hi: number,
  byId: ReadonlyMap<string, Place>,
  places: readonly Place[],
  text: (startTok: number, endTok: number) => string,
  unknownAll: readonly UnknownLocality[] = [],
): ChosenPlace | null {
  let mentions = allMentions;
  // Rule place.reference-point: a place named after a direction or "قرب", after another place of the statement,
  // only locates that place; so does a village the gazetteer lacks named after "قرب".
  const unknown = unknownAll.filter((u, k) => k === 0 || referenceCue(tokens, u.start) === null);
  mentions = nearest(mentions, tokens, lo, hi);
  const firstAt = Math.min(mentions[0]?.phraseStart ?? Infinity, unknown[0]?.start ?? Infinity);
  const refs: PlaceMention[] = [];
  const own: PlaceMention[] = [];
  mentions.forEach((m, k) => {
    const cue = m.context === 'p' ? { cue: 'near' } : referenceCue(tokens, m.phraseStart);
    if ((cue !== null && m.phraseStart > firstAt) || qualifies(m, mentions[k - 1])) refs.push(m);
    else own.push(m);
  });
  // "قرية عين الريحان (30 كم غرب حلب)": a village the gazetteer places in another governorate than the town that
  // locates it is a namesake; the village is one the gazetteer lacks, near that town.
  const lone = own.length === 1 ? own[0] : undefined;
  const namesake =
    lone !== undefined &&
    lone.place.kind === 'village' &&
    refs.some((r) => r.place.governorate !== lone.place.governorate && !qualifies(r, lone));
  if (namesake) own.length = 0;
  if (own.length === 0 && refs.length > 0) {
    const u = namesake ? { start: lone.phraseStart, end: lone.end, level: 'city' as const } : unknown[0];
    const ref = refs[0] as PlaceMention;
    const g = governorateOf(ref, byId);
    if (!u || !g) return choosePlace(refs, tokens, lo, hi, byId, places, text);
    // "قرية "عين الريم" شمال حماة": a village the gazetteer lacks, in the governorate of the place it is near.
    return {
      place: {
        governorate: g.gov,
        city: u.level === 'neighborhood' && ref.level === 'city' ? ref.place.name_en : null,
        neighborhood: null,
        text_ar: text(u.start, u.end),
        precision: u.level,
      },
      placeId: u.level === 'neighborhood' && ref.level === 'city' ? ref.place.id : g.id,
      level: u.level,
      newRegion: null,
    };
  }
  return chooseOwn(own, tokens, lo, hi, byId, places, text, unknown);
}

function chooseOwn(
  mentions: readonly PlaceMention[],
  tokens: readonly Token[],
  lo: number,
  hi: number,
  byId: ReadonlyMap<string, Place>,
  places: readonly Place[],
  text: (startTok: number, endTok: number) => string,
  unknown: readonly UnknownLocality[],
): ChosenPlace | null {
  if (mentions.length === 0) return null;
  const inCity = areaInCity(mentions, tokens);
  if (inCity)
    return {
      place: {
        governorate: inCity.city.place.governorate,
        city: inCity.city.place.name_en,
        neighborhood: null,
        text_ar: text(inCity.area.phraseStart, inCity.area.end),
        precision: 'neighborhood',
      },
      placeId: inCity.city.place.id,
      level: 'neighborhood',
      newRegion: null,
    };
  const govs: Array<{ gov: Governorate; id: string }> = [];
  for (const m of mentions) {
    if (m.level !== 'city' && m.level !== 'governorate') continue;
    const g = governorateOf(m, byId);
    if (g && !govs.some((x) => x.gov === g.gov)) govs.push(g);
  }
  const first = mentions[0] as PlaceMention;
  const last = mentions[mentions.length - 1] as PlaceMention;
  if (govs.length >= 2) {
    // "مدينتي حلب وإدلب", "30 في حلب و22 بإدلب": names joined by "و", with an item's figure between them.
    const coordinated = mentions.some((m, k) => {
      const prev = mentions[k - 1];
      if (k === 0 || prev === undefined) return false;
      if (m.phraseStart <= prev.end + 1) return true;
      const between = tokens.slice(prev.end, m.phraseStart);
      return between.length <= 3 && between[0]?.t === 'و' && between.slice(1).every((t) => t.k === 'n' || t.t === 'في');
    });
    if (coordinated || hasPluralPlaces(tokens, Math.max(lo, first.phraseStart - 1), last.end)) {
      const r = regionFor(govs, places);
      return {
        place: {
          governorate: null,
          city: null,
          neighborhood: null,
          text_ar: text(first.phraseStart, last.end),
          precision: 'region',
        },
        placeId: r.id,
        level: 'region',
        newRegion: r.created,
      };
    }
  }
  let best = first;
  for (const m of mentions) if (LEVEL_RANK[m.level] < LEVEL_RANK[best.level]) best = m;
  // Many localities around a named place: the statement is about the wider area named with them.
  if (best.level === 'neighborhood' && hasPluralPlaces(tokens, best.end, hi)) {
    const wider = mentions.find((m) => m.level === 'district' || m.level === 'governorate');
    if (wider) best = wider;
  }
  // Several towns of one governorate named together ("قرية كفرنبودة ومدينة اللطامنة", "مدينة تلبيسة وقرى محيطة
  // بها", "مدينة حلب وريفها الغربي"): a district.
  const towns = new Set(mentions.filter((m) => m.level === 'city').map((m) => m.place.id)).size;
  const unknownTowns = unknown.filter((u) => u.level === 'city').length;
  const together = mentions.some((m, k) => {
    if (m.level !== 'city') return false;
    const next = mentions[k + 1];
    // Named together, not one placed by a direction from the other ("مدينة الباب شرق حلب" is one town).
    const joined =
      next !== undefined &&
      (next.phraseStart <= m.end || (next.phraseStart === m.end + 1 && !DIRECTIONS.has(tokens[m.end]?.t ?? '')));
    if (next && next.level === 'city' && next.place.id !== m.place.id && joined) return true;
    // "قرية حيش بريف إدلب وبمدينة سراقب": another town joined by "و" further on.
    if (
      mentions.some(
        (n, j) => j > k && n.level === 'city' && n.place.id !== m.place.id && /^و/.test(tokens[n.phraseStart]?.t ?? ''),
      )
    )
      return true;
    return hasPluralPlaces(tokens, m.end, Math.min(hi, m.end + 3)) || /^وريف/.test(tokens[m.end]?.t ?? '');
  });
  if (best.level === 'city' && govs.length === 1 && together) {
    const g = govs[0] as { gov: Governorate; id: string };
    // Rule place.city-and-countryside: the capital and all its countryside are the governorate.
    let k = best.end;
    while (k < Math.min(hi, best.end + 4) && !(tokens[k]?.f ?? []).some((f) => COUNTRYSIDE.has(f))) k++;
    const whole = best.place.name_en === g.gov && k < Math.min(hi, best.end + 4) && !SIDES.has(tokens[k + 1]?.t ?? '');
    return {
      place: {
        governorate: g.gov,
        city: null,
        neighborhood: null,
        text_ar: text(first.phraseStart, whole ? k + 1 : last.end),
        precision: whole ? 'governorate' : 'district',
      },
      placeId: g.id,
      level: 'district',
      newRegion: null,
    };
  }
  let chosen = describe(best, byId, text);
  // Rule place.reference-point: a town named alone after a direction ("غرب مدينة تل أبيض", "قريتين وبلدة شمال
  // مدينة حماة") is the area around it: a district of its governorate, the town kept as its reference.
  const cue =
    best === first && best.level === 'city' && best.context !== 'p' ? referenceCue(tokens, best.phraseStart) : null;
  if (cue !== null && cue.cue === 'direction' && !unknown.some((u) => u.start < best.phraseStart)) {
    const g = governorateOf(best, byId);
    if (g)
      return {
        place: {
          governorate: g.gov,
          city: best.place.name_en,
          neighborhood: null,
          text_ar: text(cue.start, best.end),
          precision: 'district',
        },
        placeId: g.id,
        level: 'district',
        newRegion: null,
      };
  }
  // "ريف دمشق الغربي", "ريف إدلب الجنوبي": one side of a governorate is a district of it.
  if (chosen.level === 'governorate' && SIDES.has(tokens[best.end]?.t ?? '')) {
    let end = best.end + 1;
    while (SIDES.has(tokens[end]?.t ?? '') && end < best.end + 3) end++;
    chosen = {
      ...chosen,
      place: { ...chosen.place, precision: 'district', text_ar: text(best.phraseStart, end) },
      level: 'district',
    };
  }
  // "أحياء حلب الشرقية": one side of a city's quarters is a district, the city kept as its reference.
  if (
    chosen.level === 'city' &&
    QUARTERS.has(tokens[best.phraseStart]?.t ?? '') &&
    QUARTER_SIDES.has(tokens[best.end]?.t ?? '')
  ) {
    const g = governorateOf(best, byId);
    if (g)
      return {
        ...chosen,
        place: { ...chosen.place, precision: 'district', text_ar: text(best.phraseStart, best.end + 1) },
        placeId: g.id,
        level: 'district',
      };
  }
  // A neighbourhood or village the gazetteer lacks, inside the place we know: the finer level, the known parent.
  // A village first: "قرية X، غرب المدينة" is outside the city named after it.
  const finer =
    unknown.find((u) => u.level === 'city' && LEVEL_RANK[best.level] >= 1) ??
    unknown.find((u) => u.level === 'neighborhood' && LEVEL_RANK[best.level] >= 1);
  if (finer && towns <= 1 && unknownTowns <= 1 && !hasPluralPlaces(tokens, lo, hi)) {
    // "منطقة مشاع البساتين في حمص": an area followed by the city it is in is a quarter of that city.
    const inCity =
      best.level === 'city' &&
      tokens[finer.start]?.f.includes(AREA) === true &&
      best.phraseStart >= finer.end &&
      best.phraseStart <= finer.end + 3;
    const level = inCity ? 'neighborhood' : finer.level;
    // A village the gazetteer lacks hangs from the governorate; a neighbourhood from the city we know.
    const placeId = level === 'city' ? (governorateOf(best, byId)?.id ?? chosen.placeId) : chosen.placeId;
    return {
      ...chosen,
      placeId,
      place: {
        ...chosen.place,
        city: level === 'neighborhood' ? chosen.place.city : null,
        neighborhood: null,
        text_ar: text(finer.start, finer.end),
        precision: level,
      },
      level,
    };
  }
  return chosen;
}
