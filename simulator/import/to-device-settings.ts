// The device settings of a pair's scenario from the policies that reach the device (mapping table, assignments,
// filters, conflicts), each with its provenance: the source policy, its setting id and how it is assigned. Settings no
// Intune policy can set stay unknown with the reason; settings no policy sets take the CSP's documented default only
// on an Entra-joined, Intune-enrolled device (no Group Policy there), marked inferred.
import { DEFAULT_ALLOW_LOG_ON_LOCALLY, type Scenario } from '../model/scenario';
import { describeSource, formatValue, resolveDeviceFacts, type FactResolution } from './device-facts';
import type { ProvenanceRecorder } from './provenance';
import { NOT_IN_INTUNE, type FactValue, type PolicyFact } from './setting-map';
import type { SnapshotDevice, SnapshotUser, SourceKey } from './snapshot';
import type { TenantIndex } from './tenant-index';

type DeviceSettings = Scenario['device']['settings'];

/** Facts that live in device.settings under their own name. */
const SETTING_FACTS: readonly PolicyFact[] = [
  'NoLockScreen',
  'DisableLockScreenAppNotifications',
  'HideFastUserSwitching',
  'DontDisplayLastUserName',
  'BlockNonAdminUserInstall',
  'EnableLUA',
  'DisableCAD',
  'EnablePasswordlessExperience',
  'EnableWebSignIn',
  'ConfigureWebSignInAllowedUrls',
  'AllowLogOnLocally',
  'DenyLogOnLocally',
  'ExcludedCredentialProviders',
  'secureAssessmentProfile',
];

/**
 * The CSP default when no policy configures the node (Policy CSP "Default Value"), for facts whose default is
 * documented. DisableCAD is left out: its default differs between domain members and other devices.
 */
const CSP_DEFAULTS: Partial<Record<PolicyFact, FactValue>> = {
  NoLockScreen: 0,
  DisableLockScreenAppNotifications: 0,
  HideFastUserSwitching: 0,
  DontDisplayLastUserName: 0,
  BlockNonAdminUserInstall: 0,
  EnableLUA: 1,
  EnablePasswordlessExperience: 0,
  EnableWebSignIn: 0,
  ConfigureWebSignInAllowedUrls: [],
  AllowLogOnLocally: [...DEFAULT_ALLOW_LOG_ON_LOCALLY],
  DenyLogOnLocally: [],
  ExcludedCredentialProviders: [],
};

/** The note of a device setting no Intune policy sets and no default applies to (shown translated). */
export const NOT_SET_BY_INTUNE =
  'No Intune policy the import read sets it for this device; Group Policy or a local setting may. State it on the Device page.';

/** The note of a setting no Intune policy kind can set (shown translated). */
export function notInIntuneNote(key: string): string | null {
  return NOT_IN_INTUNE[key] ? `${NOT_IN_INTUNE[key]}. State it on the Device page.` : null;
}

const CONFLICT =
  'Conflict: Intune shows conflicting configuration settings and leaves them to be resolved manually, so the value ' +
  'the device keeps is not known';

function sourceKeyOf(resolution: FactResolution): SourceKey {
  return (resolution.sources[0]?.policy.source ?? 'deviceConfigurations') as SourceKey;
}

function set(settings: DeviceSettings, key: string, value: unknown): void {
  (settings as unknown as Record<string, unknown>)[key] = value;
}

export function mapDeviceSettings(
  result: Scenario['device'],
  device: SnapshotDevice | null,
  user: SnapshotUser | null,
  index: TenantIndex,
  prov: ProvenanceRecorder,
): Scenario['device'] {
  const settings = result.settings;
  for (const [key, reason] of Object.entries(NOT_IN_INTUNE)) {
    if (key in settings && reason) prov.unknown(`device.settings.${key}`, notInIntuneNote(key)!);
  }
  if (!device) return result;
  const facts = resolveDeviceFacts(index, device, user);
  const cloudManaged = device.intune !== null && device.trustType === 'AzureAd';
  for (const fact of SETTING_FACTS) {
    if (!(fact in settings)) continue;
    const path = `device.settings.${fact}`;
    const resolution: FactResolution = facts.get(fact) ?? { state: 'notSet', sources: [] };
    const sources = resolution.sources.map(describeSource);
    switch (resolution.state) {
      case 'set':
        set(settings, fact, resolution.value);
        prov.imported(path, sourceKeyOf(resolution), sources.join(' | '));
        break;
      case 'conflict':
        prov.unknown(path, `${CONFLICT}: ${sources.join(' | ')}`);
        break;
      case 'undecided':
        // Each source's description already carries why its assignment is undecided.
        prov.unknown(path, `Whether a source reaches the device is not known: ${sources.join(' | ')}`);
        break;
      case 'notUnderstood':
        prov.unknown(
          path,
          `A source that reaches the device has a value that was not understood: ${sources.join(' | ')}`,
        );
        break;
      case 'notSet':
        notSet(settings, fact, path, cloudManaged, prov);
        break;
    }
  }
  return result;
}

function notSet(
  settings: DeviceSettings,
  fact: PolicyFact,
  path: string,
  cloudManaged: boolean,
  prov: ProvenanceRecorder,
): void {
  if (fact === 'secureAssessmentProfile') {
    set(settings, fact, false);
    prov.imported(path, 'deviceConfigurations', 'No "Secure assessment (Education)" profile reaches this device.');
    return;
  }
  const fallback = CSP_DEFAULTS[fact];
  if (cloudManaged && fallback !== undefined) {
    set(settings, fact, fallback);
    prov.inferred(
      path,
      `No Intune policy sets it for this device; Entra joined (no Group Policy), so the Windows default ${formatValue(fallback)} applies unless set locally.`,
      'deviceConfigurations',
    );
    return;
  }
  prov.unknown(path, NOT_SET_BY_INTUNE);
}
