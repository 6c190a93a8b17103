/**
 * Report-level rules over a report's statements: repeated figures are one claim (a headline and its body, a lead
 * and the named source that gives the same figure), an earlier figure that "rose" is superseded by the later one
 * from the same source, statements of one event share its date, and a statement with no date of its own carries
 * on the date of the statement just before it (or after "وفي السياق ذاته"), never across "إلى ذلك".
 */
import type { Claim, ClaimPlace, Count, Place, Report, Source } from '../domain/schema';
import { Claim as ClaimSchema } from '../domain/schema';
import type {
  ClaimKind,
  ClaimStatus,
  Governorate,
  Perpetrator,
  TimeOfDay,
  Victims,
  Weapon,
} from '../domain/vocabulary';
import { regionFor } from './steps/where';
import { dropVagueUnplaced, followUpInjured, linkSameEvent, partsOfTallies, victimsOfItems } from './steps/coref';
import { speaksOfReport, speaksOfToday } from './steps/rules';
import type { ReportCtx } from './extract';
import { span } from './extract';
import type { Provenance, StepMessage } from './types';
import { noted } from './types';
import { setField, setTime } from './steps/draftFields';

/** A date span before validation (the schema brands ISO dates when the claim is parsed). */
export interface DateSpan {
  from: string;
  to: string;
  basis: string;
}

export interface Draft extends Provenance {
  sentence: number;
  paragraph: number;
  start: number;
  end: number;
  killed: Count | null;
  injured: Count | null;
  children_killed: Count | null;
  women_killed: Count | null;
  children_injured: Count | null;
  women_injured: Count | null;
  victims: Victims;
  source: { source: Source; ar: string | null };
  perpetrator: Perpetrator;
  weapon: Weapon;
  place: ClaimPlace | null;
  placeId: string | null;
  /** The place was named in the statement itself (not taken from its sentence or the one before). */
  ownPlace: boolean;
  date: DateSpan | null;
  timeOfDay: TimeOfDay | null;
  kind: ClaimKind;
  status: ClaimStatus;
  opener: 'continuation' | 'shift' | null;
  /** A headline (a line near the top that does not end like a sentence): it repeats the body's figures. */
  title: boolean;
  /** The sentence says the figure later rose ("إلا أن الحصيلة ارتفعت"). */
  earlierFigure: boolean;
  supersedes: number | null;
  /** The statement's sentence points back to an attack already named ("في الغارة ذاتها"): rule coref.same-event. */
  sameEvent: boolean;
  /** The statement refers back to an attack already told ("القصف", "أيضاً", "ذات"): rule coref.follow-up-injured. */
  pointsBack: boolean;
  /** The index of the earlier statement whose incident this one gives another figure for (`linkSameEvent`). */
  sameAs: number | null;
}

/** How many statements apart two can still be the same claim: a news report has tens, not thousands. */
const WINDOW = 60;

const sameCount = (a: Count | null, b: Count | null) =>
  a !== null && b !== null && a.min === b.min && a.max === b.max && a.qualifier === b.qualifier;

/** Whether two places can be the same: unknown, equal, or one inside the other. */
export function nested(a: string | null, b: string | null, parentOf: (id: string) => string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const up = (x: string, y: string) => {
    let cur: string | null = x;
    for (let g = 0; cur !== null && g < 8; g++) {
      if (cur === y) return true;
      cur = parentOf(cur);
    }
    return false;
  };
  return up(a, b) || up(b, a);
}

const roundedSame = (a: Count | null, b: Count | null) =>
  a !== null &&
  b !== null &&
  a.min === b.min &&
  a.max === b.max &&
  [a.qualifier, b.qualifier].every((q) => q === 'exact' || q === 'approx');

/** One figure is an open-ended "others"/"dozens" that the other, exact one fills in ("وأصيب آخرون" … "8 آخرين"). */
const vaguer = (a: Count, b: Count) =>
  (a.max === null && a.qualifier !== 'exact' && a.min <= b.min) ||
  (b.max === null && b.qualifier !== 'exact' && b.min <= a.min);

const overlaps = (a: DateSpan | null, b: DateSpan | null) =>
  a === null || b === null || (a.from <= b.to && b.from <= a.to);

const richness = (d: Draft): number =>
  (d.source.source.id !== 'unattributed' ? 8 : 0) +
  [d.injured, d.children_killed, d.women_killed, d.children_injured, d.women_injured].filter(
    (c) => c !== null && c.qualifier === 'exact',
  ).length *
    2 +
  (d.place ? 4 - ['neighborhood', 'city', 'district', 'governorate', 'region'].indexOf(d.place.precision) : 0) +
  (d.date ? 1 : 0) -
  // A headline repeats the body: the body's words are the better quote.
  (d.title ? 3 : 0);

function dedupe(input: readonly Draft[], parentOf: (id: string) => string | null): Draft[] {
  const drafts = input.slice();
  const dropped = new Set<number>();
  const lead = drafts.find((d) => !d.title);
  for (let i = 0; i < drafts.length; i++)
    for (let j = i + 1; j < Math.min(drafts.length, i + WINDOW); j++) {
      if (dropped.has(i) || dropped.has(j)) continue;
      const a = drafts[i] as Draft;
      const b = drafts[j] as Draft;
      // A headline rounds off "نحو 33" to "33": the same figure (rule coref.headline-figure).
      const headline = (a.title || b.title) && roundedSame(a.killed, b.killed);
      const killedSame = a.killed === null ? b.killed === null : sameCount(a.killed, b.killed) || headline;
      const injuredOk =
        a.injured === null || b.injured === null || sameCount(a.injured, b.injured) || vaguer(a.injured, b.injured);
      if (!killedSame || !injuredOk || (a.killed === null && !sameCount(a.injured, b.injured))) continue;
      const sources =
        a.source.source.id === b.source.source.id ||
        a.source.source.id === 'unattributed' ||
        b.source.source.id === 'unattributed' ||
        // A headline or a lead names the kind of source ("إعلام النظام :", "بحسب الإعلام الرسمي"), the body the
        // outlet itself ("قالت وكالة سانا"): rule coref.lead-source-kind.
        ((a.title || b.title || a === lead || b === lead) && a.source.source.kind === b.source.source.kind);
      const place = !a.ownPlace || !b.ownPlace || nested(a.placeId, b.placeId, parentOf);
      if (!sources || !place || !overlaps(a.date, b.date)) continue;
      // Statements in consecutive sentences are usually a list of strikes; the same figure twice there is one
      // claim only when the same named source gives it (a lead and its quote).
      const unnamed = a.source.source.id === 'unattributed' && b.source.source.id === 'unattributed';
      if (Math.abs(a.sentence - b.sentence) <= 1 && unnamed && !a.title && !b.title) continue;
      // Two figures of one sentence were cut apart on purpose: they are two statements.
      if (a.sentence === b.sentence) continue;
      // One or two dead are often different people in one report: only a headline or the lead repeats them.
      const small = (a.killed?.min ?? a.injured?.min ?? 0) <= 3;
      if (small && !a.title && !b.title && a !== lead && b !== lead) continue;
      // A lead that names only the kind of its source gives way to the outlet named later.
      const leadKind = a === lead && a.source.source.id !== b.source.source.id && b.source.source.id !== 'unattributed';
      const keepB = leadKind || richness(b) > richness(a);
      const [keep, drop] = keepB ? [b, a] : [a, b];
      if (keep.date === null && drop.date !== null)
        drafts[keepB ? j : i] = setField(keep, 'date', drop.date, 'inferred', 'date.repeated-figure');
      dropped.add(keepB ? i : j);
    }
  return drafts.filter((_, k) => !dropped.has(k));
}

/**
 * A figure the report then itemises is a tally: the statements right after it add up to it ("قتل 54 … تفصيلا قتل 26
 * في … و8 في … و20 في …").
 */
function markItemised(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d, k) => {
    const total = d.killed;
    if (total === null || total.max === null || d.kind === 'tally') return d;
    let sum = 0;
    let parts = 0;
    for (let j = k + 1; j < Math.min(drafts.length, k + 8); j++) {
      // A figure of injured only is no part of a toll of the dead.
      const part = drafts[j]?.killed?.min;
      if (part === undefined) continue;
      sum += part;
      parts++;
      if (parts > 1 && sum === total.min) return setField(d, 'kind', 'tally', 'inferred', 'kind.itemised');
      if (sum > total.min) return d;
    }
    return d;
  });
}

function linkRevisions(input: readonly Draft[]): Draft[] {
  const drafts = input.slice();
  drafts.forEach((c, ci) => {
    if (!c.earlierFigure || c.killed === null) return;
    let best: number | null = null;
    drafts.forEach((d, di) => {
      if (
        Math.abs(di - ci) > WINDOW ||
        di === ci ||
        d.kind !== c.kind ||
        d.source.source.id !== c.source.source.id ||
        d.killed === null
      )
        return;
      if (d.killed.min <= (c.killed as Count).min) return;
      if (best === null || d.killed.min < ((drafts[best] as Draft).killed as Count).min) best = di;
    });
    if (best !== null) {
      const d = setField(drafts[best] as Draft, 'status', 'revised', 'stated', 'status.revision');
      drafts[best] = { ...d, supersedes: ci, ...noted(d, 'supersedes', 'inferred', 'status.revision') };
    }
  });
  return drafts;
}

function shareDates(input: readonly Draft[], parentOf: (id: string) => string | null): Draft[] {
  const drafts = input.slice();
  drafts.forEach((_, ai) => {
    for (let bi = Math.max(0, ai - WINDOW); bi < Math.min(drafts.length, ai + WINDOW); bi++) {
      const a = drafts[ai] as Draft;
      const b = drafts[bi] as Draft;
      if (ai === bi || a.date !== null || b.date === null || a.kind !== b.kind) continue;
      const sameFigure = a.killed !== null && b.killed !== null && a.killed.min === b.killed.min;
      const revision = drafts[a.supersedes ?? -1] === b || drafts[b.supersedes ?? -1] === a;
      const gov = a.place?.governorate ?? null;
      // One or two dead in the same governorate are too common to make two statements one event.
      const big = (a.killed?.min ?? 0) > 3;
      const samePlace =
        (big && nested(a.placeId, b.placeId, parentOf)) ||
        (a.placeId === b.placeId && a.place?.text_ar === b.place?.text_ar) ||
        (big && gov !== null && gov === b.place?.governorate);
      if ((sameFigure || revision) && a.placeId !== null && b.placeId !== null && samePlace) {
        const date = { ...b.date, basis: `same event as another statement in the report (${b.date.basis})` };
        const dated = setField(a, 'date', date, 'inferred', 'date.same-event');
        drafts[ai] = dated.timeOfDay === null ? setTime(dated, b.timeOfDay, 'date.same-event') : dated;
      }
    }
  });
  return drafts;
}

function inheritDates(input: readonly Draft[], today: string | null): Draft[] {
  let lastDated: Draft | null = null;
  let prev: Draft | null = null;
  return input.map((original) => {
    let d = original;
    // A figure over a campaign the text does not date ("خلال التصعيد الأخير") keeps no date rather than a wrong day.
    if (d.date === null && !(d.trace.kind ?? []).includes('kind.period-phrase')) {
      // After "إلى ذلك" nothing carries on from the statement before; the report's own day still holds.
      if (d.opener === 'shift') {
        if (today !== null)
          d = setField(
            d,
            'date',
            { from: today, to: today, basis: "inferred: a same-day report ('اليوم') on its publication date" },
            'inferred',
            'date.same-day-report',
          );
      } else if (d.opener === 'continuation' && lastDated?.date)
        d = setField(
          d,
          'date',
          { ...lastDated.date, basis: `context: continues the statement before (${lastDated.date.basis})` },
          'inferred',
          'date.continuation',
        );
      else if (prev?.date && d.sentence - prev.sentence <= 1)
        d = setField(
          d,
          'date',
          { ...prev.date, basis: `context: follows the statement before (${prev.date.basis})` },
          'inferred',
          'date.follows',
        );
      else if (lastDated?.date && d.kind === 'incident' && lastDated.date.from === lastDated.date.to)
        // A report's later incidents with no date of their own happened on the day it reports on.
        d = setField(
          d,
          'date',
          { ...lastDated.date, basis: `context: the report's day (${lastDated.date.basis})` },
          'inferred',
          'date.report-day',
        );
      else if (today !== null)
        // Rule date.same-day-report: a report that speaks of "اليوم" reports on the day it is published (tolls too).
        d = setField(
          d,
          'date',
          { from: today, to: today, basis: "inferred: a same-day report ('اليوم') on its publication date" },
          'inferred',
          'date.same-day-report',
        );
    }
    // A figure over days is an aggregate whatever its words: a period taken from the context makes it a tally.
    if (d !== original && d.kind === 'incident' && d.date !== null && spanDays(d.date) > 2)
      d = setField(d, 'kind', 'tally', 'inferred', 'kind.period');
    if (d.date) lastDated = d;
    prev = d;
    return d;
  });
}

/** Days a date span covers, both ends included. */
const spanDays = (d: DateSpan): number => Math.round((Date.parse(d.to) - Date.parse(d.from)) / 86_400_000) + 1;

export function finishReport(
  ctx: ReportCtx,
  report: Report,
  raw: Draft[],
  message: (m: StepMessage, claimId?: string) => void,
): { claims: Claim[]; places: Place[]; sources: Source[] } {
  const byId = ctx.prepared.placesById;
  const parentOf = (id: string) => byId.get(id)?.parent ?? null;
  const steps = linkSameEvent(
    inheritDates(
      shareDates(
        victimsOfItems(
          partsOfTallies(markItemised(linkRevisions(followUpInjured(dedupe(dropVagueUnplaced(raw), parentOf))))),
        ),
        parentOf,
      ),
      ctx.published !== null && speaksOfToday(ctx.tokens) ? ctx.published : null,
    ),
    (m) => message(m),
  );
  const tallied = placeTallies(applyReportFrame(steps, ctx), ctx);
  const added = tallied.places;
  const placed = tallied.drafts;
  const prefix = /^[A-Za-z0-9]+(?=_)/.exec(report.id)?.[0] ?? report.id;
  const id = (k: number) => `${prefix}-${k + 1}`;
  const claims: Claim[] = [];
  const ownSources = new Map<string, Source>();
  // "مراسلنا": the outlet's own correspondent, named after the outlet when the sidecar gives it.
  const outlet = report.outlet.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const drafts = placed.map((d) => {
    if (d.source.source.id !== 'own-correspondent' || report.outlet === 'unknown') return d;
    const id = `${
      outlet
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'outlet'
    }-correspondent`;
    const src: Source = ownSources.get(id) ?? {
      id,
      name_en: `${outlet} correspondent`,
      names_ar: [d.source.ar ?? 'مراسل'],
      kind: 'media',
    };
    ownSources.set(id, src);
    return { ...d, source: { source: src, ar: d.source.ar } };
  });
  drafts.forEach((d, k) => {
    const [qs, qe] = span(ctx, d.start, d.end);
    const where = { start: ctx.tokens[d.start]?.s ?? 0, end: ctx.tokens[Math.max(d.start, d.end - 1)]?.e ?? 0 };
    if (d.place === null)
      message(
        { rule: 'claim-place-unknown', reason: 'no place the gazetteer knows in this statement', ...where },
        id(k),
      );
    if (d.date === null) message({ rule: 'claim-date-unknown', reason: 'no date for this statement', ...where }, id(k));
    const parsed = ClaimSchema.safeParse({
      id: id(k),
      kind: d.kind,
      event: id(d.sameAs ?? k),
      quote: ctx.text.slice(qs, qe),
      source: d.source.source.name_en,
      source_ar: d.source.ar,
      date: d.date,
      time_of_day: d.timeOfDay,
      place: d.place ?? { governorate: null, city: null, neighborhood: null, text_ar: null, precision: 'region' },
      perpetrator: d.perpetrator,
      weapon: d.weapon,
      victims: d.victims,
      killed: d.killed,
      injured: d.injured,
      children_killed: d.children_killed,
      women_killed: d.women_killed,
      children_injured: d.children_injured,
      women_injured: d.women_injured,
      status: d.supersedes !== null ? 'revised' : d.status,
      supersedes: d.supersedes === null ? null : id(d.supersedes),
      notes: '',
      report_id: report.id,
      source_id: d.source.source.id,
      place_id: d.placeId,
      quote_start: qs,
      quote_end: qe,
      // How each field is known and which rules made it (schema v2; a v1 schema drops them).
      basis: d.basis,
      trace: d.trace,
    });
    if (parsed.success) claims.push(parsed.data);
    else
      message({ rule: 'claim-invalid', reason: parsed.error.issues.map((i) => i.message).join('; '), ...where }, id(k));
  });
  return { claims, places: added, sources: [...ownSources.values()] };
}

/**
 * A tally that names no place of its own covers the area the report is about: the governorates its other
 * statements name (a region when there are several).
 */
function placeTallies(drafts: readonly Draft[], ctx: ReportCtx): { drafts: Draft[]; places: Place[] } {
  const byId = ctx.prepared.placesById;
  const govs: Array<{ gov: Governorate; id: string }> = [];
  const addGov = (g: Governorate | null) => {
    const gp = g === null ? undefined : ctx.prepared.governorateIds.get(g);
    if (g !== null && gp && !govs.some((x) => x.gov === g)) govs.push({ gov: g, id: gp });
  };
  for (const d of drafts) {
    if (d.place === null) continue;
    if (d.place.governorate !== null) addGov(d.place.governorate);
    else
      for (const m of (d.placeId ? byId.get(d.placeId)?.members : undefined) ?? [])
        addGov(byId.get(m)?.governorate ?? null);
  }
  if (govs.length === 0) return { drafts: drafts.slice(), places: [] };
  const only = govs[0] as { gov: Governorate; id: string };
  const r = govs.length > 1 ? regionFor(govs, ctx.prepared.regions) : null;
  const out = drafts.map((d): Draft => {
    if (d.place !== null || d.kind !== 'tally') return d;
    const place: ClaimPlace = r
      ? { governorate: null, city: null, neighborhood: null, text_ar: null, precision: 'region' }
      : { governorate: only.gov, city: null, neighborhood: null, text_ar: null, precision: 'governorate' };
    return { ...setField(d, 'place', place, 'inferred', 'place.tally-area'), placeId: r ? r.id : only.id };
  });
  return { drafts: out, places: r?.created ? [r.created] : [] };
}

/**
 * Rule source.report-frame: when the first figure of a report is a named source's tally over a period, given in
 * its report or statement, the later figures with no source and no date of their own are that source's, over
 * that period (a monthly report's figures by perpetrator, a statement's figures by governorate).
 */
export function applyReportFrame(input: readonly Draft[], ctx: ReportCtx): Draft[] {
  const lead = input.find((d) => !d.title) ?? input[0];
  const sentence = lead ? ctx.sentences[lead.sentence] : undefined;
  if (
    !lead ||
    !sentence ||
    lead.source.source.id === 'unattributed' ||
    lead.date === null ||
    lead.date.from === lead.date.to ||
    !speaksOfReport(ctx.tokens, sentence.start, sentence.end)
  )
    return input.slice();
  const rule = 'source.report-frame';
  return input.map((d) => {
    if (d === lead || d.sentence <= lead.sentence) return d;
    let out = d;
    if (d.source.source.id === 'unattributed') out = setField(out, 'source', lead.source, 'inferred', rule);
    if (out.source.source.id !== lead.source.source.id) return out;
    if (d.date === null || d.basis.date !== 'stated') {
      out = setField(
        out,
        'date',
        { ...(lead.date as DateSpan), basis: `the period of the report's lead` },
        'inferred',
        rule,
      );
      if (out.kind !== 'tally') out = setField(out, 'kind', 'tally', 'inferred', rule);
    }
    return out;
  });
}
