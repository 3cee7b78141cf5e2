// The shape of one catalogue entry: rules are data (id, stage, effect, message, sources, condition).
import { derived, field, type Condition, type Context } from './conditions';
import type { Effect, Stage } from './types';

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
  /** All conditions must hold (three-valued). */
  when: readonly Condition[];
  /** Era- or scenario-dependent effect (R-CAD, P-SSPR-LIMITS). */
  effectFor?: (ctx: Context) => Effect;
  /** SSPR_00xx code for DENY rules. */
  errorCode?: string;
  /** Not from Microsoft documentation (field report or open PR). */
  unofficial?: boolean;
  /** The §10 reading this rule follows, when there is one. */
  reading?: string;
}

type RuleInput = Omit<Rule, 'key' | 'messageKey' | 'target'> & { key?: string; target?: Rule['target'] };

export function rule(input: RuleInput): Rule {
  const key = input.key ?? input.id;
  return { ...input, key, target: input.target ?? 'password', messageKey: `rule.${key}` };
}

/** Common conditions. */
export const isModern = derived('modern', (modern) => modern === true);
export const isLegacy = derived('modern', (modern) => modern === false);
export const setTo1 = (path: string) => field(path, (value) => value === 1);
export const isTrue = (path: string) => field(path, (value) => value === true);
export const isFalse = (path: string) => field(path, (value) => value === false);
