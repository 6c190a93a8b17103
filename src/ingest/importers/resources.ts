/** The importers' one file-reading step: the governorate places from data/, as the report dataset builds them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Place } from '../../domain/schema';
import { GazetteerRecord, placesFromGazetteer } from '../gazetteer';
import type { ImportResources } from './shared';

/** The 14 governorate places exactly as the report dataset builds them, so both datasets share `gov-SY…` records. */
export function loadImportResources(dataDir: string): ImportResources {
  const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
  const extras = z.array(Place).parse(readJson(join(dataDir, 'places', 'places.json')));
  const gazetteer = z
    .array(GazetteerRecord.passthrough())
    .parse(readJson(join(dataDir, 'geo', 'gazetteer.json')))
    .filter((r) => r.kind === 'governorate');
  const governorates = placesFromGazetteer(
    gazetteer,
    extras.filter((p) => p.kind === 'governorate'),
  ).filter((p) => p.kind === 'governorate');
  return { governorates };
}
