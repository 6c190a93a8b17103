/**
 * The writing half of the core's column codec (coreColumns.ts describes the format): records to columns, driven by
 * the records' own keys, strings collected into one table. Runs at build time (the site build, not the page).
 */
import type { ColumnType, CoreColumn } from './coreColumns.ts';
import { compact } from './coreRuns.ts';

type Row = Record<string, unknown>;

const isObject = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Collects strings while columns are written, then numbers them most frequent first (shorter codes in JSON). */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly counts: number[] = [];
  private readonly list: string[] = [];

  /** A provisional code; `finish` gives the final numbering. */
  code(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.push(s) - 1;
      this.ids.set(s, id);
      this.counts.push(0);
    }
    this.counts[id] = (this.counts[id] ?? 0) + 1;
    return id;
  }

  /** The strings in final order and the provisional → final code map. */
  finish(): { strings: string[]; remap: Int32Array } {
    const order = this.list.map((_, i) => i).sort((a, b) => (this.counts[b] ?? 0) - (this.counts[a] ?? 0) || a - b);
    const remap = new Int32Array(order.length);
    order.forEach((id, at) => (remap[id] = at));
    return { strings: order.map((id) => this.list[id] as string), remap };
  }
}

function typeOf(values: readonly unknown[]): ColumnType {
  if (values.length === 0) return 'str';
  if (values.every((x) => typeof x === 'string')) return 'str';
  if (values.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return values.every((x) => Number.isSafeInteger(x)) ? 'int' : 'num';
  if (values.every((x) => typeof x === 'boolean')) return 'bool';
  if (values.every(isObject)) return 'obj';
  if (values.every((x) => Array.isArray(x) && x.every((s) => typeof s === 'string'))) return 'strs';
  return 'raw';
}

/** The columns of `rows`: every key any row has (in first-seen order), except `skip`. */
export function encodeColumns(rows: readonly Row[], strings: StringTable, skip?: ReadonlySet<string>): CoreColumn[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows)
    for (const key of Object.keys(row)) {
      if (!seen.has(key) && !skip?.has(key)) keys.push(key);
      seen.add(key);
    }
  return keys.map((key) => encodeColumn(rows, key, strings));
}

function encodeColumn(rows: readonly Row[], key: string, strings: StringTable): CoreColumn {
  const present: unknown[] = [];
  let state = '';
  let gaps = false;
  for (const row of rows) {
    const x = row[key];
    // JSON has no undefined: a key set to undefined is absent once written, so it is absent here too.
    const s = x === undefined ? 'a' : x === null ? 'n' : 'v';
    if (s === 'v') present.push(x);
    else gaps = true;
    state += s;
  }
  const type = typeOf(present);
  const column: CoreColumn = { key, type, ...(gaps ? { state } : {}) };
  switch (type) {
    case 'str':
      column.values = present.map((s) => strings.code(s as string));
      break;
    case 'bool':
      column.values = present.map((b) => (b ? 1 : 0));
      break;
    case 'strs':
      column.lengths = present.map((list) => (list as string[]).length);
      column.values = present.flatMap((list) => (list as string[]).map((s) => strings.code(s)));
      break;
    case 'obj':
      column.columns = encodeColumns(present as Row[], strings);
      break;
    default:
      column.values = present;
  }
  return column;
}

/** Rewrites provisional string codes to the table's final ones and writes integer columns short, in place. */
export function finishColumns(columns: CoreColumn[], remap: Int32Array): void {
  for (const c of columns) {
    if ((c.type === 'str' || c.type === 'strs') && c.values)
      c.values = c.values.map((code) => remap[code as number] as number);
    if ((c.type === 'str' || c.type === 'strs' || c.type === 'int' || c.type === 'bool') && c.values) {
      const { values, ...short } = compact(c.values as number[]);
      delete c.values;
      Object.assign(c, values === undefined ? short : { ...short, values });
    }
    if (c.columns) finishColumns(c.columns, remap);
  }
}
