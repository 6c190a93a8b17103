import { describe, expect, it } from 'vitest';
import { indexIncidentsByArea, talliesAgainstIncidents } from '../../src/domain/aggregateTallies';
import { shippedModel } from '../helpers/dataset';

const model = shippedModel();
const HARAT_AL_BADU = 'raqqa-2017-08-20-harat-al-badu-coalition-strike';

describe('talliesAgainstIncidents on the shipped data', () => {
  const rows = new Map(
    talliesAgainstIncidents(
      model.tallies,
      indexIncidentsByArea(model.incidents, model.placesById),
      model.placesById,
    ).map((r) => [r.tallyId, { ...r, incidentIds: Array.from(r.incidentIndices, (i) => model.incidents[i]!.id) }]),
  );

  it('SOHR: 125 in a week in Raqqa city; the incidents in the dataset account for 27 (Harat al-Badu)', () => {
    const r = rows.get('raqqa-city-2017-08-16-to-22-coalition-week-tally')!;
    expect(r.tallyKilled).toEqual({ min: 125, max: 125 });
    expect(r.incidentIds).toEqual([HARAT_AL_BADU]);
    expect(r.incidentsKilled).toEqual({ min: 27, max: 27, open: false });
  });

  it('a region counts the incidents of its member governorates (Idlib and Aleppo, 1 December 2024)', () => {
    const r = rows.get('idlib-aleppo-2024-12-01-daily-tally')!;
    expect(r.incidentIds.sort()).toEqual([
      'aleppo-2024-12-01-university-hospital-strike',
      'idlib-city-2024-12-01-earlier-airstrikes',
      'idlib-city-2024-12-01-qusour-khamara-shamali-strikes',
    ]);
    // 16+ and 8 in Idlib, 12 in Aleppo: "more than 36" against the tally's "more than 35".
    expect(r.incidentsKilled).toEqual({ min: 36, max: 36, open: true });
  });

  it('does not count al-Jazra (outside Raqqa city) against the OHCHR Raqqa city tally', () => {
    expect(rows.get('raqqa-city-2017-06-onward-ohchr-tally')!.incidentIds).toEqual([]);
  });

  it('cannot compare an undated tally', () => {
    expect(rows.get('raqqa-countryside-2017-landmine-remnants-tally')!.comparable).toBe(false);
    expect([...rows.values()].filter((r) => r.comparable)).toHaveLength(9);
  });
});
