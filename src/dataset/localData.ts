/**
 * The loaded dataset plus what the analyst imported on this device, as one dataset, before any view indexes it: every
 * view (map, timeline, charts, list, report view) reads the merged records, so imported claims join them all at
 * once. Incidents and tallies are re-derived from the merged claims (derive.ts), so two sources on one strike in an
 * imported report become one incident with both figures. Rejected claims leave the view data entirely (every figure
 * and chart); the workbench still lists them from the device's own store. Pure.
 */
import { deriveEvents } from '../domain/derive';
import type { Claim } from '../domain/schema';
import type { LocalData } from './localStore';
import { mergedSource } from './details';
import { modelOf, type DatasetModel, type ModelRecords } from './model';

const unionById = <T extends { id: string }>(base: readonly T[], more: readonly T[]): T[] => {
  const ids = new Set(base.map((x) => x.id));
  return [...base, ...more.filter((x) => !ids.has(x.id) && ids.add(x.id))];
};

/** The local claims the merged view shows: not rejected (whole claims, held in memory). */
const shownLocal = (local: LocalData): Claim[] =>
  local.claims.map((c) => c.current).filter((c) => c.review_status !== 'rejected');

export function mergeLocal<B extends ModelRecords>(base: B, local: LocalData): ModelRecords {
  if (local.reports.length === 0 && local.claims.length === 0) return base;
  const shown = shownLocal(local);
  // A report or claim id the loaded dataset already has keeps the dataset's record (imports are renamed on
  // arrival, so this only happens when the same data was both shipped and imported).
  const claims = unionById(base.claims, shown);
  const { incidents, tallies } = deriveEvents(claims);
  return {
    ...base,
    reports: unionById(
      base.reports,
      local.reports.map((r) => r.report),
    ),
    claims,
    places: unionById(base.places, local.places),
    sources: unionById(base.sources, local.sources),
    incidents,
    tallies,
    messages: [...base.messages, ...local.reports.flatMap((r) => r.messages)],
  };
}

/**
 * The model every view reads: the loaded one untouched when nothing was imported. The device's claims answer their
 * details from memory, every other claim from the loaded model's source (a core's chunks stay on demand).
 */
export function withLocal(model: DatasetModel, local: LocalData): DatasetModel {
  if (local.reports.length === 0 && local.claims.length === 0) return model;
  const own = new Map(shownLocal(local).flatMap((c) => (model.claimsById.has(c.id) ? [] : [[c.id, c] as const])));
  const details = mergedSource(
    model.details,
    own,
    local.reports.flatMap((r) => r.messages),
  );
  return modelOf(mergeLocal(model, local), details);
}
