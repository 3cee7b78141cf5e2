// Inline checks of policy sources, worded like the rules they anticipate (R-POLICY-TYPE, R-POLICY-SRC, A-11).
// The engine's verdict stays the authority on whether a source applies; these explain why while typing.
import {
  PASSWORD_RESET_OMA_URI,
  PASSWORD_RESET_REGISTRY_KEY,
  PASSWORD_RESET_REGISTRY_VALUE,
  type PasswordResetSource,
  type PinRecoverySource,
} from '../../../simulator/index';

export interface SourceIssue {
  field: 'omaUri' | 'dataType' | 'value' | 'key' | 'valueName' | 'valueType' | 'assignment';
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
}

/** Both forms name the same Policy CSP node (rules.md R-POLICY-SRC). */
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
        message:
          'A ./User/ path: AllowAadPasswordReset is device-scoped, use ./Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset.',
      });
    } else if (!(ACCEPTED_PASSWORD_RESET_URIS as readonly string[]).includes(uri)) {
      issues.push({
        field: 'omaUri',
        severity: 'warning',
        ruleId: 'R-POLICY-SRC',
        message: 'Not the AllowAadPasswordReset node: this setting does not enable the link.',
      });
    }
    if (source.dataType !== 'Integer') {
      issues.push({
        field: 'dataType',
        severity: 'error',
        ruleId: 'R-POLICY-TYPE',
        message: `${source.dataType}-typed: the CSP takes an Integer (0 or 1); Intune reports a configuration error.`,
      });
    }
    if (source.value !== 0 && source.value !== 1) {
      issues.push({
        field: 'value',
        severity: 'error',
        ruleId: 'R-POLICY-TYPE',
        message: `Value ${JSON.stringify(source.value)}: only 0 (Not allowed) or 1 (Allowed) are valid.`,
      });
    } else if (source.value === 0) {
      issues.push({
        field: 'value',
        severity: 'warning',
        ruleId: 'R-POLICY',
        message: '0 = Not allowed: this source keeps the link hidden.',
      });
    }
  } else if (source.kind === 'settingsCatalog') {
    if (source.value === 0) {
      issues.push({
        field: 'value',
        severity: 'warning',
        ruleId: 'R-POLICY',
        message: 'Block: this policy keeps the link hidden.',
      });
    }
  } else {
    if (source.key.trim().toLowerCase() !== PASSWORD_RESET_REGISTRY_KEY.toLowerCase()) {
      issues.push({
        field: 'key',
        severity: 'warning',
        ruleId: 'R-POLICY-SRC',
        message: `Windows reads ${PASSWORD_RESET_REGISTRY_KEY}.`,
      });
    }
    if (source.valueName.trim().toLowerCase() !== PASSWORD_RESET_REGISTRY_VALUE.toLowerCase()) {
      issues.push({
        field: 'valueName',
        severity: 'warning',
        ruleId: 'R-POLICY-SRC',
        message: `The value is named ${PASSWORD_RESET_REGISTRY_VALUE}.`,
      });
    }
    if (source.valueType !== 'REG_DWORD') {
      issues.push({
        field: 'valueType',
        severity: 'warning',
        ruleId: 'R-POLICY-SRC',
        message: 'Windows reads a REG_DWORD.',
      });
    }
    if (source.value !== 1) {
      issues.push({
        field: 'value',
        severity: 'warning',
        ruleId: 'R-POLICY',
        message: 'Only DWORD 1 allows the reset.',
      });
    }
  }
  if (source.kind !== 'registry' && source.assignment.include.length === 0) {
    issues.push({
      field: 'assignment',
      severity: 'warning',
      ruleId: 'R-ASSIGN',
      message: 'Not assigned to any group: no device receives it.',
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
        ruleId: 'A-11',
        message:
          'The "Policy/PassportForWork" form is a documentation typo; the node is ./Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/EnablePinRecovery.',
      });
    } else if (
      !/^\.\/Device\/Vendor\/MSFT\/PassportForWork\/[^/]+\/Policies\/EnablePinRecovery$/i.test(source.omaUri.trim())
    ) {
      issues.push({
        field: 'omaUri',
        severity: 'warning',
        ruleId: 'P-POLICY-SRC',
        message: 'Not the EnablePinRecovery node.',
      });
    }
    if (source.dataType !== 'Boolean') {
      issues.push({
        field: 'dataType',
        severity: 'error',
        ruleId: 'P-POLICY-SRC',
        message: 'EnablePinRecovery is a Boolean.',
      });
    }
    if (source.value !== true && source.value !== 'true' && source.value !== 'True') {
      issues.push({
        field: 'value',
        severity: 'warning',
        ruleId: 'P-MODE',
        message: 'Not True: PIN reset stays destructive.',
      });
    }
  }
  return issues;
}
