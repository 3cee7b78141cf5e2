// `sspr-preview device <file>... [--json] [--evaluate]`: the device's own diagnostics → a scenario (or a verdict), and
// every file, line and input that could not be read. Pure: main.ts reads the files and prints what this returns.
import { DEFAULT_SCENARIO, evaluate, type EvaluateOptions, type Outcome } from '../index';
import {
  findingsFrom,
  readDiagnosticFile,
  rejectOversized,
  RESOLUTION_TEXT,
  scenarioFromFindings,
  type DeviceFindings,
  type Fact,
  type FileReading,
  type Finding,
} from '../diagnostics/index';
import { formatVerdict } from './format';

/** A file as main.ts found it: its bytes, or why it could not be read from disk. */
export type DeviceFileInput =
  { file: string; bytes: Uint8Array } | { file: string; size: number } | { file: string; error: string };

export interface DeviceCommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const SOURCE_NAMES = {
  dsregcmd: 'dsregcmd /status',
  registry: 'registry export',
  mdmReport: 'MDM diagnostics report',
  osVersion: 'Windows version text',
  secedit: 'secedit user-rights export',
  userProfiles: 'listing of C:\\Users',
} as const;

const NOTE_TEXT: Record<string, string> = {
  joinTable: "Microsoft's dsregcmd join-state table",
  onPremisesDrsJoined: 'on-premises DRS joined: domain joined, not Entra joined',
  familyFromBuild: 'decided by the build: Windows 11 from 22000',
  productNameSaysWindows10: 'the build decides: Windows 11 still names itself "Windows 10" there',
  editionFromEditionId: 'from EditionID',
  customShellFromWinlogon: 'Winlogon Shell other than explorer.exe',
  canResetImpliesConsent: 'CanReset DestructiveAndNonDestructive needs the PIN reset apps consented',
  hasPinOfCollectingUser: 'of the user who ran dsregcmd',
  notConfiguredDefault: 'not configured: absent from every place it can be set, all read in full',
  rightAssignedToNobody: 'secedit leaves out a right assigned to nobody',
  joinUndecided: 'registered or workgroup: the User State section is missing',
};

export function readInputs(inputs: readonly DeviceFileInput[]): FileReading[] {
  return inputs.map((input) => {
    if ('error' in input)
      return { file: input.file, status: 'rejected', reason: 'unreadable', message: `${input.file}: ${input.error}` };
    if ('size' in input)
      return (
        rejectOversized(input.file, input.size) ?? {
          file: input.file,
          status: 'rejected',
          reason: 'too-large',
          message: `${input.file} was not read.`,
        }
      );
    return readDiagnosticFile(input.bytes, input.file);
  });
}

function at(fact: Fact): string {
  return `${fact.provenance.file}:${fact.provenance.line}  ${fact.provenance.text}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function findingLines(finding: Finding): string[] {
  const note = finding.note ? ` (${NOTE_TEXT[finding.note]})` : '';
  const head = `  ${finding.path} = ${show(finding.value)}${note}`;
  const facts = finding.facts.map(
    (fact) => `      ${fact === finding.winner && finding.resolution ? '→' : '←'} ${at(fact)}`,
  );
  const resolution = finding.resolution ? [`      ${RESOLUTION_TEXT[finding.resolution]}`] : [];
  return [head, ...facts, ...resolution];
}

export function formatFindings(findings: DeviceFindings): string {
  const out: string[] = [];
  out.push(`Device diagnostics: ${findings.readings.length} file${findings.readings.length === 1 ? '' : 's'}`);
  for (const reading of findings.readings) {
    if (reading.status === 'read') {
      out.push(
        `  read      ${reading.file} (${SOURCE_NAMES[reading.result.source]}, ${reading.encoding}): ${reading.result.facts.length} facts`,
      );
    } else {
      const line = reading.cause?.line ? ` [line ${reading.cause.line}: ${reading.cause.text ?? ''}]` : '';
      out.push(`  NOT READ  ${reading.message}${line}`);
    }
  }
  out.push('', 'Inputs read from the device');
  for (const finding of findings.findings) out.push(...findingLines(finding));
  const policy = (name: string, outcome: DeviceFindings['passwordReset'] | DeviceFindings['pinRecovery']) => {
    if (outcome.status === 'read') {
      out.push(`  ${name}: ${outcome.sources.length} source${outcome.sources.length === 1 ? '' : 's'} on the device`);
      for (const fact of outcome.facts) out.push(`      ← ${at(fact)}`);
    } else {
      out.push(`  ${name}: kept from the base scenario; not read: ${outcome.missing.join(', ')}`);
    }
  };
  policy('policies.passwordReset (AllowAadPasswordReset)', findings.passwordReset);
  policy('policies.pinRecovery (EnablePinRecovery)', findings.pinRecovery);
  if (findings.disagreements.length > 0) {
    out.push('', 'Left unknown: the files disagree');
    for (const item of findings.disagreements) out.push(...findingLines(item));
  }
  out.push('', `Still unknown: no file reported ${findings.unknown.length === 0 ? 'none of them' : 'these'}`);
  for (const path of findings.unknown) out.push(`  ${path}`);
  const warnings = findings.warnings;
  if (warnings.length > 0) {
    out.push('', 'Not understood');
    for (const item of warnings) out.push(`  ${item.file}${item.line ? `:${item.line}` : ''}  ${item.message}`);
  }
  out.push(
    '',
    'Session, network, tenant and user settings are not in these files: they come from the default scenario.',
  );
  return out.join('\n');
}

function exitFor(outcome: Outcome): number {
  return outcome === 'success' ? 0 : outcome === 'undecided' ? 3 : 1;
}

export function runDeviceCommand(
  inputs: readonly DeviceFileInput[],
  flags: { json: boolean; evaluate: boolean; options: EvaluateOptions },
): DeviceCommandResult {
  const readings = readInputs(inputs);
  const findings = findingsFrom(readings);
  const rejected = readings.filter((item) => item.status === 'rejected');
  const notRead = rejected.map((item) => (item.status === 'rejected' ? item.message : '')).join('\n');
  if (rejected.length === readings.length) {
    const stdout = flags.json ? JSON.stringify({ ok: false, files: readings }, null, 2) : '';
    return { stdout, stderr: `sspr-preview device: no file could be read.\n${notRead}`, exitCode: 2 };
  }
  const parsed = scenarioFromFindings(DEFAULT_SCENARIO, findings);
  if (!parsed.ok) {
    const problems = parsed.problems.map((item) => `- ${item.message}`).join('\n');
    return {
      stdout: '',
      stderr: `sspr-preview device: the files describe an invalid scenario:\n${problems}`,
      exitCode: 4,
    };
  }
  const scenario = { ...parsed.scenario, name: `Device diagnostics: ${parsed.scenario.device.name}` };
  const badInput = rejected.length > 0 ? 2 : 0;
  const stderr = rejected.length > 0 ? `sspr-preview device: ${rejected.length} file(s) not read:\n${notRead}` : '';
  if (!flags.evaluate) {
    const stdout = flags.json
      ? JSON.stringify({ ok: rejected.length === 0, files: readings, findings: summarise(findings), scenario }, null, 2)
      : formatFindings(findings);
    return { stdout, stderr, exitCode: badInput };
  }
  const verdict = evaluate(scenario, flags.options);
  const stdout = flags.json
    ? JSON.stringify(
        { ok: rejected.length === 0, files: readings, findings: summarise(findings), scenario, verdict },
        null,
        2,
      )
    : `${formatFindings(findings)}\n\n${formatVerdict(verdict, { title: scenario.name })}`;
  return { stdout, stderr, exitCode: badInput || exitFor(verdict.outcome) };
}

/** The findings without the per-file readings (printed once, under "files"). */
function summarise(findings: DeviceFindings) {
  const { readings: _readings, facts: _facts, ...rest } = findings;
  return rest;
}
