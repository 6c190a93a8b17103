/**
 * Stable, content-derived ids (schema v2). An id must not move when other reports are added or removed, so none
 * depends on order or on counters across the dataset:
 *   - a report's uid hashes its NFC text (`r-…`);
 *   - a claim's uid hashes its report's uid and its quote's offsets (`c-…`); an imported dataset record's uid is its
 *     dataset id (left implicit: `uid ?? id`); two claims on the very same words of one report are told apart in that report's order only;
 *   - an event's uid is a readable slug of its anchor claim's place and date plus a hash of that claim's uid, where
 *     the anchor is the claim with the smallest uid (content order, not file order).
 * `event` keeps the annotation's slug (the gold's), so old links still resolve through `resolveEventRef`.
 */
import type { Claim, Incident, Report, Tally } from './schema.ts';
import type { ClaimSummary } from './claimDetails.ts';

/** A stable 48-bit hex hash (two FNV-1a 32-bit halves, different seeds) of a string's UTF-16 code units. */
export function shortHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + (b >>> 16).toString(16).padStart(4, '0');
}

/** The uid of a report with this text (any normalization: it is hashed as NFC). */
export const reportUid = (text: string): string => `r-${shortHash(text.normalize('NFC'))}`;

type ClaimKey = Pick<Claim, 'id' | 'report_id' | 'quote_start' | 'quote_end' | 'dataset'>;

/** A claim's uid from its report's uid (or, lacking one, its report id) and its quote offsets. */
export function claimUid(c: ClaimKey, reportKey: string | undefined): string {
  if (c.dataset !== undefined) return c.id;
  return `c-${shortHash(`${reportKey ?? `id:${c.report_id}`}:${c.quote_start}-${c.quote_end}`)}`;
}

/**
 * Gives every claim without one its uid. Pure: returns new claims in the same order. Claims that already carry a
 * uid keep it (a dataset re-assembled from a published file keeps its links).
 */
export function assignClaimUids(claims: readonly Claim[], reports: readonly Pick<Report, 'id' | 'uid'>[]): Claim[] {
  const reportKeys = new Map(reports.map((r) => [r.id, r.uid]));
  const taken = new Set(claims.map((c) => c.uid ?? (c.dataset === undefined ? undefined : c.id)));
  return claims.map((c) => {
    // Imported records keep their dataset id as uid; it is not repeated on 16k-record files (`uid ?? id`).
    if (c.uid !== undefined || c.dataset !== undefined) return c;
    const base = claimUid(c, reportKeys.get(c.report_id));
    let uid = base;
    // Same words of the same report read twice (two sources in one sentence): numbered within that report only.
    for (let n = 2; taken.has(uid); n++) uid = `${base}-${n}`;
    taken.add(uid);
    return { ...c, uid };
  });
}

const asciiSlug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/** The event uid of a group of claims (one incident or tally): slug of the anchor's place and date + hash. */
export function eventUid(claims: readonly ClaimSummary[]): string {
  let anchor: ClaimSummary | undefined;
  let anchorKey = '';
  for (const c of claims) {
    const key = c.uid ?? claimUid(c, undefined);
    if (anchor === undefined || key < anchorKey) {
      anchor = c;
      anchorKey = key;
    }
  }
  if (anchor === undefined) throw new Error('eventUid needs at least one claim');
  // A dataset record's own id is already stable and unique (UCDP's, ACLED's): it names its event.
  if (anchor.dataset !== undefined) return anchor.id;
  const where = asciiSlug(anchor.place.city ?? anchor.place.governorate ?? 'syria') || 'place';
  const when = anchor.date?.from ?? 'undated';
  return [where, when, anchor.kind === 'tally' ? 'tally' : '', shortHash(anchorKey).slice(0, 8)]
    .filter(Boolean)
    .join('-');
}

/**
 * The incident or tally a link names: by its id (the event slug), its stable uid, or a claim's id or uid (a link to a
 * claim opens its event). Null when nothing matches. Links should carry the uid; slugs stay accepted so links made
 * before schema v2 still open.
 */
export function resolveEventRef<E extends Incident | Tally>(
  ref: string,
  events: readonly E[],
  claims: readonly Pick<Claim, 'id' | 'uid' | 'event'>[] = [],
): E | null {
  const byId = events.find((e) => e.id === ref) ?? events.find((e) => e.uid === ref);
  if (byId) return byId;
  const claim = claims.find((c) => c.uid === ref || c.id === ref);
  return claim ? (events.find((e) => e.id === claim.event) ?? null) : null;
}
