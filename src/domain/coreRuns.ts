/**
 * Shorter number columns for the core (coreColumns.ts): a column whose values repeat is written as runs
 * (`runs: [value, count, value, count, …]`: a vocabulary field most records share is a few numbers instead of one
 * per record), and one whose values climb (ids coded in the order records first use them) as differences from the
 * previous value (`delta: true`). At 100k incidents this takes a third off the column bytes the page parses.
 */
import { CoreFormatError } from './coreError.ts';

/** Columns shorter than this stay plain: nothing to gain, and small cores stay easy to read. */
const MIN_VALUES = 16;

/** Characters `xs` takes in JSON, commas included. */
function jsonLength(xs: readonly number[]): number {
  let n = xs.length + 1;
  for (const x of xs) n += String(x).length;
  return n;
}

function runsOf(xs: readonly number[]): number[] {
  const runs: number[] = [];
  for (let i = 0; i < xs.length;) {
    let j = i + 1;
    while (j < xs.length && xs[j] === xs[i]) j++;
    runs.push(xs[i] as number, j - i);
    i = j;
  }
  return runs;
}

/** The shortest of plain, runs and deltas for integer values (string codes, integers, 0/1). */
export function compact(values: readonly number[]): { values?: number[]; runs?: number[]; delta?: true } {
  if (values.length < MIN_VALUES) return { values: [...values] };
  const plain = jsonLength(values);
  const runs = runsOf(values);
  const deltas = values.map((x, i) => (i === 0 ? x : x - (values[i - 1] as number)));
  const r = jsonLength(runs);
  const d = jsonLength(deltas);
  if (r <= d && r < plain / 2) return { runs };
  if (d < plain * 0.7) return { values: deltas, delta: true };
  return { values: [...values] };
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x > 0;

/**
 * The one value of a column written as a single run over all `count` values, or undefined: the decoder puts it in
 * the row template instead of setting it row by row.
 */
export function constantOf(column: Record<string, unknown>, count: number): number | undefined {
  const runs = column.runs;
  return Array.isArray(runs) && runs.length === 2 && runs[1] === count && count > 0 ? (runs[0] as number) : undefined;
}

/**
 * A column's values as written before `compact`: runs expanded, deltas summed; exactly `count` of them. The values
 * themselves are checked by the caller.
 */
export function expand(column: Record<string, unknown>, count: number, name: string): unknown[] {
  const { runs, values, delta } = column;
  if (runs !== undefined) {
    if (!Array.isArray(runs) || runs.length % 2 !== 0)
      throw new CoreFormatError(`${name}: runs is not value, count pairs`);
    let total = 0;
    for (let r = 1; r < runs.length; r += 2) {
      if (!isCount(runs[r])) throw new CoreFormatError(`${name}: run ${(r - 1) / 2} has no count`);
      total += runs[r] as number;
    }
    if (total !== count) throw new CoreFormatError(`${name}: runs cover ${total} rows, expected ${count}`);
    // A list column's count comes from its lengths, which junk could make huge: no expansion past any real table.
    if (total > 20_000_000) throw new CoreFormatError(`${name}: runs cover ${total} rows`);
    const out = new Array<unknown>(total);
    for (let r = 0, at = 0; r < runs.length; r += 2)
      for (let k = 0; k < (runs[r + 1] as number); k++) out[at++] = runs[r];
    return out;
  }
  if (!Array.isArray(values) || values.length !== count)
    throw new CoreFormatError(
      `${name}: ${Array.isArray(values) ? `${values.length} rows` : 'no values'}, expected ${count}`,
    );
  if (delta === undefined) return values as unknown[];
  if (delta !== true) throw new CoreFormatError(`${name}: delta is not true`);
  const out = new Array<number>(values.length);
  let sum = 0;
  for (let j = 0; j < values.length; j++) {
    const x = values[j] as unknown;
    if (typeof x !== 'number' || !Number.isSafeInteger(x))
      throw new CoreFormatError(`${name}[${j}]: ${JSON.stringify(x) ?? 'undefined'} is not an integer`);
    out[j] = sum += x;
  }
  return out;
}
