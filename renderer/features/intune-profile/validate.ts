// Inline checks of policy sources, worded like the rules they anticipate (R-POLICY-TYPE, R-POLICY-SRC, P-POLICY-SRC).
// The engine's verdict stays the authority on whether a source applies; these explain why while typing.
import {
  PASSWORD_RESET_OMA_URI,
  PASSWORD_RESET_REGISTRY_KEY,
  PASSWORD_RESET_REGISTRY_VALUE,
  type PasswordResetSource,
  type PinRecoverySource,
} from '../../../simulator/index';
import { i18n } from '../../i18n/index';

export interface SourceIssue {
  field: 'omaUri' | 'dataType' | 'value' | 'key' | 'valueName' | 'valueType' | 'assignment';
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
}

/** Both forms name the same Policy CSP node. */
export const ACCEPTED_PASSWORD_RESET_URIS = [
  PASSWORD_RESET_OMA_URI,
  './Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
] as const;

export function isUserScopeUri(uri: string): boolean {
  return /^\.\/user\//i.test(uri.trim());
}

export function passwordResetSourceIssues(source: PasswordResetSource): SourceIssue[] {
  const issues: SourceIssue[] = [];
  if (source.kind === 'omaUri') {
    const uri = source.omaUri.trim();
    if (isUserScopeUri(uri)) {
      issues.push({
        field: 'omaUri',
        severity: 'error',
        ruleId: 'R-POLICY-TYPE',
        message: i18n().t('validate.userPath'),
      });
    } else if (!(ACCEPTED_PASSWORD_RESET_URIS as readonly string[]).includes(uri)) {
      issues.push({
        field: 'omaUri',
        severity: 'warning',
        ruleId: 'R-POLICY-SRC',
        message: i18n().t('validate.notPasswordNode'),
      });
    }
    if (source.dataType !== 'Integer') {
      issues.push({
        field: 'dataType',
        severity: 'error',
        ruleId: 'R-POLICY-TYPE',
        message: i18n().t('validate.notInteger', { type: source.dataType }),
      });
    }
    if (source.value !== 0 && source.value !== 1) {
      issues.push({
        field: 'value',
        severity: 'error',
        ruleId: 'R-POLICY-TYPE',
        message: i18n().t('validate.badValue', { value: JSON.stringify(source.value) }),
      });
    } else if (source.value === 0) {
      issues.push({
        field: 'value',
        severity: 'warning',
        ruleId: 'R-POLICY',
        message: i18n().t('validate.valueZero'),
      });
    }
  } else if (source.kind === 'settingsCatalog') {
    if (source.value === 0) {
      issues.push({
        field: 'value',
        severity: 'warning',
        ruleId: 'R-POLICY',
        message: i18n().t('validate.block'),
      });
    }
  } else {
    if (source.key.trim().toLowerCase() !== PASSWORD_RESET_REGISTRY_KEY.toLowerCase()) {
      issues.push({
        field: 'key',
        severity: 'warning',
        ruleId: 'R-POLICY-SRC',
        message: i18n().t('validate.registryKey', { key: PASSWORD_RESET_REGISTRY_KEY }),
      });
    }
    if (source.valueName.trim().toLowerCase() !== PASSWORD_RESET_REGISTRY_VALUE.toLowerCase()) {
      issues.push({
        field: 'valueName',
        severity: 'warning',
        ruleId: 'R-POLICY-SRC',
        message: i18n().t('validate.registryValueName', { name: PASSWORD_RESET_REGISTRY_VALUE }),
      });
    }
    if (source.valueType !== 'REG_DWORD') {
      issues.push({
        field: 'valueType',
        severity: 'warning',
        ruleId: 'R-POLICY-SRC',
        message: i18n().t('validate.registryType'),
      });
    }
    if (source.value !== 1) {
      issues.push({
        field: 'value',
        severity: 'warning',
        ruleId: 'R-POLICY',
        message: i18n().t('validate.registryValue'),
      });
    }
  }
  if (source.kind !== 'registry' && source.assignment.include.length === 0) {
    issues.push({
      field: 'assignment',
      severity: 'warning',
      ruleId: 'R-ASSIGN',
      message: i18n().t('validate.notAssigned'),
    });
  }
  return issues;
}

export function pinRecoverySourceIssues(source: PinRecoverySource): SourceIssue[] {
  const issues: SourceIssue[] = [];
  if (source.kind === 'omaUri') {
    if (/\/Policy\/PassportForWork\//i.test(source.omaUri)) {
      issues.push({
        field: 'omaUri',
        severity: 'warning',
        // The typo path configures nothing, so the PIN recovery source rule is what it anticipates.
        ruleId: 'P-POLICY-SRC',
        message: i18n().t('validate.pinDocTypo'),
      });
    } else if (
      !/^\.\/Device\/Vendor\/MSFT\/PassportForWork\/[^/]+\/Policies\/EnablePinRecovery$/i.test(source.omaUri.trim())
    ) {
      issues.push({
        field: 'omaUri',
        severity: 'warning',
        ruleId: 'P-POLICY-SRC',
        message: i18n().t('validate.notPinNode'),
      });
    }
    if (source.dataType !== 'Boolean') {
      issues.push({
        field: 'dataType',
        severity: 'error',
        ruleId: 'P-POLICY-SRC',
        message: i18n().t('validate.pinBoolean'),
      });
    }
    if (source.value !== true && source.value !== 'true' && source.value !== 'True') {
      issues.push({
        field: 'value',
        severity: 'warning',
        ruleId: 'P-MODE',
        message: i18n().t('validate.pinNotTrue'),
      });
    }
  }
  return issues;
}
