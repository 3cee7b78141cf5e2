// The shape of one catalogue entry: rules are data (id, stage, effect, message, sources, reads, predicate).
import { compileReads, not, type Context, type ReadPath, type Truth } from './conditions';
import type { DocMark, Effect, Stage } from './types';

export interface Rule {
  /** Unique key (equals `id` except where one spec ID has two parts, e.g. "R-LICENSE/user"). */
  key: string;
  /** The spec's rule ID. */
  id: string;
  stage: Stage;
  effect: Effect;
  target: 'password' | 'pin';
  messageKey: string;
  message: string;
  sources: readonly string[];
  /** Scenario paths ("device.settings.NoLockScreen") and derived facts ("derived.policy") the predicate reads. */
  reads: readonly string[];
  /** `reads`, split once (for the missing-inputs list). */
  readPaths: readonly ReadPath[];
  /** Three-valued predicate: TRUE fires, UNDECIDED when a needed input is unknown. */
  when: (c: Context) => Truth;
  /** Era- or scenario-dependent effect (R-CAD, R-LICENSE/user, P-SSPR-LIMITS). */
  effectFor?: (c: Context) => Effect;
  /** SSPR_00xx code for DENY rules. */
  errorCode?: string;
  /** Not from Microsoft documentation (field report or open PR). */
  unofficial?: boolean;
  /** How an ambiguous or contradictory document is read for this rule, when it is. */
  reading?: string;
  /**
   * The Microsoft document revision that first states the rule (null: no Microsoft document does). The era switch
   * changes only how a rule is worded against it, never whether a device rule fires.
   */
  firstDocumented: DocMark | null;
  /** The earliest field report (GitHub issue, Q&A) of the behaviour, where one exists. */
  firstFieldReport?: DocMark;
  /** Explains a finding another rule already makes (R-COMBO beside R-LSNOTIF): never a deciding rule. */
  secondary?: boolean;
}

type RuleInput = Omit<Rule, 'key' | 'messageKey' | 'target' | 'reads' | 'readPaths'> & {
  key?: string;
  target?: Rule['target'];
  reads: readonly string[];
};

export function rule(input: RuleInput): Rule {
  const key = input.key ?? input.id;
  return {
    ...input,
    key,
    target: input.target ?? 'password',
    messageKey: `rule.${key}`,
    readPaths: compileReads(input.reads),
  };
}

/** Windows 10/11 (the visibility and launch rules); Windows 7/8/8.1 take the add-in rules. */
export const modern = (c: Context): Truth => c.modern;
export const legacy = (c: Context): Truth => not(c.modern);
export const MODERN = 'derived.modern';
