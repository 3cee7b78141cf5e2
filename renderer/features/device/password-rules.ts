// Live checks for the "Create a new password" page: the cloud rules (R-CLOUDPW, Microsoft Entra password policies: 8–256 characters, 3 of 4
// character classes, a banned list) and, when writeback is used, the on-premises AD policy (R-ONPREM).
import type { Scenario } from '../../../simulator/index';

/** A small, representative banned list: the global list's common roots plus the tenant's name (custom list). */
const BANNED_ROOTS = [
  'password',
  'passw0rd',
  'welcome',
  'letmein',
  'qwerty',
  'azerty',
  'admin',
  'welkom',
  'wachtwoord',
  'summer',
  'winter',
  'spring',
  'autumn',
  'zomer',
  'voorjaar',
  'herfst',
  'iloveyou',
  'monkey',
  'dragon',
  '123456',
  'abc123',
];

export interface PasswordCheck {
  /** Catalogue key of the requirement's label. */
  key: string;
  vars?: Record<string, string | number>;
  ok: boolean;
}

export function characterClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
}

/** Normalise like the banned-password check: lower case, common character substitutions undone. */
function normalise(password: string): string {
  return password
    .toLowerCase()
    .replace(/0/g, 'o')
    .replace(/1/g, 'l')
    .replace(/\$/g, 's')
    .replace(/@/g, 'a')
    .replace(/3/g, 'e')
    .replace(/5/g, 's');
}

export function containsBanned(password: string, extraTerms: readonly string[] = []): boolean {
  if (password === '') return false;
  const value = normalise(password);
  const terms = [...BANNED_ROOTS, ...extraTerms.map((term) => term.toLowerCase()).filter((term) => term.length >= 4)];
  return terms.some((term) => value.includes(normalise(term)));
}

function usesWriteback(scenario: Scenario): boolean {
  const authentication = scenario.user.authentication;
  const synced =
    authentication === 'passwordHashSync' || authentication === 'passThrough' || authentication === 'federated';
  return synced && scenario.tenant.sspr.onPremises.writebackEnabled === true;
}

function nameParts(scenario: Scenario): string[] {
  const local = scenario.user.userPrincipalName.split('@')[0] ?? '';
  return [...scenario.user.displayName.split(/\s+/), ...local.split(/[._-]/)].filter((part) => part.length >= 3);
}

export function checkNewPassword(scenario: Scenario, password: string, confirmation: string): PasswordCheck[] {
  const checks: PasswordCheck[] = [
    { key: 'portal.check.length', ok: password.length >= 8 && password.length <= 256 },
    { key: 'portal.check.classes', ok: characterClasses(password) >= 3 },
    { key: 'portal.check.banned', ok: password !== '' && !containsBanned(password, [scenario.tenant.name]) },
  ];
  if (usesWriteback(scenario)) {
    const policy = scenario.tenant.sspr.onPremises.passwordPolicy;
    if (typeof policy.minimumLength === 'number') {
      checks.push({
        key: 'portal.check.onPremLength',
        vars: { count: policy.minimumLength },
        ok: password.length >= policy.minimumLength,
      });
    }
    if (policy.complexity === true) {
      const lower = password.toLowerCase();
      const mentionsName = nameParts(scenario).some((part) => lower.includes(part.toLowerCase()));
      checks.push({ key: 'portal.check.onPremComplexity', ok: characterClasses(password) >= 3 && !mentionsName });
    }
    if (typeof policy.historyCount === 'number' && policy.historyCount > 0) {
      // The simulator cannot know old passwords; the scenario says whether the chosen one is in the history.
      checks.push({
        key: 'portal.check.onPremHistory',
        vars: { count: policy.historyCount },
        ok: scenario.user.newPasswordInHistory !== true,
      });
    }
  }
  checks.push({ key: 'portal.check.match', ok: password !== '' && password === confirmation });
  return checks;
}

export function passwordAccepted(checks: readonly PasswordCheck[]): boolean {
  return checks.every((check) => check.ok);
}

/** A compliant example the trainer's flow types automatically (no name parts, not banned, 3+ classes). */
export const EXAMPLE_NEW_PASSWORD = 'Tulip-Harbour-42';
