import type { Count } from './schema.ts';
import type { ClaimSummary } from './claimDetails.ts';

/**
 * Source agreement, in one place (issue 12.7): what one source's figure for an incident is, how far apart the
 * sources are (an incident's `discrepancy`), and how each source stands against the others across incidents (the
 * agreement chart, with or without an established dataset as one more source). Before, each of these read the
 * sources' figures its own way.
 */

/** A source's single figure for comparison: its upper bound when closed, else its lower bound (people). */
export function pointFigure(c: Count): number {
  return c.max ?? c.min;
}

/**
 * One killed figure per source: the highest `pointFigure` of its claims that give one (a source counted twice, in
 * two reports, is one voice, not two). Claims without a killed count are passed over. Sources in order of first claim.
 */
export function figurePerSource(claims: Iterable<ClaimSummary | undefined>): Map<string, number> {
  const perSource = new Map<string, number>();
  for (const c of claims) {
    if (!c || c.killed === null) continue;
    perSource.set(c.source_id, Math.max(perSource.get(c.source_id) ?? 0, pointFigure(c.killed)));
  }
  return perSource;
}

/** (highest − lowest) / highest across one figure per source; null with fewer than two sources giving one. */
export function spread(figures: ReadonlyMap<string, number>): number | null {
  if (figures.size < 2) return null;
  let hi = -Infinity;
  let lo = Infinity;
  for (const f of figures.values()) {
    hi = Math.max(hi, f);
    lo = Math.min(lo, f);
  }
  return hi === 0 ? 0 : (hi - lo) / hi;
}

/** The median of figures sorted ascending (the mean of the middle two for an even count); NaN for none. */
export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How one source stands against the median claim of the incidents it reports with others. */
export interface AgreementRow {
  sourceId: string;
  /** Incidents where this source and at least one other give a killed figure. */
  incidents: number;
  higher: number;
  lower: number;
  same: number;
  /** Mean of (figure − median) / median over its incidents (0.5 = half again as many); 0 when medians are 0. */
  meanRelativeDeviation: number;
  /** Mean of figure − median (people). */
  meanDeviation: number;
}

/**
 * Adds up, per source, where its figure stood against each incident's median: higher, lower or the same, and by how
 * much. Sources are numbered (flat arrays, no map per incident) because the chart reads 100k incidents per filter.
 */
export class AgreementTally {
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly n: number[] = [];
  private readonly higher: number[] = [];
  private readonly lower: number[] = [];
  private readonly same: number[] = [];
  private readonly relative: number[] = [];
  private readonly deviation: number[] = [];

  /** `sourceIds`: sources already numbered 0, 1 … (e.g. by a column index); more are numbered as they come. */
  constructor(sourceIds: readonly string[] = []) {
    for (const id of sourceIds) this.number(id);
  }

  /** The number of a source id. */
  number(sourceId: string): number {
    let s = this.numbers.get(sourceId);
    if (s === undefined) {
      s = this.ids.length;
      this.numbers.set(sourceId, s);
      this.ids.push(sourceId);
      for (const a of [this.n, this.higher, this.lower, this.same, this.relative, this.deviation]) a.push(0);
    }
    return s;
  }

  /** Source `s` gave an incident's figure `deviation` people from its median (`relative`: as a share of it). */
  add(s: number, deviation: number, relative: number): void {
    this.n[s]!++;
    if (deviation > 0) this.higher[s]!++;
    else if (deviation < 0) this.lower[s]!++;
    else this.same[s]!++;
    this.deviation[s]! += deviation;
    this.relative[s]! += relative;
  }

  /** Adds one incident's sources (one figure each; fewer than two: nothing to agree or disagree with). */
  addIncident(figures: ReadonlyMap<string, number>): void {
    if (figures.size < 2) return;
    const m = median([...figures.values()].sort((a, b) => a - b));
    for (const [sourceId, f] of figures) this.add(this.number(sourceId), f - m, m === 0 ? 0 : (f - m) / m);
  }

  /** One row per source that shared an incident, by how many incidents it shared, then id. */
  rows(): AgreementRow[] {
    const rows: AgreementRow[] = [];
    this.ids.forEach((sourceId, s) => {
      const n = this.n[s]!;
      if (n === 0) return;
      rows.push({
        sourceId,
        incidents: n,
        higher: this.higher[s]!,
        lower: this.lower[s]!,
        same: this.same[s]!,
        meanRelativeDeviation: this.relative[s]! / n,
        meanDeviation: this.deviation[s]! / n,
      });
    });
    return rows.sort((x, y) => y.incidents - x.incidents || x.sourceId.localeCompare(y.sourceId));
  }
}
