/**
 * `npm run budget`: the initial JavaScript of the built page (the entry script and every module it preloads),
 * gzipped, must stay within the budget. Fails (exit 1) when it does not. Prints a JSON line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 12's target. The lists, report view, map, timeline and charts load as their own chunks, after it. */
export const BUDGET_KB = 200;

export function initialScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string);
  return [...new Set([...srcs, ...preloads])];
}

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = initialScripts(html);
const sizes = files.map((f) => ({ file: f, gzip: gzipSync(readFileSync(join(dist, f.replace(/^\.\//, '')))).length }));
const totalKb = sizes.reduce((a, s) => a + s.gzip, 0) / 1024;
for (const s of sizes) console.error(`  ${(s.gzip / 1024).toFixed(1).padStart(7)} KB  ${s.file}`);
console.log(
  JSON.stringify({
    name: 'initial-js-gzip',
    n: files.length,
    value: Math.round(totalKb * 10) / 10,
    unit: 'KB',
    budget: BUDGET_KB,
  }),
);
if (totalKb > BUDGET_KB) {
  console.error(`initial JavaScript is ${totalKb.toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
