/**
 * Linking the reports' incidents to dataset records: on the real data, the founding reports' Harat al-Badu
 * 2017-08-20 and al-Jazra 2017-06-08 find the UCDP events the issue names; on small made-up records, the window
 * follows the incident's precision and the ranking goes date, then distance, then count.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFigures, dictionarySourceId, formatFiguresNote, readFigures } from '../../src/domain/datasetFigures';
import {
  datasetEvents,
  describeCandidate,
  distanceKm,
  incidentLocation,
  indexByDay,
  linkIncident,
  linkIncidents,
  recordOrigins,
  sharedOrigins,
  type DatasetEvent,
} from '../../src/domain/linking';
import { z } from 'zod';
import { Dataset, Source, type Claim, type Incident, type Place } from '../../src/domain/schema';
import { validateDataset } from '../../src/domain/validate';

const reports = Dataset.parse(JSON.parse(readFileSync('tests/fixtures/dataset-v2/dataset.json', 'utf8')));
const reportPlaces = new Map(reports.places.map((p) => [p.id, p]));
const loaded = validateDataset(JSON.parse(readFileSync('public/datasets/ucdp-ged-syria.json', 'utf8')));
if (!loaded.ok) throw new Error(loaded.detail);
const ucdp = loaded.dataset;
const ucdpIndex = indexByDay(datasetEvents(ucdp.claims, new Map(ucdp.places.map((p) => [p.id, p]))));
const incident = (id: string) => reports.incidents.find((i) => i.id === id) as Incident;

describe('the founding reports against UCDP GED (real data)', () => {
  it('links Harat al-Badu 2017-08-20 first to UCDP Raqqa 2017-08-20, civilians best 27 (24–52)', () => {
    const [first] = linkIncident(incident('raqqa-2017-08-20-harat-al-badu-coalition-strike'), reportPlaces, ucdpIndex);
    expect(first?.event.claim.id).toBe('ucdp-247119');
    expect(first?.event.figures).toMatchObject({ figure: 27, low: 24, high: 52, civilians: 27 });
    expect(first?.dateGapDays).toBe(0);
    expect(first && describeCandidate(first)).toBe('UCDP GED: best 27 (24–52), sources SOHR; Airwars');
  });

  it('links al-Jazra 2017-06-08 first to UCDP Raqqa 2017-06-08, best 15 (14–16)', () => {
    const [first] = linkIncident(incident('raqqa-2017-06-08-jazra-internet-cafe'), reportPlaces, ucdpIndex);
    expect(first?.event.claim.id).toBe('ucdp-242988');
    expect(describeFigures('UCDP GED', first?.event.figures as DatasetEvent['figures'])).toBe(
      'UCDP GED: best 15 (14–16), sources SOHR; Airwars',
    );
    expect(first?.distanceKm).toBeGreaterThan(3); // al-Jazra's own point lies west of UCDP's Raqqa town point
  });

  // Its speed (well under a millisecond per incident) is a benchmark's business, not a test's: no clock here.
  it('links every report incident, and none dated 2024 (UCDP ends in 2019)', () => {
    const links = linkIncidents(reports.incidents, reportPlaces, ucdpIndex);
    expect([...links.keys()].some((id) => id.includes('2024'))).toBe(false);
    expect(links.has('raqqa-2017-09-harat-al-badu-residential-building')).toBe(false); // undated
  });

  it('maps the sources UCDP coded from to our dictionary where it knows them', () => {
    const dictionary = z.array(Source).parse(JSON.parse(readFileSync('data/sources.json', 'utf8')));
    const names = ['SOHR', 'Airwars', 'Air Wars', 'VDC', 'Waha Report'];
    expect(names.map((n) => dictionarySourceId(n, dictionary))).toEqual([
      'sohr',
      'airwars',
      'airwars',
      'violations-documentation-center',
      null,
    ]);
  });
});

// Made-up records around Raqqa (35.95, 39.01) for the window and ranking rules.
const RAQQA = { lat: 35.95, lon: 39.01 };
const places: Place[] = [
  { id: 'gov', name_en: 'Raqqa', names_ar: [], kind: 'governorate', governorate: 'Raqqa', coordinates: { lat: 36.0, lon: 39.0 }, parent: null },
  { id: 'city', name_en: 'Raqqa', names_ar: [], kind: 'city', governorate: 'Raqqa', coordinates: RAQQA, parent: 'gov' },
  { id: 'nbhd', name_en: 'a quarter', names_ar: [], kind: 'neighborhood', governorate: 'Raqqa', coordinates: RAQQA, parent: 'city' },
  { id: 'nbhd-unlocated', name_en: 'a quarter', names_ar: [], kind: 'neighborhood', governorate: 'Raqqa', coordinates: null, parent: 'city' },
]; // prettier-ignore
const placesById = new Map(places.map((p) => [p.id, p]));

/** A record `km` east of Raqqa on `day`, with `best` dead (`civilians` of them civilians). */
function record(id: string, day: string, km: number, best: number, civilians: number | null = null, within = 0): DatasetEvent {
  const point = { lat: RAQQA.lat, lon: RAQQA.lon + km / (111.32 * Math.cos((RAQQA.lat * Math.PI) / 180)) };
  const figures = { figure: best, measure: 'best' as const, low: best, high: best, civilians, uncertaintyKm: within, sources: ['SOHR'] };
  const claim = { id, dataset: 'test', notes: formatFiguresNote(figures), date: { from: day, to: day } } as unknown as Claim;
  const dayNo = Date.parse(`${day}T00:00:00Z`) / 86_400_000;
  return { claim, figures, fromDay: dayNo, toDay: dayNo, point };
} // prettier-ignore

function anIncident(placeId: string, precision: Incident['precision'], date: string | null, killed: number | null = 10): Incident {
  return {
    id: 'i', kind: 'incident', claim_ids: ['c'], current_claim_ids: ['c'], place_id: placeId, precision,
    date: date === null ? null : ({ from: date, to: date } as Incident['date']), governorate: 'Raqqa',
    perpetrator: 'unknown', weapon: 'unknown', victims: 'civilians', killed: killed === null ? null : { min: killed, max: killed },
    injured: null, source_ids: [], source_count: 0, discrepancy: null, preliminary: false, revised: false,
  };
} // prettier-ignore

const ids = (found: { event: DatasetEvent }[]) => found.map((c) => c.event.claim.id);

describe('the window follows the incident’s precision', () => {
  const index = indexByDay([
    record('same-spot', '2017-08-20', 0, 10),
    record('8km', '2017-08-20', 8, 10),
    record('30km', '2017-08-20', 30, 10),
    record('100km', '2017-08-20', 100, 10),
    record('day-after', '2017-08-21', 0, 10),
    record('two-days-after', '2017-08-22', 0, 10),
  ]);
  const link = (i: Incident) => ids(linkIncident(i, placesById, index, { limit: 10 }));

  it.each([
    ['nbhd', 'neighborhood', ['same-spot', 'day-after']],
    ['city', 'city', ['same-spot', '8km', 'day-after']],
    ['city', 'district', ['same-spot', '8km', '30km', 'day-after']],
    ['gov', 'governorate', ['same-spot', '8km', '30km', '100km', 'day-after']],
  ] as const)('%s at %s precision links %j', (placeId, precision, expected) => {
    expect(link(anIncident(placeId, precision, '2017-08-20')).sort()).toEqual([...expected].sort());
  });

  it('treats a neighbourhood drawn at its city as city-precise', () => {
    expect(incidentLocation(anIncident('nbhd-unlocated', 'neighborhood', null), placesById)?.precision).toBe('city');
    expect(link(anIncident('nbhd-unlocated', 'neighborhood', '2017-08-20'))).toContain('8km');
  });

  it('widens to a record’s own imprecision (UCDP where_prec 2: within 25 km)', () => {
    const loose = indexByDay([record('loose-20km', '2017-08-20', 20, 10, null, 25)]);
    expect(ids(linkIncident(anIncident('nbhd', 'neighborhood', '2017-08-20'), placesById, loose))).toEqual([
      'loose-20km',
    ]);
  });

  it('links an undated incident only when asked, by place alone', () => {
    expect(link(anIncident('nbhd', 'neighborhood', null))).toEqual([]);
    const found = linkIncident(anIncident('nbhd', 'neighborhood', null), placesById, index, {
      includeUndated: true,
      limit: 10,
    });
    expect(ids(found).sort()).toEqual(['day-after', 'same-spot', 'two-days-after']);
  });

  it('links an incident with no located place to nothing', () => {
    expect(link({ ...anIncident('nbhd', 'neighborhood', '2017-08-20'), place_id: null })).toEqual([]);
  });
});

describe('the ranking: date gap, then distance band, then count', () => {
  it('puts the same day before the next, however close the count', () => {
    const index = indexByDay([record('next-day-exact', '2017-08-21', 0, 27), record('same-day-far-count', '2017-08-20', 0, 3)]);
    expect(ids(linkIncident(anIncident('city', 'city', '2017-08-20', 27), placesById, index))).toEqual(['same-day-far-count', 'next-day-exact']);
  });

  it('puts a record spanning a month after the next day’s record, though it overlaps the day', () => {
    const month = { ...record('month', '2017-08-01', 0, 27), toDay: record('x', '2017-08-31', 0, 0).toDay };
    const index = indexByDay([month, record('next-day', '2017-08-21', 0, 3)]);
    const found = linkIncident(anIncident('city', 'city', '2017-08-20', 27), placesById, index);
    expect(ids(found)).toEqual(['next-day', 'month']);
    expect(found.map((c) => [c.dateGapDays, c.dateDistanceDays])).toEqual([[1, 1], [0, 19]]);
  });

  it('puts a nearer band first, and within a band the closer count', () => {
    const index = indexByDay([
      record('12km-exact', '2017-08-20', 12, 27),
      record('1km-close', '2017-08-20', 1, 24),
      record('2km-far', '2017-08-20', 2, 4),
    ]);
    expect(ids(linkIncident(anIncident('city', 'city', '2017-08-20', 27), placesById, index))).toEqual(['1km-close', '2km-far', '12km-exact']);
  });

  it('compares a civilian incident with the record’s civilians when it breaks them out', () => {
    const index = indexByDay([record('27-soldiers', '2017-08-20', 0, 27, 0), record('20-civilians', '2017-08-20', 0, 22, 20)]);
    expect(ids(linkIncident(anIncident('city', 'city', '2017-08-20', 20), placesById, index))[0]).toBe('20-civilians');
  });
}); // prettier-ignore

describe('figures in notes', () => {
  it('round-trip through notes, with free segments after them', () => {
    const f = { figure: 27, measure: 'best' as const, low: 24, high: 52, civilians: 27, uncertaintyKm: 25, sources: ['SOHR', 'Airwars'] };
    const notes = formatFiguresNote(f, ['sides: IS – SDF (type 2, non-state)']);
    expect(notes).toBe('best: 27 | range: 24–52 | civilians: 27 | location: within 25 km | sources: SOHR; Airwars | sides: IS – SDF (type 2, non-state)');
    expect(readFigures({ notes, dataset: 'ucdp-ged' })).toEqual(f);
  }); // prettier-ignore

  it('are absent from claims read from reports', () => {
    expect(readFigures({ notes: 'best: 3', dataset: undefined } as unknown as Claim)).toBeNull();
  });

  it('describe a single-figure record without a range', () => {
    const f = {
      figure: 4,
      measure: 'fatalities' as const,
      low: 4,
      high: 4,
      civilians: null,
      uncertaintyKm: 0,
      sources: [],
    };
    expect(describeFigures('ACLED', f)).toBe('ACLED: fatalities 4');
  });

  it('measure great-circle distance in km', () => {
    expect(distanceKm({ lat: 35.952829, lon: 39.007879 }, { lat: 35.94299, lon: 38.96316 })).toBeCloseTo(4.2, 1);
  });
});

describe('independence of a linked record', () => {
  const dictionary = z.array(Source).parse(JSON.parse(readFileSync('data/sources.json', 'utf8')));
  const figures = { sources: ['SOHR', 'Airwars', 'Waha Report', 'SOHR'] };

  it('names the sources a record was coded from by our ids, once each, unknown names left out', () => {
    expect(recordOrigins(figures, dictionary)).toEqual(['sohr', 'airwars']);
  });

  it('says which of an incident’s own sources the record repeats', () => {
    expect(sharedOrigins({ source_ids: ['sohr'] }, figures, dictionary)).toEqual(['sohr']);
    expect(sharedOrigins({ source_ids: ['rbss', 'unattributed'] }, figures, dictionary)).toEqual([]);
  });
});
