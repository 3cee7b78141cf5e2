// Where a row's facts came from, structured for the screen to word in its language: a devices column, a users
// column or a snapshot field; and a missing user column listed as one entry, not as English text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  WHOLE_USER_SIDE,
  fleetFromSnapshot,
  leavesUnknownText,
  readDevicesCsv,
  readUsersCsv,
  rowFactSource,
  rowFields,
} from '../../../simulator/fleet';
import { parseSnapshotJson } from '../../../simulator/import/snapshot';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/fleet', name)));

describe('row fact sources', () => {
  const users = readUsersCsv(fixture('user-registration-details.csv'), 'users.csv');
  const input = readDevicesCsv(fixture('intune-devices.csv'), { label: 'devices.csv', users });
  const rowOf = (name: string) =>
    Array.from({ length: input.rowCount }, (_, row) => row).find((row) => rowFields(input.text, row)[0] === name)!;

  it('names the devices column a device fact was read from', () => {
    const row = rowOf('PC-0001');
    expect(rowFactSource(input, row, 'device.os.build')).toEqual({ kind: 'devicesColumn', header: 'OS version' });
    expect(rowFactSource(input, row, 'device.joinState')).toEqual({ kind: 'devicesColumn', header: 'JoinType' });
    expect(rowFactSource(input, row, 'session.kind')).toBeUndefined();
  });

  it('names the users file and column a user fact was read from', () => {
    const row = Array.from({ length: input.rowCount }, (_, r) => r).find((r) =>
      input.classes[input.classOf[r]].facts.some((fact) => fact.path === 'user.registeredMethods'),
    )!;
    expect(rowFactSource(input, row, 'user.registeredMethods')).toEqual({
      kind: 'usersColumn',
      header: 'methodsRegistered',
      file: 'users.csv',
    });
  });

  it('names the snapshot field of a snapshot fact', () => {
    const parsed = parseSnapshotJson(
      readFileSync(join(__dirname, '../../fixtures/fleet/tenant-snapshot.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const fleet = fleetFromSnapshot(parsed.snapshot, 'tenant.json');
    const fact = fleet.classes[fleet.classOf[0]].facts.find((entry) => entry.path === 'device.os.build')!;
    expect(fact.source.kind).toBe('snapshot');
    expect(rowFactSource(fleet, 0, 'device.os.build')).toEqual(fact.source);
  });
});

describe('a missing user column', () => {
  it('leaves the whole user side unknown as one entry, worded in English only for the CLI', () => {
    const text =
      'Device name,OS,OS version,JoinType,SkuFamily\r\nPC-1,Windows,10.0.22631.4460,Azure AD joined,Enterprise\r\n';
    const input = readDevicesCsv(new TextEncoder().encode(text), { label: 'no-user.csv' });
    const column = input.source.missing.find((entry) => entry.field === 'primaryUserUpn')!;
    expect(column.leavesUnknown).toEqual([WHOLE_USER_SIDE]);
    expect(leavesUnknownText(column)).toBe('user (the whole user side)');
  });
});
