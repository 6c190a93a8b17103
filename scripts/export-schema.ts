/** `npm run schema`: writes the dataset contract as JSON Schema (draft 2020-12) into data/schema/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DatasetFile, RECORD_SCHEMAS } from '../src/domain/schema';

const OUT = join('data', 'schema');
mkdirSync(OUT, { recursive: true });

const write = (name: string, schema: z.ZodType, title: string) => {
  const json = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title };
  writeFileSync(join(OUT, `${name}.schema.json`), JSON.stringify(json, null, 2) + '\n');
};

write('dataset', DatasetFile, 'Rasd dataset');
const singular: Record<keyof typeof RECORD_SCHEMAS, string> = {
  reports: 'report',
  sources: 'source',
  places: 'place',
  claims: 'claim',
  incidents: 'incident',
  tallies: 'tally',
  messages: 'message',
};
for (const [name, schema] of Object.entries(RECORD_SCHEMAS)) {
  write(
    singular[name as keyof typeof RECORD_SCHEMAS],
    schema,
    `Rasd ${singular[name as keyof typeof RECORD_SCHEMAS]} record`,
  );
}
console.log(JSON.stringify({ out: OUT, schemas: 1 + Object.keys(RECORD_SCHEMAS).length }));
