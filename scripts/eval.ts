/**
 * `npm run eval -- GOLD REPORTS_DIR [--details] [--write-corrections FILE]`: runs the pipeline WITHOUT corrections
 * over the reports and scores it against the gold file. JSON lines on stdout ({name, n, value, unit}), a readable
 * table on stderr. `--details` lists misses and disagreements; `--write-corrections` writes the corrections that
 * turn this extraction into the gold (for data/corrections, reviewed by an analyst).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { GoldFile, FORMAT_FIELDS } from '../src/domain/gold';
import { listReports, loadResources, readReport } from '../src/ingest/cli';
import type { Correction } from '../src/ingest/corrections';
import { FIELD_CHECKS, score } from '../src/ingest/evaluate';
import { ingestReports } from '../src/ingest/pipeline';
import { prepare } from '../src/ingest/prepare';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const k = args.indexOf(name);
  return k >= 0 ? (args[k + 1] ?? null) : null;
};
const positional = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--write-corrections');
const [goldPath, reportsDir] = positional;
if (!goldPath || !reportsDir) {
  process.stderr.write('usage: npm run eval -- GOLD REPORTS_DIR [--details] [--write-corrections FILE]\n');
  process.exit(2);
}
const gold = GoldFile.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
const { resources } = loadResources(join(import.meta.dirname, '..', 'data'));
const prepared = prepare(resources);
const inputs = listReports([reportsDir]).map(readReport);
const started = performance.now();
const out = ingestReports(inputs, prepared);
const ms = performance.now() - started;
const texts = new Map(out.reports.map((r, k) => [r.id, (inputs[k]?.text ?? '').normalize('NFC')]));
const s = score(gold, out.claims, texts);

const line = (name: string, value: number, unit: string, n: number) =>
  process.stdout.write(JSON.stringify({ name, n, value: Math.round(value * 1000) / 1000, unit }) + '\n');
line('precision', s.precision, 'ratio', s.predicted);
line('recall', s.recall, 'ratio', s.gold);
line('f1', s.f1, 'ratio', s.matched);
for (const [field, v] of Object.entries(s.accuracy)) line(`accuracy.${field}`, v, 'ratio', s.matched);
line('ingest_ms', ms, 'ms', inputs.length);

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
  writeFileSync(outFile, JSON.stringify({ corrections }, null, 1) + '\n');
  process.stderr.write(`wrote ${corrections.length} corrections to ${outFile}\n`);
}
