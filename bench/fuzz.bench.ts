/**
 * `npm run bench:fuzz`: the ingest pipeline's speed on hostile input, moved out of `npm test` so that tests never
 * depend on the machine's speed. Prints JSON lines {name, n, value, unit} and writes bench/results/fuzz.jsonl:
 *   - fuzz: FUZZ_RUNS (default 10,000) generated texts from the words the pipeline reacts to; the worst and p99
 *     time per text (target: worst < 250 ms), and a failure (exit 1) if any text throws or misplaces a quote;
 *   - linearity: pathological repetition at n and 10·n; the time ratio (linear ≈ 10; target < 40);
 *   - large: one 5 MB report (target: < 30 s).
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { ingestReports } from '../src/ingest/pipeline';
import { prepared } from '../tests/ingest/helpers';
import { VOCAB } from '../tests/ingest/fuzzVocab';
import { resultLog } from './lib/results';

const { report, write } = resultLog('fuzz');
const p = prepared();
const runs = Number(process.env.FUZZ_RUNS ?? 10_000);

const times: number[] = [];
let failures = 0;
fc.assert(
  fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 120 }), fc.string({ maxLength: 40 }), (words, noise) => {
    const text = words.join(' ') + noise;
    const t0 = performance.now();
    const out = ingestReports([{ file: '999_fuzz.txt', text, meta: { published: '2024-12-01' } }], p);
    times.push(performance.now() - t0);
    const nfc = text.normalize('NFC');
    for (const c of out.claims) if (nfc.slice(c.quote_start, c.quote_end) !== c.quote) failures++;
    return true;
  }),
  { numRuns: runs, seed: 6 },
);
times.sort((a, b) => a - b);
report('fuzz.texts', runs, runs, 'texts');
report('fuzz.worst_ms', runs, times.at(-1) ?? 0, 'ms');
report('fuzz.p99_ms', runs, times[Math.floor(times.length * 0.99)] ?? 0, 'ms');
report('fuzz.median_ms', runs, times[Math.floor(times.length / 2)] ?? 0, 'ms');
report('fuzz.misplaced_quotes', runs, failures, 'claims');

const repetition = (n: number) => {
  const text = 'أكثر من '.repeat(n) + 'بينهم '.repeat(n) + '<'.repeat(n) + 'و'.repeat(n);
  const t0 = performance.now();
  ingestReports([{ file: '998_rep.txt', text, meta: null }], p);
  return performance.now() - t0;
};
repetition(1_000);
const small = Math.min(repetition(5_000), repetition(5_000));
const large = Math.min(repetition(50_000), repetition(50_000));
report('linearity.ms_5k', 5_000, small, 'ms');
report('linearity.ms_50k', 50_000, large, 'ms');
report('linearity.ratio_10x_input', 10, large / Math.max(small, 0.001), 'ratio');

const good = 'قتل 14 مدنياً مساء الخميس جراء غارة جوية من طيران التحالف الدولي على مدينة الرقة.';
const big = (good + '\n').repeat(Math.ceil(5_000_000 / (good.length * 2)));
const t0 = performance.now();
ingestReports([{ file: '997_big.txt', text: big, meta: null }], p);
report('large.ms_5mb', Buffer.byteLength(big), performance.now() - t0, 'ms');

write(join('bench', 'results', 'fuzz.jsonl'));
if (failures > 0) process.exitCode = 1;
