import { describe, expect, it } from 'vitest';
import { readRegistry } from '../../../simulator/diagnostics';
import { factsOf, readFixture, valueOf } from './helpers';

describe('registry reader', () => {
  it('reads a UTF-16 LE reg export with comments, hex(7) continuation lines and hex(b)', () => {
    const reading = readFixture('policies-utf16.reg');
    expect(reading.status === 'read' && reading.encoding).toBe('utf-16le');
    const facts = factsOf(reading);
    expect(facts.map((fact) => [fact.id, fact.value, fact.channel])).toEqual([
      ['policy.AllowPasswordReset', 1, 'groupPolicy'],
      ['policy.EnablePinRecovery', 1, 'groupPolicy'],
      ['setting.DisableLockScreenAppNotifications', 1, 'groupPolicy'],
      ['setting.ExcludedCredentialProviders', [], 'groupPolicy'],
    ]);
    const allow = facts[0];
    expect(allow.provenance).toEqual({
      file: 'policies-utf16.reg',
      line: 8,
      text: '"AllowPasswordReset"=dword:00000001',
    });
    expect(allow.registryType).toBe('REG_DWORD');
    expect(allow.location).toBe('hklm\\software\\policies\\microsoft\\azureadaccount\\AllowPasswordReset');
    expect(reading.status === 'read' && reading.result.warnings).toEqual([]);
    expect(reading.status === 'read' && reading.result.coveredKeys).toEqual([
      { key: 'hklm\\software\\policies', subtree: true },
    ]);
  });

  it('reads the security options of the system policies key', () => {
    const facts = factsOf(readFixture('system-policies.reg'));
    expect(valueOf(facts, 'setting.EnableLUA')).toBe(1);
    expect(valueOf(facts, 'setting.DontDisplayLastUserName')).toBe(0);
    expect(valueOf(facts, 'setting.DisableCAD')).toBe(0);
    expect(valueOf(facts, 'setting.RequireSmartCard')).toBe(0);
  });

  it('reads reg query output, skipping the _ProviderSet and _WinningProvider companions', () => {
    const facts = factsOf(readFixture('reg-query-authentication.txt'));
    expect(facts.map((fact) => [fact.id, fact.value, fact.channel, fact.provenance.line])).toEqual([
      ['policy.AllowAadPasswordReset', 1, 'mdm', 3],
      ['setting.EnableWebSignIn', 0, 'mdm', 6],
    ]);
  });

  it('reads Windows version values and the Winlogon shell', () => {
    const facts = factsOf(readFixture('currentversion.reg'));
    expect(valueOf(facts, 'os.build')).toBe('22631');
    expect(valueOf(facts, 'os.ubr')).toBe(4460);
    expect(valueOf(facts, 'os.editionId')).toBe('Enterprise');
    expect(valueOf(facts, 'setting.Shell')).toBe('explorer.exe');
  });

  it('rejects a .reg of unrelated keys and names the first one', () => {
    const reading = readFixture('unrelated.reg');
    expect(reading.status).toBe('rejected');
    expect(reading.status === 'rejected' && reading.cause?.code).toBe('unrelatedKeys');
    expect(reading.status === 'rejected' && reading.message).toContain('hkcu\\software\\microsoft\\notepad');
  });

  it('keeps a mistyped AllowPasswordReset (REG_SZ) as found, with a warning', () => {
    const result = readRegistry(
      'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount]\r\n"AllowPasswordReset"="1"\r\n',
      'typo.reg',
    );
    expect(result.facts[0]).toMatchObject({ value: '1', registryType: 'REG_SZ' });
    expect(result.warnings[0]).toMatchObject({ code: 'wrongType', line: 4 });
  });

  it('reports malformed lines with their number, and ignores deleted values', () => {
    const result = readRegistry(
      'REGEDIT4\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Personalization]\n"NoLockScreen"=dword:zz\n"Other"=-\n',
      'bad.reg',
    );
    expect(result.facts).toEqual([]);
    expect(result.warnings).toMatchObject([{ code: 'unrecognizedLine', line: 4 }]);
  });

  it('understands HKLM: and the (Default) value name in other languages', () => {
    const result = readRegistry(
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Personalization\n    (Standaard)    REG_SZ    \n    NoLockScreen    REG_DWORD    0x1\n',
      'q.txt',
    );
    expect(result.facts.map((fact) => [fact.id, fact.value])).toEqual([['setting.NoLockScreen', 1]]);
  });
});

describe('registry coverage', () => {
  it('counts a key shown with its values, not sub-keys merely listed by reg query without /s', () => {
    const text = [
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows',
      '    Dummy    REG_DWORD    0x1',
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Personalization',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\System',
      '',
    ].join('\r\n');
    const result = readRegistry(text, 'q.txt');
    expect(result.coveredKeys).toEqual([{ key: 'hklm\\software\\policies\\microsoft\\windows', subtree: false }]);
  });
});
