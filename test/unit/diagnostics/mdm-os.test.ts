import { describe, expect, it } from 'vitest';
import { readMdmReport, readOsVersion } from '../../../simulator/diagnostics';
import { factsOf, readFixture, valueOf } from './helpers';

describe('MDM diagnostics report reader', () => {
  it('reads the enrolment and the applied Policy CSP values, with the line of each', () => {
    const facts = factsOf(readFixture('MDMDiagReport.xml'));
    expect(valueOf(facts, 'mdm.intuneEnrolled')).toBe(true);
    expect(valueOf(facts, 'mdm.upn')).toBe('anna@contoso.com');
    expect(valueOf(facts, 'policy.AllowAadPasswordReset')).toBe(1);
    expect(valueOf(facts, 'setting.DisableLockScreenAppNotifications')).toBe(0);
    expect(valueOf(facts, 'setting.DisableCAD')).toBe(1);
    expect(valueOf(facts, 'setting.DontDisplayLastUserName')).toBe(0);
    const allow = facts.find((fact) => fact.id === 'policy.AllowAadPasswordReset')!;
    // The CurrentPolicies value (what is in force), not the ConfigSource copy.
    expect(allow.provenance).toEqual({
      file: 'MDMDiagReport.xml',
      line: 52,
      text: '<AllowAadPasswordReset>1</AllowAadPasswordReset>',
    });
    expect(allow.location).toBe('./Device/Vendor/MSFT/Policy/Config/Authentication/AllowAadPasswordReset');
  });

  it('refuses an XML bomb and an external entity without expanding anything', () => {
    for (const name of ['xml-bomb.xml', 'xml-external-entity.xml']) {
      const reading = readFixture(name);
      expect(reading.status).toBe('rejected');
      expect(reading.status === 'rejected' && reading.cause).toMatchObject({ code: 'xmlRefused', line: 2 });
    }
  });

  it('reports XML that is not well formed with its line', () => {
    const result = readMdmReport(
      '<MDMEnterpriseDiagnosticsReport>\n<Enrollments>\n</MDMEnterpriseDiagnosticsReport>',
      'x.xml',
    );
    expect(result.facts).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ code: 'xmlInvalid' });
  });

  it('says enrolment is false when the report lists no Intune enrolment', () => {
    const result = readMdmReport(
      '<MDMEnterpriseDiagnosticsReport><Enrollments><Enrollment><ProviderID>Other MDM</ProviderID></Enrollment></Enrollments></MDMEnterpriseDiagnosticsReport>',
      'x.xml',
    );
    expect(result.facts).toMatchObject([{ id: 'mdm.intuneEnrolled', value: false }]);
  });
});

describe('Windows version reader', () => {
  it.each([
    ['ver.txt', 22631, 4460, undefined],
    ['ver-nl.txt', 19045, 5131, undefined],
    ['systeminfo.txt', 22631, undefined, 'Pro'],
    ['systeminfo-nl.txt', 19045, undefined, 'Enterprise'],
    ['get-computerinfo.txt', 22631, 4460, 'Education'],
    ['winver.txt', 26100, 2605, 'Enterprise'],
  ])('%s → build %s, UBR %s, edition %s', (name, build, ubr, edition) => {
    const facts = factsOf(readFixture(name));
    expect(valueOf(facts, 'os.build')).toBe(build);
    expect(valueOf(facts, 'os.ubr')).toBe(ubr);
    expect(valueOf(facts, 'os.edition')).toBe(edition);
  });

  it('reads the host name from systeminfo and Get-ComputerInfo', () => {
    expect(valueOf(factsOf(readFixture('systeminfo.txt')), 'os.hostName')).toBe('LAPTOP-ANNA');
    expect(valueOf(factsOf(readFixture('get-computerinfo.txt')), 'os.hostName')).toBe('EDU-LAB-07');
  });

  it('rejects Windows Server and macOS reports as another OS', () => {
    for (const name of ['systeminfo-server.txt', 'sw_vers-macos.txt']) {
      const reading = readFixture(name);
      expect(reading.status === 'rejected' && reading.cause?.code).toBe('otherOs');
    }
  });

  it('reads Dutch and German winver text', () => {
    const nl = readOsVersion(
      'Microsoft Windows\nVersie 23H2 (build van besturingssysteem 22631.4460)\nHet besturingssysteem Windows 11 Pro en de gebruikersinterface zijn beschermd',
      'winver-nl.txt',
    );
    expect(nl.facts.map((fact) => [fact.id, fact.value])).toEqual([
      ['os.build', 22631],
      ['os.ubr', 4460],
      ['os.productName', 'Windows 11 Pro'],
      ['os.edition', 'Pro'],
    ]);
    const de = readOsVersion('Version 22H2 (Betriebssystembuild 19045.5131)', 'winver-de.txt');
    expect(de.facts.map((fact) => [fact.id, fact.value])).toEqual([
      ['os.build', 19045],
      ['os.ubr', 5131],
    ]);
  });

  it('does not take the build lab string or the HAL version for the UBR', () => {
    const result = readOsVersion(
      'WindowsBuildLabEx : 22621.1.amd64fre\nOsHardwareAbstractionLayer : 10.0.22621.2506\nOsBuildNumber : 22621\n',
      'x',
    );
    expect(result.facts.map((fact) => [fact.id, fact.value])).toEqual([['os.build', 22621]]);
  });
});
