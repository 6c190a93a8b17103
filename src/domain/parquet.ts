import { parquetWriteBuffer, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import type { Cell, Table } from './export';
import { dayNumber } from './isoDay';

/**
 * An export table (export.ts: the same rows as the CSV) as an Apache Parquet file, for pandas, R, DuckDB and QGIS.
 * Each column gets the narrowest type all its cells fit, so readers see numbers as numbers and days as dates rather
 * than text: true/false → BOOLEAN, whole numbers → INT32, other numbers → DOUBLE, ISO days (YYYY-MM-DD) → DATE,
 * anything else → UTF-8 text. Empty cells are nulls. Pure: the caller turns the bytes into a download.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const INT32_MAX = 2 ** 31 - 1;

type Kind = 'boolean' | 'int' | 'double' | 'date' | 'string';

/** The narrowest kind every non-null cell of a column fits. A column of nulls only is text. */
function kindOf(cells: readonly Cell[]): Kind {
  let kind: Kind | null = null;
  const widen = (k: Kind): Kind => {
    if (kind === null || kind === k) return k;
    if ((kind === 'int' && k === 'double') || (kind === 'double' && k === 'int')) return 'double';
    return 'string';
  };
  for (const c of cells) {
    if (c === null) continue;
    if (typeof c === 'boolean') kind = widen('boolean');
    else if (typeof c === 'number') kind = widen(Number.isInteger(c) && Math.abs(c) <= INT32_MAX ? 'int' : 'double');
    else kind = widen(ISO_DAY.test(c) && !Number.isNaN(Date.parse(`${c}T00:00:00Z`)) ? 'date' : 'string');
    if (kind === 'string') return kind;
  }
  return kind ?? 'string';
}

/** The Parquet schema element of a column of that kind; every column is nullable. */
function element(name: string, kind: Kind): SchemaElement {
  const repetition_type = 'OPTIONAL';
  switch (kind) {
    case 'boolean':
      return { name, type: 'BOOLEAN', repetition_type };
    case 'int':
      return { name, type: 'INT32', repetition_type };
    case 'double':
      return { name, type: 'DOUBLE', repetition_type };
    case 'date':
      // INT32 days since 1970-01-01, with the logical type readers map to their date type.
      return { name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type };
    case 'string':
      return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
  }
}

/** The Parquet bytes of a table: one column per table column, in order, under its key. */
export function tableToParquet(table: Table): ArrayBuffer {
  const columnData: ColumnSource[] = [];
  const schema: SchemaElement[] = [{ name: 'root', num_children: table.columns.length }];
  for (const { key } of table.columns) {
    const cells = table.rows.map((r) => r[key] ?? null);
    const kind = kindOf(cells);
    schema.push(element(key, kind));
    const data =
      kind === 'date'
        ? cells.map((c) => (c === null ? null : dayNumber(String(c))))
        : kind === 'string'
          ? cells.map((c) => (c === null ? null : String(c)))
          : cells;
    columnData.push({ name: key, data });
  }
  return parquetWriteBuffer({ columnData, schema, createdBy: 'Rasd' });
}
