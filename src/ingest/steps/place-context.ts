/**
 * Report-level place rules, over a report's statements before they are merged and grouped: a statement that
 * names no place is about the place named just before it (place.context); a tally's bare governorate name is the
 * governorate (place.tally-governorate); a report about one strike that names one neighbourhood of its city
 * puts that city's figures there (place.report-neighbourhood). Every value set here is inferred and traced.
 */
import type { Claim, ClaimPlace } from '../../domain/schema';
import type { Prepared } from '../prepare';
import type { Token } from '../text';
import { bareForms, foldKey, foldText } from '../text';
import type { ReportCtx } from '../extract';
import { span } from '../extract';
import type { Draft } from '../report';
import { noted } from '../types';
import type { PlaceMention } from './places';
import { CONTEXT, placeWords } from './place-rules';
import { oneNeighbourhood } from './place-quarters';
import { namedAfter, nearerLocality } from './place-nearby';
import { choosePlace, hasPluralPlaces, regionFor, type ChosenPlace } from './where';
import type { Governorate } from '../../domain/vocabulary';

/** How many sentences back a statement with no place may look for the place it is about. */
const CONTEXT_SENTENCES = 3;
/** Words that name the whole country: a statement about it with no place of its own is about a region. */
const COUNTRY = placeWords('place.context', 'country');

export const withPlace = (d: Draft, place: ClaimPlace, placeId: string | null, rule: string): Draft => ({
  ...d,
  place,
  placeId,
  ...noted(d, 'place', 'inferred', rule),
});

const hasWord = (tokens: readonly Token[], lo: number, hi: number, words: ReadonlySet<string>) => {
  // The word as written, not its bare forms: "السورية" (Syrian) is not "سورية" (Syria).
  for (let k = lo; k < hi; k++) if (words.has((tokens[k] as Token).t)) return true;
  return false;
};

/** "النزاع السوري", "الحرب السورية": the war as a whole, over the whole country. */
const CONFLICT = placeWords('place.context', 'conflict');
const SYRIAN = placeWords('place.context', 'syrian');

function wholeCountry(tokens: readonly Token[], lo: number, hi: number): boolean {
  if (hasWord(tokens, lo, hi, COUNTRY)) return true;
  for (let k = lo; k + 1 < hi; k++)
    if (CONFLICT.has((tokens[k] as Token).t) && SYRIAN.has((tokens[k + 1] as Token).t)) return true;
  return false;
}

/** A dateline ("دمشق 23 يونيو (شينخوا)", "إدلب - …") says where the report was filed, not where anything happened. */
const dateline = (ctx: ReportCtx, m: PlaceMention, sentenceStart: number) =>
  m.phraseStart === sentenceStart && ['/', '(', '-', '–'].includes(ctx.tokens[m.end]?.t ?? '');

export function textOf(ctx: ReportCtx) {
  return (a: number, b: number) => {
    const [p, q] = span(ctx, a, b);
    return ctx.text.slice(p, q);
  };
}

/** The place of the nearest sentence before `sentence` (at most CONTEXT_SENTENCES back) that names one. */
function placeBefore(ctx: ReportCtx, sentence: number): ChosenPlace | null {
  const { prepared, tokens } = ctx;
  for (let k = sentence - 1; k >= Math.max(0, sentence - CONTEXT_SENTENCES); k--) {
    const s = ctx.sentences[k];
    if (!s) continue;
    const mentions = (ctx.places[k] ?? []).filter((m) => !dateline(ctx, m, s.start));
    if (mentions.length === 0) continue;
    const unknown = ctx.unknown[k] ?? [];
    const chosen = choosePlace(
      mentions,
      tokens,
      s.start,
      s.end,
      prepared.placesById,
      prepared.regions,
      textOf(ctx),
      unknown,
    );
    if (chosen) return chosen;
  }
  return null;
}

/** The last city named in the sentences before `sentence` (at most CONTEXT_SENTENCES back). */
function cityBefore(ctx: ReportCtx, sentence: number): PlaceMention | null {
  for (let k = sentence - 1; k >= Math.max(0, sentence - CONTEXT_SENTENCES); k--) {
    const s = ctx.sentences[k];
    const cities = (ctx.places[k] ?? []).filter((m) => m.level === 'city' && s && !dateline(ctx, m, s.start));
    const last = cities[cities.length - 1];
    if (last) return last;
  }
  return null;
}

/** Rule place.context: the place of a statement that names none, from the sentences before it. */
function fromContext(d: Draft, ctx: ReportCtx): Draft {
  const { tokens } = ctx;
  const text = textOf(ctx);
  const unknown = (ctx.unknown[d.sentence] ?? []).filter((u) => u.start >= d.start && u.end <= d.end);
  if (unknown.length === 0 && wholeCountry(tokens, d.start, d.end)) {
    const place: ClaimPlace = { governorate: null, city: null, neighborhood: null, text_ar: null, precision: 'region' };
    return withPlace(d, place, null, 'place.context');
  }
  const u = unknown[0];
  // "حي الفردوس جنوب المدينة", "حي الصالحين": a quarter the gazetteer lacks, in the last city named before.
  const city = u && u.level === 'neighborhood' ? cityBefore(ctx, d.sentence) : null;
  if (u && city && city.place.governorate !== null) {
    const place: ClaimPlace = {
      governorate: city.place.governorate,
      city: city.place.name_en,
      neighborhood: null,
      text_ar: text(u.start, u.end),
      precision: 'neighborhood',
    };
    return withPlace(d, place, city.place.id, 'place.context');
  }
  const before = placeBefore(ctx, d.sentence);
  if (before === null || before.place.governorate === null) return d;
  const gov = before.place.governorate;
  const govId = ctx.prepared.governorateIds.get(gov) ?? before.placeId;
  // "حي الفردوس جنوب المدينة": a quarter the gazetteer lacks, in the city named before.
  if (u && u.level === 'neighborhood' && (before.level === 'city' || before.level === 'neighborhood')) {
    const place: ClaimPlace = {
      governorate: gov,
      city: before.place.city,
      neighborhood: null,
      text_ar: text(u.start, u.end),
      precision: 'neighborhood',
    };
    const cityId = before.level === 'city' ? before.placeId : parentOf(ctx, before.placeId);
    return withPlace(d, place, cityId, 'place.context');
  }
  if (u && u.level === 'city') {
    const place: ClaimPlace = {
      governorate: gov,
      city: null,
      neighborhood: null,
      text_ar: text(u.start, u.end),
      precision: 'city',
    };
    return withPlace(d, place, govId, 'place.context');
  }
  // "بلدات الصفا والمروج": several localities the gazetteer lacks, in the governorate named before.
  if (hasPluralPlaces(tokens, d.start, d.end)) {
    const place: ClaimPlace = {
      governorate: gov,
      city: null,
      neighborhood: null,
      text_ar: null,
      precision: 'district',
    };
    return withPlace(d, place, govId, 'place.context');
  }
  return withPlace(d, before.place, before.placeId, 'place.context');
}

const parentOf = (ctx: ReportCtx, id: string | null): string | null =>
  id === null ? null : (ctx.prepared.placesById.get(id)?.parent ?? null);

/** Whether the place phrase of a draft is a bare name (no locality word: "بدير الزور", "في إدلب (شمال)"). */
function bare(text: string | null): boolean {
  if (text === null) return false;
  const first = foldKey(text).split(' ')[0] ?? '';
  return !bareForms(first).some((f) => CONTEXT.has(f));
}

/**
 * A tally with no place of its own over the whole country ("في سوريا", "شمال غرب سوريا") is a region's; over
 * localities the gazetteer lacks ("بلدات الصفا والمروج"), the district of the governorate named before.
 * Other tallies keep no place here: the report's area is given to them later (place.tally-area).
 */
function tallyArea(d: Draft, ctx: ReportCtx): Draft {
  if (wholeCountry(ctx.tokens, d.start, d.end)) {
    const place: ClaimPlace = { governorate: null, city: null, neighborhood: null, text_ar: null, precision: 'region' };
    return withPlace(d, place, null, 'place.context');
  }
  if (!hasPluralPlaces(ctx.tokens, d.start, d.end)) return reportArea(d, ctx);
  const before = placeBefore(ctx, d.sentence) ?? placeBefore(ctx, d.sentence + 1);
  const gov = before?.place.governorate ?? null;
  if (gov === null) return d;
  const place: ClaimPlace = { governorate: gov, city: null, neighborhood: null, text_ar: null, precision: 'district' };
  return withPlace(d, place, ctx.prepared.governorateIds.get(gov) ?? null, 'place.context');
}

/**
 * A tally with no place in a report that names places in several governorates ("محافظة إدلب ومحيطها … ريف حماة
 * الشمالي") is over the region they make (the region's id when the dictionaries know it).
 */
function reportArea(d: Draft, ctx: ReportCtx): Draft {
  const govs: Array<{ gov: Governorate; id: string }> = [];
  ctx.sentences.forEach((s, k) => {
    for (const m of ctx.places[k] ?? []) {
      const gov = m.place.governorate;
      const id = gov === null ? undefined : ctx.prepared.governorateIds.get(gov);
      if (gov === null || id === undefined || dateline(ctx, m, s.start) || govs.some((g) => g.gov === gov)) continue;
      govs.push({ gov, id });
    }
  });
  if (govs.length < 2) return d;
  const r = regionFor(govs, ctx.prepared.regions);
  const place: ClaimPlace = { governorate: null, city: null, neighborhood: null, text_ar: null, precision: 'region' };
  return withPlace(d, place, r.created === null ? r.id : null, 'place.context');
}

/**
 * Rule place.tally-governorate, over a report's finished claims (a statement becomes a tally late: an item of a
 * list by governorate, a figure of a report's period): a governorate's capital named bare in a tally ("16 بدير
 * الزور", "وقتيلان في حماة وسط البلاد") is the governorate — unless the report itself calls it a city ("مدينة
 * الرقة" in its headline or another sentence): then the bare name is that city, as the report has told its reader.
 */
export function tallyGovernorates(claims: readonly Claim[], prepared: Prepared, reportText: string): Claim[] {
  // Not foldKey: that memoises short constants, and a report is neither short nor repeated.
  const folded = foldText(reportText.normalize('NFC')).text.replace(/\s+/g, ' ');
  return claims.map((c) => {
    if (c.kind !== 'tally' || c.place.precision !== 'city' || c.basis?.place !== 'stated') return c;
    const p = c.place_id === null ? undefined : prepared.placesById.get(c.place_id);
    if (!p || p.governorate === null || p.name_en !== p.governorate || !bare(c.place.text_ar)) return c;
    if (folded.includes(foldKey(`مدينة ${c.place.text_ar}`))) return c;
    const rule = 'place.tally-governorate';
    return {
      ...c,
      place: { ...c.place, city: null, neighborhood: null, precision: 'governorate' },
      place_id: prepared.governorateIds.get(p.governorate) ?? c.place_id,
      basis: { ...c.basis, place: 'inferred' },
      trace: { ...c.trace, place: [rule] },
    };
  });
}

/** The report's reading of places over its statements: see the module comment. */
export function placeStatements(drafts: readonly Draft[], ctx: ReportCtx): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const last = out.at(-1);
    // "استهدفت المنطقة", another source's figure in the next sentence: the place of the figure just before.
    const follows =
      last !== undefined &&
      last.place !== null &&
      last.kind === 'incident' &&
      d.sentence - last.sentence === 1 &&
      !(ctx.unknown[d.sentence] ?? []).some((u) => u.start >= d.start && u.end <= d.end);
    if (d.place !== null) out.push(namedAfter(nearerLocality(d, ctx), ctx));
    else if (d.kind !== 'incident') out.push(tallyArea(d, ctx));
    else if (follows && last.place !== null) out.push(withPlace(d, last.place, last.placeId, 'place.context'));
    else out.push(fromContext(d, ctx));
  }
  return oneNeighbourhood(out, ctx);
}
