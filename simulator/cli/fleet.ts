// sspr-preview fleet <devices.csv|snapshot.json> [--users users.csv] [--template template.json]
//   [--what-if path=value]... [--json|--csv|--html] [--docs-as-of ERA]
// Reads the file in pieces (progress on stderr when it is a terminal), evaluates each class once and prints the
// same numbers as the fleet screen. Exit: 0 every row succeeds, 1 some don't, 2 bad input, 3 undecided rows remain.
// Pure like the rest of the simulator: main.ts hands in the file system and the terminal as a FleetHost.
import { ERAS, type Era, type EvaluateOptions } from '../engine/types';
import { ruleById } from '../engine/catalogue';
import {
  DEFAULT_FLEET_TEMPLATE,
  FleetInputError,
  FleetRecounter,
  MAX_FLEET_FILE_BYTES,
  OUTCOMES,
  OUTCOME_LABELS,
  checkFleetFileSize,
  compareSummaries,
  decodeFleetText,
  fleetProblem,
  leavesUnknownText,
  parseFleetSnapshot,
  devicesCsvReader,
  fleetFromSnapshot,
  fleetHtmlReport,
  fleetReport,
  fleetRowsCsv,
  parseFleetTemplate,
  parseWhatIf,
  readUsersCsv,
  topFleetFixes,
  type FleetEvaluation,
  type FleetFileKind,
  type FleetInput,
  type FleetProblem,
  type FleetReport,
} from '../fleet';

/** What the command needs from the operating system (main.ts implements it with node:fs). */
export interface FleetHost {
  /** Size in bytes; throws an error with a `code` (ENOENT, EISDIR, EACCES) when the file can't be read. */
  fileSize(path: string): number;
  readFile(path: string): Uint8Array;
  /** The file's bytes in pieces of about `sliceBytes`. */
  readChunks(path: string, sliceBytes: number): Iterable<Uint8Array>;
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal: show progress. */
  progress: boolean;
}

interface FleetFlags {
  users?: string;
  template?: string;
  whatIf: string[];
  json?: boolean;
  csv?: boolean;
  html?: boolean;
  docsAsOf?: string;
  strictLicensing?: boolean;
  help?: boolean;
}

const VALUE_FLAGS = { '--users': 'users', '--template': 'template', '--docs-as-of': 'docsAsOf' } as const;
const BOOLEAN_FLAGS = {
  '--json': 'json',
  '--csv': 'csv',
  '--html': 'html',
  '--strict-licensing': 'strictLicensing',
  '--help': 'help',
  '-h': 'help',
} as const;

function parseFlags(argv: string[]): { flags: FleetFlags; files: string[] } {
  const flags: FleetFlags = { whatIf: [] };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] =
      argv[i].startsWith('--') && argv[i].includes('=') ? splitOnce(argv[i]) : [argv[i], undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (name === '--what-if') flags.whatIf.push(value());
    else if (name in VALUE_FLAGS) flags[VALUE_FLAGS[name as keyof typeof VALUE_FLAGS]] = value();
    else if (name in BOOLEAN_FLAGS && inline === undefined)
      flags[BOOLEAN_FLAGS[name as keyof typeof BOOLEAN_FLAGS]] = true;
    else if (name.startsWith('-') && name !== '-') throw new UsageError(`unknown option ${name}`);
    else files.push(name);
  }
  return { flags, files };
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export const FLEET_USAGE = `sspr-preview fleet <devices.csv | snapshot.json> [options]

  Evaluates every Windows device × primary user of an Intune "All devices" export, an Entra "Download devices"
  file or a tenant snapshot, and prints totals by outcome, the top blocking rules, the undecided inputs and the
  top fixes (each re-counted over every row).

  --users <file>          Entra "User registration details" download, joined by user principal name
  --template <file>       partial scenario: tenant SSPR settings and device-side assumptions for every row
  --what-if <path=value>  change a template or policy fact and show totals before → after (repeatable)
  --json | --csv | --html the full result as JSON, every row's verdict as CSV, or a self-contained HTML report
  --docs-as-of <era>      evaluate under the documentation of an era (${ERAS.join(', ')})
  --strict-licensing      a user without a qualifying licence is denied instead of warned

  Exit: 0 every row succeeds, 1 some rows won't, 2 bad input, 3 undecided rows remain.`;

const SLICE = 4 * 1024 * 1024;

class UsageError extends Error {}

type Io = FleetHost;

function readSmallText(io: Io, file: string, kind: FleetFileKind): string {
  return decodeFleetText(readBytes(io, file), file, kind);
}

function readBytes(io: Io, file: string): Uint8Array {
  try {
    return io.readFile(file);
  } catch (error) {
    throw new FleetInputError(file, fileSystemProblem(error));
  }
}

function fileSystemProblem(error: unknown): FleetProblem {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return fleetProblem('cannotRead', { why: 'notFound' });
  if (code === 'EISDIR') return fleetProblem('cannotRead', { why: 'isFolder' });
  if (code === 'EACCES') return fleetProblem('cannotRead', { why: 'permissionDenied' });
  return fleetProblem('cannotReadOther', { detail: (error as Error).message });
}

/** A snapshot is JSON: by its name, or by a first character "{" (a CSV export starts with its header). */
function looksLikeJson(io: Io, file: string): boolean {
  if (/\.json$/i.test(file)) return true;
  for (const chunk of io.readChunks(file, 64))
    return /^(\uFEFF)?\s*\{/.test(new TextDecoder().decode(chunk.subarray(0, 64)));
  return false;
}

function readDevices(io: Io, file: string, size: number, users: ReturnType<typeof readUsersCsv> | null): FleetInput {
  checkFleetFileSize(file, size, MAX_FLEET_FILE_BYTES);
  const reader = devicesCsvReader({ label: baseName(file), users, expectedBytes: size });
  let done = 0;
  for (const chunk of io.readChunks(file, SLICE)) {
    reader.push(chunk);
    done += chunk.length;
    if (io.progress && size > SLICE) io.err(`\rReading ${baseName(file)}: ${Math.floor((100 * done) / size)}%`);
  }
  const input = reader.finish();
  if (io.progress && size > SLICE) io.err('\n');
  return input;
}

function readInput(io: Io, file: string, flags: FleetFlags): FleetInput {
  let size: number;
  try {
    size = io.fileSize(file);
  } catch (error) {
    throw new FleetInputError(baseName(file), fileSystemProblem(error));
  }
  if (looksLikeJson(io, file)) {
    if (flags.users) throw new UsageError('--users goes with a devices CSV; a snapshot has its users already');
    const snapshot = parseFleetSnapshot(readSmallText(io, file, 'snapshot'), baseName(file));
    return fleetFromSnapshot(snapshot, baseName(file));
  }
  const users = flags.users ? readUsersCsv(readBytes(io, flags.users), baseName(flags.users)) : null;
  return readDevices(io, file, size, users);
}

const n = (value: number) => value.toLocaleString('en-US');
const rows = (value: number) => `${n(value)} ${value === 1 ? 'row' : 'rows'}`;
const pct = (part: number, whole: number) => (whole === 0 ? '0.0%' : `${((100 * part) / whole).toFixed(1)}%`);

export function formatFleet(input: FleetInput, report: FleetReport): string {
  const s = report.summary;
  const lines: string[] = [];
  const source = input.source;
  lines.push(
    `Fleet readiness — ${source.label} (${source.title}${source.encoding ? `, ${source.encoding.toUpperCase()}` : ''})`,
  );
  const skipped = Object.entries(input.skipped.otherPlatforms).map(([name, rows]) => `${name} ${n(rows)}`);
  if (input.skipped.windowsServer) skipped.push(`Windows Server ${n(input.skipped.windowsServer)}`);
  lines.push(
    `  ${n(s.rows)} Windows ${s.rows === 1 ? 'row' : 'rows'} in ${n(s.classes)} classes${skipped.length ? `; left out: ${skipped.join(', ')}` : ''}`,
  );
  const link = input.userLink;
  lines.push(
    `  Users: ${rows(link.matched)} with registration details${input.users ? ` from ${input.users.label}` : ''}, ${n(link.notInUsersFile)} not in the users file, ${n(link.noUsersFile)} without a users file, ${n(link.noUser)} without a primary user`,
  );
  lines.push('', '  Outcome             Rows       Share');
  for (const outcome of OUTCOMES)
    lines.push(
      `  ${OUTCOME_LABELS[outcome].padEnd(16)} ${n(s.byOutcome[outcome]).padStart(9)}  ${pct(s.byOutcome[outcome], s.rows).padStart(8)}`,
    );
  lines.push(`  Reset password link shown on ${rows(s.linkShown)} (${pct(s.linkShown, s.rows)})`);
  if (s.blockingRules.length) {
    lines.push('', 'Top blocking rules:');
    for (const rule of s.blockingRules.slice(0, 10)) {
      const fix = report.topFixes.find((candidate) => candidate.clears.includes(rule.id));
      lines.push(`  ${rule.id.padEnd(22)} ${rows(rule.rows).padStart(14)}  ${ruleById(rule.id)?.message ?? ''}`);
      if (fix) lines.push(`  ${''.padEnd(22)} ${''.padStart(14)}  fix: ${fix.title}`);
    }
  }
  if (s.undecidedInputs.length) {
    lines.push('', 'Undecided — inputs no column, snapshot field or template gives:');
    for (const entry of s.undecidedInputs.slice(0, 12))
      lines.push(`  ${entry.path.padEnd(40)} ${rows(entry.rows).padStart(14)}`);
  }
  if (report.topFixes.length) {
    lines.push('', 'Top fixes (re-counted over every row):');
    report.topFixes.forEach((fix, index) => {
      const scope = fix.scope === 'fleet' ? 'every row' : 'rows that fail now';
      const broken = fix.rowsBroken ? `, ${rows(fix.rowsBroken)} stop succeeding` : '';
      const note = fix.statesUnknown ? ' (states an unknown input)' : '';
      lines.push(`  ${index + 1}. +${rows(fix.rowsFixed)}${broken} — ${fix.title}${note} [applied to ${scope}]`);
    });
  }
  if (report.whatIf) {
    const d = report.whatIf.delta;
    lines.push(
      '',
      `What-if: ${report.whatIf.changes.map((change) => `${change.path} = ${JSON.stringify(change.to)}`).join('; ')}`,
    );
    for (const outcome of OUTCOMES) {
      const { before, after } = d.byOutcome[outcome];
      if (before || after)
        lines.push(
          `  ${OUTCOME_LABELS[outcome].padEnd(16)} ${n(before).padStart(9)} → ${n(after).padEnd(9)} (${after - before >= 0 ? '+' : ''}${n(after - before)})`,
        );
    }
    lines.push(`  ${'Link shown'.padEnd(16)} ${n(d.linkShown.before).padStart(9)} → ${n(d.linkShown.after)}`);
    for (const rule of d.rules.slice(0, 10))
      lines.push(`  ${rule.id.padEnd(16)} ${n(rule.before).padStart(9)} → ${n(rule.after)}`);
  }
  if (source.missing.length) {
    lines.push('', 'Missing columns:');
    for (const column of source.missing)
      lines.push(
        `  "${column.expected}"${column.leavesUnknown.length ? ` — leaves ${leavesUnknownText(column)} unknown` : ' — shown only, no rule reads it'}`,
      );
  }
  if (input.users?.missing.length) {
    lines.push('', `Missing columns in ${input.users.label}:`);
    for (const column of input.users.missing)
      lines.push(
        `  "${column.expected}"${column.leavesUnknown.length ? ` — leaves ${leavesUnknownText(column)} unknown` : ''}`,
      );
  }
  const unrecognized = Object.entries(input.unrecognized);
  if (unrecognized.length) {
    lines.push('', 'Values not recognised (left unknown):');
    for (const [column, values] of unrecognized)
      lines.push(
        `  ${column}: ${Object.entries(values)
          .map(([value, rows]) => `"${value}" (${n(rows)})`)
          .join(', ')}`,
      );
  }
  return lines.join('\n');
}

export function fleetExitCode(evaluation: FleetEvaluation): number {
  const s = evaluation.summary;
  if (s.byOutcome.undecided > 0) return 3;
  return s.byOutcome.success === s.rows ? 0 : 1;
}

function docsAsOf(value: string | undefined): Era | undefined {
  if (value === undefined) return undefined;
  if (!(ERAS as readonly string[]).includes(value))
    throw new UsageError(`--docs-as-of must be one of ${ERAS.join(', ')}; found "${value}"`);
  return value as Era;
}

function run(argv: string[], io: Io): number {
  const { flags, files: positionals } = parseFlags(argv);
  if (flags.help) {
    io.out(FLEET_USAGE);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(`fleet takes one devices CSV or snapshot file; found ${positionals.length}`);
  if ([flags.json, flags.csv, flags.html].filter(Boolean).length > 1)
    throw new UsageError('choose one of --json, --csv, --html');
  const options: EvaluateOptions = {};
  const era = docsAsOf(flags.docsAsOf);
  if (era) options.docsAsOf = era;
  if (flags.strictLicensing) options.strictLicensing = true;

  const template = flags.template
    ? parseFleetTemplate(readSmallText(io, flags.template, 'template'), baseName(flags.template))
    : DEFAULT_FLEET_TEMPLATE;
  const changes = flags.whatIf.map((text) => parseWhatIf(text, template));
  const input = readInput(io, positionals[0], flags);
  if (input.rowCount === 0) throw new FleetInputError(input.source.label, fleetProblem('noWindowsRows', {}));

  const recounter = new FleetRecounter(input, template, options);
  const before = recounter.evaluate();
  const after = changes.length ? recounter.evaluate(changes) : null;
  const shown = after ?? before;
  const topFixes = topFleetFixes(input, recounter, shown);
  const report = fleetReport(
    input,
    shown,
    topFixes,
    after
      ? {
          changes: changes.map(({ path, from, to }) => ({ path, from, to })),
          delta: compareSummaries(before.summary, after.summary),
        }
      : null,
  );
  if (flags.json) io.out(JSON.stringify({ ok: true, ...report }, null, 2));
  else if (flags.csv) io.out(fleetRowsCsv(input, shown));
  else if (flags.html) io.out(fleetHtmlReport(report, new Date().toISOString()));
  else io.out(formatFleet(input, report));
  return fleetExitCode(shown);
}

/** Runs the fleet command; every error is reported here, so the exit code is all the caller needs. */
export function runFleetCommand(argv: string[], io: FleetHost): number {
  const json = argv.includes('--json');
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof FleetInputError) {
      if (json) io.out(JSON.stringify({ ok: false, error: error.toJSON() }, null, 2));
      io.err(`sspr-preview fleet: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof RangeError) {
      io.err(`sspr-preview fleet: ${error.message}\nRun sspr-preview fleet --help for usage.\n`);
      return 2;
    }
    io.err(`sspr-preview fleet: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 4;
  }
}
