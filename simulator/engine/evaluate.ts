// evaluate(): runs the catalogue over a scenario. Deterministic, side-effect free; a deny-style algebra where the
// earliest-stage effect decides (HIDE > FAIL > DENY > DEFER), every firing rule is reported, and unknown inputs
// make a rule undecided (the outcome too, unless a decided rule already settles it).
import type { Scenario } from '../model/scenario';
import { UNKNOWN } from '../model/scenario';
import { RULES, type Rule } from './catalogue';
import { createContext, factsSeen, FALSE, TRUE, UNDECIDED, type Context } from './conditions';
import { derive, type Derived } from './derive';
import {
  passwordPredicates,
  PASSWORD_PREDICATE_KEYS,
  pinPredicates,
  PIN_PREDICATE_KEYS,
  readFact,
  READ_PATHS,
} from './predicates.generated';
import { fixed, phrase, phraseText, type Phrase } from './policy-reasons';
import { nonDestructiveEditionOk } from './rules-legacy-pin';
import { buildSteps, verificationOptions } from './steps';
import {
  ERAS,
  type Effect,
  type EvaluateOptions,
  type FiredRule,
  type Outcome,
  type ResolvedOptions,
  type Tri,
  type UndecidedRule,
  type Verdict,
} from './types';

const RANK: Partial<Record<Effect, number>> = { HIDE: 0, FAIL: 1, DENY: 2, DEFER: 3 };
const SUCCESS_RANK = 4;
const OUTCOME_BY_RANK: readonly Outcome[] = ['hidden', 'fails', 'denied', 'deferred', 'success'];
/**
 * SSPR's "General limitations", which the docs say also apply to the Windows Hello PIN reset from the lock screen
 * (P-SSPR-LIMITS). Its prerequisites (policy, join, version, edition, enrolment, assignment, network) are not
 * shared; R-CLOUDPC is Remote Desktop under another name.
 */
export const GENERAL_LIMITATIONS: ReadonlySet<string> = new Set([
  'R-SESSION-RDP',
  'R-CLOUDPC',
  'R-SESSION-HV',
  'R-3PCP',
  'R-UAC',
  'R-8021X',
  'R-SYSPREP',
  'R-LSNOTIF',
  'R-FUS',
  'R-DDLU',
  'R-NOLOCK',
  'R-APPX',
  'R-LOST',
  'R-SHELL',
  'R-SMARTCARD',
  'R-COMBO',
]);
const SHARED_SEVERITY: Partial<Record<Effect, number>> = { WARN: 1, FAIL: 2, HIDE: 3 };

/**
 * Fired-rule entries are shared, frozen descriptors (one per rule and effect), so reporting a rule allocates nothing.
 * The fact values a rule saw are recomputed on demand with explainRule().
 */
const firedDescriptors = new Map<Rule, Partial<Record<Effect, FiredRule>>>();

function firedEntry(rule: Rule, effect: Effect): FiredRule {
  let byEffect = firedDescriptors.get(rule);
  if (!byEffect) firedDescriptors.set(rule, (byEffect = {}));
  let entry = byEffect[effect];
  if (!entry) {
    entry = Object.freeze({
      id: rule.id,
      key: rule.key,
      stage: rule.stage,
      effect,
      messageKey: rule.messageKey,
      message: rule.message,
      sources: rule.sources,
      reads: rule.reads,
      target: rule.target,
      unofficial: rule.unofficial === true,
      firstDocumented: rule.firstDocumented,
      firstFieldReport: rule.firstFieldReport ?? null,
      secondary: rule.secondary === true,
    });
    byEffect[effect] = entry;
  }
  return entry;
}

/**
 * The fields the evaluation loop reads, copied from the rule into objects of one shape (catalogue entries differ in
 * their optional fields, and reading them in the loop would make every property access megamorphic).
 */
interface CompiledRule {
  rule: Rule;
  /** Where predicates.generated.ts writes this rule's truth. */
  slot: number;
  /** The rule's reads as READ_PATHS ids (in `reads` order), for readFact(). */
  readIds: Uint8Array;
  effectFor: NonNullable<Rule['effectFor']> | null;
  effect: Effect;
  /** This rule also limits the lock-screen PIN reset of a work or school account (P-SSPR-LIMITS). */
  sharedWithPin: boolean;
  /** Explains another finding; never among the deciding rules. */
  secondary: boolean;
  /** The fired entry for the rule's fixed effect (rules with effectFor look theirs up). */
  fired: FiredRule;
  rank: number;
}

const NO_RANK = -1;

/**
 * A fact every predicate of a group requires: when it is decided false, the rule cannot fire. The compiled predicates
 * skip the legacy and PIN groups then (compile-rules.mjs mirrors this function; a test compares them). Derived from
 * the declared reads; test/unit/engine/rule-guards.test.ts checks each guard really implies FALSE.
 */
export type Guard = 'none' | 'modern' | 'legacy' | 'pin';

export function guardOf(rule: Rule): Guard {
  if (rule.stage === 'legacy' || rule.id === 'R-OS') return 'legacy';
  if (rule.target === 'pin' && rule.reads.includes('user.pin.hasPin')) return 'pin';
  if (rule.reads.includes('derived.modern')) return 'modern';
  return 'none';
}

/** The catalogue's rules of one target, each tied to its slot in the generated predicates (which must be current). */
function compile(rules: readonly Rule[], slots: readonly string[]): CompiledRule[] {
  const stale =
    rules.length !== slots.length ||
    rules.some((rule) => !slots.includes(rule.key) || rule.reads.some((read) => !READ_PATHS.includes(read)));
  if (stale)
    throw new Error(
      'simulator/engine/predicates.generated.ts does not match the rule catalogue: run npm run compile:rules',
    );
  return rules.map((rule) => ({
    rule,
    slot: slots.indexOf(rule.key),
    readIds: Uint8Array.from(rule.reads, (read) => READ_PATHS.indexOf(read)),
    effectFor: rule.effectFor ?? null,
    effect: rule.effect,
    sharedWithPin: GENERAL_LIMITATIONS.has(rule.id),
    secondary: rule.secondary === true,
    fired: firedEntry(rule, rule.effect),
    rank: RANK[rule.effect] ?? NO_RANK,
  }));
}

/** One target's rules with the generated predicates that decide them, and scratch space for their truths. */
interface Target {
  /** The rules by generated slot. */
  bySlot: readonly CompiledRule[];
  /** Catalogue position of each slot: fired rules are reported in catalogue order. */
  rankOfSlot: Uint8Array;
  /** Reused by every evaluation: evaluate() is synchronous and reads them before it returns. Padded to whole words. */
  truths: Uint8Array;
  /** `truths` four slots at a time, so the report loop skips runs of FALSE quickly. */
  words: Uint32Array;
  /** Scratch list of the slots that are not FALSE. */
  hits: Uint8Array;
}

function target(rules: readonly CompiledRule[]): Target {
  const bySlot: CompiledRule[] = [];
  const rankOfSlot = new Uint8Array(rules.length);
  rules.forEach((compiled, rank) => {
    bySlot[compiled.slot] = compiled;
    rankOfSlot[compiled.slot] = rank;
  });
  const truths = new Uint8Array(Math.ceil(rules.length / 4) * 4);
  return { bySlot, rankOfSlot, truths, words: new Uint32Array(truths.buffer), hits: new Uint8Array(rules.length) };
}

/** The slots whose truth is not FALSE, in catalogue order; returns how many. */
function collectHits({ truths, words, hits, rankOfSlot }: Target): number {
  let count = 0;
  for (let w = 0; w < words.length; w++) {
    if (words[w] === 0) continue;
    for (let slot = w * 4; slot < w * 4 + 4; slot++) {
      if (truths[slot] === FALSE) continue;
      // Insertion by catalogue rank: a handful of rules fire per evaluation.
      let at = count++;
      while (at > 0 && rankOfSlot[hits[at - 1]] > rankOfSlot[slot]) {
        hits[at] = hits[at - 1];
        at--;
      }
      hits[at] = slot;
    }
  }
  return count;
}

const PASSWORD = target(
  compile(
    RULES.filter((entry) => entry.target === 'password'),
    PASSWORD_PREDICATE_KEYS,
  ),
);
const PIN = target(
  compile(
    RULES.filter((entry) => entry.target === 'pin'),
    PIN_PREDICATE_KEYS,
  ),
);
/** P-LINK decides whether the PIN link is drawn at all. */
const PIN_LINK_SLOT = PIN_PREDICATE_KEYS.indexOf('P-LINK');
const ERROR_CODES = new Map(
  RULES.filter((entry) => entry.errorCode && entry.effect === 'DENY').map((entry) => [
    entry.id,
    entry.errorCode as string,
  ]),
);

const ERA_INDEX = new Map<string, number>(ERAS.map((era, index) => [era, index]));
const eraIndex = (era: string): number => ERA_INDEX.get(era) ?? ERAS.length - 1;

const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  docsAsOf: 'current',
  strictLicensing: false,
  fieldReports: false,
  linkAfterFailedAttempt: false,
});

export function resolveOptions(options?: EvaluateOptions): ResolvedOptions {
  if (!options) return DEFAULT_OPTIONS;
  const docsAsOf = options.docsAsOf ?? 'current';
  if (!ERAS.includes(docsAsOf))
    throw new RangeError(`docsAsOf: expected one of ${ERAS.join(', ')}, found ${JSON.stringify(docsAsOf)}`);
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
  /** The WARN entries of `fired`. */
  warnings: FiredRule[];
  decidedRank: number;
  undecidedRank: number;
  deciding: string[];
  sharedLimit: Context['sharedLimit'];
  sharedUndecided: boolean;
}

/** Scenario fields behind an undecided rule: its unknown reads (derived facts expand to their inputs). */
function missingInputs({ rule, readIds }: CompiledRule, ctx: Context): string[] {
  const out: string[] = [];
  for (let i = 0; i < readIds.length; i++) {
    if (readFact(ctx, readIds[i]) !== UNKNOWN) continue;
    const read = rule.readPaths[i];
    const inputs = read.derived ? (ctx.d.missing[read.keys[0]] ?? []) : [read.path];
    for (const input of inputs) if (!out.includes(input)) out.push(input);
  }
  return out;
}

/** Reports the rules whose truths the generated predicates wrote, in catalogue order. */
function runRules(
  target: Target,
  ctx: Context,
  fired: FiredRule[],
  undecided: UndecidedRule[],
  warnings: FiredRule[],
): Pass {
  const pass: Pass = {
    fired,
    undecided,
    warnings,
    decidedRank: SUCCESS_RANK,
    undecidedRank: SUCCESS_RANK,
    deciding: [],
    sharedLimit: null,
    sharedUndecided: false,
  };
  const { truths, hits, bySlot } = target;
  const count = collectHits(target);
  for (let i = 0; i < count; i++) {
    const slot = hits[i];
    const truth = truths[slot];
    const compiled = bySlot[slot];
    const rule = compiled.rule;
    const effectFor = compiled.effectFor;
    const effect = effectFor === null ? compiled.effect : effectFor(ctx);
    const rank = effectFor === null ? compiled.rank : (RANK[effect] ?? NO_RANK);
    const shared = compiled.sharedWithPin && SHARED_SEVERITY[effect] !== undefined;
    if (truth === UNDECIDED) {
      pass.undecided.push({
        id: rule.id,
        stage: rule.stage,
        effect,
        message: rule.message,
        sources: rule.sources,
        missing: missingInputs(compiled, ctx),
        target: rule.target,
      });
      if (rank !== NO_RANK && rank < pass.undecidedRank) pass.undecidedRank = rank;
      if (shared && effect !== 'WARN') pass.sharedUndecided = true;
      continue;
    }
    const entry = effectFor === null ? compiled.fired : firedEntry(rule, effect);
    pass.fired.push(entry);
    if (effect === 'WARN') pass.warnings.push(entry);
    if (rank !== NO_RANK && !compiled.secondary) {
      if (rank < pass.decidedRank) {
        pass.decidedRank = rank;
        pass.deciding = [rule.id];
      } else if (rank === pass.decidedRank) pass.deciding.push(rule.id);
    }
    if (shared && (pass.sharedLimit === null || SHARED_SEVERITY[effect]! > SHARED_SEVERITY[pass.sharedLimit]!))
      pass.sharedLimit = effect as NonNullable<Context['sharedLimit']>;
  }
  return pass;
}

function outcomeOf(pass: Pass): Outcome {
  return pass.undecidedRank < pass.decidedRank ? 'undecided' : OUTCOME_BY_RANK[pass.decidedRank];
}

function linkState(pass: Pass): Tri {
  if (pass.decidedRank === 0) return 'no';
  return pass.undecidedRank === 0 ? 'undecided' : 'yes';
}

/** P-NONDESTR needs recovery on, consent, a supported edition (P-EDITION), a joined device (P-JOIN) and a work account (P-MSA). */
function pinModeOf(scenario: Scenario, d: Derived, ctx: Context): Context['pinMode'] {
  // Written out rather than with eq(): comparisons at their own sites stay specialised to their field's type.
  const recovery = d.pinRecovery;
  const consent = scenario.tenant.pinResetConsent;
  const join = scenario.device.joinState;
  const account = scenario.user.accountKind;
  const mode =
    (typeof recovery === 'string' ? UNDECIDED : recovery ? TRUE : FALSE) &
    (typeof consent === 'string' ? UNDECIDED : consent ? TRUE : FALSE) &
    nonDestructiveEditionOk(ctx) &
    (join === UNKNOWN ? UNDECIDED : join === 'entraJoined' || join === 'hybridJoined' ? TRUE : FALSE) &
    (account === UNKNOWN ? UNDECIDED : account === 'workOrSchool' ? TRUE : FALSE);
  return mode === TRUE ? 'nonDestructive' : mode === FALSE ? 'destructive' : 'undecided';
}

/**
 * Why AllowAadPasswordReset has its value, in English and as phrases for the reader's language. The common cases
 * build no text: a value of 1 names its source report, whose name and kind are the phrase's values.
 */
function policyExplanation(d: Derived): { text: string; parts: readonly Phrase[] } {
  const policy = d.passwordPolicy;
  if (policy.conflict) {
    const parts = [
      phrase(policy.conflict.state === true ? 'explainConflict' : 'explainMayConflict', {
        sources: policy.conflict.described,
      }),
    ];
    return { text: phraseText(parts), parts };
  }
  if (policy.value === UNKNOWN) return EXPLAIN_UNKNOWN;
  if (policy.value !== 1) return EXPLAIN_NONE;
  const source = policy.reports[policy.sourceIndex ?? 0];
  return {
    text: `AllowAadPasswordReset = 1 from "${source.name}" (${source.kind})`,
    parts: [{ key: 'explainSource', params: source as unknown as Phrase['params'] }],
  };
}

const EXPLAIN_UNKNOWN = { text: phraseText(fixed('explainUnknown')), parts: fixed('explainUnknown') };
const EXPLAIN_NONE = { text: phraseText(fixed('explainNone')), parts: fixed('explainNone') };

const CONFLICT_KEYS = new Set(['R-POLICY-CONFLICT', 'P-POLICY-CONFLICT']);

/** A conflict rule names the sources it saw: a per-evaluation copy of the shared entry. */
function nameConflictSources(entries: FiredRule[], d: Derived): void {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!CONFLICT_KEYS.has(entry.key)) continue;
    const conflict = entry.key === 'R-POLICY-CONFLICT' ? d.passwordPolicy.conflict : d.pinPolicy.conflict;
    if (!conflict) continue;
    entries[i] = {
      ...entry,
      message: `${entry.message} Sources: ${conflict.described}.`,
      params: { sources: conflict.named },
    };
  }
}

export function evaluate(scenario: Scenario, options?: EvaluateOptions): Verdict {
  const o = resolveOptions(options);
  const d = derive(scenario);
  const ctx = createContext(scenario, d, o, eraIndex(o.docsAsOf));

  const fired: FiredRule[] = [];
  const undecided: UndecidedRule[] = [];
  // Guards (see guardOf): the add-in rules cannot fire on Windows 10/11, nor the PIN rules without a PIN.
  const legacyOff = ctx.modern === TRUE;
  const pinOff = ctx.user.pin.hasPin === false;
  passwordPredicates(ctx, PASSWORD.truths, legacyOff, pinOff);
  const warnings: FiredRule[] = [];
  const password = runRules(PASSWORD, ctx, fired, undecided, warnings);
  const outcome = outcomeOf(password);

  ctx.sharedLimit = password.sharedLimit;
  ctx.pinMode = pinModeOf(scenario, d, ctx);
  pinPredicates(ctx, PIN.truths, legacyOff, pinOff);
  const pin = runRules(PIN, ctx, fired, undecided, warnings);
  if (d.passwordPolicy.conflict || d.pinPolicy.conflict) {
    nameConflictSources(fired, d);
    nameConflictSources(warnings, d);
  }
  const pinLinkTruth = PIN.truths[PIN_LINK_SLOT];
  let pinLink: Tri = pinLinkTruth === TRUE ? linkState(pin) : pinLinkTruth === UNDECIDED ? 'undecided' : 'no';
  // An undecided general limitation leaves the lock-screen PIN reset of a work account undecided too.
  const limitsReachPin =
    scenario.session.pinResetFrom !== 'settings' && scenario.user.accountKind !== 'personalMicrosoftAccount';
  if (
    pinLink === 'yes' &&
    limitsReachPin &&
    password.sharedUndecided &&
    (password.sharedLimit === null || password.sharedLimit === 'WARN')
  )
    pinLink = 'undecided';

  let errorCode = password.decidedRank === RANK.DENY ? (ERROR_CODES.get(password.deciding[0]) ?? null) : null;
  if (errorCode === 'SSPR_0030' && scenario.tenant.sspr.onPremises.writebackClient === 'adminActionRequired')
    errorCode = 'SSPR_0029';
  const verification = verificationOptions(scenario, d);
  const explanation = policyExplanation(d);

  return {
    outcome,
    passwordLink: linkState(password),
    pinLink,
    pinOutcome: pinLink === 'no' ? 'hidden' : pinLink === 'undecided' ? 'undecided' : outcomeOf(pin),
    deciding: password.deciding,
    fired,
    undecided,
    warnings,
    policy: {
      value: d.passwordPolicy.value,
      sourceIndex: d.passwordPolicy.sourceIndex,
      explanation: explanation.text,
      explanationParts: explanation.parts,
      sources: d.passwordPolicy.reports,
    },
    pin: {
      enablePinRecovery: d.pinRecovery,
      sourceIndex: d.pinPolicy.sourceIndex,
      mode: ctx.pinMode,
      canReset:
        ctx.pinMode === 'nonDestructive'
          ? 'DestructiveAndNonDestructive'
          : ctx.pinMode === 'destructive'
            ? 'DestructiveOnly'
            : 'undecided',
      sources: d.pinPolicy.reports,
    },
    steps: buildSteps(outcome, verification.length, d.methodsRequired),
    verification,
    methodsRequired: d.methodsRequired,
    legacy: d.modern === false,
    errorCode,
    options: o,
  };
}

/** The fact values a fired (or undecided) rule read in this scenario: the explanation of the verdict. */
export function explainRule(scenario: Scenario, ruleKey: string, options?: EvaluateOptions): Record<string, unknown> {
  const rule = RULES.find((entry) => entry.key === ruleKey) ?? RULES.find((entry) => entry.id === ruleKey);
  if (!rule) return {};
  const o = resolveOptions(options);
  const d = derive(scenario);
  const ctx = createContext(scenario, d, o, eraIndex(o.docsAsOf));
  return factsSeen(rule.readPaths, ctx);
}
