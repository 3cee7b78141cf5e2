// Rows → classes → verdicts → summary. Each class (rows that agree on every fact the rules read) is evaluated once
// and counted; a what-if changes template or policy facts and re-evaluates only the classes.
import { applyChanges, fixes } from '../engine/fixes';
import { evaluate } from '../engine/evaluate';
import type { Change, EvaluateOptions, Outcome, Tri, Verdict } from '../engine/types';
import { getAt, setAt } from '../model/paths';
import type { Scenario } from '../model/scenario';
import { RULES } from '../engine/catalogue';
import { ROW_TEXT_FIELDS, type ClassFact, type FactSource, type FleetInput } from './input';
import { rowFields } from './strings';

export const OUTCOMES: readonly Outcome[] = ['success', 'hidden', 'fails', 'denied', 'deferred', 'undecided'];
const BLOCKING = new Set(['HIDE', 'FAIL', 'DENY', 'DEFER']);

/** What a row's table line and CSV line need from its class's verdict. */
export interface ClassVerdict {
  outcome: Outcome;
  passwordLink: Tri;
  pinLink: Tri;
  /** Rules that decided a non-success outcome. */
  deciding: string[];
  /** Blocking rules left undecided, with the unknown inputs each needs. */
  undecided: { id: string; missing: string[] }[];
  warnings: string[];
  errorCode: string | null;
}

export interface CountedRule {
  id: string;
  rows: number;
}

export interface FleetSummary {
  rows: number;
  classes: number;
  byOutcome: Record<Outcome, number>;
  /** Rows where the Reset password link is drawn. */
  linkShown: number;
  /** Rules deciding a non-success outcome, by rows, most first. */
  blockingRules: CountedRule[];
  /** Blocking rules left undecided, by rows. */
  undecidedRules: CountedRule[];
  /** Unknown inputs behind undecided rows: path → rows. */
  undecidedInputs: { path: string; rows: number }[];
}

export interface FleetEvaluation {
  template: Scenario;
  options: EvaluateOptions;
  overrides: readonly Change[];
  verdicts: ClassVerdict[];
  summary: FleetSummary;
}

function emptyOutcomes(): Record<Outcome, number> {
  return { success: 0, hidden: 0, fails: 0, denied: 0, deferred: 0, undecided: 0 };
}

export function toClassVerdict(verdict: Verdict): ClassVerdict {
  const undecided: ClassVerdict['undecided'] = [];
  for (const rule of verdict.undecided)
    if (rule.target === 'password' && BLOCKING.has(rule.effect)) undecided.push({ id: rule.id, missing: rule.missing });
  return {
    outcome: verdict.outcome,
    passwordLink: verdict.passwordLink,
    pinLink: verdict.pinLink,
    deciding: verdict.outcome === 'success' ? [] : [...verdict.deciding],
    undecided,
    warnings: verdict.warnings.filter((rule) => rule.target === 'password').map((rule) => rule.id),
    errorCode: verdict.errorCode,
  };
}

/** The template with one class's facts set; "user.ssprEnabled" becomes membership of the selected group. */
export function classScenario(input: FleetInput, classIndex: number, template: Scenario): Scenario {
  let scenario = template;
  for (const fact of input.classes[classIndex].facts) {
    if (fact.path === 'user.ssprEnabled') {
      const selected = template.tenant.sspr.selectedGroup;
      if (template.tenant.sspr.enabled === 'Selected' && typeof selected === 'string')
        scenario = setAt(scenario, 'user.groups', fact.value === true ? [selected] : []);
      continue;
    }
    scenario = setAt(scenario, fact.path, fact.value);
  }
  return scenario;
}

function refuseUserSpecificTemplate(template: Scenario): void {
  // The new-password checks compare against the user's name: one evaluation could not stand for many users.
  if (template.user.newPassword !== null)
    throw new RangeError('A fleet template cannot simulate a typed new password (user.newPassword must be null).');
}

export function summarize(input: FleetInput, verdicts: readonly ClassVerdict[]): FleetSummary {
  const byOutcome = emptyOutcomes();
  let linkShown = 0;
  const blocking = new Map<string, number>();
  const undecidedRules = new Map<string, number>();
  const inputs = new Map<string, number>();
  input.classes.forEach((entry, index) => {
    const verdict = verdicts[index];
    const rows = entry.count;
    byOutcome[verdict.outcome] += rows;
    if (verdict.passwordLink === 'yes') linkShown += rows;
    for (const id of verdict.deciding) blocking.set(id, (blocking.get(id) ?? 0) + rows);
    if (verdict.outcome !== 'undecided') return;
    const paths = new Set<string>();
    for (const rule of verdict.undecided) {
      undecidedRules.set(rule.id, (undecidedRules.get(rule.id) ?? 0) + rows);
      for (const path of rule.missing) paths.add(path);
    }
    for (const path of paths) inputs.set(path, (inputs.get(path) ?? 0) + rows);
  });
  const sorted = (map: Map<string, number>) =>
    [...map].map(([id, rows]) => ({ id, rows })).sort((a, b) => b.rows - a.rows || a.id.localeCompare(b.id));
  return {
    rows: input.rowCount,
    classes: input.classes.length,
    byOutcome,
    linkShown,
    blockingRules: sorted(blocking),
    undecidedRules: sorted(undecidedRules),
    undecidedInputs: sorted(inputs).map(({ id, rows }) => ({ path: id, rows })),
  };
}

/** Evaluates every class once (with `overrides` applied to every row) and counts rows. */
export function evaluateFleet(
  input: FleetInput,
  template: Scenario,
  options: EvaluateOptions = {},
  overrides: readonly Change[] = [],
): FleetEvaluation {
  refuseUserSpecificTemplate(template);
  const verdicts = input.classes.map((_, index) =>
    toClassVerdict(evaluate(applyChanges(classScenario(input, index, template), overrides), options)),
  );
  return { template, options, overrides, verdicts, summary: summarize(input, verdicts) };
}

/** Base scenarios of every class, built once, so re-counts only apply the change and evaluate. */
export class FleetRecounter {
  private readonly bases: Scenario[];

  constructor(
    private readonly input: FleetInput,
    readonly template: Scenario,
    readonly options: EvaluateOptions = {},
  ) {
    refuseUserSpecificTemplate(template);
    this.bases = input.classes.map((_, index) => classScenario(input, index, template));
  }

  evaluate(overrides: readonly Change[] = []): FleetEvaluation {
    const verdicts = this.bases.map((base) => toClassVerdict(evaluate(applyChanges(base, overrides), this.options)));
    return {
      template: this.template,
      options: this.options,
      overrides,
      verdicts,
      summary: summarize(this.input, verdicts),
    };
  }

  classBase(index: number): Scenario {
    return this.bases[index];
  }
}

export interface FleetDelta {
  byOutcome: Record<Outcome, { before: number; after: number }>;
  linkShown: { before: number; after: number };
  /** Every rule whose row count changed: deciding (blocking) and undecided. */
  rules: { id: string; before: number; after: number }[];
}

export function compareSummaries(before: FleetSummary, after: FleetSummary): FleetDelta {
  const byOutcome = {} as FleetDelta['byOutcome'];
  for (const outcome of OUTCOMES)
    byOutcome[outcome] = { before: before.byOutcome[outcome], after: after.byOutcome[outcome] };
  const counts = (summary: FleetSummary) => {
    const map = new Map<string, number>();
    for (const rule of [...summary.blockingRules, ...summary.undecidedRules])
      map.set(rule.id, (map.get(rule.id) ?? 0) + rule.rows);
    return map;
  };
  const a = counts(before);
  const b = counts(after);
  const rules = [...new Set([...a.keys(), ...b.keys()])]
    .map((id) => ({ id, before: a.get(id) ?? 0, after: b.get(id) ?? 0 }))
    .filter((rule) => rule.before !== rule.after)
    .sort((x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before) || x.id.localeCompare(y.id));
  return { byOutcome, linkShown: { before: before.linkShown, after: after.linkShown }, rules };
}

export interface FleetFix {
  id: string;
  title: string;
  changes: Change[];
  /** Rules it clears in the classes it was found for. */
  clears: string[];
  /**
   * "fleet": a tenant, policy or template change, applied to every row; "failingRows": it changes per-row facts
   * (edition, join state, a user's methods …), so it is applied only to the rows that don't succeed yet.
   */
  scope: 'fleet' | 'failingRows';
  /** Rows that turn into successes, counted by re-evaluating every class with the change. */
  rowsFixed: number;
  /** Rows that succeed now and would not after the change (fleet scope only). */
  rowsBroken: number;
  /** The change only states an input that is unknown now (an answer, not a setting to change). */
  statesUnknown: boolean;
}

/** Paths some class sets from its rows (so a change there is per row, not per tenant). */
export function rowFactPaths(input: FleetInput): Set<string> {
  const paths = new Set<string>();
  for (const entry of input.classes)
    for (const fact of entry.facts) paths.add(fact.path === 'user.ssprEnabled' ? 'user.groups' : fact.path);
  return paths;
}

/** A change of "device.os" touches "device.os.build"; a change of "user.groups[0]" touches "user.groups". */
export function touchesRowFacts(path: string, rowPaths: ReadonlySet<string>): boolean {
  for (const rowPath of rowPaths)
    if (
      rowPath === path ||
      rowPath.startsWith(`${path}.`) ||
      path.startsWith(`${rowPath}.`) ||
      path.startsWith(`${rowPath}[`)
    )
      return true;
  return false;
}

/** A change that states an unknown input applies only where that input is still unknown. */
export function fixChangesFor(base: Scenario, changes: readonly Change[]): Change[] {
  return changes.filter((change) => change.from !== 'unknown' || getAt(base, change.path) === 'unknown');
}

/** Re-counts a fix: rows it turns into successes and rows it stops succeeding. */
export function countFix(
  input: FleetInput,
  recounter: FleetRecounter,
  evaluation: FleetEvaluation,
  changes: readonly Change[],
  scope: FleetFix['scope'],
): { rowsFixed: number; rowsBroken: number } {
  let rowsFixed = 0;
  let rowsBroken = 0;
  input.classes.forEach((entry, index) => {
    const before = evaluation.verdicts[index].outcome === 'success';
    if (before && scope === 'failingRows') return;
    const base = applyChanges(recounter.classBase(index), evaluation.overrides);
    const after = evaluate(applyChanges(base, fixChangesFor(base, changes)), recounter.options).outcome === 'success';
    if (!before && after) rowsFixed += entry.count;
    if (before && !after) rowsBroken += entry.count;
  });
  return { rowsFixed, rowsBroken };
}

/**
 * Candidate fixes from the largest failing classes (the single-scenario fix search), each re-counted over the whole
 * fleet, ranked by rows turned into successes (net of rows a fleet-wide change would break).
 */
export function topFleetFixes(
  input: FleetInput,
  recounter: FleetRecounter,
  evaluation: FleetEvaluation,
  { classes = 12, limit = 8 } = {},
): FleetFix[] {
  const failing = input.classes
    .map((entry, index) => ({ index, count: entry.count }))
    .filter(({ index }) => evaluation.verdicts[index].outcome !== 'success')
    .sort((a, b) => b.count - a.count)
    .slice(0, classes);
  const candidates = new Map<string, { title: string; changes: Change[]; clears: Set<string> }>();
  for (const { index } of failing) {
    const base = applyChanges(recounter.classBase(index), evaluation.overrides);
    for (const fix of fixes(base, recounter.options, 5)) {
      const entry = candidates.get(fix.id) ?? { title: fix.title, changes: fix.changes, clears: new Set<string>() };
      for (const id of fix.clears) entry.clears.add(id);
      candidates.set(fix.id, entry);
    }
  }
  const perRow = rowFactPaths(input);
  const ranked: FleetFix[] = [];
  for (const [id, entry] of candidates) {
    const scope = entry.changes.some((change) => touchesRowFacts(change.path, perRow)) ? 'failingRows' : 'fleet';
    const counted = countFix(input, recounter, evaluation, entry.changes, scope);
    if (counted.rowsFixed - counted.rowsBroken <= 0) continue;
    ranked.push({
      id,
      title: entry.title,
      changes: entry.changes,
      clears: [...entry.clears],
      scope,
      ...counted,
      statesUnknown: entry.changes.every((change) => change.from === 'unknown'),
    });
  }
  return ranked
    .sort(
      (a, b) =>
        Number(a.statesUnknown) - Number(b.statesUnknown) ||
        b.rowsFixed - b.rowsBroken - (a.rowsFixed - a.rowsBroken) ||
        a.changes.length - b.changes.length ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}

/** Scenario paths the rules read directly (derived facts left out): what provenance is listed for. */
const READ_INPUTS = [
  ...new Set(RULES.flatMap((rule) => rule.reads).filter((path) => !path.startsWith('derived.'))),
].sort();

/** The scenario field a class fact sets ("user.ssprEnabled" decides the SSPR group membership). */
function scenarioPathOf(fact: ClassFact): string {
  return fact.path === 'user.ssprEnabled' ? 'user.groups' : fact.path;
}

/** Where row `row`'s value of a scenario field was read (a column or snapshot field), or undefined. */
export function rowFactSource(input: FleetInput, row: number, path: string): FactSource | undefined {
  return input.classes[input.classOf[row]].facts.find((fact) => scenarioPathOf(fact) === path)?.source;
}

/**
 * One row's full scenario, as the simulator opens it: the class facts, the row's own name and user, and the
 * provenance of every field the rules read (a column, a snapshot field, the template, or nothing).
 */
/** The fixed notes of a fleet row's provenance (the app words them in the reader's language). */
export const FLEET_NOTES = {
  nowhere: 'No column, snapshot field or template value gives it.',
  template: 'Fleet template: assumed for every row.',
  whatIf: 'Fleet what-if',
} as const;

export function rowScenario(
  input: FleetInput,
  row: number,
  template: Scenario,
  overrides: readonly Change[] = [],
): Scenario {
  const classIndex = input.classOf[row];
  const fields = rowFields(input.text, row);
  const text = (field: (typeof ROW_TEXT_FIELDS)[number]) => fields[ROW_TEXT_FIELDS.indexOf(field)] ?? '';
  let scenario = applyChanges(classScenario(input, classIndex, template), overrides);
  const where = `${input.source.label}, Windows row ${(row + 1).toLocaleString('en-US')}`;
  scenario = setAt(scenario, 'device.name', text('deviceName') || '(no name)');
  scenario = setAt(scenario, 'user.userPrincipalName', text('userPrincipalName'));
  scenario = setAt(scenario, 'user.displayName', text('userPrincipalName'));
  scenario = setAt(
    scenario,
    'name',
    `${text('deviceName') || '(no name)'} × ${text('userPrincipalName') || 'no user'}`,
  );
  const provenance: Scenario['provenance'] = {};
  for (const path of READ_INPUTS) {
    const value = getAt(scenario, path);
    provenance[path] =
      value === 'unknown'
        ? { kind: 'unknown', note: FLEET_NOTES.nowhere }
        : { kind: 'statedByAdmin', note: FLEET_NOTES.template };
  }
  const upn = text('userPrincipalName');
  for (const fact of input.classes[classIndex].facts) {
    const path = scenarioPathOf(fact);
    // Device facts come from this row; user facts from the users file's line of this row's user.
    const note =
      input.source.kind !== 'snapshot' && path.startsWith('user.')
        ? `${fact.from}, user ${upn}`
        : `${fact.from} (${where})`;
    provenance[path] = { kind: 'imported', note };
  }
  provenance['device.name'] = {
    kind: 'imported',
    note: `${input.source.columns.deviceName ?? 'device name'} (${where})`,
  };
  if (text('userPrincipalName'))
    provenance['user.userPrincipalName'] = {
      kind: 'imported',
      note: `${input.source.columns.primaryUserUpn ?? 'primary user'} (${where})`,
    };
  for (const change of overrides) provenance[change.path] = { kind: 'manual', note: FLEET_NOTES.whatIf };
  return { ...scenario, provenance };
}
