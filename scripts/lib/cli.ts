/**
 * What every command-line script shares (ingest, import, data, eval): argument errors as one line, `--debug` for
 * stack traces, `--help`, `--out` that neither overwrites a file without `--force` nor writes over an input, atomic
 * writes, and one meaning for exit codes:
 *   0  every input was read;
 *   1  some inputs failed (each named on stderr); the rest was still written;
 *   2  usage error, or nothing readable: nothing was written.
 */
import { existsSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

/** For each script's --help. */
export const EXIT_CODES_HELP =
  'exit codes: 0 every input read · 1 some inputs failed, each named on stderr, the rest written · ' +
  '2 usage error or nothing readable, nothing written';

/** An error the user can act on: printed as one line (no stack trace), then the script exits with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = EXIT.usage,
  ) {
    super(message);
  }
}

/** One line for a file-system error ("no such file or folder: x.txt"), or the error's own message. */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const path = typeof err?.path === 'string' ? err.path : '';
  switch (err?.code) {
    case 'ENOENT':
      return `no such file or folder: ${path}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${path}`;
    case 'EISDIR':
      return `is a folder, not a file: ${path}`;
    case 'ENOTDIR':
      return `not a folder: ${path}`;
  }
  if (e instanceof Error && Array.isArray((e as { issues?: unknown }).issues)) {
    // A zod error: its issues on one line, each with its path.
    const issues = (e as unknown as { issues: { path: PropertyKey[]; message: string }[] }).issues;
    return issues
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
      .join('; ');
  }
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses argv strictly (an unknown option or a missing value is a usage error), with --help, --debug and --force
 * added to `options`.
 */
export function parseCli<O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ...options,
        help: { type: 'boolean', short: 'h' },
        debug: { type: 'boolean' },
        force: { type: 'boolean' },
      } as O & {
        help: { type: 'boolean'; short: 'h' };
        debug: { type: 'boolean' };
        force: { type: 'boolean' };
      },
    });
  } catch (e) {
    // node's own message goes on about positionals after '--': the first sentence is the one that helps.
    throw new CliError(`bad argument: ${describeError(e).split('. ')[0]} (--help for usage)`);
  }
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/**
 * Checks that `out` may be written: its folder exists, it is not a folder, it is none of `inputs` (compared by
 * resolved real path, so a symlink or `./x/../x` is caught), and it does not exist unless `force`.
 */
export function checkOut(out: string, inputs: readonly string[], force: boolean, flag = '--out'): void {
  const dir = dirname(resolve(out));
  if (!existsSync(dir)) throw new CliError(`${flag} ${out}: folder ${dir} does not exist`);
  if (!existsSync(out)) return;
  if (statSync(out).isDirectory()) throw new CliError(`${flag} ${out} is a folder; give a file name`);
  const target = real(out);
  const input = inputs.find((i) => real(i) === target);
  if (input !== undefined) throw new CliError(`${flag} ${out} is one of the inputs (${input}); choose another file`);
  if (!force) throw new CliError(`${flag} ${out} exists; pass --force to overwrite it`);
}

/** Writes through a temporary file in the same folder, then renames it: a reader never sees half a file. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(tmp, data, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}

/** True when the module at `url` is the script node was started with (not imported by a test or another script). */
export function isEntry(url: string): boolean {
  const started = process.argv[1];
  return started !== undefined && real(started) === real(fileURLToPath(url));
}

/** Writes a line to stderr. */
export const warn = (line: string) => process.stderr.write(line + '\n');

/**
 * Runs a script's main: `--help` prints `help` (with the exit codes) to stdout; a CliError or any other error is
 * one line on stderr (the stack only with --debug) and a non-zero exit code. Sets and returns the exit code.
 */
export async function runCli(
  name: string,
  help: string,
  main: (argv: readonly string[]) => number | Promise<number>,
  argv: readonly string[] = process.argv.slice(2),
): Promise<number> {
  const debug = argv.includes('--debug');
  let code: number;
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${help.trimEnd()}\n${EXIT_CODES_HELP}\n`);
    code = EXIT.ok;
  } else {
    try {
      code = await main(argv);
    } catch (e) {
      code = e instanceof CliError ? e.code : EXIT.usage;
      const hint = e instanceof CliError || debug ? '' : ' (run with --debug for the stack trace)';
      warn(`${name}: ${e instanceof CliError ? e.message : describeError(e)}${hint}`);
      if (debug) warn(e instanceof Error ? (e.stack ?? String(e)) : String(e));
    }
  }
  process.exitCode = code;
  return code;
}
