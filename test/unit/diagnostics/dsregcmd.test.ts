import { describe, expect, it } from 'vitest';
import { readDsregcmd } from '../../../simulator/diagnostics';
import { factsOf, readFixture, valueOf } from './helpers';

describe('dsregcmd /status reader', () => {
  it('reads the newer layout (CRLF) with provenance for every fact', () => {
    const reading = readFixture('dsregcmd-entra-joined.txt');
    const facts = factsOf(reading);
    expect(valueOf(facts, 'dsregcmd.AzureAdJoined')).toBe(true);
    expect(valueOf(facts, 'dsregcmd.DomainJoined')).toBe(false);
    expect(valueOf(facts, 'dsregcmd.TenantName')).toBe('Contoso');
    expect(valueOf(facts, 'dsregcmd.TenantId')).toBe('96fa76d0-1111-4222-8333-eb60cc226666');
    expect(valueOf(facts, 'dsregcmd.DeviceId')).toBe('e92325d0-1111-4222-8333-94ae875d4444');
    expect(valueOf(facts, 'dsregcmd.NgcSet')).toBe(true);
    expect(valueOf(facts, 'dsregcmd.CanReset')).toBe('DestructiveAndNonDestructive');
    expect(valueOf(facts, 'dsregcmd.AzureAdPrt')).toBe(true);
    expect(valueOf(facts, 'dsregcmd.PreReqResult')).toBe('WillNotProvision');
    expect(valueOf(facts, 'dsregcmd.SessionIsNotRemote')).toBe(true);
    const join = facts.find((fact) => fact.id === 'dsregcmd.AzureAdJoined')!;
    expect(join.provenance).toEqual({ file: 'dsregcmd-entra-joined.txt', line: 6, text: 'AzureAdJoined : YES' });
    expect(reading.status === 'read' && reading.result.warnings).toEqual([]);
  });

  it('reads the 2019 layout: closing borders, no blank lines, "Label: value" without padding', () => {
    const facts = factsOf(readFixture('dsregcmd-hybrid-2019.txt'));
    expect(valueOf(facts, 'dsregcmd.DomainJoined')).toBe(true);
    expect(valueOf(facts, 'dsregcmd.DomainName')).toBe('HYBRIDADFS');
    expect(valueOf(facts, 'dsregcmd.PolicyEnabled')).toBe(false);
    expect(valueOf(facts, 'dsregcmd.SessionIsNotRemote')).toBe(false);
  });

  it('reads a Dutch output saved as UTF-16 LE and says which labels it did not understand', () => {
    const reading = readFixture('dsregcmd-nl-utf16.txt');
    expect(reading.status === 'read' && reading.encoding).toBe('utf-16le');
    const facts = factsOf(reading);
    expect(valueOf(facts, 'dsregcmd.AzureAdJoined')).toBe(false);
    expect(valueOf(facts, 'dsregcmd.DomainJoined')).toBe(true);
    expect(valueOf(facts, 'dsregcmd.WorkplaceJoined')).toBe(true);
    expect(valueOf(facts, 'dsregcmd.DeviceName')).toBe('WS-0042.fabrikam.local');
    expect(valueOf(facts, 'dsregcmd.UserContext')).toBe('UN-ELEVATED User');
    const warnings = reading.status === 'read' ? reading.result.warnings : [];
    expect(warnings.map((item) => [item.code, item.line])).toEqual([['unknownLabel', 31]]);
    expect(warnings[0].text).toBe('Tijd van de client : 2026-11-30 09:25:31.000 UTC');
  });

  it('rejects a truncated output as a whole and says where it stops', () => {
    const reading = readFixture('dsregcmd-truncated.txt');
    expect(reading.status).toBe('rejected');
    if (reading.status !== 'rejected') return;
    expect(reading.cause?.code).toBe('truncated');
    expect(reading.cause?.line).toBe(7);
  });

  it('accepts any colon alignment, tabs, and reports unknown YES/NO values', () => {
    const text = 'AzureAdJoined:YES\nDomainJoined\t:\tnee\nNgcSet : MAYBE\n';
    const result = readDsregcmd(text, 'x.txt');
    expect(result.facts.map((fact) => [fact.id, fact.value])).toEqual([
      ['dsregcmd.AzureAdJoined', true],
      ['dsregcmd.DomainJoined', false],
    ]);
    expect(result.warnings.map((item) => item.code)).toEqual(['unrecognizedValue']);
  });

  it('keeps the first of repeated labels and warns', () => {
    const result = readDsregcmd('AzureAdJoined : YES\nDomainJoined : NO\nAzureAdJoined : NO\n', 'x.txt');
    expect(result.facts.find((fact) => fact.id === 'dsregcmd.AzureAdJoined')?.value).toBe(true);
    expect(result.warnings[0]).toMatchObject({ code: 'duplicate', line: 3 });
  });
});

describe('newer dsregcmd labels', () => {
  it('are known and left alone without warnings', () => {
    const text = [
      'AzureAdJoined : YES',
      'DomainJoined : NO',
      '   AcquirePrtDiagnostics : PRESENT',
      '    Previous Prt Attempt : 2026-11-30 08:01:12.000 UTC',
      '           Attempt Status : 0xc000006d',
      '            User Identity : anna@contoso.com',
      '       DisplayNameUpdated : YES',
      '         OsVersionUpdated : YES',
      '          HostNameUpdated : YES',
      '     Last HostName Update : NONE',
    ].join('\n');
    expect(readDsregcmd(text, 'x.txt').warnings).toEqual([]);
  });
});
