// Words for what the review shows: inputs by their scenario path, values, sources, notes, warnings and refusals.
// Every text goes through the catalogue (diagnostics.*); model paths and enum values never reach the screen.
import type { TFunction } from 'i18next';
import type {
  DiagnosticSource,
  FileReading,
  FindingNote,
  ReaderWarning,
  Resolution,
} from '../../../simulator/diagnostics/index';

/** Catalogue key of each input the readers can set, by scenario path. */
export const FIELD_KEYS: Record<string, string> = {
  'device.name': 'diagnostics.field.deviceName',
  'device.os.family': 'diagnostics.field.osFamily',
  'device.os.build': 'diagnostics.field.osBuild',
  'device.os.ubr': 'diagnostics.field.osUbr',
  'device.os.edition': 'diagnostics.field.osEdition',
  'device.joinState': 'diagnostics.field.joinState',
  'device.intuneEnrolled': 'diagnostics.field.intuneEnrolled',
  'device.settings.NoLockScreen': 'diagnostics.field.noLockScreen',
  'device.settings.DisableLockScreenAppNotifications': 'diagnostics.field.lockScreenNotifications',
  'device.settings.HideFastUserSwitching': 'diagnostics.field.hideFastUserSwitching',
  'device.settings.DontDisplayLastUserName': 'diagnostics.field.dontDisplayLastUserName',
  'device.settings.BlockNonAdminUserInstall': 'diagnostics.field.blockNonAdminUserInstall',
  'device.settings.RequireSmartCard': 'diagnostics.field.requireSmartCard',
  'device.settings.EnableLUA': 'diagnostics.field.enableLua',
  'device.settings.DisableCAD': 'diagnostics.field.disableCad',
  'device.settings.EnablePasswordlessExperience': 'diagnostics.field.passwordlessExperience',
  'device.settings.EnableWebSignIn': 'diagnostics.field.webSignIn',
  'device.settings.ConfigureWebSignInAllowedUrls': 'diagnostics.field.webSignInUrls',
  'device.settings.ExcludedCredentialProviders': 'diagnostics.field.excludedProviders',
  'device.settings.DelayedDesktopSwitchTimeout': 'diagnostics.field.delayedDesktopSwitch',
  'device.settings.AllowLogOnLocally': 'diagnostics.field.allowLogOnLocally',
  'device.settings.DenyLogOnLocally': 'diagnostics.field.denyLogOnLocally',
  'device.settings.staleDefaultUserProfiles': 'diagnostics.field.staleProfiles',
  'device.settings.customShell': 'diagnostics.field.customShell',
  'device.network.proxy': 'diagnostics.field.proxy',
  'device.legacyAddIn.loggingEnabled': 'diagnostics.field.addInLogging',
  'user.pin.hasPin': 'diagnostics.field.hasPin',
  'tenant.name': 'diagnostics.field.tenantName',
  'tenant.pinResetConsent': 'diagnostics.field.pinResetConsent',
  'policies.passwordReset': 'diagnostics.field.passwordResetSources',
  'policies.pinRecovery': 'diagnostics.field.pinRecoverySources',
};

export function fieldLabel(t: TFunction, path: string): string {
  const key = FIELD_KEYS[path];
  return key ? t(key) : path;
}

const ENUM_VALUES: Record<string, Record<string, string>> = {
  'device.joinState': {
    entraJoined: 'diagnostics.value.entraJoined',
    hybridJoined: 'diagnostics.value.hybridJoined',
    registered: 'diagnostics.value.registered',
    adDomainOnly: 'diagnostics.value.adDomainOnly',
    workgroup: 'diagnostics.value.workgroup',
  },
  'device.os.edition': {
    Home: 'diagnostics.value.home',
    Pro: 'diagnostics.value.pro',
    ProEducation: 'diagnostics.value.proEducation',
    Enterprise: 'diagnostics.value.enterprise',
    Education: 'diagnostics.value.education',
    SE: 'diagnostics.value.se',
    IoTEnterprise: 'diagnostics.value.iotEnterprise',
  },
  'device.network.proxy': { machineWide: 'diagnostics.value.machineWideProxy' },
};

/** Product names, the same in every language. */
const FAMILY_NUMBERS: Record<string, string> = {
  windows7: '7',
  windows8: '8',
  'windows8.1': '8.1',
  windows10: '10',
  windows11: '11',
};

export function valueLabel(t: TFunction, path: string, value: unknown): string {
  if (value === 'unknown') return t('diagnostics.value.unknown');
  if (path === 'device.os.family' && typeof value === 'string' && FAMILY_NUMBERS[value])
    return `Windows ${FAMILY_NUMBERS[value]}`;
  const key = typeof value === 'string' ? ENUM_VALUES[path]?.[value] : undefined;
  if (key) return t(key);
  if (typeof value === 'boolean') return t(value ? 'diagnostics.value.yes' : 'diagnostics.value.no');
  if (Array.isArray(value)) return value.length === 0 ? t('diagnostics.value.emptyList') : value.join('; ');
  return String(value);
}

export function sourceLabel(t: TFunction, source: DiagnosticSource): string {
  return t(`diagnostics.source.${source}`);
}

export function noteLabel(t: TFunction, note: FindingNote): string {
  return t(`diagnostics.note.${note}`);
}

export function resolutionLabel(t: TFunction, resolution: Resolution): string {
  return t(`diagnostics.resolution.${resolution}`);
}

export function warningText(t: TFunction, warning: ReaderWarning): string {
  return t(`diagnostics.warning.${warning.code}`, { line: warning.line ?? '', ...warning.params });
}

export function rejectionText(t: TFunction, reading: Extract<FileReading, { status: 'rejected' }>): string {
  if (reading.cause) return warningText(t, reading.cause);
  return t(`diagnostics.rejected.${reading.reason}`, { file: reading.file, ...reading.params });
}
