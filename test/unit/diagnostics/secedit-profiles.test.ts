// The user-rights export (secedit), the profiles-folder listings and the list-shaped policy values.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, evaluate } from '../../../simulator';
import {
  admxListFrom,
  findingsFrom,
  principalsFrom,
  readDiagnosticFile,
  readDiagnosticText,
  scenarioFromFindings,
  readSecedit,
  readUserProfiles,
  type FileReading,
} from '../../../simulator/diagnostics';
import { factsOf, readFixture, valueOf } from './helpers';

function rejectedCode(reading: FileReading): string | undefined {
  return reading.status === 'rejected' ? (reading.cause?.code ?? reading.reason) : undefined;
}

describe('secedit /export /areas USER_RIGHTS', () => {
  it('reads a UTF-16 LE export: well-known SIDs become the names the rules use, other SIDs stay as written', () => {
    const reading = readFixture('secedit-user-rights.inf');
    expect(reading.status === 'read' && reading.encoding).toBe('utf-16le');
    const facts = factsOf(reading);
    expect(valueOf(facts, 'setting.AllowLogOnLocally')).toEqual(['Administrators']);
    expect(valueOf(facts, 'setting.DenyLogOnLocally')).toEqual([
      'Guest',
      'Guests',
      'S-1-5-21-1004336348-1177238915-682003330-1005',
    ]);
    const allow = facts.find((fact) => fact.id === 'setting.AllowLogOnLocally')!;
    expect(allow.provenance).toEqual({
      file: 'secedit-user-rights.inf',
      line: 6,
      text: 'SeInteractiveLogonRight = *S-1-5-32-544',
    });
    expect(allow.source).toBe('secedit');
    expect(allow.location).toBe('[Privilege Rights] SeInteractiveLogonRight');
    // Other rights (network logon, backup, shut down) are valid lines, not "not understood".
    expect(reading.status === 'read' && reading.result.warnings).toEqual([]);
  });

  it('a right the export leaves out is assigned to nobody, cited at the section header', () => {
    const facts = factsOf(readFixture('secedit-default.inf'));
    expect(valueOf(facts, 'setting.AllowLogOnLocally')).toEqual([
      'Guest',
      'Administrators',
      'Users',
      'Backup Operators',
    ]);
    const deny = facts.find((fact) => fact.id === 'setting.DenyLogOnLocally')!;
    expect(deny.value).toEqual([]);
    expect(deny.fromAbsence).toBe(true);
    expect(deny.provenance).toMatchObject({ line: 3, text: '[Privilege Rights]' });
  });

  it('refuses an export without user rights (another /areas), saying how to export them', () => {
    const reading = readFixture('secedit-security-policy.inf');
    expect(rejectedCode(reading)).toBe('noUserRights');
    expect(reading.status === 'rejected' && reading.message).toMatch(/\/areas USER_RIGHTS.*elevated/);
  });

  it('reports odd and repeated lines with their line numbers and keeps the first value', () => {
    const text = [
      '[Privilege Rights]',
      'SeInteractiveLogonRight = *S-1-5-32-545',
      'this is not a right',
      'SeInteractiveLogonRight = *S-1-5-32-544',
      '; a comment',
    ].join('\r\n');
    const result = readSecedit(text, 'r.inf');
    expect(valueOf(result.facts, 'setting.AllowLogOnLocally')).toEqual(['Users']);
    expect(result.warnings.map((item) => [item.code, item.line])).toEqual([
      ['unrecognizedLine', 3],
      ['duplicate', 4],
    ]);
  });

  it('a cut-off SID never makes the scenario invalid', () => {
    const reading = readDiagnosticText('[Privilege Rights]\nSeInteractiveLogonRight = *\n', 'cut.inf');
    const parsed = scenarioFromFindings(DEFAULT_SCENARIO, findingsFrom([reading]));
    expect(parsed.ok && parsed.scenario.device.settings.AllowLogOnLocally).toEqual([]);
  });

  it('takes account names with BUILTIN\\ and an empty right as nobody', () => {
    const result = readSecedit(
      '[Privilege Rights]\nSeInteractiveLogonRight = BUILTIN\\Users, ,Everyone\nSeDenyInteractiveLogonRight =\n',
      'x',
    );
    expect(valueOf(result.facts, 'setting.AllowLogOnLocally')).toEqual(['Users', 'Everyone']);
    expect(valueOf(result.facts, 'setting.DenyLogOnLocally')).toEqual([]);
  });
});

describe('listings of C:\\Users', () => {
  it('dir in English: counts only <DIR> entries named defaultuser1…, not defaultuser0, junctions or files', () => {
    const facts = factsOf(readFixture('dir-users-en.txt'));
    const fact = facts.find((item) => item.id === 'setting.staleDefaultUserProfiles')!;
    expect(fact.value).toBe(2);
    expect(fact.source).toBe('userProfiles');
    expect(fact.location).toBe('C:\\Users: defaultuser100000, defaultuser100001');
    expect(fact.provenance).toMatchObject({ line: 13, text: expect.stringContaining('defaultuser100000') });
  });

  it('dir in Dutch ("Map van", day-month dates, 24-hour clock)', () => {
    const reading = readFixture('dir-users-nl.txt');
    expect(valueOf(factsOf(reading), 'setting.staleDefaultUserProfiles')).toBe(1);
    expect(reading.status === 'read' && reading.result.warnings).toEqual([]);
  });

  it('Get-ChildItem -Force table: directories by Mode, links (l) and files left out', () => {
    const reading = readFixture('get-childitem-users.txt');
    const fact = factsOf(reading).find((item) => item.id === 'setting.staleDefaultUserProfiles')!;
    expect(fact.value).toBe(1);
    expect(fact.provenance.line).toBe(12);
    expect(reading.status === 'read' && reading.result.warnings).toEqual([]);
  });

  it('Win32_UserProfile LocalPath: only profiles under C:\\Users count', () => {
    const facts = factsOf(readFixture('win32-userprofile.txt'));
    expect(valueOf(facts, 'setting.staleDefaultUserProfiles')).toBe(3);
    const list = readUserProfiles('LocalPath : C:\\Users\\anna\nLocalPath : C:\\Users\\defaultuser100000\n', 'l.txt');
    expect(valueOf(list.facts, 'setting.staleDefaultUserProfiles')).toBe(1);
  });

  it('a listing without temporary profiles reports 0, cited at the folder header', () => {
    const text = ' Directory of C:\\Users\n\n03/02/2024  10:01 AM    <DIR>          anna\n';
    const fact = readUserProfiles(text, 'u.txt').facts[0];
    expect(fact.value).toBe(0);
    expect(fact.provenance).toMatchObject({ line: 1, text: 'Directory of C:\\Users' });
  });

  it('refuses a listing of another folder, naming it', () => {
    const reading = readFixture('dir-temp.txt');
    expect(rejectedCode(reading)).toBe('notUsersFolder');
    expect(reading.status === 'rejected' && reading.cause?.params).toEqual({ folder: 'C:\\Temp' });
  });

  it('says which lines it did not understand', () => {
    const text = ' Directory of C:\\Users\n03/02/2024  10:01 AM    <DIR>          defaultuser1\nwhat is this\n';
    const result = readUserProfiles(text, 'u.txt');
    expect(valueOf(result.facts, 'setting.staleDefaultUserProfiles')).toBe(1);
    expect(result.warnings.map((item) => [item.code, item.line])).toEqual([['unrecognizedLine', 3]]);
  });

  it('is not taken for another reader, nor another reader for it', () => {
    expect(readDiagnosticText('Microsoft Windows [Version 10.0.22631.4460]\n', 'v.txt').status).toBe('read');
    const dir = readDiagnosticText(' Directory of C:\\Users\n', 'd.txt');
    expect(dir.status === 'read' && dir.result.source).toBe('userProfiles');
  });
});

describe('list-shaped policy values', () => {
  it('UserRights CSP principals: U+F000 (raw or as &#xF000;) and commas', () => {
    expect(principalsFrom('*S-1-5-32-544\uF000*S-1-5-32-545')).toEqual(['Administrators', 'Users']);
    expect(principalsFrom('*S-1-5-113&#xF000;S-1-5-11')).toEqual(['Local account', 'Authenticated Users']);
    // A bare "*" (a cut-off SID) names nobody; it must not become an empty account name.
    expect(principalsFrom('*, *S-1-5-32-545,*')).toEqual(['Users']);
  });

  it('ADMX-backed lists: enabled with data, disabled, plain, escaped; unknown markup is not guessed', () => {
    expect(admxListFrom('<enabled/><data id="ExcludedCredentialProviders" value="{a},{b}"/>')).toEqual(['{a}', '{b}']);
    expect(admxListFrom('&lt;enabled/&gt;&lt;data id=&quot;X&quot; value=&quot;{a}&quot;/&gt;')).toEqual(['{a}']);
    expect(admxListFrom('<disabled/>')).toEqual([]);
    expect(admxListFrom('{a};{b}')).toEqual(['{a}', '{b}']);
    expect(admxListFrom('<enabled/>')).toBeUndefined();
    expect(admxListFrom('<something/>')).toBeUndefined();
  });

  it('reads ExcludedCredentialProviders and UserRights from a UTF-16 .reg (Group Policy and PolicyManager)', () => {
    const facts = factsOf(readFixture('excluded-providers-utf16.reg'));
    const excluded = facts.filter((fact) => fact.id === 'setting.ExcludedCredentialProviders');
    expect(excluded.map((fact) => [fact.channel, fact.value])).toEqual([
      ['groupPolicy', ['{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}', '{1b283861-754f-4022-ad47-a5eaaa618894}']],
      ['mdm', ['{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}']],
    ]);
    expect(valueOf(facts, 'setting.AllowLogOnLocally')).toEqual(['Administrators', 'Users']);
    expect(excluded[0].provenance.line).toBe(4);
  });

  it('reads UserRights and ADMX_CredentialProviders from the MDM report', () => {
    const facts = factsOf(readFixture('MDMDiagReport-userrights.xml'));
    expect(valueOf(facts, 'setting.AllowLogOnLocally')).toEqual(['Administrators', 'Users']);
    expect(valueOf(facts, 'setting.DenyLogOnLocally')).toEqual(['Guests']);
    expect(valueOf(facts, 'setting.ExcludedCredentialProviders')).toEqual(['{60b78e88-ead8-445c-9cfd-0b87f74ea6cd}']);
    const allow = facts.find((fact) => fact.id === 'setting.AllowLogOnLocally')!;
    expect(allow.location).toBe('./Device/Vendor/MSFT/Policy/Config/UserRights/AllowLocalLogOn');
    expect(allow.provenance.text).toContain('<AllowLocalLogOn>');
  });
});

describe('into the scenario', () => {
  const read = (...names: string[]) => findingsFrom(names.map(readFixture));

  it('sets the logon rights, excluded providers and leftover profiles, each with the file and line', () => {
    const findings = read('secedit-user-rights.inf', 'dir-users-en.txt', 'excluded-providers-utf16.reg');
    const parsed = scenarioFromFindings(DEFAULT_SCENARIO, findings);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { scenario } = parsed;
    expect(scenario.device.settings.AllowLogOnLocally).toEqual(['Administrators']);
    expect(scenario.device.settings.DenyLogOnLocally).toEqual([
      'Guest',
      'Guests',
      'S-1-5-21-1004336348-1177238915-682003330-1005',
    ]);
    expect(scenario.device.settings.staleDefaultUserProfiles).toBe(2);
    expect(scenario.provenance['device.settings.AllowLogOnLocally']).toMatchObject({
      kind: 'imported',
      endpoint: 'device diagnostics: secedit-user-rights.inf, line 6',
    });
    expect(scenario.provenance['device.settings.staleDefaultUserProfiles']).toMatchObject({
      kind: 'imported',
      endpoint: 'device diagnostics: dir-users-en.txt, line 13',
    });
    // Group Policy lists two providers, MDM one; MDMWinsOverGP is not 1, so Group Policy stands, and both are kept.
    const excluded = findings.findings.find((item) => item.path === 'device.settings.ExcludedCredentialProviders')!;
    expect(excluded.resolution).toBe('groupPolicyWinsByDefault');
    expect(excluded.facts).toHaveLength(2);
    expect(scenario.device.settings.ExcludedCredentialProviders).toHaveLength(2);
    expect(scenario.provenance['device.settings.ExcludedCredentialProviders'].note).toContain(' vs ');
  });

  it('secedit wins over the UserRights CSP values (it shows the rights in force), and says so', () => {
    const findings = read('secedit-user-rights.inf', 'MDMDiagReport-userrights.xml');
    const allow = findings.findings.find((item) => item.path === 'device.settings.AllowLogOnLocally')!;
    expect(allow.value).toEqual(['Administrators']);
    expect(allow.resolution).toBe('userRightsInForce');
    expect(allow.winner?.source).toBe('secedit');
  });

  it('a right secedit leaves out becomes an empty list with a note, not unknown', () => {
    const findings = read('secedit-default.inf');
    const deny = findings.findings.find((item) => item.path === 'device.settings.DenyLogOnLocally')!;
    expect(deny).toMatchObject({ value: [], note: 'rightAssignedToNobody' });
  });

  it('leaves the three inputs unknown when no file reported them', () => {
    const findings = read('dsregcmd-entra-joined.txt');
    expect(findings.unknown).toEqual(
      expect.arrayContaining([
        'device.settings.AllowLogOnLocally',
        'device.settings.DenyLogOnLocally',
        'device.settings.staleDefaultUserProfiles',
        'device.settings.ExcludedCredentialProviders',
      ]),
    );
    const parsed = scenarioFromFindings(DEFAULT_SCENARIO, findings);
    expect(parsed.ok && parsed.scenario.device.settings.staleDefaultUserProfiles).toBe('unknown');
  });

  it('the CIS-style profile fires R-LOGONRIGHT, the dir listing R-DU-PILE (field reports on)', () => {
    const parsed = scenarioFromFindings(
      DEFAULT_SCENARIO,
      read('secedit-user-rights.inf', 'dir-users-en.txt', 'ver.txt'),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const ids = evaluate(parsed.scenario, { fieldReports: true }).fired.map((rule) => rule.id);
    expect(ids).toEqual(expect.arrayContaining(['R-LOGONRIGHT', 'R-DU-PILE']));
    const defaults = scenarioFromFindings(DEFAULT_SCENARIO, read('secedit-default.inf', 'dir-users-nl.txt', 'ver.txt'));
    if (!defaults.ok) throw new Error(JSON.stringify(defaults.problems));
    const quiet = evaluate(defaults.scenario, { fieldReports: true }).fired.map((rule) => rule.id);
    expect(quiet).not.toContain('R-LOGONRIGHT');
    expect(quiet).not.toContain('R-DU-PILE');
  });

  it('reads `cmd /u` output: UTF-16 LE without a byte-order mark', () => {
    const text = ' Directory of C:\\Users\r\n\r\n03/02/2024  10:01 AM    <DIR>          defaultuser100000\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
    const reading = readDiagnosticFile(bytes, 'users.txt');
    expect(valueOf(factsOf(reading), 'setting.staleDefaultUserProfiles')).toBe(1);
  });
});

describe('provenance of a right assigned to nobody', () => {
  it('says why the list is empty', () => {
    const parsed = scenarioFromFindings(DEFAULT_SCENARIO, findingsFrom([readFixture('secedit-default.inf')]));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.scenario.device.settings.DenyLogOnLocally).toEqual([]);
    expect(parsed.scenario.provenance['device.settings.DenyLogOnLocally']).toEqual({
      kind: 'imported',
      endpoint: 'device diagnostics: secedit-default.inf, line 3',
      note: '[Privilege Rights] SeDenyInteractiveLogonRight: not in the export, which is how secedit writes a right assigned to nobody.',
    });
  });
});
