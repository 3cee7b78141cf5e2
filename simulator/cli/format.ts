// Plain-text rendering of verdicts, fixes, presets and the rule catalogue for the command line. Pure: no I/O.
import type {
  DocMark,
  Fix,
  FiredRule,
  PolicySourceReport,
  ResolvedOptions,
  Tri,
  UndecidedRule,
  Verdict,
} from '../index';
import type { InputProblem } from '../index';
import { citedDocument, describeAssignment } from '../index';
import { clip, oneLine } from './terminal';

/** English labels of the verification options (strings.md, "Reset web flow"). */
const METHOD_LABELS: Record<string, string> = {
  'method.email': 'Email my alternate email',
  'method.sms': 'Text my mobile phone',
  'method.call': 'Call my mobile phone',
  'method.office': 'Call my office phone',
  'method.questions': 'Answer my security questions',
  'method.appNotify': 'Approve a notification on my authenticator app',
  'method.appCode': 'Enter a code from my authenticator app',
};

const OUTCOME_TEXT: Record<Verdict['outcome'], string> = {
  success: 'success: the reset completes',
  hidden: 'hidden: the link is not drawn on the sign-in screen',
  fails: 'fails: the link is drawn, but clicking it errors, hangs or loops back',
  denied: 'denied: the reset dialog opens, but the SSPR service refuses',
  deferred: 'deferred: the reset succeeds in Entra, but the new password is not usable on this PC yet',
  undecided: 'undecided: an unknown input blocks the answer',
};

function linkText(value: Tri): string {
  if (value === 'yes') return 'shown';
  if (value === 'no') return 'not shown';
  return 'undecided';
}

/** Left-aligns every column to its widest cell; the last column is not padded. */
export function table(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] + gap)))
      .join('')
      .trimEnd(),
  );
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', title, ...lines.map((line) => `  ${line}`)];
}

/** One line per cited document: its title (and section), date and the address that opens it. */
function sourceLines(sources: readonly string[]): string[] {
  return sources.map((cited) => {
    const entry = citedDocument(cited);
    if (!entry.url) return `    source: ${cited}`;
    const section = entry.section ? `, section "${entry.section}"` : '';
    const date = entry.date ? ` (${entry.date})` : '';
    return `    source: ${entry.title}${section}${date} <${entry.url}>`;
  });
}

/** "2018-07", "between 2018-03 and 2018-07" (two stored revisions bracket it), or "date not known". */
function markDate(mark: DocMark): string {
  if (!mark.date) return 'date not known';
  return mark.notBefore ? `between ${mark.notBefore} and ${mark.date}` : mark.date;
}

/** When Microsoft first documented the rule and since when people report it, as the --json output carries. */
function datesLine(rule: FiredRule): string[] {
  const parts: string[] = [];
  if (rule.firstDocumented === null) parts.push('not in Microsoft documentation');
  else if (rule.firstDocumented) parts.push(`first documented ${markDate(rule.firstDocumented)}`);
  if (rule.firstFieldReport) parts.push(`field reports from ${markDate(rule.firstFieldReport)}`);
  return parts.length === 0 ? [] : [`    dates: ${oneLine(parts.join('; '))}`];
}

function ruleLines(rules: readonly FiredRule[]): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    const flags = [rule.target === 'pin' && rule.stage !== 'pin' ? 'PIN' : '', rule.unofficial ? 'unofficial' : '']
      .filter(Boolean)
      .join(', ');
    out.push(`${rule.id}  ${rule.effect}  [${rule.stage}${flags ? `; ${flags}` : ''}]  ${rule.message}`);
    out.push(...datesLine(rule));
    out.push(...sourceLines(rule.sources));
  }
  return out;
}

function undecidedLines(rules: readonly UndecidedRule[]): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    const target = rule.target === 'pin' && rule.stage !== 'pin' ? '; PIN' : '';
    out.push(`${rule.id}  ${rule.effect}  [${rule.stage}${target}]  ${rule.message}`);
    out.push(`    missing: ${rule.missing.join(', ') || '(not named)'}`);
    out.push(...sourceLines(rule.sources));
  }
  return out;
}

function policySourceLine(source: PolicySourceReport): string {
  const assignment = source.assignment ? `; assignment: ${oneLine(describeAssignment(source.assignment))}` : '';
  return `#${source.index + 1} ${source.kind} "${oneLine(source.name)}": ${source.path} = ${JSON.stringify(source.value)}; applies: ${source.applies} (${source.reason})${assignment}`;
}

function policyLines(verdict: Verdict): string[] {
  const { policy } = verdict;
  const value =
    policy.value === 'unknown' ? 'unknown' : `${policy.value} (${policy.value === 1 ? 'allowed' : 'not allowed'})`;
  const from = policy.sourceIndex === null ? 'no source sets it' : `from source #${policy.sourceIndex + 1}`;
  const lines = [`AllowAadPasswordReset: ${value}, ${from}`];
  if (policy.explanation) lines.push(policy.explanation);
  return lines.concat(policy.sources.map(policySourceLine));
}

function pinLines(verdict: Verdict): string[] {
  const { pin } = verdict;
  const from = pin.sourceIndex === null ? 'no source sets it' : `from source #${pin.sourceIndex + 1}`;
  return [
    `EnablePinRecovery: ${String(pin.enablePinRecovery)}, ${from}; mode: ${pin.mode}; CanReset: ${pin.canReset}`,
    ...pin.sources.map(policySourceLine),
  ];
}

function optionsLine(options: ResolvedOptions): string {
  const onOff = (value: boolean) => (value ? 'on' : 'off');
  return (
    `docs as of ${options.docsAsOf}; strict licensing ${onOff(options.strictLicensing)}; ` +
    `field reports ${onOff(options.fieldReports)}; link after a failed attempt ${onOff(options.linkAfterFailedAttempt)}`
  );
}

function decidingText(verdict: Verdict): string {
  if (verdict.deciding.length > 0) return verdict.deciding.join(', ');
  if (verdict.outcome === 'success') return 'none (nothing stops the reset)';
  if (verdict.outcome === 'undecided') return 'none yet (see the undecided rules)';
  return 'none';
}

function sameRule(a: FiredRule, b: FiredRule): boolean {
  return a.id === b.id && a.target === b.target;
}

export function formatFixes(fixes: readonly Fix[]): string[] {
  if (fixes.length === 0) return ['', 'Fixes', '  No change set found that makes the reset succeed.'];
  const out = ['', `Fixes (${fixes.length}, smallest first)`];
  fixes.forEach((fix, i) => {
    const clears = fix.clears.length > 0 ? `; clears ${fix.clears.join(', ')}` : '';
    out.push(`  ${i + 1}. ${fix.title}  → ${fix.outcomeAfter} (cost ${fix.cost}${clears})`);
    for (const change of fix.changes) {
      const setting = `${change.path}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`;
      // A one-change fix is usually titled after its change; then the setting itself is the useful part.
      out.push(change.label === fix.title ? `       - ${setting}` : `       - ${change.label}  (${setting})`);
    }
  });
  return out;
}

export interface SummaryContext {
  /** What was evaluated, e.g. the preset title or the file name. */
  title: string;
  fixes?: readonly Fix[];
}

/** The readable verdict: outcome, links, every fired and undecided rule, the policy, the steps and the methods. */
export function formatVerdict(verdict: Verdict, context: SummaryContext): string {
  const extraWarnings = verdict.warnings.filter((warning) => !verdict.fired.some((rule) => sameRule(rule, warning)));
  const pinOutcome = verdict.pinLink === 'yes' ? `, PIN reset ${verdict.pinOutcome}` : '';
  const head = table([
    ['Outcome:', OUTCOME_TEXT[verdict.outcome] + (verdict.errorCode ? ` (${verdict.errorCode})` : '')],
    [
      'Reset password link:',
      linkText(verdict.passwordLink) + (verdict.legacy ? ' (Windows 7/8.1 add-in: "Forgot password?")' : ''),
    ],
    ['I forgot my PIN link:', linkText(verdict.pinLink) + pinOutcome],
    ['Deciding rules:', decidingText(verdict)],
    ['Options:', optionsLine(verdict.options)],
  ]);
  const methodsRequired = verdict.methodsRequired === 'unknown' ? 'unknown number of' : String(verdict.methodsRequired);
  const lines = [
    `SSPR Preview: ${context.title}`,
    ...head,
    ...section(`Fired rules (${verdict.fired.length})`, ruleLines(verdict.fired)),
    ...section(`Other warnings (${extraWarnings.length})`, ruleLines(extraWarnings)),
    ...section(
      `Undecided rules (${verdict.undecided.length}): these need inputs that are unknown`,
      undecidedLines(verdict.undecided),
    ),
    ...section('Effective policy', policyLines(verdict)),
    ...section('Windows Hello PIN recovery', pinLines(verdict)),
    ...section(
      'Steps the user sees',
      verdict.steps.map((step, i) => `${i + 1}. ${step.title}${step.detail ? `: ${step.detail}` : ''}`),
    ),
    ...section(
      `Verification methods (${methodsRequired} required)`,
      verdict.verification.length > 0
        ? verdict.verification.map((option) => METHOD_LABELS[option.key] ?? option.key)
        : ['none this user can use'],
    ),
  ];
  if (context.fixes) lines.push(...formatFixes(context.fixes));
  return lines.join('\n');
}

/** Column widths of the problem table: a long key or value is cut, so the table stays readable at any size. */
const PROBLEM_COLUMNS = { path: 60, expected: 70, found: 60 } as const;
const MAX_LISTED_PROBLEMS = 50;

/** The problem table: the first 50 problems, then how many more there were (`omitted` counts those already cut). */
export function formatInputProblems(source: string, problems: readonly InputProblem[], omitted = 0): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length + omitted;
  const total = problems.length + omitted;
  const rows = listed.map((item) => [
    clip(oneLine(item.path), PROBLEM_COLUMNS.path),
    clip(oneLine(`expected ${item.expected}`), PROBLEM_COLUMNS.expected),
    clip(oneLine(`found ${item.found}`), PROBLEM_COLUMNS.found),
  ]);
  return [
    `${oneLine(source)}: ${total.toLocaleString('en-US')} problem${total === 1 ? '' : 's'}`,
    ...table(rows).map((row) => `  ${row}`),
    ...(more > 0 ? [`  …and ${more.toLocaleString('en-US')} more`] : []),
  ].join('\n');
}

export interface CatalogueRule {
  id: string;
  stage: string;
  effect: string;
  target: string;
  message: string;
  sources: readonly string[];
}

export function formatRules(rules: readonly CatalogueRule[]): string {
  const rows = [['ID', 'STAGE', 'EFFECT', 'TARGET', 'SOURCES', 'MESSAGE']];
  for (const rule of rules)
    rows.push([rule.id, rule.stage, rule.effect, rule.target, rule.sources.join(', '), rule.message]);
  const cited = [...new Set(rules.flatMap((rule) => rule.sources))].map(citedDocument);
  const documents = table(cited.map((entry) => [entry.cited, entry.url ?? '(no address known)']));
  return [
    ...table(rows),
    '',
    `${rules.length} rules`,
    '',
    'Documents cited',
    ...documents.map((line) => `  ${line}`),
  ].join('\n');
}

export interface CataloguePreset {
  id: string;
  title: string;
  expected: { outcome: string };
}

export function formatPresets(presets: readonly CataloguePreset[]): string {
  const rows = [['ID', 'EXPECTED', 'DESCRIPTION']];
  for (const preset of presets) rows.push([preset.id, preset.expected.outcome, preset.title]);
  return [...table(rows), '', 'Run one with: sspr-preview evaluate --preset <ID>'].join('\n');
}

export function usage(eras: readonly string[]): string {
  const options = table([
    ['--preset <ID>', 'start from a preset instead of the default scenario (happy path)'],
    ['--docs-as-of <ERA>', `apply the rules as documented at that time: ${eras.join(', ')}`],
    [
      '--strict-licensing',
      'deny a user without a qualifying licence instead of warning (the licensing doc lets them through)',
    ],
    ['--field-reports', 'include problems reported on GitHub but not in the docs'],
    ['--link-after-failed-attempt', 'draw the link only after a failed sign-in attempt (Entra docs show it at once)'],
    ['--fixes', 'also list the smallest verified change sets that make the reset succeed'],
    ['--json', 'print the full verdict as JSON (with --fixes: plus a "fixes" array)'],
  ]);
  return `SSPR Preview: does the Reset password link appear on the Windows sign-in screen, and does the reset complete?

Usage
  sspr-preview evaluate <file.json | -> [options]   evaluate a scenario file (- reads standard input)
  sspr-preview evaluate --preset <ID> [file.json]   evaluate a built-in preset; a file merges over it
  sspr-preview device <file>... [--evaluate] [--json]
                                                    read a device's dsregcmd /status, registry exports, MDM
                                                    report and version text into a scenario (--evaluate: verdict)
  sspr-preview fleet <devices.csv | snapshot.json> [--users users.csv] [--template t.json] [--what-if path=value]...
                    [--json | --csv | --html] [--docs-as-of ERA]
                                                    every device × user of an Intune or Entra devices export or a
                                                    tenant snapshot: totals, top blockers, fixes (fleet --help)
  sspr-preview schema                               print the JSON Schema of scenario files
  sspr-preview presets [--json]                     list the built-in presets
  sspr-preview rules [--json]                       list the rule catalogue
  sspr-preview --help | --version

Options of evaluate
${options.map((line) => `  ${line}`).join('\n')}

Partial scenario files merge over the default scenario; any leaf may be "unknown".

Exit codes
  0  the reset succeeds
  1  it won't: the link is hidden, the reset fails, is denied or is deferred
  2  bad input or usage
  3  undecided: an unknown input blocks the answer
  4  internal error (please report it with the scenario)`;
}
