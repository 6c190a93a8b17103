/**
 * Benchmark results as JSON lines (bench/results/<bench>.jsonl): one object per measure, each self-contained, so a
 * line read alone (grep, tail, a spreadsheet) still says which bench, which run, which commit and under what load.
 * Each file holds one run: every write overwrites it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';

export interface Result {
  name: string;
  n: number;
  value: number;
  unit: string;
}

/** A raw series a bench keeps beside its summaries (every duration behind a median and a p95): `values`, no `value`. */
export interface Series {
  name: string;
  n: number;
  values: number[];
  unit: string;
}

/** Facts about a run, one level deep so that every line stays flat: strings, numbers, flags or null. */
export type RunMeta = Record<string, string | number | boolean | null>;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The commit measured (short hash), or null outside a git checkout. */
function shortCommit(): string | null {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() || null : null;
}

/**
 * What every run records: when, which code, and the machine. The 1-minute load average is read as the results are
 * written (the bench's own work included): the machines are shared, and a loaded one inflates every timing.
 */
export function runMeta(): RunMeta {
  return {
    measured_at: new Date().toISOString(),
    commit: shortCommit(),
    node: process.version,
    cpu: cpus()[0]?.model ?? null,
    cores: cpus().length,
    load1: round2(loadavg()[0] ?? NaN),
  };
}

/** A run's file text: one line per result, then one per series, each with the bench's name and the run's facts. */
export function resultLines(
  bench: string,
  meta: RunMeta,
  results: readonly Result[],
  series: readonly Series[] = [],
): string {
  return [...results, ...series].map((r) => `${JSON.stringify({ bench, ...meta, ...r })}\n`).join('');
}

/**
 * Collects a bench's results, printing each as a JSON line as it comes. `write` puts the run so far in a .jsonl file,
 * with the run's facts and any of the bench's own (`reps`, …).
 */
export function resultLog(bench: string) {
  const results: Result[] = [];
  const series: Series[] = [];
  return {
    report(name: string, n: number, value: number, unit: string) {
      const r = { name, n, value: round2(value), unit };
      results.push(r);
      console.log(JSON.stringify(r));
    },
    /** Keeps a raw series, written as one line more. */
    keep(name: string, n: number, values: readonly number[], unit: string) {
      series.push({ name, n, values: values.map(round2), unit });
    },
    write(path: string, meta: RunMeta = {}) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, resultLines(bench, { ...runMeta(), ...meta }, results, series));
    },
  };
}
