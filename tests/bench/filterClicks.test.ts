import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { reportClicks } from '../../bench/lib/filterClicks';
import { resultLog } from '../../bench/lib/results';

const dir = mkdtempSync(join(tmpdir(), 'rasd-clicks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the filter clicks of a bench run', () => {
  it('report the first click against the same change made later after other boxes, with every load’s value kept', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const log = resultLog('app');
    reportClicks(log, 'new:', 100_000, {
      rehearsed: 4,
      firsts: [70, 60],
      afterOthers: [80, 90],
      repeats: [50, 55],
      all: [
        { urgent: 40, full: 70, first: true },
        { urgent: 30, full: 45, first: false },
        { urgent: 20, full: 80, first: false },
        { urgent: 20, full: 60, first: true },
      ],
    });
    const path = join(dir, 'app.jsonl');
    log.write(path);
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { name: string; value?: number; values?: number[] });
    const value = (name: string) => lines.find((l) => l.name === name && l.value !== undefined)?.value;
    const values = (name: string) => lines.find((l) => l.name === name && l.values !== undefined)?.values;
    // Medians as the harness takes them: the upper middle of an even count.
    expect(value('new:filter-first')).toBe(70);
    expect(value('new:filter-first-after-others')).toBe(90);
    expect(value('new:first-after-others-loads')).toBe(2);
    expect(value('new:filter-first-repeated')).toBe(55);
    // Later clicks are those that were not a load's first.
    expect(value('new:filter-later-median')).toBe(80);
    expect(values('new:filter-first')).toEqual([70, 60]);
    expect(values('new:filter-first-after-others')).toEqual([80, 90]);
    expect(values('new:filter-first-repeated')).toEqual([50, 55]);
    vi.restoreAllMocks();
  });
});
