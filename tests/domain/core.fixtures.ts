/**
 * Datasets the core's tests round-trip: the shipped one, a synthetic one, a slice of UCDP GED, and hostile records
 * written here (markup in every text, Arabic with diacritics and tatweel, emoji, empty strings, nulls, absent
 * optionals, a v2 claim with its audit, corrections, spans, bases and traces).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { generateSynthetic } from '../../scripts/lib/synth';
import { Source, type Claim, type Dataset } from '../../src/domain/schema';
import { validateDataset, type ValidDataset } from '../../src/domain/validate';
import { GazetteerRecord } from '../../src/ingest/gazetteer';
import { liveShippedRaw } from '../helpers/dataset';

export function valid(raw: unknown): ValidDataset {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(result.detail);
  return result.dataset;
}

export const shipped = (): ValidDataset => valid(liveShippedRaw());

export function synthetic(n: number): ValidDataset {
  const gazetteer = z.array(GazetteerRecord).parse(JSON.parse(readFileSync('data/geo/gazetteer.json', 'utf8')));
  const sources = z.array(Source).parse(JSON.parse(readFileSync('data/sources.json', 'utf8')));
  return valid(JSON.parse(JSON.stringify(generateSynthetic({ n, seed: 7, gazetteer, sources }))));
}

/** The first `claims` claims of UCDP GED's Syria file, with the reports, sources and places as shipped. */
export function ucdpSlice(claims: number): ValidDataset {
  const raw = JSON.parse(readFileSync('public/datasets/ucdp-ged-syria.json', 'utf8')) as Dataset;
  const { incidents: _i, tallies: _t, ...rest } = raw;
  return valid({ ...rest, claims: raw.claims.slice(0, claims) });
}

export const XSS = '<img src=x onerror=alert(1)>';
/** Arabic with diacritics (harakat, shadda) and tatweel, as some outlets write it. */
export const ARABIC = 'قُتِلَ ثلاثةُ مـــدنيين بقصفٍ على حيّ الشّعار';
export const EMOJI = '💥🚑 غارة 🇸🇾';

/** The shipped dataset with its first claims, report, place and source rewritten to hostile values. */
export function hostile(): ValidDataset {
  const raw = liveShippedRaw();
  const [first, second, third] = raw.claims as [Claim, Claim, Claim, ...Claim[]];
  const words = (s: string, at: number) => ({ quote: s, quote_start: at, quote_end: at + s.length });
  const marked: Claim = {
    ...first,
    ...words(`${XSS} ${ARABIC} ${EMOJI}`, 3),
    source: XSS,
    source_ar: ARABIC,
    notes: `${XSS}\n${EMOJI}`,
    date: { from: '2017-08-20', to: '2017-08-21', basis: XSS } as Claim['date'],
    place: { governorate: null, city: XSS, neighborhood: '', text_ar: ARABIC, precision: 'neighborhood' },
    review_status: 'reviewed',
    audit: [
      { at: '2026-12-01T10:00:00Z', action: 'edit', field: 'killed', from: { min: 3 }, to: null, note: XSS },
      { at: '2026-12-01T10:05:00Z', action: 'accept' },
    ],
    corrections: [{ field: 'source', from: ARABIC, to: XSS, note: EMOJI }],
    spans: { killed: { start: 3, end: 5 } },
    basis: { killed: 'stated', source: 'inferred' },
    trace: { killed: ['count.statement', XSS], source: [] },
    corrected: true,
    dataset: XSS,
  };
  const bare: Claim = { ...second, ...words(EMOJI, 0), notes: '', source_ar: null, time_of_day: null };
  for (const key of ['uid', 'review_status', 'basis', 'trace', 'spans', 'corrections', 'audit'] as const)
    delete (bare as Partial<Claim>)[key];
  const figures: Claim = {
    ...third,
    figures: { measure: 'best', best: 4, low: 3, high: 6, civilians: null, uncertainty_km: 2.5, sources: [XSS, ''] },
  };
  const [report, ...reports] = raw.reports;
  const [place, ...places] = raw.places;
  const [source, ...sources] = raw.sources;
  return valid({
    ...raw,
    title: `${XSS} ${ARABIC}`,
    reports: [{ ...report, title: XSS, url: null, outlet_ar: EMOJI, outlet_basis: '' }, ...reports],
    places: [{ ...place, name_en: XSS, names_ar: [ARABIC, '', EMOJI], coordinates_source: null }, ...places],
    sources: [{ ...source, names_ar: [XSS, ARABIC] }, ...sources],
    claims: [marked, bare, figures, ...raw.claims.slice(3)],
    messages: [...(raw.messages ?? []), { report_id: first.report_id, rule: XSS, reason: ARABIC, start: null, end: 4 }],
  });
}
