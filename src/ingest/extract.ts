/**
 * Reads one report: normalise → fold → tokens → sentences → counts → statements → source, place, date,
 * perpetrator, weapon, victims, kind → report-level rules (duplicates, revisions, inherited dates) → claims.
 * Pure: the text and the prepared dictionaries in, claims and messages out.
 */
import type { Claim, IngestMessage, Place, Report, Source } from '../domain/schema';
import type { Perpetrator } from '../domain/vocabulary';
import { perpetratorIn } from './steps/actors';
import { Report as ReportSchema } from '../domain/schema';
import { CONTINUATIONS, TOPIC_SHIFTS } from './lexicon';
import type { Prepared } from './prepare';
import { finishReport, type Draft } from './report';
import { findCounts } from './steps/counts';
import type { DateMention } from './steps/dates';
import { findDates } from './steps/dates';
import { normalizeReport } from './steps/normalize';
import type { PlaceMention, UnknownLocality } from './steps/places';
import { clearGovernorates, resolvePlaces, scanPlaces, unknownPlaces } from './steps/places';
import { placeStatements, tallyGovernorates } from './steps/place-context';
import type { Sentence } from './steps/sentences';
import { splitSentences } from './steps/sentences';
import { matchAll } from './steps/phrases';
import { resolveAnaphora, sourcesIn } from './steps/source';
import { startsWithReportVerb, splitStatements } from './steps/statements';
import { readStatement } from './steps/statement-fields';
import { reportWeapons, type ReportWeapons } from './steps/weapon';
import type { Folded, Token } from './text';
import { foldKey, foldText, tokenize } from './text';
import { checkSidecar } from './sidecar';
import type { ReportInput, StepMessage, StepResult } from './types';

/**
 * The report record from its file name and sidecar; a missing sidecar leaves everything unknown. Each field is
 * checked as the CLI checks a sidecar file (`checkSidecar`): a wrong one (a date like 2017-02-30, a basis outside
 * the vocabulary) becomes unknown with a message, so a caller of the pipeline never loses the report's claims to it.
 */
export function reportFromInput(input: ReportInput): StepResult<Report> {
  const checked = input.meta === null ? { meta: null, problems: [] } : checkSidecar(input.meta);
  const m = checked.meta ?? {};
  const str = (k: string): string | null => (typeof m[k] === 'string' ? (m[k] as string) : null);
  const report = ReportSchema.parse({
    id: reportId(input.file),
    file: input.file,
    outlet: str('outlet') ?? 'unknown',
    outlet_ar: str('outlet_ar'),
    outlet_basis: str('outlet_basis'),
    published: str('published'),
    published_basis: str('published_basis') ?? 'unknown',
    url: str('url'),
    title: str('title'),
  });
  // Fields the record does not take ('warning') lose nothing the report uses; they stay silent here.
  const messages = checked.problems
    .filter((p) => p.severity === 'error')
    .map((p) => ({
      rule: 'report-meta-invalid',
      reason: p.field === null ? p.reason : `${p.field}: ${p.reason}`,
      start: null,
      end: null,
    }));
  return { value: report, messages };
}

/** A safe id from a file name: the name without extension, other characters replaced. */
export function reportId(file: string): string {
  const base = (file.split('/').pop() ?? file).replace(/\.txt$/i, '');
  const safe = base.replace(/[^A-Za-z0-9._:-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return (safe === '' ? 'report' : safe).slice(0, 180);
}

/** What the steps share about one report. */
export interface ReportCtx {
  text: string;
  folded: Folded;
  tokens: Token[];
  sentences: Sentence[];
  /** Place and date mentions, by sentence index (mentions are looked up per sentence, never over the report). */
  places: PlaceMention[][];
  unknown: UnknownLocality[][];
  dates: DateMention[][];
  published: string | null;
  /** The publication date is printed in the text (a date counted from it is as good as stated). */
  publishedStated: boolean;
  prepared: Prepared;
  /** The attacker named in the report's first lines (headline and lead), or null. */
  leadPerpetrator: Perpetrator | null;
  /** The kinds of shell the report names and the one means of attack its lead names. */
  weapons: ReportWeapons;
}

/** Original-text offsets of tokens [a, b): from the first token's start to just before the next folded char. */
export function span(ctx: Pick<ReportCtx, 'tokens' | 'folded' | 'text'>, a: number, b: number): [number, number] {
  const { tokens, folded, text } = ctx;
  let lo = a;
  let hi = b;
  const trim = (t: Token | undefined) => t !== undefined && (t.k === 'p' || t.k === 'nl') && t.t !== '%';
  while (lo < hi && trim(tokens[lo])) lo++;
  while (hi > lo && trim(tokens[hi - 1])) hi--;
  if (hi <= lo) return [0, 0];
  const start = folded.map[(tokens[lo] as Token).s] as number;
  let end = folded.map[(tokens[hi - 1] as Token).e] as number;
  // Keep diacritics after the last letter ("مدنياً"), drop the white space before the next word.
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return [start, end];
}

/** Mentions bucketed by the sentence they start in (both lists are in text order). */
function bySentence<T extends { start: number }>(sentences: readonly Sentence[], items: readonly T[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  let k = 0;
  for (const item of items) {
    while (k < sentences.length - 1 && item.start >= (sentences[k] as Sentence).end) k++;
    out[k]?.push(item);
  }
  return out;
}

/** "وبلغت حصيلة …" right after a source speaks gives that source's toll. */
const TOLL = new Set(['وبلغت', 'وبلغ', 'بلغت'].map(foldKey));
const startsWithToll = (tokens: readonly Token[], i: number) => TOLL.has(tokens[i]?.t ?? '');

const opener = (ctx: ReportCtx, s: Sentence): Draft['opener'] => {
  const words = ctx.tokens
    .slice(s.start, Math.min(s.end, s.start + 5))
    .filter((t) => t.k === 'w')
    .map((t) => t.t);
  const head = words.join(' ');
  const strip = head.startsWith('و') ? head.slice(1) : head;
  if (CONTINUATIONS.some((c) => strip.startsWith(c))) return 'continuation';
  if (TOPIC_SHIFTS.some((c) => strip.startsWith(c))) return 'shift';
  return null;
};

/** Words a sentence needs to count as prose of the lead (a caption or a headline fragment has fewer). */
const LEAD_WORDS = 4;

export interface Extracted {
  report: Report;
  claims: Claim[];
  messages: IngestMessage[];
  /** Places and sources made while reading (a region of several governorates, an outlet's own correspondent). */
  places: Place[];
  sources: Source[];
}

export function extractReport(input: ReportInput, prepared: Prepared): Extracted {
  const { value: report, messages: metaMessages } = reportFromInput(input);
  const messages: IngestMessage[] = [];
  const norm = normalizeReport(input.text);
  const push = (m: StepMessage, map?: Folded, claimId?: string) => {
    const start = m.start === null ? null : map ? (map.map[m.start] ?? null) : m.start;
    const end = m.end === null ? null : map ? (map.map[m.end] ?? null) : m.end;
    messages.push({
      report_id: report.id,
      rule: m.rule,
      reason: m.reason,
      start,
      end,
      ...(claimId ? { claim_id: claimId } : {}),
    });
  };
  for (const m of [...metaMessages, ...norm.messages]) push(m);
  if (!norm.value.readable) return { report, claims: [], messages, places: [], sources: [] };
  const text = norm.value.text;
  const folded = foldText(text);
  const tokens = tokenize(folded.text);
  const sentences = splitSentences(tokens);
  const dates = findDates(tokens, report.published);
  for (const m of dates.messages) push(m, folded);
  // The governorates named unambiguously decide the ambiguous names.
  const hits = scanPlaces(tokens, 0, tokens.length, prepared.placeIndex);
  const placesFound = resolvePlaces(tokens, hits, clearGovernorates(hits));
  for (const m of placesFound.messages) push(m, folded);
  const unknown = unknownPlaces(tokens, 0, tokens.length, placesFound.value);
  for (const m of unknown.messages.slice(0, 200)) push(m, folded);
  const ctx: ReportCtx = {
    text,
    folded,
    tokens,
    sentences,
    places: bySentence(sentences, placesFound.value),
    unknown: bySentence(sentences, unknown.value),
    dates: bySentence(sentences, dates.value),
    published: report.published,
    publishedStated: report.published_basis === 'stated in text',
    prepared,
    leadPerpetrator: null,
    weapons: { shells: new Set(), leadShells: new Set(), lead: null },
  };
  // The lead is the first three sentences of prose: a photo caption or a dateline line ("صورة ارشيفية") is not one.
  const prose = sentences.filter((x) => tokens.slice(x.start, x.end).filter((t) => t.k === 'w').length >= LEAD_WORDS);
  const leadEnd = (prose[2] ?? prose.at(-1) ?? sentences[Math.min(sentences.length, 3) - 1])?.end ?? 0;
  ctx.leadPerpetrator = perpetratorIn(prepared.perpetrators, tokens, 0, leadEnd);
  ctx.weapons = reportWeapons(prepared.weapons, tokens, leadEnd);

  const drafts: Draft[] = [];
  const newPlaces: Place[] = [];
  let lastSource: Draft['source'] | null = null;
  let lastSourceSentence = -10;
  let openStatement = false;
  for (const s of sentences) {
    // "وأضاف المصدر", "أحد المصادر": the source named last goes on speaking (rule source.anaphora).
    const named = resolveAnaphora(
      tokens,
      matchAll(prepared.sources, tokens, s.start, s.end),
      lastSource?.source ?? null,
    );
    const sentenceSources = sourcesIn(prepared.sources, tokens, s.start, s.end, named);
    // A number inside a source's name ("دير الزور 24") is not a count.
    const counts = findCounts(tokens, s.start, s.end).filter(
      (c) => !named.some((h) => c.start < h.end && c.end > h.start && c.noun === null),
    );
    if (counts.length > 0) {
      const statements = splitStatements(tokens, s.start, s.end, counts);
      for (const st of statements) {
        const d = readStatement(ctx, s, st, {
          hits: {
            sources: named,
            weapons: matchAll(prepared.weapons, tokens, s.start, s.end),
            perpetrators: matchAll(prepared.perpetrators, tokens, s.start, s.end, true),
          },
          opener: opener(ctx, s),
          others: statements.filter((o) => o !== st).map((o) => [o.start, o.end] as const),
          inherited:
            (startsWithReportVerb(tokens, s.start, s.end) && s.index - lastSourceSentence <= 3) ||
            (startsWithToll(tokens, s.start) && s.index - lastSourceSentence === 1) ||
            (openStatement && s.index - lastSourceSentence === 1)
              ? lastSource
              : null,
        });
        if (d.newRegion) newPlaces.push(d.newRegion);
        drafts.push(d);
      }
    }
    // "وذكر مراسلنا، أن الغارات الجوية" and a line break: the next line is what the source said.
    const last = tokens[s.end - 1];
    openStatement = sentenceSources.length > 0 && counts.length === 0 && last !== undefined && last.k === 'w';
    const lastHit = sentenceSources[sentenceSources.length - 1];
    if (lastHit) {
      const [a, b] = span(ctx, lastHit.start, lastHit.end);
      lastSource = { source: lastHit.value, ar: text.slice(a, b) };
      lastSourceSentence = s.index;
    }
  }
  const done = finishReport(ctx, report, placeStatements(drafts, ctx), (m, claimId) => push(m, folded, claimId));
  return {
    report,
    claims: tallyGovernorates(done.claims, prepared, text),
    messages,
    places: [...newPlaces, ...done.places],
    sources: done.sources,
  };
}
