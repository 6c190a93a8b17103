import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { resultLog } from '../../bench/lib/results';

const dir = mkdtempSync(join(tmpdir(), 'rasd-results-'));
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const linesOf = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('benchmark results as JSON lines', () => {
  it('writes one self-contained object per result, and a kept series as one line more', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const log = resultLog('demo');
    log.report('median', 1000, 12.3456, 'ms');
    log.report('p95', 1000, 20, 'ms');
    log.keep('durations', 1000, [10.123, 20], 'ms');
    const path = join(dir, 'demo.jsonl');
    log.write(path, { reps: 3 });

    const lines = linesOf(path);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toMatchObject({ bench: 'demo', reps: 3, node: process.version, n: 1000, unit: 'ms' });
      expect(Date.parse(line.measured_at as string)).not.toBeNaN();
      expect(line.commit === null || /^[0-9a-f]{4,}$/.test(line.commit as string)).toBe(true);
      expect(line.cores).toBeGreaterThan(0);
      expect(typeof line.load1).toBe('number');
      // Flat: every field beside a series' values is one value (or null), never an object or a list.
      for (const [key, value] of Object.entries(line)) {
        if (key !== 'values') expect(value === null || typeof value !== 'object', key).toBe(true);
      }
    }
    expect(lines.map((l) => [l.name, l.value])).toEqual([
      ['median', 12.35],
      ['p95', 20],
      ['durations', undefined],
    ]);
    expect(lines[2]?.values).toEqual([10.12, 20]);
  });

  it('overwrites the file: one file holds one run', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const path = join(dir, 'again.jsonl');
    writeFileSync(path, '{"name":"from an earlier run"}\n');
    const log = resultLog('again');
    log.report('only', 1, 1, 'ms');
    log.write(path);
    expect(linesOf(path).map((l) => l.name)).toEqual(['only']);
  });
});
