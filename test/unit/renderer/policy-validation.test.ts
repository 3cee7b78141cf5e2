import { describe, expect, it } from 'vitest';
import { passwordResetSourceIssues, pinRecoverySourceIssues } from '../../../renderer/features/intune-profile/validate';
import { passwordResetTemplate, pinRecoveryTemplate } from '../../../renderer/features/intune-profile/templates';
import { presetById, type PasswordResetSource } from '../../../simulator/index';

const ids = (source: PasswordResetSource) =>
  passwordResetSourceIssues(source).map((issue) => `${issue.severity}:${issue.ruleId}:${issue.field}`);

describe('inline validation of AllowAadPasswordReset sources', () => {
  it('accepts the documented forms', () => {
    expect(ids(passwordResetTemplate('omaUri'))).toEqual([]);
    expect(ids(passwordResetTemplate('settingsCatalog'))).toEqual([]);
    expect(ids(passwordResetTemplate('registry'))).toEqual([]);
    const seed = {
      ...passwordResetTemplate('omaUri'),
      omaUri: './Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset',
    } as PasswordResetSource;
    expect(ids(seed)).toEqual([]);
  });

  it('flags String and Boolean types, non-0/1 values and ./User/ paths as R-POLICY-TYPE', () => {
    const base = passwordResetTemplate('omaUri') as Extract<PasswordResetSource, { kind: 'omaUri' }>;
    expect(ids({ ...base, dataType: 'String', value: '1' })).toEqual(
      expect.arrayContaining(['error:R-POLICY-TYPE:dataType', 'error:R-POLICY-TYPE:value']),
    );
    expect(ids({ ...base, dataType: 'Boolean', value: true })).toContain('error:R-POLICY-TYPE:dataType');
    expect(ids({ ...base, value: 2 })).toEqual(['error:R-POLICY-TYPE:value']);
    expect(ids({ ...base, omaUri: './User/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset' })).toEqual([
      'error:R-POLICY-TYPE:omaUri',
    ]);
  });

  it('agrees with the engine on the string-typed preset', () => {
    const preset = presetById('string-oma-uri');
    expect(preset).toBeDefined();
    const issues = preset!.scenario.policies.passwordReset.flatMap((source) => passwordResetSourceIssues(source));
    expect(issues.some((issue) => issue.ruleId === 'R-POLICY-TYPE' && issue.severity === 'error')).toBe(true);
    expect(preset!.expected.rules).toContain('R-POLICY-TYPE');
  });

  it('warns about unassigned profiles and value 0', () => {
    const base = passwordResetTemplate('settingsCatalog') as Extract<PasswordResetSource, { kind: 'settingsCatalog' }>;
    expect(ids({ ...base, value: 0, assignment: { include: [], exclude: [], applicability: [] } })).toEqual([
      'warning:R-POLICY:value',
      'warning:R-ASSIGN:assignment',
    ]);
  });

  it('flags the documentation-typo PIN recovery path (P-POLICY-SRC)', () => {
    const good = pinRecoveryTemplate('omaUri');
    expect(pinRecoverySourceIssues(good)).toEqual([]);
    const typo = {
      ...good,
      omaUri: './Vendor/MSFT/Policy/PassportForWork/TenantId/Policies/EnablePinRecovery',
    } as typeof good;
    expect(pinRecoverySourceIssues(typo).map((issue) => issue.ruleId)).toEqual(['P-POLICY-SRC']);
  });
});
