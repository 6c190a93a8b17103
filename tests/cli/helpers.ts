/**
 * Running the real command-line scripts in a temp folder: a child process (`node --import tsx SCRIPT`), its exit
 * code and stderr, so the tests see what a user sees. Plus the encodings an Arabic report file comes in.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = resolve('.');

/** Runs `node --import tsx scripts/NAME.ts ARGS` from the repository root. Never rejects. */
export function run(script: string, args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.on('error', (e) => done({ code: null, stdout, stderr: stderr + String(e) }));
  });
}

const made: string[] = [];

/** Removes the temp folders made so far (call in afterAll). */
export function removeTempDirs() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh temp folder; `put(name, content)` writes a file in it (creating sub-folders). */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
  made.push(dir);
  const path = (name: string) => join(dir, name);
  const put = (name: string, content: string | Uint8Array) => {
    mkdirSync(dirname(path(name)), { recursive: true });
    writeFileSync(path(name), content);
    return path(name);
  };
  return { dir, path, put };
}

/** True when the text holds a JavaScript stack frame ("    at fn (file:line)"). */
export const hasStack = (text: string) => /^\s+at .+:\d+/m.test(text);

/** Written for these tests: two casualty statements and one text without any. */
export const SARAQIB =
  'قُتل سبعة مدنيين، بينهم طفلان، وأصيب عشرة آخرون في غارة جوية على بلدة سراقب بريف إدلب صباح الثلاثاء، بحسب الدفاع المدني.\n';
export const ALEPPO = 'قال المرصد السوري إن 9 مدنيين قتلوا في قصف مدفعي على حي الشعار في مدينة حلب يوم الجمعة.\n';
export const NO_CASUALTIES = 'افتتحت البلدية حديقة جديدة في وسط المدينة صباح اليوم وسط حضور الأهالي.\n';

/** UTF-16 bytes of a string, little- or big-endian, with or without a byte order mark. */
export function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = bom ? '\uFEFF' + s : s;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** Windows-1256 bytes of a string, by inverting the standard decoder's table ('?' for what it cannot hold). */
export function windows1256(s: string): Uint8Array {
  const table = new Map<string, number>();
  const all = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  [...all].forEach((ch, i) => table.set(ch, i));
  return Uint8Array.from([...s].map((ch) => table.get(ch) ?? 0x3f));
}
