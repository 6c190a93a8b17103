/**
 * The workbench's decisions on one claim, as pure functions over {original, current}: accept, reject, reopen and
 * field edits, each appended to the claim's audit trail (schema v2) with its time and optional note. Edits go
 * through the claim schema, so an impossible value (max below min, an exact count with a range) is refused with
 * the schema's reason instead of being stored.
 */
import { Claim as ClaimSchema, type AuditEntry, type Claim, type Place } from '../domain/schema';
import type { Precision } from '../domain/vocabulary';
import { factChanged } from '../ingest/corrections';
import type { LocalClaim } from './localStore';

export type Decision =
  | { action: 'accept' | 'reject' | 'reopen'; note?: string }
  | { action: 'edit'; changes: Partial<Claim>; note?: string }
  /** Same incident as another (its event slug), or an incident of its own (a fresh slug): deriveEvents groups by it. */
  | { action: 'merge' | 'split'; event: string; note?: string };

export type DecisionResult = { ok: true; claim: LocalClaim } | { ok: false; reasons: string[] };

const STATUS = { accept: 'reviewed', reject: 'rejected', reopen: 'machine-read' } as const;

/** Applies one decision at time `at` (ISO timestamp). */
export function decide(local: LocalClaim, decision: Decision, at: string): DecisionResult {
  const note = decision.note?.trim() ? { note: decision.note.trim() } : {};
  const before = local.current;
  let next: Record<string, unknown>;
  let entries: AuditEntry[];
  if (decision.action === 'merge' || decision.action === 'split') {
    if (decision.event === before.event) return { ok: true, claim: local };
    next = { ...before, event: decision.event, review_status: 'reviewed' };
    entries = [{ at, action: decision.action, field: 'event', from: before.event, to: decision.event, ...note }];
  } else if (decision.action === 'edit') {
    next = { ...before, ...decision.changes };
    entries = Object.entries(decision.changes)
      .filter(([field, to]) => JSON.stringify(before[field as keyof Claim] ?? null) !== JSON.stringify(to ?? null))
      .map(([field, to]) => ({ at, action: 'edit', field, from: before[field as keyof Claim] ?? null, to, ...note }));
    if (entries.length === 0) return { ok: true, claim: local };
    // Edited is reviewed: an analyst has read the claim and set what it says.
    next.review_status = 'reviewed';
  } else {
    next = { ...before, review_status: STATUS[decision.action] };
    entries = [{ at, action: decision.action, ...note }];
  }
  next.audit = [...(before.audit ?? []), ...entries];
  const parsed = ClaimSchema.safeParse(next);
  if (!parsed.success)
    return { ok: false, reasons: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const claim = parsed.data;
  const { corrected: _drop, ...rest } = claim;
  // As the CLI's corrections mark it: true when what the claim asserts differs from what the machine read.
  const current = factChanged(local.original, claim) ? { ...rest, corrected: true } : rest;
  return { ok: true, claim: { ...local, current } };
}

/** How finely a gazetteer place locates an event, in the claim's terms. */
export function precisionOf(place: Place): Precision {
  if (place.kind === 'neighborhood' || place.kind === 'landmark') return 'neighborhood';
  if (place.kind === 'governorate') return 'governorate';
  if (place.kind === 'region') return 'region';
  if (place.kind === 'district') return 'district';
  return 'city';
}

/** The claim fields that choosing `place` sets (the Arabic words of the report are kept as they were). */
export function placeChanges(claim: Claim, place: Place, placesById: ReadonlyMap<string, Place>): Partial<Claim> {
  const precision = precisionOf(place);
  const city = precision === 'neighborhood' && place.parent ? (placesById.get(place.parent)?.name_en ?? null) : null;
  return {
    place_id: place.id,
    place: {
      ...claim.place,
      governorate: place.governorate,
      city: precision === 'city' ? place.name_en : city,
      neighborhood: precision === 'neighborhood' ? place.name_en : null,
      precision,
    },
  };
}
