import type { Claim, Dataset, Place, Report, Source } from './schema';
import { Dataset as DatasetSchema, SCHEMA_VERSION } from './schema';
import { deriveEvents } from './derive';
import { finalizeClaims } from './dataset';

/** Builds the published dataset from its records, deriving incidents and tallies, and validates it whole. */
export function assembleDataset(parts: {
  reports: Report[];
  sources: Source[];
  places: Place[];
  claims: Claim[];
  title?: string;
  generatedAt: string;
}): Dataset {
  const claims = finalizeClaims(parts.claims, parts.reports);
  const { incidents, tallies } = deriveEvents(claims);
  const usedSources = new Set(claims.map((c) => c.source_id));
  return DatasetSchema.parse({
    format: 'rasd-dataset',
    version: SCHEMA_VERSION,
    generated_at: parts.generatedAt,
    ...(parts.title === undefined ? {} : { title: parts.title }),
    reports: parts.reports,
    // Ship only what the claims use: the dictionary may be far larger than one dataset needs.
    sources: parts.sources.filter((s) => usedSources.has(s.id)),
    places: parts.places,
    claims,
    incidents,
    tallies,
  });
}
