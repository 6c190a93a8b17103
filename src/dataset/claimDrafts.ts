/**
 * What the analyst adds by hand in the workbench, as pure functions: a claim the machine missed (from words selected
 * in the report), the incidents a claim could be the same as (near in place and date), and a source typed by hand.
 */
import type { Claim, Source } from '../domain/schema';
import type { ClaimSummary } from '../domain/claimDetails';
import { Claim as ClaimSchema } from '../domain/schema';
import { claimCounts } from '../domain/claimCounts';
import { dayNumber } from '../domain/isoDay';
import type { SourceKind } from '../domain/vocabulary';
import { claimPrefix } from './importReports';
import type { LocalClaim } from './localStore';

/** Trims the selection to its words: leading and trailing spaces are not part of a quote. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * A new claim on the selected words of a report (offsets in its NFC text): the quote and its offsets are set, every
 * field the machine would read is left empty or unknown for the analyst to fill in, and the audit trail says it was
 * added. It stays machine-read (a draft) until the analyst saves it. Null when the selection holds no words.
 */
export function draftClaim(
  reportId: string,
  text: string,
  selection: { start: number; end: number },
  existing: readonly Claim[],
  at: string,
): LocalClaim | null {
  const { start, end } = trimmed(text, Math.max(0, selection.start), Math.min(text.length, selection.end));
  if (end <= start) return null;
  const prefix = claimPrefix(reportId);
  // Numbered after the report's claims (`<prefix>-<n>`), as the pipeline and the CLI's corrections number them.
  const taken = new Set(existing.map((c) => c.id));
  let n = 1 + Math.max(0, ...existing.map((c) => Number(new RegExp(`^${prefix}-(\\d+)$`).exec(c.id)?.[1] ?? 0)));
  while (taken.has(`${prefix}-${n}`)) n++;
  const id = `${prefix}-${n}`;
  const claim = ClaimSchema.parse({
    id,
    kind: 'incident',
    event: id,
    quote: text.slice(start, end),
    source: 'unattributed',
    source_ar: null,
    date: null,
    time_of_day: null,
    place: { governorate: null, city: null, neighborhood: null, text_ar: null, precision: 'region' },
    perpetrator: 'unknown',
    weapon: 'unknown',
    victims: 'unknown',
    ...claimCounts(),
    status: 'reported',
    supersedes: null,
    notes: '',
    report_id: reportId,
    source_id: 'unattributed',
    place_id: null,
    quote_start: start,
    quote_end: end,
    review_status: 'machine-read',
    audit: [{ at, action: 'add' }],
  } satisfies Claim);
  return { id, original: claim, current: claim };
}

/** True for a claim the analyst added (its first decision is 'add'): exported as an `add` correction. */
export const isAdded = (c: Claim): boolean => c.audit?.[0]?.action === 'add';

/** An incident a claim could be the same as. */
export interface NearIncident {
  event: string;
  claims: ClaimSummary[];
  /** Days between the claim's date and the incident's nearest date (0: same day). */
  days: number;
}

/**
 * Incidents near a claim: another event whose claims share its place (place id, else governorate) and lie within
 * `maxDays` of its date, nearest first. A claim without a date or place has no neighbours to offer.
 */
export function nearIncidents(claim: ClaimSummary, claims: readonly ClaimSummary[], maxDays = 3): NearIncident[] {
  if (!claim.date) return [];
  const from = dayNumber(claim.date.from);
  const to = dayNumber(claim.date.to);
  const samePlace = (c: ClaimSummary) =>
    claim.place_id !== null && c.place_id === claim.place_id
      ? true
      : claim.place.governorate !== null && c.place.governorate === claim.place.governorate;
  const byEvent = new Map<string, NearIncident>();
  for (const c of claims) {
    if (c.event === claim.event || !c.date || c.review_status === 'rejected' || !samePlace(c)) continue;
    const days = Math.max(0, dayNumber(c.date.from) - to, from - dayNumber(c.date.to));
    if (days > maxDays) continue;
    const near = byEvent.get(c.event) ?? { event: c.event, claims: [], days };
    near.claims.push(c);
    near.days = Math.min(near.days, days);
    byEvent.set(c.event, near);
  }
  return [...byEvent.values()].sort((a, b) => a.days - b.days || (a.event < b.event ? -1 : 1));
}

/** A slug for a claim's own incident, not used by any other event. */
export function ownEvent(claim: ClaimSummary, claims: readonly ClaimSummary[]): string {
  const used = new Set(claims.filter((c) => c.id !== claim.id).map((c) => c.event));
  let slug = `${claim.id}-own`;
  for (let k = 2; used.has(slug); k++) slug = `${claim.id}-own${k}`;
  return slug;
}

/** A source typed by hand: an id slug from its English name, kept apart from the dictionary's ids. */
export function newSource(nameEn: string, nameAr: string, kind: SourceKind, taken: readonly Source[]): Source | null {
  const name = nameEn.trim();
  if (name === '') return null;
  const same = taken.find((s) => s.name_en.toLowerCase() === name.toLowerCase());
  if (same) return same;
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'source';
  const ids = new Set(taken.map((s) => s.id));
  let id = `local-${base}`;
  for (let k = 2; ids.has(id); k++) id = `local-${base}-${k}`;
  return { id, name_en: name, names_ar: nameAr.trim() ? [nameAr.trim()] : [], kind };
}
