// The screens a user meets, in order, for the password-reset and PIN-reset flows, derived from the verdict alone
// (what users see, per Microsoft's SSPR and PIN reset docs). Pure: the device draws a step, the trainer steps through the list.
import { evaluate, type Scenario, type Verdict } from '../../../simulator/index';

export type FlowKind = 'password' | 'pin';

export type StepKind =
  // shared
  | 'lock'
  | 'chooseUser'
  | 'signIn'
  // password reset
  | 'pleaseWait'
  | 'somethingWentWrong'
  | 'loopBack'
  | 'signInRefused'
  | 'userId'
  | 'verify1'
  | 'verify2'
  | 'newPassword'
  | 'passwordRejected'
  | 'portalError'
  | 'resetDone'
  | 'signInNew'
  | 'deferred'
  | 'desktop'
  // PIN reset
  | 'pinSignIn'
  | 'pinPasswordFirst'
  | 'pinVerify'
  | 'pinNew'
  | 'pinDone'
  | 'pinBlocked'
  | 'pinFailed';

export interface DeviceStep {
  flow: FlowKind;
  kind: StepKind;
  /** Rule IDs whose effect the user meets on this step (what the trainer demonstrates). */
  rules: string[];
}

/** FAIL rules whose visible symptom is the "Something went wrong" text (network family); the rest loop back. */
const NETWORK_FAILURES = new Set(['R-NET', 'R-PROXY', 'R-AV', 'R-8021X', 'R-L-NET', 'R-L-TLS']);
/** DENY rules the service applies only when the new password is submitted. */
const PASSWORD_STAGE_DENIALS = new Set(['R-ONPREM', 'R-CLOUDPW']);
/** FAIL rules whose symptom is a sign-in message back on the sign-in screen (field strings), by rule ID. */
export const SIGN_IN_REFUSALS: Readonly<Record<string, string>> = {
  'R-LOGONRIGHT': 'screen.signInMethodNotAllowed',
  'R-SMARTCARD': 'screen.smartCardRequired',
};

/** The message a refusal step shows (the first refusing rule). */
export function refusalKey(rules: readonly string[]): string {
  const id = rules.find((rule) => SIGN_IN_REFUSALS[ruleIdOf(rule)] !== undefined);
  return id ? SIGN_IN_REFUSALS[ruleIdOf(id)] : 'screen.signInMethodNotAllowed';
}

/** PIN failures that show the blocked-page text. */
const PIN_PAGE_BLOCKED = new Set(['P-FED', 'P-GOV']);

function ruleIdOf(key: string): string {
  return key.split('/')[0];
}

function decidingRules(verdict: Verdict, target: 'password' | 'pin', effects: readonly string[]): string[] {
  const fired = verdict.fired.filter((rule) => rule.target === target && effects.includes(rule.effect));
  const deciding = fired.filter((rule) => verdict.deciding.includes(rule.id));
  return [...new Set((deciding.length > 0 ? deciding : fired).map((rule) => rule.id))];
}

function step(flow: FlowKind, kind: StepKind, rules: string[] = []): DeviceStep {
  return { flow, kind, rules };
}

function verificationSteps(verdict: Verdict): DeviceStep[] {
  const steps = [step('password', 'verify1')];
  if (verdict.methodsRequired === 2) steps.push(step('password', 'verify2'));
  return steps;
}

export function passwordFlow(verdict: Verdict): DeviceStep[] {
  const start = verdict.legacy
    ? [step('password', 'chooseUser'), step('password', 'signIn')]
    : [step('password', 'lock'), step('password', 'signIn')];
  switch (verdict.outcome) {
    case 'hidden':
      start[start.length - 1].rules = decidingRules(verdict, 'password', ['HIDE']);
      return start;
    case 'undecided':
      start[start.length - 1].rules = verdict.undecided
        .filter((rule) => rule.target === 'password')
        .map((rule) => rule.id);
      return start;
    case 'fails': {
      const rules = decidingRules(verdict, 'password', ['FAIL']);
      const network = rules.some((id) => NETWORK_FAILURES.has(ruleIdOf(id)));
      const refused = rules.some((id) => SIGN_IN_REFUSALS[ruleIdOf(id)] !== undefined);
      return [
        ...start,
        step('password', 'pleaseWait'),
        step('password', network ? 'somethingWentWrong' : refused ? 'signInRefused' : 'loopBack', rules),
      ];
    }
    case 'denied': {
      const rules = decidingRules(verdict, 'password', ['DENY']);
      const atPassword = rules.length > 0 && rules.every((id) => PASSWORD_STAGE_DENIALS.has(ruleIdOf(id)));
      const portal = [step('password', 'pleaseWait'), step('password', 'userId')];
      if (atPassword) {
        return [
          ...start,
          ...portal,
          ...verificationSteps(verdict),
          step('password', 'newPassword'),
          step('password', 'passwordRejected', rules),
        ];
      }
      return [...start, ...portal, step('password', 'portalError', rules)];
    }
    case 'deferred': {
      const rules = decidingRules(verdict, 'password', ['DEFER']);
      return [
        ...start,
        step('password', 'pleaseWait'),
        step('password', 'userId'),
        ...verificationSteps(verdict),
        step('password', 'newPassword'),
        step(
          'password',
          'resetDone',
          rules.filter((id) => id === 'R-CLOUD-COMMIT'),
        ),
        step('password', 'deferred', rules),
      ];
    }
    case 'success':
      return [
        ...start,
        step('password', 'pleaseWait'),
        step('password', 'userId'),
        ...verificationSteps(verdict),
        step('password', 'newPassword'),
        step('password', 'resetDone'),
        step('password', 'signInNew'),
        step('password', 'desktop'),
      ];
  }
}

export function isHybrid(scenario: Scenario, verdict: Verdict): boolean {
  return scenario.device.joinState === 'hybridJoined' || verdict.fired.some((rule) => rule.id === 'P-HYB-PW');
}

export function pinFlow(verdict: Verdict, scenario: Scenario): DeviceStep[] {
  const start = [step('pin', 'lock'), step('pin', 'signIn'), step('pin', 'pinSignIn')];
  if (verdict.pinLink !== 'yes') {
    start[2].rules = verdict.pinLink === 'no' ? decidingRules(verdict, 'pin', ['HIDE']) : [];
    return start;
  }
  const passwordFirst = isHybrid(scenario, verdict) ? [step('pin', 'pinPasswordFirst', ['P-HYB-PW'])] : [];
  if (verdict.pinOutcome === 'fails' || verdict.pinOutcome === 'denied') {
    const rules = decidingRules(verdict, 'pin', ['FAIL', 'DENY']);
    const blocked = rules.some((id) => PIN_PAGE_BLOCKED.has(ruleIdOf(id)));
    return [...start, ...passwordFirst, step('pin', blocked ? 'pinBlocked' : 'pinFailed', rules)];
  }
  const modeRule = verdict.pin.mode === 'nonDestructive' ? ['P-NONDESTR'] : ['P-MODE'];
  return [
    ...start,
    ...passwordFirst,
    step('pin', 'pinVerify'),
    step('pin', 'pinNew'),
    step('pin', 'pinDone', modeRule),
    step('pin', 'desktop'),
  ];
}

/**
 * The verdict a flow is drawn from. "I forgot my PIN" exists only once the PIN provider is chosen under Sign-in
 * options (P-LINK), which is exactly what the PIN flow does on screen: evaluate it with that choice made.
 */
export function verdictForFlow(flow: FlowKind, scenario: Scenario, verdict: Verdict): Verdict {
  if (flow !== 'pin' || scenario.session.credentialProvider === 'pin') return verdict;
  return evaluate({ ...scenario, session: { ...scenario.session, credentialProvider: 'pin' } }, verdict.options);
}

export function buildFlow(flow: FlowKind, verdict: Verdict, scenario: Scenario): DeviceStep[] {
  return flow === 'pin' ? pinFlow(verdict, scenario) : passwordFlow(verdict);
}

/** Index of a step kind in a flow; falls back to the sign-in screen when the verdict no longer reaches it. */
export function indexOfStep(steps: readonly DeviceStep[], kind: StepKind): number {
  const found = steps.findIndex((candidate) => candidate.kind === kind);
  if (found >= 0) return found;
  if (kind === 'lock') return 0; // the add-in flow starts at the user tiles instead
  const signIn = steps.findIndex((candidate) => candidate.kind === 'signIn');
  return signIn >= 0 ? signIn : 0;
}
