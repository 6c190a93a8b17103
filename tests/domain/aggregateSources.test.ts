import { describe, expect, it } from 'vitest';
import {
  countRepeating,
  sourceAgreement,
  sourceAgreementWith,
  sourceComparison,
} from '../../src/domain/aggregateSources';
import type { Claim, Incident } from '../../src/domain/schema';
import { shippedModel, shippedValid } from '../helpers/dataset';

const model = shippedModel();
const HARAT_AL_BADU = 'raqqa-2017-08-20-harat-al-badu-coalition-strike';

describe('sourceComparison', () => {
  it("shows SOHR's Harat al-Badu toll as a step from 17 to 27, the 17 superseded", () => {
    const { rows, revisions } = sourceComparison(
      model.eventsById.get(HARAT_AL_BADU)!,
      model.claimsById,
      model.reportsById,
    );
    expect(rows.map((r) => [r.claimId, r.sourceId, r.step, r.status, r.superseded, r.killed?.min])).toEqual([
      ['001-1', 'sohr', 1, 'reported', true, 17],
      ['001-2', 'sohr', 2, 'revised', false, 27],
    ]);
    expect(rows[1]!.childrenKilled).toEqual({ min: 7, max: 7, qualifier: 'exact' });
    expect(rows[1]!.published).toBe('2017-08-22');
    expect(revisions).toEqual([{ sourceId: 'sohr', figures: [17, 27], claimIds: ['001-1', '001-2'] }]);
  });

  it('keeps each source of al-Jazra café apart, without revisions', () => {
    const { rows, revisions } = sourceComparison(
      model.eventsById.get('raqqa-2017-06-08-jazra-internet-cafe')!,
      model.claimsById,
      model.reportsById,
    );
    expect(rows.map((r) => [r.sourceId, r.killed])).toEqual([
      ['unattributed', { min: 14, max: 14, qualifier: 'exact' }],
      ['local-sources', { min: 14, max: null, qualifier: 'at_least' }],
    ]);
    expect(revisions).toEqual([]);
  });

  it('marks preliminary claims', () => {
    const { rows } = sourceComparison(
      model.eventsById.get('idlib-city-2024-12-01-earlier-airstrikes')!,
      model.claimsById,
      model.reportsById,
    );
    expect(rows.map((r) => [r.sourceId, r.status, r.womenKilled?.min])).toEqual([['white-helmets', 'preliminary', 1]]);
  });
});

describe('sourceAgreement', () => {
  it('on the shipped data: only al-Jazra has two sources, and both say 14', () => {
    expect(sourceAgreement(model.incidents, model.claimsById)).toEqual([
      {
        sourceId: 'local-sources',
        incidents: 1,
        higher: 0,
        lower: 0,
        same: 1,
        meanRelativeDeviation: 0,
        meanDeviation: 0,
      },
      {
        sourceId: 'unattributed',
        incidents: 1,
        higher: 0,
        lower: 0,
        same: 1,
        meanRelativeDeviation: 0,
        meanDeviation: 0,
      },
    ]);
  });

  it('measures each source against the median of the sources of each incident', () => {
    // Three sources on one incident: 10, 20, 40 → median 20. On a second: 30 and 10 → median 20.
    const claim = (id: string, source: string, n: number, event: string) =>
      ({ id, source_id: source, event, killed: { min: n, max: n, qualifier: 'exact' } }) as Claim;
    const claims = [
      claim('a1', 'a', 10, 'e1'),
      claim('b1', 'b', 20, 'e1'),
      claim('c1', 'c', 40, 'e1'),
      claim('a2', 'a', 30, 'e2'),
      claim('c2', 'c', 10, 'e2'),
    ];
    const incident = (id: string, ids: string[]) =>
      ({ id, current_claim_ids: ids, source_count: ids.length }) as unknown as Incident;
    const rows = sourceAgreement(
      [incident('e1', ['a1', 'b1', 'c1']), incident('e2', ['a2', 'c2'])],
      new Map(claims.map((c) => [c.id, c])),
    );
    expect(rows).toEqual([
      { sourceId: 'a', incidents: 2, higher: 1, lower: 1, same: 0, meanRelativeDeviation: 0, meanDeviation: 0 },
      { sourceId: 'c', incidents: 2, higher: 1, lower: 1, same: 0, meanRelativeDeviation: 0.25, meanDeviation: 5 },
      { sourceId: 'b', incidents: 1, higher: 0, lower: 0, same: 1, meanRelativeDeviation: 0, meanDeviation: 0 },
    ]);
  });
});

describe('sourceAgreementWith: an established dataset as one more source', () => {
  const dataset = shippedValid();
  const claimsById = new Map(dataset.claims.map((c) => [c.id, c]));
  it("puts UCDP's 27 beside SOHR's standing 27 for Harat al-Badu, and its 15 against al-Jazra's two 14s", () => {
    const figures = new Map([
      ['raqqa-2017-08-20-harat-al-badu-coalition-strike', { sourceId: 'ucdp-ged', figure: 27 }],
      ['raqqa-2017-06-08-jazra-internet-cafe', { sourceId: 'ucdp-ged', figure: 15 }],
    ]);
    const rows = sourceAgreementWith(dataset.incidents, claimsById, figures);
    // Harat al-Badu: SOHR 27 (17 was revised away) and UCDP 27 agree. Al-Jazra: outlet 14, local sources 14, UCDP 15:
    // median 14, so UCDP is higher there, the two report sources at the median.
    expect(rows.find((r) => r.sourceId === 'ucdp-ged')).toMatchObject({ incidents: 2, higher: 1, same: 1, lower: 0 });
    expect(rows.find((r) => r.sourceId === 'sohr')).toMatchObject({ incidents: 1, same: 1 });
    expect(rows.find((r) => r.sourceId === 'local-sources')).toMatchObject({ incidents: 1, same: 1 });
  });
  it('equals the plain agreement when the dataset links nothing', () => {
    const plain = sourceAgreement(dataset.incidents, claimsById);
    expect(sourceAgreementWith(dataset.incidents, claimsById, new Map())).toEqual(plain);
  });
});

describe('independence: a repeated origin is one voice, not a confirmation', () => {
  const dataset = shippedValid();
  const claimsById = new Map(dataset.claims.map((c) => [c.id, c]));
  const HARAT = 'raqqa-2017-08-20-harat-al-badu-coalition-strike';
  const JAZRA = 'raqqa-2017-06-08-jazra-internet-cafe';

  it('does not count UCDP GED coded from SOHR as agreeing with SOHR', () => {
    const figures = new Map([[HARAT, { sourceId: 'ucdp-ged', figure: 27, origins: ['sohr', 'airwars'] }]]);
    const rows = sourceAgreementWith(dataset.incidents, claimsById, figures);
    // Harat al-Badu then has one voice (SOHR): it drops out, and UCDP is not in the chart at all.
    expect(rows.find((r) => r.sourceId === 'ucdp-ged')).toBeUndefined();
    expect(rows.find((r) => r.sourceId === 'sohr')).toBeUndefined();
    expect(countRepeating(dataset.incidents, figures)).toBe(1);
  });

  it('still counts UCDP GED where its origins are not among the incident’s sources', () => {
    const figures = new Map([
      [HARAT, { sourceId: 'ucdp-ged', figure: 27, origins: ['sohr'] }],
      [JAZRA, { sourceId: 'ucdp-ged', figure: 15, origins: ['airwars'] }],
    ]);
    const rows = sourceAgreementWith(dataset.incidents, claimsById, figures);
    expect(rows.find((r) => r.sourceId === 'ucdp-ged')).toMatchObject({ incidents: 1, higher: 1 });
    expect(countRepeating(dataset.incidents, figures)).toBe(1);
  });

  it('counts two reports quoting one origin as one source', () => {
    // SOHR quoted by two outlets (20 and 26) and one other source (24): SOHR is one voice at its highest, 26.
    const claim = (id: string, source: string, n: number) =>
      ({ id, source_id: source, event: 'e', killed: { min: n, max: n, qualifier: 'exact' } }) as Claim;
    const claims = [claim('x', 'sohr', 20), claim('y', 'sohr', 26), claim('z', 'other', 24)];
    const incident = {
      id: 'e',
      current_claim_ids: ['x', 'y', 'z'],
      source_ids: ['sohr', 'other'],
      source_count: 2,
    } as unknown as Incident;
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const rows of [sourceAgreement([incident], byId), sourceAgreementWith([incident], byId, new Map())]) {
      expect(rows.map((r) => [r.sourceId, r.incidents])).toEqual([
        ['other', 1],
        ['sohr', 1],
      ]);
      expect(rows.find((r) => r.sourceId === 'sohr')).toMatchObject({ higher: 1 });
    }
  });
});
