import type { Incident, Place } from './schema';
import { PERPETRATORS } from './vocabulary';
import { locatePlace } from './dataset';
import type { FilterIndex } from './filterIndex';
import { haloMetres, type ClusterSummary, type Spot } from './mapMarks';

/**
 * The map's spots read from the filter index's columns in two steps: where every incident of the dataset is drawn
 * (`spotLayout`, once per dataset), and how many of a selection's incidents each spot holds (`tallySpots`, once
 * per filter change, one pass over the selection's slots into typed arrays). A spot is a located place at which at
 * least one incident of the dataset is drawn (its own place or its nearest located ancestor); the spots do not
 * change with the filters, so the map clusters them once and a filter change only re-counts them.
 */

/** Where a dataset's incidents are drawn. Spot g is a located place; spots come in the filter index's place order. */
export interface SpotLayout {
  size: number;
  placeId: string[];
  lat: Float64Array;
  lon: Float64Array;
  /** Uncertainty radius (metres) of the spot's place kind; 0 = a sited point. */
  haloM: Float64Array;
  /** The spot of each incident slot of the filter index; −1 when the incident has no located place. */
  spotOfSlot: Int32Array;
}

const layouts = new WeakMap<FilterIndex, SpotLayout>();

export function spotLayout(ix: FilterIndex, placesById: ReadonlyMap<string, Place>): SpotLayout {
  const known = layouts.get(ix);
  if (known) return known;
  // Each place located once: the place its incidents are drawn at (−1: none located).
  const drawnAt = new Int32Array(ix.placeIds.length);
  ix.placeIds.forEach((id, p) => {
    const located = locatePlace(id, placesById);
    drawnAt[p] = located === null || located.coordinates === null ? -1 : (ix.placeIndex.get(located.id) ?? -1);
  });
  const spotOfPlace = new Int32Array(ix.placeIds.length).fill(-1);
  for (let i = 0; i < ix.incidentCount; i++) {
    const p = ix.place[i] as number;
    const q = p < 0 ? -1 : (drawnAt[p] as number);
    if (q >= 0) spotOfPlace[q] = 0;
  }
  const placeId: string[] = [];
  const lat: number[] = [];
  const lon: number[] = [];
  const haloM: number[] = [];
  for (let q = 0; q < spotOfPlace.length; q++) {
    if (spotOfPlace[q] !== 0) continue;
    const place = placesById.get(ix.placeIds[q] as string) as Place & { coordinates: { lat: number; lon: number } };
    spotOfPlace[q] = placeId.length;
    placeId.push(place.id);
    lat.push(place.coordinates.lat);
    lon.push(place.coordinates.lon);
    haloM.push(haloMetres(place.kind));
  }
  const spotOfSlot = new Int32Array(ix.incidentCount);
  for (let i = 0; i < ix.incidentCount; i++) {
    const p = ix.place[i] as number;
    const q = p < 0 ? -1 : (drawnAt[p] as number);
    spotOfSlot[i] = q < 0 ? -1 : (spotOfPlace[q] as number);
  }
  const layout: SpotLayout = {
    size: placeId.length,
    placeId,
    lat: Float64Array.from(lat),
    lon: Float64Array.from(lon),
    haloM: Float64Array.from(haloM),
    spotOfSlot,
  };
  layouts.set(ix, layout);
  return layout;
}

const P = PERPETRATORS.length;

/** Sums over a group of spots (a cluster's), with where the group's non-empty spots lie. */
export interface GroupTally {
  summary: ClusterSummary;
  /** How many of the group's spots hold a selected incident. */
  spots: number;
  /** The one non-empty spot when `spots` is 1 (else −1): the group is then drawn as that spot. */
  only: number;
  /** Mean position of the non-empty spots. */
  lat: number;
  lon: number;
}

/**
 * A selection's incidents per spot. `members(g)` are indices into the selection's incidents array, in order;
 * `spot(g)` is the spot as the marks draw it, made on first ask (null when the selection has none there).
 */
export class SpotTally {
  readonly count: Int32Array;
  readonly killed: Float64Array;
  /** Incidents per spot and perpetrator: [g * PERPETRATORS.length + k]. */
  readonly byPerpetrator: Int32Array;
  /** Drawn incidents per perpetrator, over every spot (indexed as PERPETRATORS). */
  readonly perpetratorTotals: Int32Array;
  /** CSR: the members of spot g are memberOf[memberStart[g] .. memberStart[g + 1]). */
  private readonly memberStart: Int32Array;
  private readonly memberOf: Int32Array;
  private readonly made = new Map<number, Spot>();

  private constructor(
    readonly layout: SpotLayout,
    /** Ids of the selected incidents with no located place (not drawn). */
    readonly unlocated: readonly string[],
    /** How many selected incidents are drawn. */
    readonly located: number,
  ) {
    const n = layout.size;
    this.count = new Int32Array(n);
    this.killed = new Float64Array(n);
    this.byPerpetrator = new Int32Array(n * P);
    this.perpetratorTotals = new Int32Array(P);
    this.memberStart = new Int32Array(n + 1);
    this.memberOf = new Int32Array(located);
  }

  /** Fills the tally (see `tallySpots`). */
  static fill(
    layout: SpotLayout,
    ix: Pick<FilterIndex, 'upperKilled' | 'perpetrator'>,
    slots: Int32Array,
    incidents: readonly Incident[],
  ): SpotTally {
    const unlocated: string[] = [];
    let located = 0;
    for (let j = 0; j < incidents.length; j++) {
      if ((layout.spotOfSlot[slots[j] as number] as number) < 0) unlocated.push((incidents[j] as Incident).id);
      else located++;
    }
    const tally = new SpotTally(layout, unlocated, located);
    const { count, killed, byPerpetrator, perpetratorTotals, memberStart, memberOf } = tally;
    for (let j = 0; j < incidents.length; j++) {
      const slot = slots[j] as number;
      const g = layout.spotOfSlot[slot] as number;
      if (g < 0) continue;
      const k = ix.perpetrator[slot] as number;
      count[g]!++;
      killed[g]! += Math.max(0, ix.upperKilled[slot] as number);
      byPerpetrator[g * P + k]!++;
      perpetratorTotals[k]!++;
    }
    // Members grouped by spot, in selection order (a counting sort).
    for (let g = 0; g < layout.size; g++) memberStart[g + 1] = (memberStart[g] as number) + (count[g] as number);
    const next = memberStart.slice(0, layout.size);
    for (let j = 0; j < incidents.length; j++) {
      const g = layout.spotOfSlot[slots[j] as number] as number;
      if (g >= 0) memberOf[next[g]!++] = j;
    }
    return tally;
  }

  /** Indices (into the selection's incidents) of the incidents drawn at spot g. */
  members(g: number): Int32Array {
    return this.memberOf.subarray(this.memberStart[g], this.memberStart[g + 1]);
  }

  summary(g: number): ClusterSummary {
    return {
      count: this.count[g] ?? 0,
      killed: this.killed[g] ?? 0,
      byPerpetrator: Array.from(this.byPerpetrator.subarray(g * P, g * P + P)),
    };
  }

  spot(g: number): Spot | null {
    if (!((this.count[g] ?? 0) > 0)) return null;
    let spot = this.made.get(g);
    if (!spot) {
      const { placeId, lat, lon, haloM } = this.layout;
      spot = {
        placeId: placeId[g] as string,
        lat: lat[g] as number,
        lon: lon[g] as number,
        haloM: haloM[g] as number,
        members: Array.from(this.members(g)),
        summary: this.summary(g),
      };
      this.made.set(g, spot);
    }
    return spot;
  }

  /** The spots holding a selected incident, in spot order. */
  spots(): number[] {
    const out: number[] = [];
    for (let g = 0; g < this.layout.size; g++) if ((this.count[g] as number) > 0) out.push(g);
    return out;
  }

  /** Sums over the spots `group` (a cluster's leaves). */
  group(group: ArrayLike<number>): GroupTally {
    const summary: ClusterSummary = { count: 0, killed: 0, byPerpetrator: new Array<number>(P).fill(0) };
    let spots = 0;
    let only = -1;
    let lat = 0;
    let lon = 0;
    for (let i = 0; i < group.length; i++) {
      const g = group[i] as number;
      const c = this.count[g] as number;
      if (c === 0) continue;
      spots++;
      only = g;
      lat += this.layout.lat[g] as number;
      lon += this.layout.lon[g] as number;
      summary.count += c;
      summary.killed += this.killed[g] as number;
      for (let k = 0; k < P; k++) summary.byPerpetrator[k]! += this.byPerpetrator[g * P + k] as number;
    }
    return {
      summary,
      spots,
      only: spots === 1 ? only : -1,
      lat: spots ? lat / spots : 0,
      lon: spots ? lon / spots : 0,
    };
  }
}

/**
 * Counts a selection's incidents per spot: `incidents[j]` sits at filter-index slot `slots[j]` (as the selection
 * pass gives them). One pass into typed arrays, no object per incident or spot: at 100k this is what a filter
 * change costs the map before drawing.
 */
export function tallySpots(
  ix: FilterIndex,
  placesById: ReadonlyMap<string, Place>,
  slots: Int32Array,
  incidents: readonly Incident[],
): SpotTally {
  return SpotTally.fill(spotLayout(ix, placesById), ix, slots, incidents);
}
