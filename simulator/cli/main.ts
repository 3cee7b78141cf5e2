// The sspr-preview command: argument parsing and I/O. All text comes from ./format (pure).
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import {
  ERAS,
  PRESETS,
  RULES,
  citedDocument,
  citedDocuments,
  evaluate,
  fixes,
  parseScenario,
  parseScenarioBytes,
  MAX_SCENARIO_FILE_BYTES,
  presetById,
  scenarioFileJsonSchema,
  type Era,
  type EvaluateOptions,
  type InputProblem,
  type Outcome,
  type ParseResult,
} from '../index';
import { MAX_DIAGNOSTIC_FILE_BYTES } from '../diagnostics/index';
import { runDeviceCommand, type DeviceFileInput } from './device-command';
import { formatInputProblems, formatPresets, formatRules, formatVerdict, usage } from './format';
import { oneLine, terminalSafe } from './terminal';
import { runFleetCommand, type FleetHost } from './fleet';

export const EXIT = { success: 0, wont: 1, badInput: 2, undecided: 3, internal: 4 } as const;

/** A mistake in how the command was called: reported in one line with a pointer to --help, exit 2. */
class UsageError extends Error {}
/** Scenario input that does not validate: reported as a problem list, exit 2. */
class InputError extends Error {
  constructor(
    readonly source: string,
    readonly problems: InputProblem[],
    readonly omitted = 0,
  ) {
    super(`${source}: invalid scenario`);
  }
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  preset: { type: 'string', short: 'p' },
  'docs-as-of': { type: 'string' },
  'strict-licensing': { type: 'boolean' },
  'field-reports': { type: 'boolean' },
  'link-after-failed-attempt': { type: 'boolean' },
  fixes: { type: 'boolean' },
  json: { type: 'boolean' },
  evaluate: { type: 'boolean' },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const EVALUATE_ONLY = [
  'preset',
  'docs-as-of',
  'strict-licensing',
  'field-reports',
  'link-after-failed-attempt',
  'fixes',
] as const;

// Everything printed goes through terminalSafe: text from a file can never act on the terminal.
function out(text: string): void {
  process.stdout.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`));
}

function err(text: string): void {
  process.stderr.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`));
}

export function exitCodeFor(outcome: Outcome): number {
  if (outcome === 'success') return EXIT.success;
  if (outcome === 'undecided') return EXIT.undecided;
  return EXIT.wont;
}

/** Reads at most `limit` + 1 bytes, so an endless or huge input is refused without being read whole. */
function readBounded(fd: number, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const chunk = new Uint8Array(64 * 1024);
  let total = 0;
  while (total <= limit) {
    let count: number;
    try {
      count = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue; // non-blocking standard input: try again
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(chunk.slice(0, count));
    total += count;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of chunks) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** A scenario file's bytes (at most 5 MB and one more byte, so the parser can say it is too large). */
function readInput(file: string): { bytes: Uint8Array; size?: number } {
  let fd: number | undefined;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
    if (fd !== 0 && fstatSync(fd).isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    const size = fd === 0 ? undefined : fstatSync(fd).size;
    return { bytes: readBounded(fd, MAX_SCENARIO_FILE_BYTES), size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}

function docsAsOf(value: string | undefined): Era | undefined {
  if (value === undefined) return undefined;
  if (!(ERAS as readonly string[]).includes(value)) {
    throw new UsageError(`--docs-as-of must be one of ${ERAS.join(', ')}; found "${value}"`);
  }
  return value as Era;
}

function runEvaluate(flags: Flags, files: string[]): number {
  if (files.length > 1)
    throw new UsageError(`evaluate takes one scenario file; found ${files.length}: ${files.join(' ')}`);
  const file = files[0];
  const preset = flags.preset === undefined ? undefined : presetById(flags.preset);
  if (flags.preset !== undefined && !preset) {
    throw new UsageError(`no preset "${flags.preset}". Presets: ${PRESETS.map((item) => item.id).join(', ')}`);
  }
  if (!file && !preset) throw new UsageError('evaluate needs a scenario file, - for standard input, or --preset <ID>');

  const source = file === '-' ? 'standard input' : (file ?? `preset ${preset?.id}`);
  let parsed: ParseResult;
  if (file === undefined) parsed = parseScenario(preset!.scenario);
  // The file's fields replace the default's, or the preset's when one is given.
  else {
    const { bytes, size } = readInput(file);
    const complete = size !== undefined || bytes.length <= MAX_SCENARIO_FILE_BYTES;
    parsed = parseScenarioBytes(bytes, { label: source, base: preset?.scenario, size, complete });
  }
  if (!parsed.ok) throw new InputError(source, parsed.problems, parsed.omitted);

  const options: EvaluateOptions = { ...preset?.options };
  const era = docsAsOf(flags['docs-as-of']);
  if (era) options.docsAsOf = era;
  if (flags['strict-licensing']) options.strictLicensing = true;
  if (flags['field-reports']) options.fieldReports = true;
  if (flags['link-after-failed-attempt']) options.linkAfterFailedAttempt = true;

  const verdict = evaluate(parsed.scenario, options);
  const suggested = flags.fixes ? fixes(parsed.scenario, options) : undefined;
  if (flags.json) {
    // `documents`: every cited source with its title, date and the address of the document.
    const documents = citedDocuments([...verdict.fired, ...verdict.undecided, ...verdict.warnings]);
    out(JSON.stringify({ ...verdict, ...(suggested ? { fixes: suggested } : {}), documents }, null, 2));
  } else {
    const origin = [preset ? `preset ${preset.id}` : '', file ? source : ''].filter(Boolean).join(' + ');
    out(formatVerdict(verdict, { title: `${oneLine(parsed.scenario.name)} (${origin})`, fixes: suggested }));
  }
  return exitCodeFor(verdict.outcome);
}

/** Reads each file (refusing oversized ones unread) and hands the bytes to the pure device command. */
function runDevice(flags: Flags, files: string[]): number {
  if (files.length === 0) throw new UsageError('device needs one or more diagnostic files');
  rejectFlags('device', flags, ['preset', 'fixes']);
  const inputs: DeviceFileInput[] = files.map((file) => {
    try {
      const size = statSync(file).size;
      if (size > MAX_DIAGNOSTIC_FILE_BYTES) return { file, size };
      return { file, bytes: new Uint8Array(readFileSync(file)) };
    } catch (error) {
      return {
        file,
        error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message,
      };
    }
  });
  const options: EvaluateOptions = {};
  const era = docsAsOf(flags['docs-as-of']);
  if (era) options.docsAsOf = era;
  if (flags['strict-licensing']) options.strictLicensing = true;
  if (flags['field-reports']) options.fieldReports = true;
  if (flags['link-after-failed-attempt']) options.linkAfterFailedAttempt = true;
  const result = runDeviceCommand(inputs, { json: !!flags.json, evaluate: !!flags.evaluate, options });
  if (result.stdout) out(result.stdout);
  if (result.stderr) err(result.stderr);
  return result.exitCode;
}

function rejectFlags(command: string, flags: Flags, names: readonly (keyof Flags)[]): void {
  const given = names.filter((name) => flags[name] !== undefined);
  if (given.length > 0)
    throw new UsageError(`${command} does not take ${given.map((name) => `--${String(name)}`).join(', ')}`);
}

/** The file system and terminal for the fleet command (which, like the rest of the simulator, has no Node APIs). */
function fleetHost(): FleetHost {
  return {
    fileSize: (path) => {
      const stats = statSync(path);
      if (stats.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
      return stats.size;
    },
    readFile: (path) => readFileSync(path),
    *readChunks(path, sliceBytes) {
      const fd = openSync(path, 'r');
      try {
        for (;;) {
          const buffer = new Uint8Array(sliceBytes);
          const read = readSync(fd, buffer, 0, sliceBytes, null);
          if (read === 0) return;
          yield buffer.subarray(0, read);
        }
      } finally {
        closeSync(fd);
      }
    },
    out,
    // Terminal-safe like every other line; a leading carriage return is the progress line's own, so it stays.
    err: (text) =>
      process.stderr.write(text.startsWith('\r') ? `\r${terminalSafe(text.slice(1))}` : terminalSafe(text)),
    progress: process.stderr.isTTY === true,
  };
}

function run(argv: string[]): number {
  // The fleet command has its own options and reports its own errors.
  if (argv[0] === 'fleet') return runFleetCommand(argv.slice(1), fleetHost());
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values: flags, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (flags.version) {
    out(version);
    return EXIT.success;
  }
  if (flags.help || command === 'help' || command === undefined) {
    out(usage(ERAS));
    return command === undefined && !flags.help ? EXIT.badInput : EXIT.success;
  }
  switch (command) {
    case 'evaluate':
      return runEvaluate(flags, rest);
    case 'device':
      return runDevice(flags, rest);
    case 'schema':
      rejectFlags(command, flags, [...EVALUATE_ONLY, 'json']);
      if (rest.length > 0) throw new UsageError('schema takes no arguments');
      out(JSON.stringify(scenarioFileJsonSchema(), null, 2));
      return EXIT.success;
    case 'presets':
      rejectFlags(command, flags, EVALUATE_ONLY);
      if (rest.length > 0) throw new UsageError('presets takes no arguments');
      out(
        flags.json
          ? JSON.stringify(
              PRESETS.map(({ id, title, description, options, expected }) => ({
                id,
                title,
                description,
                options,
                expected,
              })),
              null,
              2,
            )
          : formatPresets(PRESETS),
      );
      return EXIT.success;
    case 'rules':
      rejectFlags(command, flags, EVALUATE_ONLY);
      if (rest.length > 0) throw new UsageError('rules takes no arguments');
      out(
        flags.json
          ? JSON.stringify(
              RULES.map(({ id, stage, effect, target, messageKey, message, sources }) => ({
                id,
                stage,
                effect,
                target,
                messageKey,
                message,
                sources,
                documents: sources.map(citedDocument),
              })),
              null,
              2,
            )
          : formatRules(RULES),
      );
      return EXIT.success;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function main(): void {
  // A closed pipe (sspr-preview rules | head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const json = process.argv.includes('--json');
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof InputError) {
      if (json) out(JSON.stringify({ ok: false, problems: error.problems, omitted: error.omitted }, null, 2));
      err(formatInputProblems(error.source, error.problems, error.omitted));
      process.exitCode = EXIT.badInput;
    } else if (error instanceof UsageError) {
      err(`sspr-preview: ${error.message}\nRun sspr-preview --help for usage.`);
      process.exitCode = EXIT.badInput;
    } else {
      err(`sspr-preview: internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = EXIT.internal;
    }
  }
}

main();
