/**
 * Places read from a statement's neighbours in its sentence or the sentences after it: the village named closest
 * to a statement placed from its sentence (place.context), a town described before it is named
 * (place.named-after).
 */
import type { ClaimPlace } from '../../domain/schema';
import type { Token } from '../text';
import type { ReportCtx } from '../extract';
import type { Draft } from '../report';
import { placeWords } from './place-rules';
import { textOf, withPlace } from './place-context';

/**
 * Rule place.context: a statement placed from its sentence ("… قرية "تل العقارب" بريف المحافظة، وقتل فيها 20") is about
 * the locality named closest before it (else the first after it), even one the gazetteer lacks: that village, in
 * the governorate found.
 */
export function nearerLocality(d: Draft, ctx: ReportCtx): Draft {
  if (d.place === null || d.place.governorate === null || !(d.trace.place ?? []).includes('place.sentence')) return d;
  const villages = (ctx.unknown[d.sentence] ?? []).filter((x) => x.level === 'city');
  const mentions = ctx.places[d.sentence] ?? [];
  const before = villages.filter((x) => x.end <= d.start).at(-1);
  const knownBefore = mentions.filter((m) => m.end <= d.start).at(-1);
  // None before it: the first named after it ("قتل خمسة مدنيين، صباح اليوم، بقصف على قرية تل الدبس الواقعة بريف …").
  const after = villages.find((x) => x.start >= d.end);
  const knownAfter = mentions.find((m) => m.phraseStart >= d.end);
  const u =
    before !== undefined
      ? knownBefore === undefined || knownBefore.phraseStart < before.start
        ? before
        : undefined
      : knownBefore === undefined &&
          after !== undefined &&
          (knownAfter === undefined || after.start < knownAfter.phraseStart)
        ? after
        : undefined;
  if (!u) return d;
  const gov = d.place.governorate;
  const place: ClaimPlace = {
    governorate: gov,
    city: null,
    neighborhood: null,
    text_ar: textOf(ctx)(u.start, u.end),
    precision: 'city',
  };
  return withPlace(d, place, ctx.prepared.governorateIds.get(gov) ?? d.placeId, 'place.context');
}

const UNNAMED_TOWN = placeWords('place.named-after');
const UNNAMED_BEFORE = placeWords('place.named-after', 'before');

/** Rule place.named-after: "غارات على بلدة في محافظة حماة" is the town of Hama the next sentences name. */
export function namedAfter(d: Draft, ctx: ReportCtx): Draft {
  const p = d.place;
  if (p === null || p.governorate === null || (p.precision !== 'governorate' && p.precision !== 'district')) return d;
  const { tokens } = ctx;
  let at = -1;
  for (let k = d.start; k + 1 < d.end && at < 0; k++)
    if ((tokens[k] as Token).f.some((f) => UNNAMED_TOWN.has(f)) && UNNAMED_BEFORE.has(tokens[k + 1]?.t ?? '')) at = k;
  if (at < 0) return d;
  for (let s = d.sentence + 1; s <= d.sentence + 2; s++) {
    const town = (ctx.places[s] ?? []).find((m) => m.level === 'city' && m.place.governorate === p.governorate);
    // A town the gazetteer lacks ("في بلدة عين الزرزور بريف حماة"): the town, in the governorate already named.
    const unknown = (ctx.unknown[s] ?? []).find((u) => u.level === 'city');
    if (!town && unknown) {
      const place: ClaimPlace = {
        governorate: p.governorate,
        city: null,
        neighborhood: null,
        text_ar: textOf(ctx)(unknown.start, unknown.end),
        precision: 'city',
      };
      return withPlace(d, place, ctx.prepared.governorateIds.get(p.governorate) ?? d.placeId, 'place.named-after');
    }
    if (!town) continue;
    const place: ClaimPlace = {
      governorate: p.governorate,
      city: town.place.name_en,
      neighborhood: null,
      text_ar: textOf(ctx)(town.phraseStart, town.end),
      precision: 'city',
    };
    return withPlace(d, place, town.place.id, 'place.named-after');
  }
  return d;
}
