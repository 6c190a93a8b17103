/**
 * The column codec of the published core (core.ts), reading half (coreEncode.ts writes): a list of records is one
 * column per field, nested objects are columns of their own, and every string is a code into one string table
 * shared by the whole file. Driven by the records' own keys, so a field the schema gains is written and read back
 * without any change here.
 *
 * A column's rows are the records (or, inside an object column, the objects) in order. When some row has no value,
 * `state` says which, one character per row: `v` a value, `n` null, `a` absent (the key is not set). Its values
 * (or child columns) then cover only the `v` rows, in row order.
 */

import { CoreFormatError } from './coreError.ts';
import { constantOf, expand } from './coreRuns.ts';

export { CoreFormatError } from './coreError.ts';

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
  /** Integer values written as `[value, count, …]` (coreRuns.ts), in place of `values`. */
  runs?: number[];
  /** `values` are differences from the previous value (coreRuns.ts). */
  delta?: true;
  lengths?: number[];
  columns?: CoreColumn[];
}

type Row = Record<string, unknown>;

const V = 118; // 'v'
const N = 110; // 'n'
const A = 97; // 'a'
const MAX_DEPTH = 32;

const isObject = (x: unknown): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x);

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

/** Each `v` row's list of strings, checked now and built when called (the lists are the records' own arrays). */
function readLists(c: Row, count: number, strings: readonly string[], name: string): () => string[][] {
  const lengths = listOf(c.lengths, count, `${name}.lengths`);
  let total = 0;
  for (let j = 0; j < count; j++) {
    const n = lengths[j];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      throw new CoreFormatError(`${name}.lengths[${j}]: ${String(n)} is not a length`);
    total += n;
  }
  // The codes are counted against the lengths before runs are expanded, so a run cannot ask for more than they use.
  const raw = expand(c, total, name);
  checkCodes(raw, 0, raw.length, strings.length, name);
  return () => {
    const lists = new Array<string[]>(count);
    for (let j = 0, at = 0; j < count; j++) {
      const n = lengths[j] as number;
      const list = new Array<string>(n);
      for (let k = 0; k < n; k++, at++) list[k] = strings[raw[at] as number] as string;
      lists[j] = list;
    }
    return lists;
  };
}

/** A column read: codes or values by dense index, one value for every row, or values built when the rows are. */
type Read =
  | { kind: 'code' | 'plain'; values: readonly unknown[] }
  | { kind: 'const'; value: unknown }
  | { kind: 'later'; build: () => readonly unknown[] };

/**
 * Checks one leaf column's values and gives the `v` rows' values by dense index. Strings, numbers and raw values
 * are read from the parsed arrays in place (no copy); only booleans and lists are built here.
 */
function readColumn(
  c: Row,
  type: ColumnType,
  count: number,
  strings: readonly string[],
  name: string,
  whole: boolean,
): Read {
  if (type === 'strs') return { kind: 'later', build: readLists(c, count, strings, name) };
  const one = whole && type !== 'num' && type !== 'raw' ? constantOf(c, count) : undefined;
  if (one !== undefined) {
    const read = readColumn({ values: [one] }, type, 1, strings, name, false);
    if (read.kind !== 'code' && read.kind !== 'plain') throw new CoreFormatError(`${name}: not a constant`);
    const value = read.values[0];
    return { kind: 'const', value: read.kind === 'code' ? strings[value as number] : value };
  }
  const raw = type === 'num' || type === 'raw' ? listOf(c.values, count, name) : expand(c, count, name);
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
 * parse (the build validated the records the core was written from).
 */
export const decodeRows = (
  count: number,
  columns: unknown,
  strings: readonly string[],
  path: string,
  depth = 0,
): Row[] => prepareRows(count, columns, strings, path, depth)();

/**
 * Checks the columns now (throwing `CoreFormatError` as `decodeRows` does) and returns what builds their rows: the
 * checks cost a small part of the objects, so a table no first view reads can be built later, when one does. The
 * builder cannot fail (every code, length and key it reads has been checked) and builds anew on each call.
 *
 * Rows are built one at a time by copying a template that already holds every key the row has: adding fields one by
 * one to an empty object grows its property store again and again, and that garbage cost several seconds at 165k
 * claims.
 */
export function prepareRows(
  count: number,
  columns: unknown,
  strings: readonly string[],
  path: string,
  depth = 0,
): () => Row[] {
  if (!Array.isArray(columns)) throw new CoreFormatError(`${path}: columns is not a list`);
  // Records nest a level or two; a deeper core is junk, and would otherwise end in a stack overflow, not this error.
  if (depth > MAX_DEPTH) throw new CoreFormatError(`${path}: objects nested deeper than ${MAX_DEPTH}`);
  const keys: string[] = [];
  const states: Array<string | null> = [];
  /** Per column: its string codes (null for other types) or its values, read in place. */
  const codes: Array<readonly number[] | null> = [];
  const values: Array<readonly unknown[]> = [];
  /** Per column: what builds its values (objects, lists) when the rows are built. */
  const later: Array<[number, () => readonly unknown[]]> = [];
  /** Columns some row lacks (state `a`): rows differ in their key sets only through them. */
  const absentable: number[] = [];
  /** Columns with one value in every row: set in the row templates, not row by row. */
  const fixed: Array<[string, unknown]> = [];
  /** The other columns, set row by row. */
  const loop: number[] = [];
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
    const read: Read =
      type === 'obj'
        ? { kind: 'later', build: prepareRows(present, c.columns, strings, name, depth + 1) }
        : readColumn(c, type, present, strings, name, state === null);
    if (read.kind === 'const') {
      fixed.push([key, read.value]);
      codes.push(null);
      values.push([]);
      continue;
    }
    loop.push(keys.length - 1);
    codes.push(read.kind === 'code' ? (read.values as readonly number[]) : null);
    if (read.kind === 'later') later.push([keys.length - 1, read.build]);
    values.push(read.kind === 'later' ? [] : read.values);
  }
  return () => buildRows(count, keys, states, codes, fixed, absentable, loop, strings, laterValues(values, later));
}

function laterValues(values: Array<readonly unknown[]>, later: Array<[number, () => readonly unknown[]]>) {
  if (later.length === 0) return values;
  const out = [...values];
  for (const [c, build] of later) out[c] = build();
  return out;
}

function buildRows(
  count: number,
  keys: readonly string[],
  states: ReadonlyArray<string | null>,
  codes: ReadonlyArray<readonly number[] | null>,
  fixed: ReadonlyArray<[string, unknown]>,
  absentable: readonly number[],
  loop: readonly number[],
  strings: readonly string[],
  values: ReadonlyArray<readonly unknown[]>,
): Row[] {
  const templates = new Map<number | string, Row>();
  const template = (pattern: number | string, row: number): Row => {
    let t = templates.get(pattern);
    if (t === undefined) {
      // Parsed, not built key by key: an object given more than a dozen computed keys one at a time turns into a
      // slow dictionary, and so would every row copied from it (seconds at 165k claims, and slower reads later).
      // JSON.parse gives a fast object holding every key; this is data, not code (the page's CSP forbids eval).
      const present = keys.filter((_, c) => states[c]?.charCodeAt(row) !== A);
      t = JSON.parse(`{${present.map((key) => `${JSON.stringify(key)}:null`).join(',')}}`) as Row;
      for (const [key, value] of fixed) t[key] = value;
      templates.set(pattern, t);
    }
    return t;
  };
  const byNumber = absentable.length <= 52;
  const only = absentable.length === 0 ? template(0, 0) : null;
  const k = loop.length;
  const cursor = new Int32Array(keys.length);
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
    for (let l = 0; l < k; l++) {
      const c = loop[l] as number;
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
