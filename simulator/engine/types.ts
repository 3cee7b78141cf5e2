// Public types of the rule engine: effects, stages, eras, options and the verdict.
import type { Assignment, Method } from '../model/scenario';

/** The stages a rule belongs to, in evaluation order. */
export type Effect = 'HIDE' | 'FAIL' | 'DENY' | 'DEFER' | 'WARN' | 'INFO';
/** Evaluation order; "pin" is the Windows Hello PIN reset, "legacy" the Windows 7/8.1 add-in. */
export type Stage = 'device' | 'session' | 'launch' | 'service' | 'post' | 'legacy' | 'pin';
export type Outcome = 'success' | 'hidden' | 'fails' | 'denied' | 'deferred' | 'undecided';
export type Tri = 'yes' | 'no' | 'undecided';

/** "Docs as of" eras. */
export const ERAS = [
  '2017-11',
  '2018-07',
  '2019-02',
  '2019-07',
  '2020-07',
  '2021-02',
  '2022-02',
  '2023-09',
  'current',
] as const;
export type Era = (typeof ERAS)[number];

export const ERA_LABELS: Record<Era, string> = {
  '2017-11': 'Nov 2017 — the seed (L17): 1709+, Azure AD joined only',
  '2018-07': 'Jul 2018 (T18): 1803+, hybrid added, Ctrl+Alt+Del fails',
  '2019-02': 'Feb 2019 (T19): Ctrl+Alt+Del only before 1809',
  '2019-07': 'Jul 2019 (W19a): first three-setting combination',
  '2020-07':
    'Jul 2020 (W20): Ctrl+Alt+Del still "before v1809"; combination "isn\'t Home or Professional" (since spring 2020); third-party credential providers and UAC (added Nov 2019–Mar 2020)',
  '2021-02': 'Feb 2021 (GH#69522): Ctrl+Alt+Del on any Windows 10',
  '2022-02': 'Feb 2022 (GH#87326): combination third item "Home"',
  '2023-09': 'Sep 2023 (W23): Windows 11; Ctrl+Alt+Del only in the combination',
  current: 'Current docs (W25, 2025)',
};

/**
 * When a rule first appeared: a document revision (ms.date or PR date) or a field report. `date` is "YYYY-MM-DD",
 * "YYYY-MM" or "YYYY"; with `notBefore`, the rule appeared between the two dates (two stored revisions bracket it).
 */
export interface DocMark {
  /** Absent for a field report whose date is not known. */
  date?: string;
  notBefore?: string;
  /** Short source name as in the rule's sources (e.g. "T18", "GH#11080"). */
  source: string;
}

export interface EvaluateOptions {
  docsAsOf?: Era;
  /** A user without a qualifying licence is denied instead of warned, and admins need a licence too. */
  strictLicensing?: boolean;
  /** Field reports outside the docs become WARN/HIDE rules. */
  fieldReports?: boolean;
  /** Draw the link only after a failed sign-in attempt. */
  linkAfterFailedAttempt?: boolean;
}

export interface ResolvedOptions {
  docsAsOf: Era;
  strictLicensing: boolean;
  fieldReports: boolean;
  linkAfterFailedAttempt: boolean;
}

export interface FiredRule {
  id: string;
  /** Catalogue key: the ID, or "ID/part" where one spec ID has two entries (R-LICENSE/user). */
  key: string;
  stage: Stage;
  effect: Effect;
  /** Message key for translation ("rule.R-OS"); `message` is the English text. */
  messageKey: string;
  message: string;
  sources: readonly string[];
  /** Scenario fields and derived facts the rule read; explainRule() gives their values. */
  reads: readonly string[];
  /** Set when the rule applies to the "I forgot my PIN" flow. */
  target: 'password' | 'pin';
  /** From a field report or an open PR, not from Microsoft documentation. */
  unofficial: boolean;
  /** First Microsoft document revision stating the rule (null: undocumented). Set by evaluate(). */
  firstDocumented?: DocMark | null;
  firstFieldReport?: DocMark | null;
  /** Explains a finding another rule already makes; never deciding on its own. Set by evaluate(). */
  secondary?: boolean;
  /**
   * This evaluation's particulars, already in the English `message`: for R-POLICY-CONFLICT and P-POLICY-CONFLICT,
   * `sources` names the disagreeing sources by name and value (the same in every language).
   */
  params?: Readonly<Record<string, string>>;
}

export interface UndecidedRule {
  id: string;
  stage: Stage;
  effect: Effect;
  message: string;
  sources: readonly string[];
  /** Scenario fields that are unknown and that this rule needs. */
  missing: string[];
  target: 'password' | 'pin';
}

export interface PolicySourceReport {
  index: number;
  kind: string;
  name: string;
  /** The exact path / setting / registry value this source writes. */
  path: string;
  value: unknown;
  applies: Tri;
  /** Why it does or doesn't apply (rule ID + short reason), in English … */
  reason: string;
  /** … and as phrases, for the reader's language (joined with "; "). */
  reasonParts: readonly ChangePhrase[];
  ruleId?: string;
  /** The Intune assignment (format with describeAssignment). */
  assignment?: Assignment;
}

export interface PolicyResolution {
  /** Effective AllowAadPasswordReset: 1 allowed, 0 not allowed (default). */
  value: 0 | 1 | 'unknown';
  /** Index into scenario.policies.passwordReset of the source that produced 1, if any. */
  sourceIndex: number | null;
  explanation: string;
  /** The explanation as phrases, for the reader's language. */
  explanationParts: readonly ChangePhrase[];
  sources: PolicySourceReport[];
}

export interface PinResolution {
  enablePinRecovery: boolean | 'unknown';
  sourceIndex: number | null;
  mode: 'destructive' | 'nonDestructive' | 'undecided';
  canReset: 'DestructiveAndNonDestructive' | 'DestructiveOnly' | 'undecided';
  sources: PolicySourceReport[];
}

export type StepId =
  'lockScreen' | 'signIn' | 'pleaseWait' | 'userId' | 'verify1' | 'verify2' | 'newPassword' | 'done' | 'signInNew';

export interface FlowStep {
  id: StepId;
  title: string;
  detail: string;
}

export interface VerificationOption {
  /** Key of the simulated-screen string (strings.md), e.g. "method.sms". */
  key:
    | 'method.email'
    | 'method.sms'
    | 'method.call'
    | 'method.office'
    | 'method.questions'
    | 'method.appNotify'
    | 'method.appCode';
  method: Method;
}

export interface Verdict {
  outcome: Outcome;
  passwordLink: Tri;
  pinLink: Tri;
  pinOutcome: Outcome;
  /** Rule IDs that decided the outcome (the strongest effect that fired). */
  deciding: string[];
  fired: FiredRule[];
  undecided: UndecidedRule[];
  warnings: FiredRule[];
  policy: PolicyResolution;
  pin: PinResolution;
  /** What the user will see, up to where the flow stops. */
  steps: readonly FlowStep[];
  /** Verification options this user can pick, in screen order. */
  verification: readonly VerificationOption[];
  methodsRequired: 1 | 2 | 'unknown';
  /** Windows 7/8/8.1 add-in flow ("Forgot password?") instead of "Reset password". */
  legacy: boolean;
  /** SSPR_00xx code shown on the portal error page for DENY outcomes. */
  errorCode: string | null;
  options: ResolvedOptions;
}

/** One setting change of a fix, by dotted scenario path. */
export interface Change {
  path: string;
  from: unknown;
  to: unknown;
  /** Human label, e.g. "Session: Remote Desktop → console". */
  label: string;
  /**
   * The same label as data, for a change the field-and-value wording can't say (a policy object, a list): a phrase
   * key and its values (names as typed; lists of vocabulary values such as methods the reader's words translate).
   */
  say?: ChangePhrase;
}

export interface ChangePhrase {
  key: string;
  params?: Readonly<Record<string, string | readonly string[]>>;
}

export interface Fix {
  /** Stable id built from the changed paths. */
  id: string;
  title: string;
  changes: Change[];
  /** Rule IDs this fix clears. */
  clears: string[];
  /** Lower is preferred: fewer changes, tenant/policy before OS upgrade or re-join. */
  cost: number;
  /** Outcome after applying (always verified by re-evaluating). */
  outcomeAfter: Outcome;
}
