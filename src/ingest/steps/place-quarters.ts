/**
 * Rule place.report-neighbourhood: a report that names a city for a strike in one statement and the one
 * neighbourhood of that city in another (a description, or the same figure) puts that city's figures there.
 */
import type { ClaimPlace, Place } from '../../domain/schema';
import { foldKey } from '../text';
import type { ReportCtx } from '../extract';
import type { Draft } from '../report';
import { textOf, withPlace } from './place-context';

/** How many words after a quarter the city it is in may come ("حي البياطرة ومحطة الوقود على الكورنيش البحري في مدينة"). */
const QUARTER_REACH = 10;
interface Quarter {
  name: string;
  cityId: string;
  known: Place | null;
  start: number;
  end: number;
  sentence: number;
}

/** The neighbourhoods the report names, each with its city: known ones, and unknown ones placed in a known city. */
function quarters(ctx: ReportCtx): Quarter[] {
  const out: Quarter[] = [];
  const { tokens } = ctx;
  ctx.sentences.forEach((_, k) => {
    const mentions = ctx.places[k] ?? [];
    for (const m of mentions)
      if (m.level === 'neighborhood' && m.place.parent)
        out.push({
          name: m.place.id,
          cityId: m.place.parent,
          known: m.place,
          start: m.phraseStart,
          end: m.end,
          sentence: k,
        });
    const cities = mentions.filter((m) => m.level === 'city');
    for (const u of ctx.unknown[k] ?? []) {
      // "منطقة المعامل في حمص": an area followed by the city it is in. "حي البياطرة … في مدينة طرطوس",
      // "حي الصناعة بدمشق": a quarter belongs to a city, the one its sentence names after it, else before it.
      const city =
        u.level === 'neighborhood'
          ? (cities.find((m) => m.phraseStart >= u.end && m.phraseStart <= u.end + QUARTER_REACH) ??
            cities.filter((m) => m.end <= u.start).at(-1))
          : tokens[u.start]?.f.includes(foldKey('منطقة'))
            ? cities.find((m) => m.phraseStart >= u.end && m.phraseStart <= u.end + 3)
            : undefined;
      if (!city) continue;
      out.push({ name: foldKey(textOf(ctx)(u.end - 1, u.end)), cityId: city.place.id, known: null, ...u, sentence: k });
    }
  });
  return out;
}

/** Rule place.report-neighbourhood (see the module comment), city by city. */
export function oneNeighbourhood(drafts: Draft[], ctx: ReportCtx): Draft[] {
  const all = quarters(ctx);
  const text = textOf(ctx);
  const atCity = (d: Draft) => d.kind === 'incident' && d.place?.precision === 'city' && d.placeId !== null;
  const chosen = new Map<string, Quarter[]>();
  for (const cityId of new Set(drafts.filter(atCity).map((d) => d.placeId as string))) {
    const found = all.filter((q) => q.cityId === cityId);
    const q = found[0];
    if (q && new Set(found.map((x) => x.name)).size === 1) chosen.set(cityId, found);
  }
  // A quarter named in another source's figure with another count is that source's reading, not this one's
  // ("SANA: 7 in the town …; SOHR: 8 in its X quarter").
  const figureAt = (q: Quarter) =>
    drafts.find((o) => o.sentence === q.sentence && o.start <= q.start && o.end >= q.end) ?? null;
  return drafts.map((d) => {
    const q = (atCity(d) ? (chosen.get(d.placeId as string) ?? []) : []).find((x) => {
      const own = figureAt(x);
      return own === null || own === d || own.killed?.min === d.killed?.min;
    });
    if (!q || d.place === null) return d;
    const city = ctx.prepared.placesById.get(q.cityId);
    const place: ClaimPlace = {
      governorate: d.place.governorate,
      city: city?.name_en ?? d.place.city,
      neighborhood: q.known?.name_en ?? null,
      text_ar: text(q.start, q.end),
      precision: 'neighborhood',
    };
    return withPlace(d, place, q.known?.id ?? q.cityId, 'place.report-neighbourhood');
  });
}
