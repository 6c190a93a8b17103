/**
 * The column codec of the published core (core.ts): a list of records becomes one column per field, nested objects
 * become columns of their own, and every string is a code into one string table shared by the whole file. Driven by
 * the records' own keys, so a field the schema gains is written and read back without any change here.
 *
 * A column's rows are the records (or, inside an object column, the objects) in order. When some row has no value,
 * `state` says which, one character per row: `v` a value, `n` null, `a` absent (the key is not set). Its values
 * (or child columns) then cover only the `v` rows, in row order.
 */

/** Why a core file cannot be read, naming the column or record: one line. */
export class CoreFormatError extends Error {
  constructor(readonly reason: string) {
    super(`not a readable core: ${reason}`);
    this.name = 'CoreFormatError';
  }
}

/**
 * - `str`: codes into the string table; `int` / `num`: numbers (`int` only integers); `bool`: 0 or 1;
 * - `strs`: lists of strings, `lengths` per row, their codes one after another in `values`;
 * - `obj`: objects, whose fields are the `columns`;
 * - `raw`: anything else (mixed types, lists of objects), as JSON values.
 */
export type ColumnType = 'str' | 'int' | 'num' | 'bool' | 'strs' | 'obj' | 'raw';

export interface CoreColumn {
  key: string;
  type: ColumnType;
  state?: string;
  values?: unknown[];
  lengths?: number[];
  columns?: CoreColumn[];
}

type Row = Record<string, unknown>;

const V = 118; // 'v'
const N = 110; // 'n'
const A = 97; // 'a'

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

const isObject = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x);

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

/** Rewrites provisional string codes to the table's final ones, in place. */
export function remapColumns(columns: readonly CoreColumn[], remap: Int32Array): void {
  for (const c of columns) {
    if ((c.type === 'str' || c.type === 'strs') && c.values)
      c.values = c.values.map((code) => remap[code as number] as number);
    if (c.columns) remapColumns(c.columns, remap);
  }
}

const TYPES: ReadonlySet<string> = new Set<ColumnType>(['str', 'int', 'num', 'bool', 'strs', 'obj', 'raw']);

/** The number of `v` rows of a state string, checking its length and characters. */
function valueRows(state: unknown, rows: number, name: string): number {
  if (state === undefined) return rows;
  if (typeof state !== 'string' || state.length !== rows)
    throw new CoreFormatError(`${name}: state has ${describeLength(state)}, expected ${rows} rows`);
  let count = 0;
  for (let i = 0; i < rows; i++) {
    const s = state.charCodeAt(i);
    if (s === V) count++;
    else if (s !== N && s !== A) throw new CoreFormatError(`${name}: state row ${i} is neither v, n nor a`);
  }
  return count;
}

const describeLength = (x: unknown): string =>
  typeof x === 'string' || Array.isArray(x) ? `${x.length} rows` : `no rows (${x === null ? 'null' : typeof x})`;

function listOf(x: unknown, length: number, name: string): unknown[] {
  if (!Array.isArray(x) || x.length !== length)
    throw new CoreFormatError(`${name}: ${describeLength(x)}, expected ${length}`);
  return x;
}

/** Checks every code of a string column (no copy: the setter reads the codes). */
function checkCodes(raw: readonly unknown[], from: number, to: number, size: number, name: string): void {
  for (let j = from; j < to; j++) {
    const x = raw[j];
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x >= size)
      throw new CoreFormatError(`${name}[${j}]: ${String(x)} is not a code of the ${size} strings`);
  }
}

/** Each `v` row's list of strings, checked and built (the lists are the records' own arrays). */
function readLists(c: Row, raw: readonly unknown[], count: number, strings: readonly string[], name: string) {
  const lengths = listOf(c.lengths, count, `${name}.lengths`);
  checkCodes(raw, 0, raw.length, strings.length, name);
  const lists = new Array<string[]>(count);
  let at = 0;
  for (let j = 0; j < count; j++) {
    const n = lengths[j];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || at + n > raw.length)
      throw new CoreFormatError(`${name}.lengths[${j}]: ${String(n)} is not a length within the codes`);
    const list = new Array<string>(n);
    for (let k = 0; k < n; k++, at++) list[k] = strings[raw[at] as number] as string;
    lists[j] = list;
  }
  if (at !== raw.length) throw new CoreFormatError(`${name}: ${raw.length} codes, the lengths use ${at}`);
  return lists;
}

/**
 * Checks one leaf column's values and gives the `v` rows' values by dense index. Strings, numbers and raw values
 * are read from the parsed arrays in place (no copy); only booleans and lists are built here.
 */
function readColumn(c: Row, type: ColumnType, count: number, strings: readonly string[], name: string) {
  if (type === 'strs') {
    if (!Array.isArray(c.values)) throw new CoreFormatError(`${name}: codes is not a list`);
    return { kind: 'plain' as const, values: readLists(c, c.values as unknown[], count, strings, name) };
  }
  const raw = listOf(c.values, count, name);
  switch (type) {
    case 'str':
      checkCodes(raw, 0, count, strings.length, name);
      return { kind: 'code' as const, values: raw as number[] };
    case 'int':
    case 'num':
      for (let j = 0; j < count; j++) {
        const x = raw[j];
        if (typeof x !== 'number' || !(type === 'int' ? Number.isSafeInteger(x) : Number.isFinite(x)))
          throw new CoreFormatError(
            `${name}[${j}]: ${JSON.stringify(x) ?? 'undefined'} is not ${type === 'int' ? 'an integer' : 'a number'}`,
          );
      }
      return { kind: 'plain' as const, values: raw };
    case 'bool':
      for (let j = 0; j < count; j++)
        if (raw[j] !== 0 && raw[j] !== 1) throw new CoreFormatError(`${name}[${j}]: ${String(raw[j])} is not 0 or 1`);
      return { kind: 'plain' as const, values: raw.map((x) => x === 1) };
    default:
      return { kind: 'plain' as const, values: raw };
  }
}

/**
 * The `count` rows the columns describe, each checked for shape as it is read: O(total values), no per-record schema
 * parse (the build validated the records the core was written from). Rows are built one at a time by copying a
 * template that already holds every key the row has: adding fields one by one to an empty object grows its
 * property store again and again, and that garbage cost several seconds at 165k claims.
 */
export function decodeRows(count: number, columns: unknown, strings: readonly string[], path: string): Row[] {
  if (!Array.isArray(columns)) throw new CoreFormatError(`${path}: columns is not a list`);
  const keys: string[] = [];
  const states: Array<string | null> = [];
  /** Per column: its string codes (null for other types) or its values, read in place. */
  const codes: Array<readonly number[] | null> = [];
  const values: Array<readonly unknown[]> = [];
  /** Columns some row lacks (state `a`): rows differ in their key sets only through them. */
  const absentable: number[] = [];
  for (const c of columns as unknown[]) {
    if (!isObject(c) || typeof c.key !== 'string') throw new CoreFormatError(`${path}: a column without a key`);
    const key = c.key;
    const name = `${path}.${key}`;
    // An own "__proto__" set by assignment would replace the record's prototype instead of holding a value.
    if (key === '__proto__' || keys.includes(key)) throw new CoreFormatError(`${name}: a duplicate or reserved key`);
    if (typeof c.type !== 'string' || !TYPES.has(c.type))
      throw new CoreFormatError(`${name}: unknown column type ${String(c.type)}`);
    const type = c.type as ColumnType;
    const present = valueRows(c.state, count, name);
    const state = (c.state as string | undefined) ?? null;
    if (state !== null && state.includes('a')) absentable.push(keys.length);
    keys.push(key);
    states.push(state);
    const read =
      type === 'obj'
        ? { kind: 'plain' as const, values: decodeRows(present, c.columns, strings, name) }
        : readColumn(c, type, present, strings, name);
    codes.push(read.kind === 'code' ? (read.values as readonly number[]) : null);
    values.push(read.values);
  }
  const templates = new Map<number | string, Row>();
  const template = (pattern: number | string, row: number): Row => {
    let t = templates.get(pattern);
    if (t === undefined) {
      // Parsed, not built key by key: an object given more than a dozen computed keys one at a time turns into a
      // slow dictionary, and so would every row copied from it (seconds at 165k claims, and slower reads later).
      // JSON.parse gives a fast object holding every key; this is data, not code (the page's CSP forbids eval).
      const present = keys.filter((_, c) => states[c]?.charCodeAt(row) !== A);
      t = JSON.parse(`{${present.map((key) => `${JSON.stringify(key)}:null`).join(',')}}`) as Row;
      templates.set(pattern, t);
    }
    return t;
  };
  const byNumber = absentable.length <= 52;
  const only = absentable.length === 0 ? template(0, 0) : null;
  const k = keys.length;
  const cursor = new Int32Array(k);
  const rows = new Array<Row>(count);
  for (let i = 0; i < count; i++) {
    let shape = only;
    if (shape === null) {
      let pattern: number | string = byNumber ? 0 : '';
      for (const c of absentable) {
        const gone = (states[c] as string).charCodeAt(i) === A;
        pattern = byNumber ? (pattern as number) * 2 + (gone ? 1 : 0) : `${pattern}${gone ? 1 : 0}`;
      }
      shape = template(pattern, i);
    }
    const row: Row = { ...shape };
    for (let c = 0; c < k; c++) {
      const state = states[c] as string | null;
      // Null rows keep the template's null; absent rows have no key in their template.
      if (state !== null && state.charCodeAt(i) !== V) continue;
      const j = state === null ? i : (cursor[c] as number)++;
      const code = codes[c] as readonly number[] | null;
      row[keys[c] as string] = code === null ? (values[c] as readonly unknown[])[j] : strings[code[j] as number];
    }
    rows[i] = row;
  }
  return rows;
}
