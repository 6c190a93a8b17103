/**
 * Scores extracted claims against a gold annotation: claims match on report, count (killed.min, else
 * injured.min) and overlapping quotes, one to one, largest overlap first. Precision, recall and F1 over claims;
 * for matched pairs, the share that agree on place (governorate and precision), date, source, perpetrator, kind
 * and more. Pure.
 */
import type { GoldClaim, GoldFile } from '../domain/gold';
import type { Claim } from '../domain/schema';
import { reportId } from './extract';

export interface Pair {
  gold: GoldClaim;
  pred: Claim;
  report: string;
}

export interface Scores {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Field → share of matched pairs that agree. */
  accuracy: Record<string, number>;
  pairs: Pair[];
  missed: Array<{ report: string; gold: GoldClaim }>;
  spurious: Claim[];
}

/**
 * A romanised Arabic name reduced to what every romanisation keeps: no diacritics or ʿayn marks, no article
 * (al-, as-, an- … anywhere in the name), no vowels, no doubled letters. "Ra’s al ‘Ayn" = "Ras al-Ain",
 * "Khān as Subul" = "Khan al-Subul", "Tall Huwash" = "Tal Hawash"; "Kafrah" ≠ "Kafr Hamra".
 */
const norm = (s: string | null) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’ʿʾ'`]/g, '')
    .replace(/(^|[\s-])(al|el|ad|ar|as|at|ash|az|an|ath|adh)[\s-]+/g, ' ')
    .replace(/ah(?=[\s-]|$)/g, 'a')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouyw]/g, '')
    .replace(/(.)\1+/g, '$1');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const FIELD_CHECKS: Record<string, (g: GoldClaim, p: Claim) => boolean> = {
  place: (g, p) => g.place.governorate === p.place.governorate && g.place.precision === p.place.precision,
  place_city: (g, p) =>
    FIELD_CHECKS.place!(g, p) && (g.place.city === null || norm(g.place.city) === norm(p.place.city)),
  date: (g, p) =>
    g.date === null ? p.date === null : p.date !== null && g.date.from === p.date.from && g.date.to === p.date.to,
  source: (g, p) => g.source.toLowerCase() === p.source.toLowerCase(),
  perpetrator: (g, p) => g.perpetrator === p.perpetrator,
  kind: (g, p) => g.kind === p.kind,
  weapon: (g, p) => g.weapon === p.weapon,
  victims: (g, p) => g.victims === p.victims,
  killed: (g, p) => same(g.killed, p.killed),
  injured: (g, p) => same(g.injured, p.injured),
  status: (g, p) => g.status === p.status,
  time_of_day: (g, p) => g.time_of_day === p.time_of_day,
};

const countKey = (g: GoldClaim, p: Claim): boolean =>
  g.killed !== null ? p.killed?.min === g.killed.min : g.injured !== null && p.injured?.min === g.injured.min;

export function score(gold: GoldFile, predicted: readonly Claim[], texts: ReadonlyMap<string, string>): Scores {
  const pairs: Pair[] = [];
  const missed: Scores['missed'] = [];
  const usedPred = new Set<Claim>();
  let goldCount = 0;
  for (const r of gold.reports) {
    const id = reportId(r.file);
    const text = texts.get(id) ?? '';
    const preds = predicted.filter((c) => c.report_id === id);
    const candidates: Array<{ g: GoldClaim; p: Claim; overlap: number }> = [];
    for (const g of r.claims) {
      goldCount++;
      // A quote printed several times (headline, caption) matches at any of its places.
      const q = g.quote.normalize('NFC');
      for (let start = text.indexOf(q); start >= 0; start = text.indexOf(q, start + 1)) {
        const end = start + q.length;
        for (const p of preds) {
          const overlap = Math.min(end, p.quote_end) - Math.max(start, p.quote_start);
          if (overlap > 0 && countKey(g, p)) candidates.push({ g, p, overlap });
        }
      }
    }
    candidates.sort((x, y) => y.overlap - x.overlap);
    const usedGold = new Set<GoldClaim>();
    for (const c of candidates) {
      if (usedGold.has(c.g) || usedPred.has(c.p)) continue;
      usedGold.add(c.g);
      usedPred.add(c.p);
      pairs.push({ gold: c.g, pred: c.p, report: id });
    }
    for (const g of r.claims) if (!usedGold.has(g)) missed.push({ report: id, gold: g });
  }
  const goldReports = new Set(gold.reports.map((r) => reportId(r.file)));
  const scored = predicted.filter((c) => goldReports.has(c.report_id));
  const spurious = scored.filter((c) => !usedPred.has(c));
  const precision = scored.length === 0 ? 0 : pairs.length / scored.length;
  const recall = goldCount === 0 ? 0 : pairs.length / goldCount;
  const accuracy: Record<string, number> = {};
  for (const [field, check] of Object.entries(FIELD_CHECKS))
    accuracy[field] = pairs.length === 0 ? 0 : pairs.filter((p) => check(p.gold, p.pred)).length / pairs.length;
  return {
    gold: goldCount,
    predicted: scored.length,
    matched: pairs.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracy,
    pairs,
    missed,
    spurious,
  };
}
