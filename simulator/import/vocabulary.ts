// Graph vocabularies → the scenario's enums: licences (SKU part numbers, service plans), registered and enabled
// authentication methods, device join types, Windows editions and versions.
import type { Edition, JoinState, Licence, Method } from '../model/scenario';
import { familyForBuild, type OsFamily } from '../model/windows';
import type { SnapshotSku } from './snapshot';

/** SKU part numbers with a direct licence of our enum (LIC). Others count through their service plans. */
const SKU_LICENCE: Record<string, Licence> = {
  AAD_PREMIUM: 'entraIdP1',
  AAD_PREMIUM_P2: 'entraIdP2',
  O365_BUSINESS_ESSENTIALS: 'microsoft365BusinessBasic',
  O365_BUSINESS_PREMIUM: 'microsoft365BusinessStandard',
  SPB: 'microsoft365BusinessPremium',
  SPE_E3: 'microsoft365E3',
  SPE_E5: 'microsoft365E5',
  EMS: 'entraIdP1',
  EMSPREMIUM: 'entraIdP2',
};

/** A SKU's licence: by part number, else by the Entra ID P1/P2 service plan it carries, else null. */
export function licenceForSku(sku: SnapshotSku): Licence | null {
  const direct = SKU_LICENCE[sku.skuPartNumber.toUpperCase()];
  if (direct) return direct;
  if (sku.servicePlans.includes('AAD_PREMIUM_P2')) return 'entraIdP2';
  if (sku.servicePlans.includes('AAD_PREMIUM')) return 'entraIdP1';
  return null;
}

function distinctSorted(list: Iterable<Licence>): Licence[] {
  return [...new Set(list)].sort();
}

/** Licences the tenant owns (enabled SKUs with units); a tenant with none of ours is "free". */
export function tenantLicences(skus: readonly SnapshotSku[]): Licence[] {
  const owned: Licence[] = [];
  for (const sku of skus) {
    if (sku.capabilityStatus !== 'Enabled' || sku.enabledUnits <= 0) continue;
    const licence = licenceForSku(sku);
    if (licence) owned.push(licence);
  }
  return owned.length ? distinctSorted(owned) : ['free'];
}

/** Licences assigned to a user (assignedLicenses skuIds resolved through subscribedSkus). */
export function userLicences(skuIds: readonly string[], skus: readonly SnapshotSku[]): Licence[] {
  const bySkuId = new Map(skus.map((sku) => [sku.skuId, sku]));
  const assigned: Licence[] = [];
  for (const skuId of skuIds) {
    const sku = bySkuId.get(skuId);
    const licence = sku ? licenceForSku(sku) : null;
    if (licence) assigned.push(licence);
  }
  return assigned.length ? distinctSorted(assigned) : ['free'];
}

/** userRegistrationDetails.methodsRegistered → SSPR methods (passwordless-only methods don't reset passwords). */
const REGISTERED_METHOD: Record<string, Method[]> = {
  email: ['email'],
  mobilePhone: ['mobilePhone'],
  alternateMobilePhone: ['mobilePhone'],
  officePhone: ['officePhone'],
  securityQuestion: ['securityQuestions'],
  microsoftAuthenticatorPush: ['mobileAppNotification', 'mobileAppCode'],
  softwareOneTimePasscode: ['mobileAppCode'],
};

const METHOD_ORDER: readonly Method[] = [
  'mobileAppNotification',
  'mobileAppCode',
  'email',
  'mobilePhone',
  'officePhone',
  'securityQuestions',
];

function ordered(methods: Iterable<Method>): Method[] {
  const set = new Set(methods);
  return METHOD_ORDER.filter((method) => set.has(method));
}

export function registeredMethods(methodsRegistered: readonly string[]): Method[] {
  return ordered(methodsRegistered.flatMap((name) => REGISTERED_METHOD[name] ?? []));
}

/** Authentication methods policy configuration ids → SSPR methods they make available. */
const POLICY_METHOD: Record<string, Method[]> = {
  microsoftauthenticator: ['mobileAppNotification', 'mobileAppCode'],
  softwareoath: ['mobileAppCode'],
  sms: ['mobilePhone'],
  voice: ['mobilePhone', 'officePhone'],
  email: ['email'],
};

export function availableMethods(configurations: readonly { id: string; state: string }[]): Method[] {
  return ordered(
    configurations
      .filter((configuration) => configuration.state.toLowerCase() === 'enabled')
      .flatMap((configuration) => POLICY_METHOD[configuration.id.toLowerCase()] ?? []),
  );
}

/** Entra trustType → join state. */
export function joinStateForTrustType(trustType: string | null): JoinState | null {
  switch (trustType) {
    case 'Workplace':
      return 'registered';
    case 'AzureAd':
      return 'entraJoined';
    case 'ServerAd':
      return 'hybridJoined';
    default:
      return null;
  }
}

/** Intune beta joinType → join state (used when the Entra record has no trustType). */
export function joinStateForIntuneJoinType(joinType: string | null): JoinState | null {
  switch (joinType) {
    case 'azureADJoined':
      return 'entraJoined';
    case 'hybridAzureADJoined':
      return 'hybridJoined';
    case 'azureADRegistered':
      return 'registered';
    default:
      return null;
  }
}

/** Intune beta skuFamily (and applicability osEditionTypes) → edition. */
export function editionForSku(skuFamily: string | null): Edition | null {
  const name = (skuFamily ?? '').toLowerCase().replace(/^windows10/, '');
  if (!name) return null;
  if (name.includes('iot')) return 'IoTEnterprise';
  if (name.includes('proeducation') || name === 'professionaleducation') return 'ProEducation';
  if (name.startsWith('pro')) return 'Pro';
  if (name.startsWith('enterprise')) return 'Enterprise';
  if (name.startsWith('education')) return 'Education';
  if (name.startsWith('home') || name === 'core') return 'Home';
  if (name === 'se' || name.startsWith('cloudedition')) return 'SE';
  return null;
}

export interface ParsedOsVersion {
  family: OsFamily;
  build: number;
  ubr: number | null;
}

/** "10.0.22631.2506" → Windows 11, build 22631, UBR 2506; "6.1.7601" → Windows 7. Null when unreadable. */
export function parseOsVersion(version: string | null): ParsedOsVersion | null {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?/.exec((version ?? '').trim());
  if (!match) return null;
  const build = Number(match[3]);
  return { family: familyForBuild(build), build, ubr: match[4] === undefined ? null : Number(match[4]) };
}
