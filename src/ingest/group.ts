/**
 * Groups claims into events across reports and sources.
 *
 * Two incident claims of different reports are ONE strike when their places are the same or one inside the other (at
 * city level or finer: "place within its precision"), they fall on the same day, and their attackers do not
 * contradict each other — checked against every attacker already in the group, so "regime" and "Russia" never meet
 * through a third report that names no one. Every such merge is recorded as a `group.same-strike` message on the
 * joining claim, with its reason (which claim, which place relation, which day).
 *
 * When a match is likely but not sure — the same place and an overlapping but not identical date (an undated claim,
 * dated by the week before its publication, or a period), or the same place and day with conflicting attackers — the
 * claims stay apart and each gets a `group.possibly-same` message naming the other claim ("possibly the same strike
 * as claim X"), which the incident view shows as a link.
 *
 * No caps: claims meet in an index by (city, day) for one-day claims and by city, swept in date order, for
 * multi-day windows; each claim is compared only with claims of its own city whose dates overlap its own.
 *
 * Tallies join only a revision of themselves. Slugs are stable: built from place, date and attacker, numbered on
 * collision in report order.
 */
import { POSSIBLY_SAME_PREFIX, POSSIBLY_SAME_RULE, possiblySameAs } from '../domain/links';
import type { Claim, IngestMessage, Place, Report } from '../domain/schema';
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

/** Rule ids of the messages grouping writes; a possibly-same reason starts by naming the other claim (links.ts). */
export const GROUP_RULES = { same: 'group.same-strike', possibly: POSSIBLY_SAME_RULE } as const;
export { possiblySameAs };

interface Window {
  from: string;
  to: string;
  /** True when the claim states or infers a date of its own; false for the week before publication. */
  dated: boolean;
}

function window(c: Claim, published: string | null): Window | null {
  if (c.date) return { from: c.date.from, to: c.date.to, dated: true };
  return published === null ? null : { from: addDays(published, -7), to: published, dated: false };
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
  return groupEventsExplained(claims, reports, places).claims;
}

/** Sets `event` on every claim and explains each merge across reports, and each likely match left apart. */
export function groupEventsExplained(
  claims: readonly Claim[],
  reports: readonly Report[],
  places: readonly Place[],
): { claims: Claim[]; messages: IngestMessage[] } {
  const published = new Map(reports.map((r) => [r.id, r.published]));
  const byId = new Map(places.map((p) => [p.id, p]));
  const parentOf = (id: string) => byId.get(id)?.parent ?? null;
  const parent = claims.map((_, i) => i);
  // The attackers named in each group (at its root), so a merge is checked against all of them, not one pair.
  const attackers = claims.map((c) => new Set<Perpetrator>(c.perpetrator === 'unknown' ? [] : [c.perpetrator]));
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const agree = (ra: number, rb: number) => {
    for (const x of attackers[ra] as Set<Perpetrator>)
      for (const y of attackers[rb] as Set<Perpetrator>) if (!compatible(x, y)) return false;
    return true;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    parent[gone] = keep;
    for (const p of attackers[gone] as Set<Perpetrator>) (attackers[keep] as Set<Perpetrator>).add(p);
  };
  const index = new Map(claims.map((c, i) => [c.id, i]));
  // Extraction already joined some claims of one report (rule coref.same-event: "في الغارة ذاتها"): they arrive
  // with one event, and its trace says why.
  const given = new Map<string, number>();
  claims.forEach((c, i) => {
    if (c.supersedes !== null && index.has(c.supersedes)) union(i, index.get(c.supersedes) as number);
    const key = `${c.report_id}\u0000${c.event}`;
    const first = given.get(key);
    if (first === undefined) given.set(key, i);
    else union(i, first);
  });
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
  const messages: IngestMessage[] = [];
  const placeWords = (a: Claim, b: Claim) =>
    a.place_id === b.place_id ? `same place (${a.place_id})` : `${a.place_id} and ${b.place_id}, one inside the other`;
  const linked = new Set<string>();
  const possibly = (i: number, j: number, why: string) => {
    const key = i < j ? `${i}|${j}` : `${j}|${i}`;
    if (linked.has(key)) return;
    linked.add(key);
    for (const [x, y] of [
      [i, j],
      [j, i],
    ] as const) {
      const a = claims[x] as Claim;
      const b = claims[y] as Claim;
      messages.push({
        report_id: a.report_id,
        claim_id: a.id,
        rule: GROUP_RULES.possibly,
        reason: `${POSSIBLY_SAME_PREFIX}${b.id}: ${why} (report ${b.report_id})`,
        start: a.quote_start,
        end: a.quote_end,
      });
    }
  };

  /** Meets claim i with claim j of the same city whose dates overlap; merges, links, or leaves them apart. */
  const meet = (i: number, j: number, wi: Window, wj: Window) => {
    const a = claims[i] as Claim;
    const b = claims[j] as Claim;
    if (find(i) === find(j) || !nested(a.place_id, b.place_id, parentOf)) return;
    const sameDay = wi.dated && wj.dated && wi.from === wi.to && wj.from === wj.to && wi.from === wj.from;
    if (a.report_id === b.report_id) {
      // Within one report, two figures for one place and overlapping dates are two strikes unless one restates the
      // other (a headline and its paragraph give the same figure).
      if ((a.killed?.min ?? -1) === (b.killed?.min ?? -2) && agree(find(i), find(j))) union(i, j);
      return;
    }
    const perps = agree(find(i), find(j));
    if (sameDay && perps) {
      union(i, j);
      messages.push({
        report_id: a.report_id,
        claim_id: a.id,
        rule: GROUP_RULES.same,
        reason: `same strike as claim ${b.id} (report ${b.report_id}): ${placeWords(a, b)}, same day ${wi.from}, attackers ${a.perpetrator} and ${b.perpetrator} compatible`,
        start: a.quote_start,
        end: a.quote_end,
      });
    } else if (sameDay) {
      const named = (r: number) => [...(attackers[r] as Set<Perpetrator>)].join('+');
      possibly(
        i,
        j,
        `${placeWords(a, b)}, same day ${wi.from}, but attackers conflict (${named(find(i))} vs ${named(find(j))})`,
      );
    } else if (perps) {
      const when = (w: Window) => (w.dated ? `${w.from}..${w.to}` : `undated (week to ${w.to})`);
      possibly(i, j, `${placeWords(a, b)}, dates overlap but are not one day (${when(wi)}, ${when(wj)})`);
    }
  };

  // Index: one-day claims by (city, day); multi-day windows by city, met in date order with everything they overlap.
  const byDay = new Map<string, number[]>();
  const byCity = new Map<string, number[]>();
  const windows = claims.map((c) => window(c, published.get(c.report_id) ?? null));
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i] as Claim;
    const w = windows[i];
    if (a.kind !== 'incident' || !FINE.has(a.place.precision) || a.place_id === null || !w) continue;
    const city = cityOf(a.place_id);
    if (w.from === w.to) {
      const key = `${city}|${w.from}`;
      const list = byDay.get(key);
      if (list) list.push(i);
      else byDay.set(key, [i]);
    }
    const all = byCity.get(city);
    if (all) all.push(i);
    else byCity.set(city, [i]);
  }
  // Same day first, so that sure merges are made before the unsure links are weighed.
  for (const members of byDay.values())
    for (let x = 1; x < members.length; x++)
      for (let y = 0; y < x; y++) {
        const i = members[x] as number;
        const j = members[y] as number;
        meet(i, j, windows[i] as Window, windows[j] as Window);
      }
  for (const members of byCity.values()) {
    // Sweep: sorted by start, each window meets the earlier ones still open when it starts.
    const sorted = [...members].sort((p, q) => ((windows[p] as Window).from < (windows[q] as Window).from ? -1 : 1));
    let open: number[] = [];
    for (const i of sorted) {
      const wi = windows[i] as Window;
      open = open.filter((j) => (windows[j] as Window).to >= wi.from);
      for (const j of open) {
        const wj = windows[j] as Window;
        // Two one-day claims of one day were met above.
        if (wi.from === wi.to && wj.from === wj.to) continue;
        meet(i, j, wi, wj);
      }
      open.push(i);
    }
  }
  // A link between claims that ended up in one event says nothing; between two events, one link each way is enough.
  const seen = new Set<string>();
  const kept = messages.filter((m) => {
    if (m.rule !== GROUP_RULES.possibly || !m.claim_id) return true;
    const other = possiblySameAs(m);
    const a = index.get(m.claim_id);
    const b = other === null ? undefined : index.get(other);
    if (a === undefined || b === undefined) return true;
    const key = `${find(a)}|${find(b)}`;
    if (find(a) === find(b) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const names = new Map<number, string>();
  const used = new Map<string, number>();
  const out = claims.map((c, i) => {
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
  return { claims: out, messages: kept };
}
