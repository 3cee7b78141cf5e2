// Starting points when an admin adds a policy source or switches its kind: the documented, working form.
import {
  DEFAULT_DEVICE_GROUP,
  PASSWORD_RESET_CATALOG_ID,
  PASSWORD_RESET_OMA_URI,
  PASSWORD_RESET_REGISTRY_KEY,
  PASSWORD_RESET_REGISTRY_VALUE,
  PIN_RECOVERY_OMA_URI,
  type Assignment,
  type PasswordResetSource,
  type PinRecoverySource,
} from '../../../simulator/index';
import { i18n } from '../../i18n/index';

export function defaultAssignment(): Assignment {
  return {
    include: [{ target: 'group', group: DEFAULT_DEVICE_GROUP, groupType: 'device' }],
    exclude: [],
    applicability: [],
  };
}

function translated<K extends string>(keys: readonly K[], section: string): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of keys) {
    Object.defineProperty(record, key, { enumerable: true, get: () => i18n().t(`${section}.${key}`) });
  }
  return record;
}

/** The profile types as Intune names them, in the app language (read on every access). */
export const PASSWORD_RESET_KINDS = translated<PasswordResetSource['kind']>(
  ['omaUri', 'settingsCatalog', 'registry'],
  'intuneProfile.passwordKind',
);

export const PIN_RECOVERY_KINDS = translated<PinRecoverySource['kind']>(
  ['settingsCatalog', 'accountProtection', 'omaUri', 'gpo'],
  'intuneProfile.pinKind',
);

export function passwordResetTemplate(
  kind: PasswordResetSource['kind'],
  assignment: Assignment = defaultAssignment(),
): PasswordResetSource {
  switch (kind) {
    case 'omaUri':
      return {
        kind,
        name: 'SSPR at Windows sign-in (custom)',
        omaUri: PASSWORD_RESET_OMA_URI,
        dataType: 'Integer',
        value: 1,
        assignment,
      };
    case 'settingsCatalog':
      return {
        kind,
        name: 'SSPR at Windows sign-in',
        settingDefinitionId: PASSWORD_RESET_CATALOG_ID,
        value: 1,
        assignment,
      };
    case 'registry':
      return {
        kind,
        name: 'Registry',
        key: PASSWORD_RESET_REGISTRY_KEY,
        valueName: PASSWORD_RESET_REGISTRY_VALUE,
        valueType: 'REG_DWORD',
        value: 1,
      };
  }
}

export function pinRecoveryTemplate(
  kind: PinRecoverySource['kind'],
  assignment: Assignment = defaultAssignment(),
): PinRecoverySource {
  switch (kind) {
    case 'settingsCatalog':
      return { kind, name: 'Windows Hello For Business > Enable Pin Recovery', value: true, assignment };
    case 'accountProtection':
      return { kind, name: 'Endpoint security > Account protection', value: true, assignment };
    case 'omaUri':
      return {
        kind,
        name: 'Custom profile',
        omaUri: PIN_RECOVERY_OMA_URI,
        dataType: 'Boolean',
        value: true,
        assignment,
      };
    case 'gpo':
      return { kind, name: 'Use PIN Recovery', state: 'Enabled' };
  }
}
