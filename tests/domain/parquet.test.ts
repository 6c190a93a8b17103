import { readFileSync } from 'node:fs';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/dataset/model';
import { claimsTable, incidentsTable, type Table } from '../../src/domain/export';
import { applyFilters, EMPTY_FILTERS } from '../../src/domain/filter';
import { tableToParquet } from '../../src/domain/parquet';
import { validateDataset } from '../../src/domain/validate';

const result = validateDataset(JSON.parse(readFileSync('tests/fixtures/dataset-v2/dataset.json', 'utf8')));
if (!result.ok) throw new Error(result.detail);
const model = buildModel(result.dataset);
// The claims table and the dataset subset carry quotes and notes: they read whole claims, not the model's summaries.
const whole = { ...model, claimsById: new Map(result.dataset.claims.map((c) => [c.id, c])) };
const everything = applyFilters(model, EMPTY_FILTERS);

/** What a Parquet reader (hyparquet, as pandas or DuckDB would) gets back, with dates as ISO days again. */
async function readBack(table: Table) {
  const file = tableToParquet(table);
  const rows = await parquetReadObjects({ file });
  const schema = parquetSchema(parquetMetadata(file));
  const types = Object.fromEntries(schema.children.map((c) => [c.element.name, c.element]));
  const plain = rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null)]),
    ),
  );
  return { rows: plain, types, names: schema.children.map((c) => c.element.name) };
}

describe('Parquet export', () => {
  it('claims: every row and cell reads back as written, the Arabic quotes intact', async () => {
    const table = claimsTable(everything, whole);
    expect(table.rows.length).toBeGreaterThan(0);
    const { rows, names } = await readBack(table);
    expect(names).toEqual(table.columns.map((c) => c.key));
    expect(rows).toEqual(table.rows);
    expect(rows.some((r) => typeof r.quote === 'string' && /[\u0600-\u06FF]/.test(r.quote))).toBe(true);
  });

  it('incidents: every row reads back; figures are numbers, days are dates, flags are booleans', async () => {
    const table = incidentsTable(everything, model);
    const { rows, types } = await readBack(table);
    expect(rows).toEqual(table.rows);
    expect(types.killed_min?.type).toBe('INT32');
    expect(types.lat?.type).toBe('DOUBLE');
    expect(types.date_from?.converted_type).toBe('DATE');
    expect(types.preliminary?.type).toBe('BOOLEAN');
    expect(types.event_id?.converted_type).toBe('UTF8');
  });

  it('keeps nulls, mixed columns as text, and an empty selection as a valid file with its columns', async () => {
    const table: Table = {
      columns: [
        { key: 'a', header: 'a' },
        { key: 'b', header: 'b' },
        { key: 'c', header: 'c' },
      ],
      rows: [
        { a: 1, b: '2024-01-31', c: null },
        { a: null, b: 'not a day', c: null },
        { a: 2.5, b: null, c: null },
      ],
    };
    const { rows, types } = await readBack(table);
    expect(rows).toEqual(table.rows);
    expect(types.a?.type).toBe('DOUBLE');
    expect(types.b?.converted_type).toBe('UTF8');
    const empty = await readBack({ columns: table.columns, rows: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.names).toEqual(['a', 'b', 'c']);
  });
});
