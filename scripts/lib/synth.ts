import type { Claim, Count, Dataset, IsoDate, Place, Report, Source } from '../../src/domain/schema';
import { assembleDataset } from '../../src/domain/assemble';
import { claimCounts } from '../../src/domain/claimCounts';
import { dayNumber, daysBetween, isoDay } from '../../src/domain/isoDay';
import { PERPETRATORS, WEAPONS } from '../../src/domain/vocabulary';
import { placesFromGazetteer, type GazetteerRecord } from '../../src/ingest/gazetteer';

/**
 * A deterministic synthetic dataset for benchmarks: `n` incidents with 1–4 claims each (most have one, as in real
 * data), a tally for every 20 incidents, spread over the gazetteer's places and 2012–2025. Schema-valid by
 * construction (assembleDataset validates it). The same seed always gives the same bytes.
 */

/** mulberry32: a tiny, well-distributed seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = dayNumber('2012-01-01');
const DAYS = daysBetween('2012-01-01', '2025-12-31');
/** Day `d` of the span (0: 2012-01-01). */
const spanDay = (d: number) => isoDay(START + d);

const PRECISION_OF: Record<string, Claim['place']['precision']> = {
  neighborhood: 'neighborhood',
  city: 'city',
  town: 'city',
  village: 'city',
  governorate: 'governorate',
};

export function generateSynthetic(opts: {
  n: number;
  seed: number;
  gazetteer: readonly GazetteerRecord[];
  sources: readonly Source[];
}): Dataset {
  const random = rng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const usedPlaces = new Map<string, Place>();
  const allPlaces = new Map(placesFromGazetteer(opts.gazetteer, []).map((p) => [p.id, p]));
  /** Ships a place with its ancestors, so every parent link resolves. */
  const shipWithAncestors = (id: string) => {
    for (let p = allPlaces.get(id); p && !usedPlaces.has(p.id); p = p.parent ? allPlaces.get(p.parent) : undefined) {
      usedPlaces.set(p.id, p);
    }
  };
  const named = opts.sources.filter((s) => s.kind !== 'unattributed');
  const unattributed = opts.sources.find((s) => s.kind === 'unattributed');
  const claimSources = unattributed ? [...named, unattributed] : named;
  for (const r of opts.gazetteer) if (r.kind === 'governorate') shipWithAncestors(r.id);
  const candidates = opts.gazetteer.filter((r) => r.kind !== 'governorate');

  const reportsCount = Math.max(1, Math.ceil(opts.n / 10));
  const reports: Report[] = Array.from({ length: reportsCount }, (_, i) => ({
    id: `synth-${i}`,
    file: `synth-${i}.txt`,
    outlet: 'Synthetic',
    outlet_ar: 'بيانات اصطناعية',
    published: spanDay(Math.floor((i / reportsCount) * DAYS)) as IsoDate,
    published_basis: 'stated in text',
  }));

  const claims: Claim[] = [];
  const count = (k: number): Count => ({ min: k, max: k, qualifier: 'exact' });
  const makeClaim = (
    id: string,
    event: string,
    kind: Claim['kind'],
    place: GazetteerRecord,
    day: number,
    span: number,
    killed: number,
    source: Source,
  ) => {
    const quote = `قتل ${killed} مدنيا في ${place.names_ar[0] ?? place.name_en}`;
    claims.push({
      id,
      kind,
      event,
      quote,
      source: source.name_en,
      source_ar: source.kind === 'unattributed' ? null : (source.names_ar[0] ?? null),
      date: { from: spanDay(day), to: spanDay(Math.min(DAYS, day + span)), basis: 'synthetic' },
      time_of_day: null,
      place: {
        governorate: place.governorate,
        city: place.kind === 'neighborhood' || place.kind === 'governorate' ? null : place.name_en,
        neighborhood: place.kind === 'neighborhood' ? place.name_en : null,
        text_ar: place.names_ar[0] ?? null,
        precision: PRECISION_OF[place.kind] ?? 'city',
      },
      perpetrator: pick(PERPETRATORS),
      weapon: pick(WEAPONS),
      victims: 'civilians',
      ...claimCounts({ killed: count(killed), injured: random() < 0.5 ? count(Math.floor(killed * 1.5)) : null }),
      status: 'reported',
      supersedes: null,
      notes: '',
      report_id: `synth-${Math.floor(random() * reportsCount)}`,
      source_id: source.id,
      place_id: place.id,
      quote_start: 0,
      quote_end: quote.length,
    } as Claim);
  };

  for (let i = 0; i < opts.n; i++) {
    const place = pick(candidates);
    shipWithAncestors(place.id);
    const day = Math.floor(random() * DAYS);
    const base = 1 + Math.floor(-Math.log(1 - random()) * 6); // heavy-tailed, like real tolls
    const r = random();
    const claimCount = r < 0.6 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4;
    for (let k = 0; k < claimCount; k++) {
      const killed = k === 0 ? base : Math.max(0, base + Math.floor((random() - 0.4) * base));
      makeClaim(`s${i}-${k}`, `synth-incident-${i}`, 'incident', place, day, 0, killed, pick(claimSources));
    }
    if (i % 20 === 19) {
      const gov = opts.gazetteer.find((g) => g.kind === 'governorate' && g.governorate === place.governorate) ?? place;
      makeClaim(`t${i}`, `synth-tally-${i}`, 'tally', gov, day, 6, base * 5, pick(claimSources));
    }
  }

  return assembleDataset({
    reports,
    sources: [...opts.sources],
    places: [...usedPlaces.values()],
    claims,
    title: `Synthetic ${opts.n} incidents (seed ${opts.seed})`,
    generatedAt: '2025-12-31',
  });
}
