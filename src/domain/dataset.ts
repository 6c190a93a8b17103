import type { Claim, Place, Report } from './schema';
import { assignClaimUids } from './ids';
import { countSpans } from './countSpans';

/**
 * The final pure pass over a dataset's claims before it is published: stable uids (ids.ts), each count's own words
 * (`spans`, when found unambiguously), and an explicit review status (`machine-read` unless a correction or the
 * workbench says otherwise) on every claim read from a report. Runs after corrections, so offsets and counts are final.
 */
export function finalizeClaims(claims: readonly Claim[], reports: readonly Report[]): Claim[] {
  return assignClaimUids(claims, reports).map((c) => {
    // Imported dataset records carry no review status (absent = machine-read) and no spans: their quote is a
    // headline, and repeating defaults on every one of 16k records costs bytes on every load.
    if (c.dataset !== undefined) return c;
    const spans = c.spans ?? countSpans(c);
    return {
      ...c,
      review_status: c.review_status ?? 'machine-read',
      ...(Object.keys(spans).length > 0 ? { spans } : {}),
    };
  });
}

/** A place and its ancestors, nearest first; stops on cycles. */
export function placeLineage(placeId: string | null, placesById: ReadonlyMap<string, Place>): Place[] {
  const out: Place[] = [];
  const seen = new Set<string>();
  let id = placeId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const p = placesById.get(id);
    if (!p) break;
    out.push(p);
    id = p.parent;
  }
  return out;
}

/** The nearest place in the lineage that has coordinates: where an event can honestly be drawn. */
export function locatePlace(placeId: string | null, placesById: ReadonlyMap<string, Place>): Place | null {
  return placeLineage(placeId, placesById).find((p) => p.coordinates !== null) ?? null;
}

/** The first and last day any dated event covers, or null when none is dated. */
export function dateExtent(
  events: ReadonlyArray<{ date: { from: string; to: string } | null }>,
): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const e of events) {
    if (e.date === null) continue;
    if (from === null || e.date.from < from) from = e.date.from;
    if (to === null || e.date.to > to) to = e.date.to;
  }
  return from !== null && to !== null ? { from, to } : null;
}
