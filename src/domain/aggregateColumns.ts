import type { Incident } from './schema';
import type { ClaimSummary } from './claimDetails';
import { GOVERNORATES, PERPETRATORS } from './vocabulary';
import { dayNumber, isoMonthIndex } from './aggregateDays';
import { median, pointFigure } from './agreement';

/**
 * The fields the aggregations read, as flat typed arrays, one slot per incident of a dataset, built once and kept
 * while the dataset lives. Walking 100,000 Incident objects (and their date strings and count objects, scattered
 * over a heap of about a gigabyte) costs several cache misses per incident, more than all the arithmetic; typed
 * arrays read in order cost almost none.
 */
export interface IncidentColumns {
  incidents: readonly Incident[];
  /** First and last day (days since 1970-01-01); `UNDATED` in `dayFrom` when the incident has no date. */
  dayFrom: Int32Array;
  dayTo: Int32Array;
  /** First and last month (months since year 0). */
  monthFrom: Int32Array;
  monthTo: Int32Array;
  /** Killed: lowest standing figure, highest stated (the lowest when open-ended); 0 when not stated. */
  killedMin: Int32Array;
  killedMax: Int32Array;
  /** 1 when the killed range is open above. */
  killedOpen: Uint8Array;
  /** Index in PERPETRATORS. */
  perpetrator: Uint8Array;
  /** Index in GOVERNORATES, `NO_GOVERNORATE` when none. */
  governorate: Uint8Array;
}

export const UNDATED = 2 ** 31 - 1;
export const NO_GOVERNORATE = 255;

const PERPETRATOR_CODE = new Map(PERPETRATORS.map((p, i) => [p, i]));
const GOVERNORATE_CODE = new Map(GOVERNORATES.map((g, i) => [g, i]));

const columnsCache = new WeakMap<readonly Incident[], IncidentColumns>();

/** The columns of a dataset's incidents, built on first use. */
export function incidentColumns(incidents: readonly Incident[]): IncidentColumns {
  const hit = columnsCache.get(incidents);
  if (hit) return hit;
  const n = incidents.length;
  const c: IncidentColumns = {
    incidents,
    dayFrom: new Int32Array(n),
    dayTo: new Int32Array(n),
    monthFrom: new Int32Array(n),
    monthTo: new Int32Array(n),
    killedMin: new Int32Array(n),
    killedMax: new Int32Array(n),
    killedOpen: new Uint8Array(n),
    perpetrator: new Uint8Array(n),
    governorate: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const e = incidents[i]!;
    if (e.date === null) c.dayFrom[i] = UNDATED;
    else {
      c.dayFrom[i] = dayNumber(e.date.from);
      c.dayTo[i] = dayNumber(e.date.to);
      c.monthFrom[i] = isoMonthIndex(e.date.from);
      c.monthTo[i] = isoMonthIndex(e.date.to);
    }
    if (e.killed !== null) {
      c.killedMin[i] = e.killed.min;
      c.killedMax[i] = e.killed.max ?? e.killed.min;
      c.killedOpen[i] = e.killed.max === null ? 1 : 0;
    }
    c.perpetrator[i] = PERPETRATOR_CODE.get(e.perpetrator) ?? PERPETRATOR_CODE.get('unknown')!;
    c.governorate[i] =
      e.governorate === null ? NO_GOVERNORATE : (GOVERNORATE_CODE.get(e.governorate) ?? NO_GOVERNORATE);
  }
  columnsCache.set(incidents, c);
  return c;
}

/** Slots the filter pass already knows, per selected list (see `rememberSlots`). */
const knownSlots = new WeakMap<readonly Incident[], { all: readonly Incident[]; at: Int32Array }>();

/**
 * Records that `subset` sits at slots `at` of `all` (the filter pass knows them), so aggregations over the
 * selection read the columns without looking for its incidents again.
 */
export function rememberSlots(all: readonly Incident[], subset: readonly Incident[], at: Int32Array): void {
  knownSlots.set(subset, { all, at });
}

/**
 * Slots of `subset` in the dataset's columns: as the filter pass recorded them, else found by one pass comparing
 * references, which needs the subset in the dataset's order (as the filter keeps it); null when it is not.
 */
export function positionsOf(all: readonly Incident[], subset: readonly Incident[]): Int32Array | null {
  const known = knownSlots.get(subset);
  if (known && known.all === all) return known.at;
  const out = new Int32Array(subset.length);
  let j = 0;
  for (let i = 0; i < all.length && j < subset.length; i++) if (all[i] === subset[j]) out[j++] = i;
  return j === subset.length ? out : null;
}

/** The columns to read and the slots of `incidents` in them: the dataset's when possible, else their own. */
export function selectIn(
  incidents: readonly Incident[],
  dataset: readonly Incident[] = incidents,
): { cols: IncidentColumns; at: Int32Array } {
  const positions = dataset === incidents ? null : positionsOf(dataset, incidents);
  if (positions) return { cols: incidentColumns(dataset), at: positions };
  const cols = incidentColumns(incidents);
  return { cols, at: everySlot(cols) };
}

const everySlotCache = new WeakMap<IncidentColumns, Int32Array>();

/** 0 … n − 1: every slot of the columns, made once. */
function everySlot(cols: IncidentColumns): Int32Array {
  let all = everySlotCache.get(cols);
  if (!all) {
    all = new Int32Array(cols.incidents.length);
    for (let i = 0; i < all.length; i++) all[i] = i;
    everySlotCache.set(cols, all);
  }
  return all;
}

/**
 * For incidents where two or more sources give a killed figure: each source's figure (its highest standing claim,
 * as `discrepancy` counts) and its deviation from the incident's median figure, CSR style: the entries of incident i
 * are `start[i]` … `start[i + 1] - 1`, empty for incidents with fewer than two figures. None of it depends on the
 * filters, so it is computed once per dataset and a filter change only adds up entries.
 */
export interface SourceFigures {
  start: Int32Array;
  /** Source number (index in `sourceIds`). */
  source: Int32Array;
  figure: Float64Array;
  /** figure − median (people). */
  deviation: Float64Array;
  /** (figure − median) / median; 0 when the median is 0. */
  relative: Float64Array;
  sourceIds: string[];
}

const figuresCache = new WeakMap<readonly Incident[], SourceFigures>();

/** Built once per dataset (claims come from the same dataset as the incidents). */
export function sourceFigures(
  incidents: readonly Incident[],
  claimsById: ReadonlyMap<string, ClaimSummary>,
): SourceFigures {
  const hit = figuresCache.get(incidents);
  if (hit) return hit;
  const sourceNumber = new Map<string, number>();
  const start = new Int32Array(incidents.length + 1);
  const source: number[] = [];
  const figure: number[] = [];
  const deviation: number[] = [];
  const relative: number[] = [];
  incidents.forEach((e, i) => {
    const lo = source.length;
    start[i] = lo;
    if (e.source_count < 2) return; // alone, a source has nothing to agree or disagree with
    for (const id of e.current_claim_ids) {
      const c = claimsById.get(id);
      if (!c || c.killed === null) continue;
      let s = sourceNumber.get(c.source_id);
      if (s === undefined) sourceNumber.set(c.source_id, (s = sourceNumber.size));
      const f = pointFigure(c.killed);
      const at = source.indexOf(s, lo);
      if (at === -1) {
        source.push(s);
        figure.push(f);
      } else if (f > figure[at]!) figure[at] = f;
    }
    if (source.length - lo < 2) {
      source.length = figure.length = lo; // one figure: nothing to compare
      return;
    }
    const m = median(figure.slice(lo).sort((a, b) => a - b));
    for (let k = lo; k < source.length; k++) {
      deviation.push(figure[k]! - m);
      relative.push(m === 0 ? 0 : (figure[k]! - m) / m);
    }
  });
  start[incidents.length] = source.length;
  const built: SourceFigures = {
    start,
    source: Int32Array.from(source),
    figure: Float64Array.from(figure),
    deviation: Float64Array.from(deviation),
    relative: Float64Array.from(relative),
    sourceIds: [...sourceNumber.keys()],
  };
  figuresCache.set(incidents, built);
  return built;
}
