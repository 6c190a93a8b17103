/**
 * `npm run eval -- GOLD REPORTS_DIR [--details] [--no-record] [--write-corrections FILE]`: runs the pipeline WITHOUT corrections
 * over the reports and scores it against the gold file. JSON lines on stdout ({name, n, value, unit}), a readable
 * table on stderr. `--details` lists misses and disagreements; `--write-corrections` writes the corrections that
 * turn this extraction into the gold (for data/corrections, reviewed by an analyst).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { GoldFile, FORMAT_FIELDS } from '../src/domain/gold';
import { findReports, loadReport, loadResources, type LoadedReport } from '../src/ingest/cli';
import type { Correction } from '../src/ingest/corrections';
import { FIELD_CHECKS, score } from '../src/ingest/evaluate';
import { ingestReports } from '../src/ingest/pipeline';
import { prepare } from '../src/ingest/prepare';
import { CliError, EXIT_CODES_HELP, checkOut, describeError, warn, writeAtomic } from './lib/cli';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? (args[k + 1] ?? null) : null;
};
const HELP = `usage: npm run eval -- GOLD REPORTS_DIR [--details] [--no-record] [--write-corrections FILE [--force]] [--debug]
${EXIT_CODES_HELP}`;
// A problem the user can act on is one line on stderr and exit 2; the stack trace only with --debug.
function fail(message: string, e?: unknown): never {
  warn(`eval: ${message}`);
  if (e !== undefined && flag('--debug')) warn(e instanceof Error ? (e.stack ?? String(e)) : String(e));
  process.exit(e instanceof CliError ? e.code : 2);
}
process.on('uncaughtException', (e) =>
  fail(`${describeError(e)}${flag('--debug') ? '' : ' (run with --debug for the stack trace)'}`, e),
);
if (flag('--help') || flag('-h')) {
  process.stdout.write(HELP + '\n');
  process.exit(0);
}
const FLAGS = ['--details', '--no-record', '--write-corrections', '--force', '--debug'];
const unknown = args.find((a) => a.startsWith('-') && !FLAGS.includes(a));
if (unknown !== undefined) fail(`bad argument: unknown option ${unknown} (--help for usage)`);
const positional = args.filter((a, k) => !a.startsWith('-') && args[k - 1] !== '--write-corrections');
const [goldPath, reportsDir] = positional;
if (!goldPath || !reportsDir || positional.length > 2)
  fail(`expected GOLD and REPORTS_DIR, got ${positional.length} path(s) (--help for usage)`);
if (flag('--write-corrections') && !option('--write-corrections')) fail('--write-corrections needs a FILE');
const gold = (() => {
  let text: string;
  try {
    text = readFileSync(goldPath, 'utf8');
  } catch (e) {
    return fail(describeError(e), e);
  }
  try {
    return GoldFile.parse(JSON.parse(text));
  } catch (e) {
    return fail(`${goldPath}: not a gold annotation file (${describeError(e)})`, e);
  }
})();
const found = findReports([reportsDir]);
if (found.files.length === 0)
  fail(found.problems.map((p) => `${p.path}: ${p.reason}`).join('; ') || `${reportsDir}: no .txt reports`);
const outPath = option('--write-corrections');
try {
  if (outPath) checkOut(outPath, [goldPath, ...found.files], flag('--force'), '--write-corrections');
} catch (e) {
  fail(describeError(e), e);
}
let inputProblems = 0;
const loaded = found.files.flatMap((f): LoadedReport[] => {
  try {
    return [loadReport(f)];
  } catch (e) {
    warn(`${f}: ${describeError(e)}; skipped`);
    inputProblems++;
    return [];
  }
});
for (const r of loaded)
  for (const p of r.sidecarProblems) {
    warn(`${r.sidecar}: ${p.field === null ? '' : `field "${p.field}": `}${p.reason}`);
    if (p.severity === 'error') inputProblems++;
  }
// 1: some inputs failed (each named above), the scores are for the rest.
process.exitCode = inputProblems > 0 ? 1 : 0;
const { resources } = loadResources(join(import.meta.dirname, '..', 'data'));
const prepared = prepare(resources);
const inputs = loaded.map((r) => r.input);
const started = performance.now();
const out = ingestReports(inputs, prepared);
const ms = performance.now() - started;
const texts = new Map(out.reports.map((r, k) => [r.id, (inputs[k]?.text ?? '').normalize('NFC')]));
const s = score(gold, out.claims, texts);

const round3 = (v: number) => Math.round(v * 1000) / 1000;
const line = (name: string, value: number, unit: string, n: number) =>
  process.stdout.write(JSON.stringify({ name, n, value: Math.round(value * 1000) / 1000, unit }) + '\n');
line('precision', s.precision, 'ratio', s.predicted);
line('recall', s.recall, 'ratio', s.gold);
line('f1', s.f1, 'ratio', s.matched);
for (const [field, v] of Object.entries(s.accuracy)) line(`accuracy.${field}`, v, 'ratio', s.matched);
line('ingest_ms', ms, 'ms', inputs.length);

// Every run on a named set is recorded, so progress shows over time: the latest in bench/results/eval-SET.json,
// each run appended to bench/results/eval-history.jsonl. `--no-record` leaves them alone.
if (!flag('--no-record')) {
  const resultsDir = join(import.meta.dirname, '..', 'bench', 'results');
  const set = basename(goldPath) === 'gold.json' ? basename(dirname(resolve(goldPath))) : basename(goldPath, '.json');
  const run = {
    set,
    at: new Date().toISOString(),
    commit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      } catch {
        return null;
      }
    })(),
    reports: inputs.length,
    gold: s.gold,
    predicted: s.predicted,
    matched: s.matched,
    precision: round3(s.precision),
    recall: round3(s.recall),
    f1: round3(s.f1),
    accuracy: Object.fromEntries(Object.entries(s.accuracy).map(([f, v]) => [f, round3(v)])),
    missed: s.missed.map((m) => m.gold.id),
    spurious: s.spurious.map((c) => c.id),
    ingest_ms: Math.round(ms),
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `eval-${set}.json`), JSON.stringify(run, null, 1) + '\n');
  appendFileSync(join(resultsDir, 'eval-history.jsonl'), JSON.stringify(run) + '\n');
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`.padStart(7);
process.stderr.write(
  `\n${goldPath}: ${s.gold} gold claims, ${s.predicted} extracted, ${s.matched} matched\n` +
    `  precision ${pct(s.precision)}   recall ${pct(s.recall)}   F1 ${pct(s.f1)}\n` +
    Object.entries(s.accuracy)
      .map(([f, v]) => `  ${f.padEnd(12)} ${pct(v)}`)
      .join('\n') +
    '\n',
);

if (flag('--details')) {
  for (const m of s.missed)
    process.stderr.write(`MISSED ${m.gold.id}: ${JSON.stringify(m.gold.killed)} ${m.gold.quote.slice(0, 90)}\n`);
  for (const p of s.spurious)
    process.stderr.write(`SPURIOUS ${p.id}: ${JSON.stringify(p.killed)} ${p.quote.slice(0, 90)}\n`);
  for (const p of s.pairs)
    for (const [f, check] of Object.entries(FIELD_CHECKS))
      if (!check(p.gold, p.pred)) {
        const g = p.gold as unknown as Record<string, unknown>;
        const q = p.pred as unknown as Record<string, unknown>;
        const key = f === 'place_city' ? 'place' : f;
        process.stderr.write(
          `DIFF ${p.gold.id}~${p.pred.id} ${f}: gold ${JSON.stringify(g[key])} got ${JSON.stringify(q[key])}\n`,
        );
      }
}

const outFile = option('--write-corrections');
if (outFile) {
  const corrections: Correction[] = [];
  const links: Record<string, string> = (() => {
    try {
      return JSON.parse(
        readFileSync(join(import.meta.dirname, '..', 'data', 'gold', 'place-links.json'), 'utf8'),
      ) as Record<string, string>;
    } catch {
      return {};
    }
  })();
  for (const p of s.pairs) {
    const fields: Record<string, unknown> = {};
    for (const f of FORMAT_FIELDS) if (JSON.stringify(p.gold[f]) !== JSON.stringify(p.pred[f])) fields[f] = p.gold[f];
    const link = links[p.gold.id];
    if (link !== undefined && link !== p.pred.place_id) fields.place_id = link;
    if (Object.keys(fields).length > 0)
      corrections.push({
        action: 'set',
        claim: p.pred.id,
        expect: p.pred.quote.slice(0, 30),
        fields,
        reason: 'analyst review against the gold annotation',
      });
  }
  for (const c of s.spurious)
    corrections.push({
      action: 'drop',
      claim: c.id,
      expect: c.quote.slice(0, 30),
      reason: 'not a claim in the gold annotation (repeats another figure, or not a casualty count)',
    });
  for (const m of s.missed)
    corrections.push({
      action: 'add',
      report_id: m.report,
      claim: m.gold,
      place_id: links[m.gold.id] ?? null,
      reason: 'missed by extraction',
    });
  writeAtomic(outFile, JSON.stringify({ corrections }, null, 1) + '\n');
  process.stderr.write(`wrote ${corrections.length} corrections to ${outFile}\n`);
}
