/**
 * Analysts' corrections, applied after extraction (data/corrections/*.json). By claim id: `set` fields (any FORMAT
 * field, or `place_id`), `drop` a claim that is not one, `add` a claim the pipeline missed. A correction names the
 * start of the quote it expects, so a correction written for an older extraction fails loudly instead of editing
 * the wrong claim. A claim whose facts a correction changed, or that it added, is marked `corrected: true`; every claim a
 * correction touches is `review_status: 'reviewed'` (an analyst looked at it: a `set` with empty `fields` confirms a
 * claim as extracted), with the fields it changed recorded old → new in `corrections`.
 */
import { z } from 'zod';
import { FORMAT_FIELDS, GoldClaim } from '../domain/gold';
import type { Claim, FieldChange, IngestMessage, Source } from '../domain/schema';
import { Claim as ClaimSchema, Id, LIMITS } from '../domain/schema';

const Fields = GoldClaim.partial().extend({ place_id: Id.nullable().optional() });

export const Correction = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('set'),
    claim: Id,
    /** The first characters of the extracted quote, to check the correction still applies. */
    expect: z.string().optional(),
    fields: Fields,
    reason: z.string(),
  }),
  z.object({ action: z.literal('drop'), claim: Id, expect: z.string().optional(), reason: z.string() }),
  z.object({
    action: z.literal('add'),
    report_id: Id,
    claim: GoldClaim,
    place_id: Id.nullable(),
    reason: z.string(),
  }),
]);
export type Correction = z.infer<typeof Correction>;
export const CorrectionFile = z.object({ corrections: z.array(Correction) });

export class CorrectionError extends Error {}

/**
 * Whether a correction changed what the claim asserts (counts, place, date, actors, kind, status, source) rather
 * than only its annotation (id, event slug, notes, the exact quote boundaries, wording of a date's basis).
 */
export function factChanged(before: Claim, after: Claim): boolean {
  const facts = (c: Claim) =>
    JSON.stringify([
      c.kind,
      c.source,
      c.date?.from ?? null,
      c.date?.to ?? null,
      c.time_of_day,
      c.place.governorate,
      c.place.city,
      c.place.neighborhood,
      c.place.precision,
      c.place_id,
      c.perpetrator,
      c.weapon,
      c.victims,
      c.killed,
      c.injured,
      c.children_killed,
      c.women_killed,
      c.children_injured,
      c.women_injured,
      c.status,
    ]);
  return facts(before) !== facts(after);
}

/** Fields whose old → new a correction records; `notes` is the analyst's own text and is left out. */
const RECORDED = [...FORMAT_FIELDS.filter((f) => f !== 'notes'), 'place_id', 'quote_start', 'quote_end'] as const;

const clip = (s: string): string => (s.length > LIMITS.reason ? `${s.slice(0, LIMITS.reason - 1)}…` : s);

/** What a correction changed, field by field, for the card to show ("killed: 12 → 14"). */
export function fieldChanges(before: Claim, after: Claim, reason: string): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of RECORDED) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) out.push({ field, from, to });
  }
  return out.length > 0 && reason.trim() !== '' ? out.map((c) => ({ ...c, note: clip(reason) })) : out;
}

const sourceId = (name: string, sources: readonly Source[]): string => {
  const s = sources.find((x) => x.name_en.toLowerCase() === name.toLowerCase());
  if (!s) throw new CorrectionError(`no source named "${name}" in data/sources.json`);
  return s.id;
};

/** Finds the quote in its report: offsets into the NFC text. */
function locate(quote: string, text: string | undefined, what: string): { quote_start: number; quote_end: number } {
  const start = text === undefined ? -1 : text.indexOf(quote);
  if (start < 0) throw new CorrectionError(`${what}: quote not found in the report text`);
  return { quote_start: start, quote_end: start + quote.length };
}

/** Applies corrections (all keyed on the extraction's ids); throws CorrectionError when one does not apply. */
export function applyCorrections(
  claims: readonly Claim[],
  corrections: readonly Correction[],
  texts: ReadonlyMap<string, string>,
  sources: readonly Source[],
  messages: readonly IngestMessage[],
): { claims: Claim[]; messages: IngestMessage[] } {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const result = new Map<string, Claim | null>(claims.map((c) => [c.id, c]));
  const renamed = new Map<string, string>();
  const check = (id: string, expect: string | undefined) => {
    const c = byId.get(id);
    if (!c) throw new CorrectionError(`correction for ${id}: no such claim in the extraction`);
    if (expect !== undefined && !c.quote.startsWith(expect))
      throw new CorrectionError(`correction for ${id}: the extracted quote no longer starts with "${expect}"`);
    return c;
  };
  const added: Claim[] = [];
  for (const k of corrections) {
    if (k.action === 'drop') {
      check(k.claim, k.expect);
      result.set(k.claim, null);
    } else if (k.action === 'set') {
      const c = check(k.claim, k.expect);
      const next: Record<string, unknown> = { ...c, ...k.fields };
      if (k.fields.quote !== undefined)
        Object.assign(next, locate(k.fields.quote.normalize('NFC'), texts.get(c.report_id), k.claim));
      if (k.fields.source !== undefined) next.source_id = sourceId(k.fields.source, sources);
      if (k.fields.id !== undefined && k.fields.id !== c.id) renamed.set(c.id, k.fields.id);
      const parsed = ClaimSchema.parse(next);
      const changes = fieldChanges(c, parsed, k.reason);
      result.set(k.claim, {
        ...parsed,
        ...(factChanged(c, parsed) ? { corrected: true } : {}),
        review_status: 'reviewed',
        ...(changes.length > 0 ? { corrections: [...(c.corrections ?? []), ...changes] } : {}),
      });
    } else {
      const quote = k.claim.quote.normalize('NFC');
      added.push(
        ClaimSchema.parse({
          ...k.claim,
          quote,
          report_id: k.report_id,
          source_id: sourceId(k.claim.source, sources),
          place_id: k.place_id,
          ...locate(quote, texts.get(k.report_id), k.claim.id),
          corrected: true,
          review_status: 'reviewed',
          corrections: [{ field: 'claim', from: null, to: 'added', note: clip(k.reason) }],
        }),
      );
    }
  }
  const out = [...[...result.values()].filter((c): c is Claim => c !== null), ...added];
  const ids = new Set<string>();
  for (const c of out) {
    if (ids.has(c.id)) throw new CorrectionError(`two claims with id ${c.id} after corrections`);
    ids.add(c.id);
  }
  for (const c of out)
    if (c.supersedes !== null && !ids.has(c.supersedes))
      throw new CorrectionError(`${c.id} supersedes ${c.supersedes}, which is not a claim`);
  const order = new Map<string, number>();
  claims.forEach((c, k) => order.set(c.report_id, order.get(c.report_id) ?? k));
  const num = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? 0);
  out.sort(
    (a, b) =>
      (order.get(a.report_id) ?? 1e9) - (order.get(b.report_id) ?? 1e9) ||
      (a.report_id < b.report_id ? -1 : a.report_id > b.report_id ? 1 : 0) ||
      num(a.id) - num(b.id) ||
      (a.id < b.id ? -1 : 1),
  );
  const kept = new Set(out.map((c) => c.id));
  return {
    claims: out,
    messages: messages.map((m) => {
      if (!m.claim_id) return m;
      const id = renamed.get(m.claim_id) ?? m.claim_id;
      return { ...m, claim_id: kept.has(id) && result.get(m.claim_id) !== null ? id : null };
    }),
  };
}
