// Where a scenario field is edited, so the verdict can send the admin straight to a missing input.
import type { ScreenId, TenantBlade } from '../../store/ui-store';

export interface FieldLocation {
  screen: ScreenId;
  blade?: TenantBlade;
}

const TENANT_BLADE_PREFIXES: [string, TenantBlade][] = [
  ['tenant.sspr.onPremises', 'onPremises'],
  ['tenant.sspr.registration', 'registration'],
  ['tenant.sspr.notifications', 'notifications'],
  ['tenant.sspr.customization', 'customization'],
  ['tenant.sspr.methods', 'methods'],
  ['tenant.sspr.questions', 'methods'],
  ['tenant.sspr', 'properties'],
  ['tenant.passwordResetPolicyDefined', 'properties'],
  ['tenant.allowedToUseSSPR', 'administrator'],
  ['tenant.trialDaysElapsed', 'administrator'],
  ['tenant.customDomain', 'administrator'],
  ['tenant.directorySync', 'administrator'],
];

export function locateField(path: string): FieldLocation | null {
  const root = path.split(/[.[]/)[0];
  switch (root) {
    case 'device':
      return { screen: 'device' };
    case 'session':
      return { screen: 'session' };
    case 'user':
      return { screen: 'user' };
    case 'policies':
      return { screen: 'intune' };
    case 'tenant': {
      // Plain prefix match on purpose: "tenant.sspr.methods" covers methodsRequired, methodsAvailable, ….
      const match = TENANT_BLADE_PREFIXES.find(([prefix]) => path.startsWith(prefix));
      return { screen: 'tenant', blade: match ? match[1] : 'licences' };
    }
    default:
      return null;
  }
}
