/**
 * The dictionaries the ingest pipeline reads with, in the browser: the same files the CLI loads from data/
 * (src/ingest/cli.ts loadResources), validated with the same schemas. The small ones are bundled into the import
 * worker; the gazetteer (3.7 MB) is a same-origin static asset with a content hash in its name, fetched only when
 * the workbench first needs it (never precached for visitors who never import) and then kept by the service
 * worker's runtime cache, so importing works offline after first use.
 */
import { z } from 'zod';
import { Perpetrator, Place, Source, Weapon } from '../domain/schema';
import { GazetteerRecord, placesFromGazetteer } from '../ingest/gazetteer';
import type { Resources } from '../ingest/types';
import sources from '../../data/sources.json';
import places from '../../data/places/places.json';
import perpetrators from '../../data/ingest/perpetrators.json';
import weapons from '../../data/ingest/weapons.json';
import aliases from '../../data/ingest/place-aliases.json';
import gazetteerUrl from '../../data/geo/gazetteer.json?url';

export { gazetteerUrl };

const Entries = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ entries: z.array(z.object({ value, phrases: z.array(z.string()) })) });

/** The gazetteer as places (analyst places over gazetteer records), from its parsed JSON. */
export function gazetteerPlaces(raw: unknown): { places: Place[]; extras: Place[] } {
  const extras = z.array(Place).parse(places);
  return { places: placesFromGazetteer(z.array(GazetteerRecord.passthrough()).parse(raw), extras), extras };
}

/** Everything the pipeline needs, given the parsed gazetteer. */
export function browserResources(gazetteer: unknown): { resources: Resources; extras: Place[] } {
  const { places: all, extras } = gazetteerPlaces(gazetteer);
  return {
    extras,
    resources: {
      sources: z.array(Source).parse(sources),
      places: all,
      perpetrators: Entries(Perpetrator).parse(perpetrators).entries,
      weapons: Entries(Weapon).parse(weapons).entries,
      placeAliases: z.object({ aliases: z.record(z.string(), z.array(z.string())) }).parse(aliases).aliases,
    },
  };
}

/** Fetches the gazetteer from the page's own origin (relative to the built asset). */
export async function fetchGazetteer(signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(gazetteerUrl, signal ? { signal } : {});
  if (!response.ok) throw new Error(`gazetteer: HTTP ${response.status}`);
  return response.json();
}
