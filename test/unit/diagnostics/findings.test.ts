import { describe, expect, it } from 'vitest';
import {
  findingsFrom,
  readDiagnosticFile,
  readDiagnosticText,
  scenarioFromFindings,
  DEVICE_OBSERVABLE_PATHS,
} from '../../../simulator/diagnostics';
import { DEFAULT_SCENARIO, evaluate, SCHEMA_VERSION, UNKNOWN, getAt } from '../../../simulator';
import { readFixture } from './helpers';

const DEVICE_FILES = [
  'dsregcmd-entra-joined.txt',
  'policies-utf16.reg',
  'system-policies.reg',
  'currentversion.reg',
  'reg-query-authentication.txt',
  'MDMDiagReport.xml',
];

function scenarioOf(names: string[]) {
  const findings = findingsFrom(names.map(readFixture));
  const parsed = scenarioFromFindings(DEFAULT_SCENARIO, findings);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { findings, scenario: parsed.scenario };
}

describe('findings from several files of one device', () => {
  it('follows Microsoft’s join table', () => {
    const join = (text: string) =>
      findingsFrom([readDiagnosticText(text, 'd.txt')]).findings.find((item) => item.path === 'device.joinState')
        ?.value;
    expect(join('AzureAdJoined : YES\nEnterpriseJoined : NO\nDomainJoined : NO\n')).toBe('entraJoined');
    expect(join('AzureAdJoined : YES\nEnterpriseJoined : NO\nDomainJoined : YES\n')).toBe('hybridJoined');
    expect(join('AzureAdJoined : NO\nEnterpriseJoined : NO\nDomainJoined : YES\n')).toBe('adDomainOnly');
    expect(join('AzureAdJoined : NO\nEnterpriseJoined : YES\nDomainJoined : YES\n')).toBe('adDomainOnly');
    expect(join('AzureAdJoined : NO\nDomainJoined : NO\nWorkplaceJoined : YES\n')).toBe('registered');
    expect(join('AzureAdJoined : NO\nDomainJoined : NO\nWorkplaceJoined : NO\n')).toBe('workgroup');
    // Without the User State section, registered and workgroup can't be told apart: unknown, not a guess.
    expect(join('AzureAdJoined : NO\nDomainJoined : NO\n')).toBe('unknown');
  });

  it('builds one scenario from six files, each field with its provenance', () => {
    const { scenario, findings } = scenarioOf(DEVICE_FILES);
    expect(scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(scenario.device.name).toBe('LAPTOP-ANNA');
    expect(scenario.device.joinState).toBe('entraJoined');
    expect(scenario.device.intuneEnrolled).toBe(true);
    expect(scenario.device.os).toEqual({ family: 'windows11', build: 22631, ubr: 4460, edition: 'Enterprise' });
    expect(scenario.user.pin.hasPin).toBe(true);
    expect(scenario.tenant.name).toBe('Contoso');
    expect(scenario.tenant.pinResetConsent).toBe(true);
    expect(scenario.device.settings.DisableLockScreenAppNotifications).toBe(1);
    expect(scenario.device.settings.NoLockScreen).toBe(0); // not configured: Policies was exported in full
    expect(scenario.device.settings.customShell).toBe(false);
    expect(scenario.policies.passwordReset.map((source) => [source.kind, source.value])).toEqual([
      ['registry', 1],
      ['omaUri', 1],
    ]);
    expect(scenario.policies.pinRecovery).toEqual([{ kind: 'gpo', name: 'Use PIN Recovery', state: 'Enabled' }]);
    expect(scenario.provenance['device.joinState']).toMatchObject({
      kind: 'inferred',
      endpoint: 'device diagnostics: dsregcmd-entra-joined.txt, line 6',
    });
    expect(scenario.provenance['device.os.build']).toMatchObject({ kind: 'imported' });
    // Windows 11 still says "Windows 10" in ProductName: the build decides, and the finding says why.
    expect(findings.findings.find((item) => item.path === 'device.os.family')?.note).toBe('productNameSaysWindows10');
  });

  it('keeps both values when the registry and the MDM report disagree, and names the documented winner', () => {
    const { findings, scenario } = scenarioOf(DEVICE_FILES);
    // DisableCAD: registry 0 (Policies\System) vs MDM report 1: Windows reads the registry value.
    const cad = findings.findings.find((item) => item.path === 'device.settings.DisableCAD')!;
    expect(cad.facts.map((fact) => [fact.source, fact.value])).toEqual([
      ['registry', 0],
      ['mdmReport', 1],
    ]);
    expect(cad.resolution).toBe('registryIsEffective');
    expect(scenario.device.settings.DisableCAD).toBe(0);
    // The saved scenario keeps both values and the reason.
    expect(scenario.provenance['device.settings.DisableCAD'].note).toBe(
      '0 (system-policies.reg, line 9) vs 1 (MDMDiagReport.xml, line 63). ' +
        'Windows reads this security option from ...\\CurrentVersion\\Policies\\System, whoever set it: the registry value wins.',
    );
    // DisableLockScreenAppNotifications: Group Policy 1 vs MDM 0, MDMWinsOverGP not set → Group Policy stands.
    const notif = findings.findings.find((item) => item.path === 'device.settings.DisableLockScreenAppNotifications')!;
    expect(notif.resolution).toBe('groupPolicyWinsByDefault');
    expect(notif.winner?.channel).toBe('groupPolicy');
  });

  it('lets MDM win when MDMWinsOverGP = 1 is read', () => {
    const { findings, scenario } = scenarioOf([...DEVICE_FILES, 'reg-query-windowslogon.txt']);
    const notif = findings.findings.find((item) => item.path === 'device.settings.DisableLockScreenAppNotifications')!;
    expect(notif.resolution).toBe('mdmWinsOverGp');
    expect(scenario.device.settings.DisableLockScreenAppNotifications).toBe(0);
  });

  it('leaves every device input no file reported unknown, and the verdict names the rules left undecided', () => {
    const { scenario, findings } = scenarioOf(['dsregcmd-entra-joined.txt']);
    expect(findings.unknown).toContain('device.os.build');
    expect(findings.unknown).toContain('device.settings.NoLockScreen');
    expect(scenario.device.os.build).toBe(UNKNOWN);
    expect(scenario.device.settings.EnableLUA).toBe(UNKNOWN);
    for (const path of findings.unknown) expect(getAt(scenario, path)).toBe(UNKNOWN);
    // No policy location was read: the current sources are kept, and the findings say so.
    expect(findings.passwordReset.status).toBe('kept');
    const verdict = evaluate(scenario);
    expect(verdict.outcome).toBe('undecided');
    expect(verdict.undecided.map((rule) => rule.id)).toContain('R-VERSION');
  });

  it('settles nothing between two files that disagree without a documented winner', () => {
    const a = readDiagnosticText('Microsoft Windows [Version 10.0.22631.4460]', 'a.txt');
    const b = readDiagnosticText('Microsoft Windows [Version 10.0.26100.2605]', 'b.txt');
    const findings = findingsFrom([a, b]);
    expect(findings.disagreements.map((item) => [item.path, item.resolution])).toEqual([
      ['device.os.build', 'sourcesDisagree'],
      ['device.os.ubr', 'sourcesDisagree'],
    ]);
    const parsed = scenarioFromFindings(DEFAULT_SCENARIO, findings);
    expect(parsed.ok && parsed.scenario.device.os.build).toBe(UNKNOWN);
  });

  it('warns when the files name different computers', () => {
    const findings = findingsFrom([readFixture('dsregcmd-entra-joined.txt'), readFixture('get-computerinfo.txt')]);
    expect(findings.warnings.map((item) => item.code)).toContain('differentDevices');
  });

  it('turns rejected files into nothing at all', () => {
    const findings = findingsFrom([readFixture('dsregcmd-truncated.txt'), readFixture('xml-bomb.xml')]);
    expect(findings.facts).toEqual([]);
    expect(findings.findings).toEqual([]);
    expect(findings.unknown).toEqual(DEVICE_OBSERVABLE_PATHS);
  });
});

describe('bad input', () => {
  it('refuses a 200 MB file before decoding it', () => {
    const reading = readDiagnosticFile(new Uint8Array(200 * 1024 * 1024), 'huge.txt');
    expect(reading).toMatchObject({ status: 'rejected', reason: 'too-large' });
    expect(reading.status === 'rejected' && reading.message).toContain('200.0 MB');
  });

  it('refuses a binary file renamed .txt', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    expect(readDiagnosticFile(bytes, 'photo.txt')).toMatchObject({ status: 'rejected', reason: 'binary' });
  });

  it('refuses text that is none of the four kinds', () => {
    expect(readDiagnosticText('Dear Anna,\nthe reset link is missing.\n', 'mail.txt')).toMatchObject({
      status: 'rejected',
      reason: 'unrecognized',
    });
    expect(readDiagnosticText('   \n', 'empty.txt')).toMatchObject({ status: 'rejected', reason: 'empty' });
    expect(readDiagnosticText('{ "schemaVersion": 2, "name": "x" }', 's.json')).toMatchObject({
      status: 'rejected',
      reason: 'scenarioFile',
    });
  });
});

describe('a file of thousands of odd lines', () => {
  it('lists the first 100 warnings and counts the rest', () => {
    const text = `AzureAdJoined : YES\nDomainJoined : NO\n${'???\n'.repeat(5000)}`;
    const reading = readDiagnosticText(text, 'noisy.txt');
    expect(reading.status).toBe('read');
    if (reading.status !== 'read') return;
    expect(reading.result.warnings).toHaveLength(101);
    expect(reading.result.warnings[100]).toMatchObject({ code: 'moreWarnings', params: { count: 4900 } });
  });
});
