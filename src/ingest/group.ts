/**
 * Groups claims into events across reports and sources. Two incident claims are one event when their places are
 * the same or one inside the other (at city level or finer), their dates overlap, and their attackers do not
 * contradict each other. Undated claims use the week before publication, so the same neighbourhood hit a month
 * apart stays two events. Tallies join only a revision of themselves. Slugs are stable: built from place, date and
 * attacker, numbered on collision in report order.
 */
import type { Claim, Place, Report } from '../domain/schema';
import type { Perpetrator } from '../domain/vocabulary';
import { nested } from './report';
import { addDays } from './steps/dates';

const compatible = (a: Perpetrator, b: Perpetrator): boolean =>
  a === b ||
  a === 'unknown' ||
  b === 'unknown' ||
  (a === 'regime_russia' && (b === 'regime' || b === 'russia')) ||
  (b === 'regime_russia' && (a === 'regime' || a === 'russia'));

const FINE = new Set(['neighborhood', 'city']);

function window(c: Claim, published: string | null): { from: string; to: string } | null {
  if (c.date) return c.date;
  return published === null ? null : { from: addDays(published, -7), to: published };
}

export const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

function eventSlug(c: Claim, byId: ReadonlyMap<string, Place>): string {
  const region = c.place.precision === 'region' && c.place_id ? byId.get(c.place_id)?.name_en : undefined;
  const where = [region ?? c.place.city ?? c.place.governorate ?? 'syria', c.place.neighborhood ?? '']
    .filter(Boolean)
    .map(slug);
  const when = c.date ? (c.date.from === c.date.to ? c.date.from : `${c.date.from}-to-${c.date.to}`) : 'undated';
  const what = c.kind === 'tally' ? ['tally'] : [c.perpetrator, c.weapon].filter((x) => x !== 'unknown');
  return [...where, when, ...what].filter(Boolean).join('-').replace(/-+/g, '-');
}

/** Sets `event` on every claim; returns new claim objects in the same order. */
export function groupEvents(claims: readonly Claim[], reports: readonly Report[], places: readonly Place[]): Claim[] {
  const published = new Map(reports.map((r) => [r.id, r.published]));
  const byId = new Map(places.map((p) => [p.id, p]));
  const parentOf = (id: string) => byId.get(id)?.parent ?? null;
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const index = new Map(claims.map((c, i) => [c.id, i]));
  // Extraction already joined some claims of one report (rule coref.same-event: "في الغارة ذاتها"): they arrive
  // with one event.
  const given = new Map<string, number>();
  claims.forEach((c, i) => {
    if (c.supersedes !== null && index.has(c.supersedes)) union(i, index.get(c.supersedes) as number);
    const key = `${c.report_id}\u0000${c.event}`;
    const first = given.get(key);
    if (first === undefined) given.set(key, i);
    else union(i, first);
  });
  // Claims meet in buckets of (city, day) rather than pairwise: linear in claims, whatever the corpus size.
  const cityOf = (id: string): string => {
    let cur: string | null = id;
    for (let g = 0; cur !== null && g < 8; g++) {
      const p = byId.get(cur);
      if (!p) return id;
      if (p.kind === 'city' || p.kind === 'town' || p.kind === 'village' || p.kind === 'governorate') return p.id;
      cur = p.parent;
    }
    return id;
  };
  const buckets = new Map<string, Map<string, number[]>>();
  const windows = claims.map((c) => window(c, published.get(c.report_id) ?? null));
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i] as Claim;
    const wa = windows[i];
    if (a.kind !== 'incident' || !FINE.has(a.place.precision) || a.place_id === null || !wa) continue;
    const city = cityOf(a.place_id);
    const sub = `${a.place_id}|${a.perpetrator}`;
    for (let day = wa.from, n = 0; day <= wa.to && n < 40; day = addDays(day, 1), n++) {
      const key = `${city}|${day}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = new Map()));
      for (const members of bucket.values())
        for (const j of members) {
          const b = claims[j] as Claim;
          if (find(i) === find(j)) continue;
          if (!nested(a.place_id, b.place_id, parentOf) || !compatible(a.perpetrator, b.perpetrator)) continue;
          // Within one report, two figures for one place and day are two strikes unless one revises the other.
          if (a.report_id === b.report_id && (a.killed?.min ?? -1) !== (b.killed?.min ?? -2)) continue;
          union(i, j);
        }
      const members = bucket.get(sub) ?? [];
      if (members.length < 8) members.push(i);
      bucket.set(sub, members);
    }
  }
  const names = new Map<number, string>();
  const used = new Map<string, number>();
  return claims.map((c, i) => {
    const root = find(i);
    let name = names.get(root);
    if (name === undefined) {
      const base = eventSlug(claims[root] as Claim, byId) || 'event';
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      name = n === 1 ? base : `${base}-${n}`;
      names.set(root, name);
    }
    return { ...c, event: name };
  });
}
