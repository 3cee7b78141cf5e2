// evaluate(): runs the catalogue over a scenario. Deterministic, side-effect free; a deny-style algebra where the
// earliest-stage effect decides (HIDE > FAIL > DENY > DEFER), every firing rule is reported, and unknown inputs
// make a rule undecided (the outcome too, unless a decided rule already settles it).
import type { Scenario } from '../model/scenario';
import { UNKNOWN } from '../model/scenario';
import { RULES, type Rule } from './catalogue';
import { evaluateAll, factsSeen, FALSE, missingFacts, UNDECIDED, type Context } from './conditions';
import { derive, type Derived } from './derive';
import { nonDestructiveEditionOk } from './rules-legacy-pin';
import { buildSteps, verificationOptions } from './steps';
import { ERAS, type Effect, type EvaluateOptions, type FiredRule, type Outcome, type ResolvedOptions, type Tri, type UndecidedRule, type Verdict } from './types';

const PASSWORD_RULES = RULES.filter((entry) => entry.target === 'password');
const PIN_RULES = RULES.filter((entry) => entry.target === 'pin');
const RANK: Partial<Record<Effect, number>> = { HIDE: 0, FAIL: 1, DENY: 2, DEFER: 3 };
const SUCCESS_RANK = 4;
const OUTCOME_BY_RANK: readonly Outcome[] = ['hidden', 'fails', 'denied', 'deferred', 'success'];
/** Rules about the AllowAadPasswordReset policy or the password tile only: they don't limit the PIN reset. */
const NOT_SHARED_WITH_PIN = new Set(['R-POLICY', 'R-POLICY-TYPE', 'R-MDM', 'R-ASSIGN', 'R-VERSION', 'R-EDITION', 'R-PWLESS', 'R-AFTER-FAILURE']);
const SHARED_STAGES = new Set(['device', 'session', 'launch']);

export function resolveOptions(options: EvaluateOptions = {}): ResolvedOptions {
  const docsAsOf = options.docsAsOf ?? 'current';
  if (!ERAS.includes(docsAsOf)) throw new RangeError(`docsAsOf: expected one of ${ERAS.join(', ')}, found ${JSON.stringify(docsAsOf)}`);
  return {
    docsAsOf,
    strictLicensing: options.strictLicensing ?? false,
    fieldReports: options.fieldReports ?? false,
    linkAfterFailedAttempt: options.linkAfterFailedAttempt ?? false,
  };
}

interface Pass {
  fired: FiredRule[];
  undecided: UndecidedRule[];
  decidedRank: number;
  undecidedRank: number;
  deciding: string[];
  sharedLimit: 'HIDE' | 'FAIL' | null;
  sharedUndecided: boolean;
}

function runRules(rules: readonly Rule[], ctx: Context): Pass {
  const pass: Pass = { fired: [], undecided: [], decidedRank: SUCCESS_RANK, undecidedRank: SUCCESS_RANK, deciding: [], sharedLimit: null, sharedUndecided: false };
  for (let i = 0; i < rules.length; i++) {
    const entry = rules[i];
    const truth = evaluateAll(entry.when, ctx);
    if (truth === FALSE) continue;
    const effect = entry.effectFor ? entry.effectFor(ctx) : entry.effect;
    const rank = RANK[effect];
    const shared = SHARED_STAGES.has(entry.stage) && (effect === 'HIDE' || effect === 'FAIL') && !NOT_SHARED_WITH_PIN.has(entry.id);
    if (truth === UNDECIDED) {
      pass.undecided.push({
        id: entry.id,
        stage: entry.stage,
        effect,
        message: entry.message,
        sources: entry.sources,
        missing: missingFacts(entry.when, ctx),
        target: entry.target,
      });
      if (rank !== undefined && rank < pass.undecidedRank) pass.undecidedRank = rank;
      if (shared) pass.sharedUndecided = true;
      continue;
    }
    const fired: FiredRule = {
      id: entry.id,
      stage: entry.stage,
      effect,
      messageKey: entry.messageKey,
      message: entry.message,
      sources: entry.sources,
      facts: factsSeen(entry.when, ctx),
      target: entry.target,
    };
    if (entry.unofficial) fired.unofficial = true;
    pass.fired.push(fired);
    if (rank !== undefined) {
      if (rank < pass.decidedRank) {
        pass.decidedRank = rank;
        pass.deciding = [entry.id];
      } else if (rank === pass.decidedRank) pass.deciding.push(entry.id);
    }
    if (shared) pass.sharedLimit = effect === 'HIDE' || pass.sharedLimit === 'HIDE' ? 'HIDE' : 'FAIL';
  }
  return pass;
}

function outcomeOf(pass: Pass): Outcome {
  return pass.undecidedRank < pass.decidedRank ? 'undecided' : OUTCOME_BY_RANK[pass.decidedRank];
}

function linkState(pass: Pass, hideRank = 0): Tri {
  if (pass.decidedRank === hideRank) return 'no';
  return pass.undecidedRank === hideRank ? 'undecided' : 'yes';
}

function pinModeOf(scenario: Scenario, d: Derived, ctx: Context): Context['pinMode'] {
  const join = scenario.device.joinState;
  const checks: (boolean | typeof UNKNOWN)[] = [
    d.pinRecovery,
    scenario.tenant.pinResetConsent,
    nonDestructiveEditionOk(ctx),
    join === UNKNOWN ? UNKNOWN : join === 'entraJoined' || join === 'hybridJoined',
    scenario.user.accountKind === UNKNOWN ? UNKNOWN : scenario.user.accountKind === 'workOrSchool',
  ];
  if (checks.includes(false)) return 'destructive';
  return checks.includes(UNKNOWN) ? 'undecided' : 'nonDestructive';
}

export function evaluate(scenario: Scenario, options?: EvaluateOptions): Verdict {
  const o = resolveOptions(options);
  const d = derive(scenario);
  const ctx: Context = { s: scenario, d, o, era: ERAS.indexOf(o.docsAsOf), sharedLimit: null, pinMode: 'undecided' };

  const password = runRules(PASSWORD_RULES, ctx);
  const outcome = outcomeOf(password);
  const passwordLink = linkState(password);

  ctx.sharedLimit = password.sharedLimit;
  ctx.pinMode = pinModeOf(scenario, d, ctx);
  const pin = runRules(PIN_RULES, ctx);
  const pinLinkFired = pin.fired.some((entry) => entry.id === 'P-LINK');
  const pinLinkUndecided = pin.undecided.some((entry) => entry.id === 'P-LINK');
  let pinLink: Tri = pinLinkFired ? linkState(pin) : pinLinkUndecided ? 'undecided' : 'no';
  if (pinLink === 'yes' && password.sharedUndecided && password.sharedLimit === null) pinLink = 'undecided';
  const pinOutcome: Outcome = pinLink === 'no' ? 'hidden' : pinLink === 'undecided' ? 'undecided' : outcomeOf(pin);

  const fired = password.fired.concat(pin.fired);
  const denyRule = password.decidedRank === RANK.DENY ? password.deciding[0] : null;
  const denyEntry = denyRule ? RULES.find((entry) => entry.id === denyRule && entry.errorCode) : undefined;
  const policy = d.passwordPolicy;
  const verification = verificationOptions(scenario, d);

  return {
    outcome,
    passwordLink,
    pinLink,
    pinOutcome,
    deciding: password.deciding,
    fired,
    undecided: password.undecided.concat(pin.undecided),
    warnings: fired.filter((entry) => entry.effect === 'WARN'),
    policy: {
      value: policy.value,
      sourceIndex: policy.sourceIndex,
      explanation:
        policy.value === 1
          ? `AllowAadPasswordReset = 1 from "${policy.reports[policy.sourceIndex ?? 0]?.name}" (${policy.reports[policy.sourceIndex ?? 0]?.kind})`
          : policy.value === UNKNOWN
            ? 'AllowAadPasswordReset is undecided: an input it depends on is unknown'
            : 'AllowAadPasswordReset = 0 (default: Not allowed): no applied source sets 1',
      sources: policy.reports,
    },
    pin: {
      enablePinRecovery: d.pinRecovery,
      sourceIndex: d.pinPolicy.sourceIndex,
      mode: ctx.pinMode,
      canReset: ctx.pinMode === 'nonDestructive' ? 'DestructiveAndNonDestructive' : ctx.pinMode === 'destructive' ? 'DestructiveOnly' : 'undecided',
      sources: d.pinPolicy.reports,
    },
    steps: buildSteps(outcome, verification.length, d.methodsRequired),
    verification,
    methodsRequired: d.methodsRequired,
    legacy: d.modern === false,
    errorCode: denyEntry?.errorCode === 'SSPR_0030' && scenario.tenant.sspr.onPremises.writebackClient === 'adminActionRequired' ? 'SSPR_0029' : (denyEntry?.errorCode ?? null),
    options: o,
  };
}
