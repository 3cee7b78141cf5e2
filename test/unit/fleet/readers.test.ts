// The devices and users readers over golden fixtures written from the documented layouts: every encoding and line
// ending reads the same rows, quoted fields survive, and bad input is refused with file, line, column and expectation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FleetInputError,
  MAX_RECORD_CHARS,
  ROW_TEXT_FIELDS,
  checkFleetFileSize,
  devicesCsvReader,
  readDevicesCsv,
  readUsersCsv,
  rowFields,
  userFactsOf,
  type FleetInput,
} from '../../../simulator/fleet';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/fleet', name)));
const users = () => readUsersCsv(fixture('user-registration-details.csv'), 'user-registration-details.csv');
const read = (name: string, withUsers = true) =>
  readDevicesCsv(fixture(name), { label: name, users: withUsers ? users() : null });

function rowsOf(input: FleetInput): Record<string, string>[] {
  return Array.from({ length: input.rowCount }, (_, row) => {
    const fields = rowFields(input.text, row);
    return Object.fromEntries(ROW_TEXT_FIELDS.map((name, index) => [name, fields[index]]));
  });
}

function factsOf(input: FleetInput, row: number): Record<string, unknown> {
  return Object.fromEntries(input.classes[input.classOf[row]].facts.map((fact) => [fact.path, fact.value]));
}

function refusal(run: () => unknown): FleetInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FleetInputError);
    return error as FleetInputError;
  }
  throw new Error('expected the input to be refused');
}

describe('Intune "All devices" export', () => {
  const input = read('intune-devices.csv');

  it('recognises the export by its header and reads every column it maps', () => {
    expect(input.source).toMatchObject({ kind: 'intuneDevices', encoding: 'utf-8', delimiter: ',' });
    expect(input.source.columns).toMatchObject({
      deviceId: 'Device ID',
      entraDeviceId: 'Azure AD Device ID',
      deviceName: 'Device name',
      osVersion: 'OS version',
      skuFamily: 'SkuFamily',
      joinType: 'JoinType',
      managedBy: 'Managed by',
      ownership: 'Ownership',
      primaryUserUpn: 'Primary user UPN',
      lastCheckIn: 'Last check-in',
    });
    expect(input.source.missing).toEqual([]);
  });

  it('keeps Windows rows and counts the other platforms it leaves out', () => {
    expect(input.rowCount).toBe(9);
    expect(input.skipped.otherPlatforms).toEqual({ 'iOS/iPadOS': 1, Android: 1, macOS: 1 });
  });

  it('maps version, edition, join type and enrollment as the export spells them', () => {
    const names = rowsOf(input).map((row) => row.deviceName);
    const at = (name: string) => factsOf(input, names.indexOf(name));
    expect(at('PC-0001')).toMatchObject({
      'device.os.family': 'windows11',
      'device.os.build': 26100,
      'device.os.ubr': 2605,
      'device.os.edition': 'Enterprise',
      'device.joinState': 'entraJoined',
      'device.intuneEnrolled': true,
      'user.registeredMethods': ['mobileAppNotification', 'mobileAppCode', 'email'],
      'user.adminRole': false,
    });
    expect(at('PC-0002')).toMatchObject({
      'device.os.edition': 'Pro',
      'device.joinState': 'hybridJoined',
      'device.intuneEnrolled': true,
    });
    expect(at('LAPTOP-HOME')).toMatchObject({ 'device.os.edition': 'Home', 'device.joinState': 'registered' });
    expect(at('PC-0008')).toMatchObject({ 'device.os.edition': 'unknown', 'device.joinState': 'unknown' });
  });

  it('keeps quoted commas and line breaks inside a field', () => {
    expect(rowsOf(input).map((row) => row.deviceName)).toContain('Reception, desk 1\nfront');
  });

  it('lists values it does not recognise instead of guessing', () => {
    expect(input.unrecognized).toEqual({ SkuFamily: { Team: 1 } });
    const hub = rowsOf(input).findIndex((row) => row.deviceName === 'HUB-01');
    expect(factsOf(input, hub)['device.os.edition']).toBe('unknown');
  });

  it('joins users by UPN and counts rows without one', () => {
    expect(input.userLink).toEqual({ matched: 6, noUser: 1, notInUsersFile: 2, noUsersFile: 0 });
    const withoutUsers = read('intune-devices.csv', false);
    expect(withoutUsers.userLink).toEqual({ matched: 0, noUser: 1, notInUsersFile: 0, noUsersFile: 8 });
  });

  it.each(['intune-devices-bom-lf.csv', 'intune-devices-utf16le.csv'])('%s reads the same rows and classes', (name) => {
    const other = read(name);
    expect(rowsOf(other)).toEqual(rowsOf(input));
    expect(other.classes).toEqual(input.classes);
    expect(other.source.encoding).toBe(name.includes('utf16') ? 'utf-16le' : 'utf-8-bom');
  });

  it('reads the same whatever the chunk size (records split across chunks)', () => {
    const bytes = fixture('intune-devices-utf16le.csv');
    for (const slice of [1, 2, 7, 64, 1000]) {
      const reader = devicesCsvReader({ label: 'sliced', users: users() });
      for (let at = 0; at < bytes.length; at += slice) reader.push(bytes.subarray(at, at + slice));
      const sliced = reader.finish();
      expect(rowsOf(sliced), `slice ${slice}`).toEqual(rowsOf(input));
      expect(sliced.classes).toEqual(input.classes);
    }
  });
});

describe('row text', () => {
  it('keeps names outside ASCII exactly (UTF-8 and UTF-16 input alike)', () => {
    const text =
      'Device name,OS,OS version,JoinType,Primary user UPN\r\nBüro-PC ü,Windows,10.0.22631.1,Azure AD joined,zoë@contoso.com\r\n日本-PC,Windows,10.0.22631.1,Azure AD joined,\r\n';
    const utf8 = readDevicesCsv(new TextEncoder().encode(text), { label: 'names.csv' });
    const utf16 = readDevicesCsv(
      new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]),
      {
        label: 'names16.csv',
      },
    );
    for (const input of [utf8, utf16]) {
      expect(rowsOf(input).map((row) => [row.deviceName, row.userPrincipalName])).toEqual([
        ['Büro-PC ü', 'zoë@contoso.com'],
        ['日本-PC', ''],
      ]);
    }
  });
});

describe('Entra "Download devices" file', () => {
  const input = read('entra-devices.csv');

  it('recognises the documented header and maps its columns', () => {
    expect(input.source.kind).toBe('entraDevices');
    expect(input.source.columns).toMatchObject({
      deviceName: 'displayName',
      osVersion: 'operatingSystemVersion',
      joinType: 'joinType (trustType)',
      isManaged: 'isManaged',
      entraDeviceId: 'deviceId',
      deviceId: 'objectId',
      primaryUserUpn: 'registeredOwners',
    });
  });

  it('says that the edition column is missing and what that leaves unknown', () => {
    expect(input.source.missing.find((column) => column.field === 'skuFamily')).toBeUndefined();
    expect(input.classes.every((entry) => !entry.facts.some((fact) => fact.path === 'device.os.edition'))).toBe(true);
  });

  it('maps the Microsoft Entra join names and Intune management', () => {
    const names = rowsOf(input).map((row) => row.deviceName);
    expect(factsOf(input, names.indexOf('PC-0002'))).toMatchObject({
      'device.joinState': 'hybridJoined',
      'device.intuneEnrolled': true,
    });
    expect(factsOf(input, names.indexOf('LAPTOP-HOME'))).toMatchObject({ 'device.joinState': 'registered' });
    expect(input.skipped.otherPlatforms).toEqual({ IPhone: 1, Android: 1, MacMDM: 1 });
  });

  it.each(['entra-devices-bom.csv', 'entra-devices-utf16le.csv'])('%s reads the same', (name) => {
    const other = read(name);
    expect(rowsOf(other)).toEqual(rowsOf(input));
    expect(other.classes).toEqual(input.classes);
  });
});

describe('missing columns', () => {
  it('names each missing column and what it leaves unknown', () => {
    const text =
      'Device name,OS,OS version,Primary user UPN,Last check-in\r\nPC-1,Windows,10.0.22631.4460,a@contoso.com,2026-11-20\r\n';
    const input = readDevicesCsv(new TextEncoder().encode(text), { label: 'few.csv' });
    expect(input.source.kind).toBe('intuneDevices');
    const missing = Object.fromEntries(input.source.missing.map((column) => [column.expected, column.leavesUnknown]));
    expect(missing).toMatchObject({
      SkuFamily: ['device.os.edition'],
      JoinType: ['device.joinState'],
      'Managed by': ['device.intuneEnrolled'],
      'Device ID': [],
    });
    expect(input.classes[0].facts.map((fact) => fact.path)).toEqual([
      'device.os.family',
      'device.os.build',
      'device.os.ubr',
    ]);
  });

  it('refuses a devices file without a device name column', () => {
    const text =
      'Device ID,OS,OS version,JoinType,SkuFamily,Primary user UPN\r\n1,Windows,10.0.22631.1,Azure AD joined,Enterprise,a@b.c\r\n';
    const error = refusal(() => readDevicesCsv(new TextEncoder().encode(text), { label: 'noname.csv' }));
    expect(error.location).toMatchObject({ line: 1, column: 'Device name' });
  });
});

describe('bad input', () => {
  it('names an Intune compliance export for what it is', () => {
    const error = refusal(() => read('intune-compliance-export.csv'));
    expect(error.message).toMatch(
      /intune-compliance-export\.csv, line 1: This looks like an Intune device compliance export/,
    );
  });

  it('refuses a file that is no export at all, showing its header', () => {
    const error = refusal(() => readDevicesCsv(new TextEncoder().encode('a,b,c\n1,2,3\n'), { label: 'other.csv' }));
    expect(error.message).toMatch(/"a", "b", "c"/);
  });

  it('refuses a binary file', () => {
    const error = refusal(() => read('binary.csv'));
    expect(error.message).toMatch(/binary\.csv: .*(binary|not valid)/);
  });

  it('refuses a file whose column count changes midway, with the line', () => {
    const error = refusal(() => read('intune-devices-ragged.csv'));
    expect(error.location).toMatchObject({ line: 5, expected: '54 fields like the header', found: '10' });
    expect(error.problem).toEqual({ code: 'columnCountChanges', params: { expectedFields: 54, foundFields: 10 } });
  });

  it('gives the physical line after a record with a line break', () => {
    const text =
      'Device name,OS,OS version,JoinType\n"two\nlines",Windows,10.0.22631.1,Azure AD joined\nPC-2,Windows\n';
    const error = refusal(() => readDevicesCsv(new TextEncoder().encode(text), { label: 'lines.csv' }));
    expect(error.location.line).toBe(4);
  });

  it('refuses a repeated device with both rows', () => {
    const error = refusal(() => read('intune-devices-duplicate.csv'));
    expect(error.message).toMatch(/"a1f0c2d4-0002-4c1e-9b1a-000000000002" is listed twice \(Windows rows 2 and 10\)/);
    // 12 data rows, one of them over two lines: the repeated row is on line 15.
    expect(error.location).toMatchObject({ line: 15, column: 'Device ID' });
    expect(error.problem).toEqual({
      code: 'duplicateDevice',
      params: { id: 'a1f0c2d4-0002-4c1e-9b1a-000000000002', firstRow: 2, secondRow: 10 },
    });
  });

  it('refuses a quoted field that never closes, without buffering the whole file', () => {
    const text = `Device name,OS,OS version,JoinType\n"open,Windows,10.0.22631.1,x\n${'y'.repeat(MAX_RECORD_CHARS + 10)}`;
    const error = refusal(() => readDevicesCsv(new TextEncoder().encode(text), { label: 'open.csv' }));
    expect(error.message).toMatch(/never closed|longer than/);
  });

  it('refuses an empty file', () => {
    expect(refusal(() => readDevicesCsv(new Uint8Array(0), { label: 'empty.csv' })).message).toMatch(/empty/);
  });

  it('refuses a file far larger than memory before reading it', () => {
    const error = refusal(() => checkFleetFileSize('huge.csv', 40 * 1024 * 1024 * 1024));
    // Sizes are grouped the en-US way, as everywhere else the English text shows a number.
    expect(error.message).toBe(
      'huge.csv: The file is 40,960 MB; at most 1,536 MB can be read. (expected at most 1,536 MB)',
    );
    expect(error.toJSON()).toMatchObject({ code: 'tooLarge', params: { sizeMb: 40960, maxMb: 1536 } });
  });
});

describe('User registration details', () => {
  it('reads the userRegistrationDetails properties', () => {
    const file = users();
    expect(file.rows).toBe(4);
    expect(userFactsOf(file, 'Megan.Bowen@contoso.com')).toEqual({
      registeredMethods: ['email', 'mobilePhone'],
      adminRole: false,
      ssprEnabled: true,
      ssprRegistered: true,
      ssprCapable: true,
    });
  });

  it('accepts the display-name headers too, and reports what is missing', () => {
    const text = 'User principal name,Admin,SSPR enabled\nA@Contoso.com,True,False\n';
    const file = readUsersCsv(new TextEncoder().encode(text), 'portal.csv');
    expect(userFactsOf(file, 'a@contoso.com')).toMatchObject({
      adminRole: true,
      ssprEnabled: false,
      registeredMethods: 'unknown',
    });
    expect(file.missing.map((column) => column.expected)).toContain('methodsRegistered');
  });

  it('refuses a file without user principal names', () => {
    const error = refusal(() => readUsersCsv(new TextEncoder().encode('name,admin\nx,y\n'), 'u.csv'));
    expect(error.location).toMatchObject({ line: 1, column: 'userPrincipalName' });
  });
});
