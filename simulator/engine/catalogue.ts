// The rule catalogue: one data entry per rule ID, in evaluation order.
import type { Rule } from './rule';
import { LAUNCH_RULES } from './rules-launch';
import { LEGACY_RULES, PIN_RULES } from './rules-legacy-pin';
import { SERVICE_RULES } from './rules-service';
import { VISIBILITY_RULES } from './rules-visibility';

export type { Rule } from './rule';

const STAGE_ORDER = ['device', 'session', 'legacy', 'launch', 'service', 'post', 'pin'] as const;

export const RULES: readonly Rule[] = [
  ...VISIBILITY_RULES,
  ...LAUNCH_RULES,
  ...LEGACY_RULES,
  ...SERVICE_RULES,
  ...PIN_RULES,
].sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));

/** Every distinct spec rule ID in the catalogue. */
export const RULE_IDS: readonly string[] = [...new Set(RULES.map((entry) => entry.id))];

const byKey = new Map(RULES.map((entry) => [entry.key, entry]));

export function ruleById(idOrKey: string): Rule | undefined {
  return byKey.get(idOrKey) ?? RULES.find((entry) => entry.id === idOrKey);
}
