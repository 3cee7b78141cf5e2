// A tenant snapshot as a fleet: every Windows device paired with its Intune primary user (a device-only row where it
// has none). Each pair's scenario comes from the import mapping; its known fields become class facts, so the
// template fills only what the snapshot leaves unknown.
import type { TenantSnapshot, TenantStatements } from '../import/snapshot';
import { indexSnapshot, isWindowsDevice } from '../import/tenant-index';
import { scenarioFromSnapshot } from '../import/to-scenario';
import type { Scenario } from '../model/scenario';
import { ROW_TEXT_FIELDS, type ClassFact, type FleetClassInput, type FleetInput } from './input';
import { RowText } from './strings';

/** Fields that name the row rather than describe it (never part of a class). */
const IDENTITY = new Set([
  'name',
  'description',
  'schemaVersion',
  'provenance',
  'stringOverrides',
  'device.name',
  'user.userPrincipalName',
  'user.displayName',
]);

function knownLeaves(node: unknown, path: string, scenario: Scenario, out: ClassFact[]): void {
  if (IDENTITY.has(path)) return;
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) knownLeaves(value, path ? `${path}.${key}` : key, scenario, out);
    return;
  }
  if (node === 'unknown' || !path) return;
  const provenance = scenario.provenance[path];
  const from = provenance?.endpoint
    ? `snapshot: ${provenance.endpoint}${provenance.note ? ` (${provenance.note})` : ''}`
    : 'snapshot';
  out.push({ path, value: node, from, source: { kind: 'snapshot', endpoint: provenance?.endpoint } });
}

export function fleetFromSnapshot(
  snapshot: TenantSnapshot,
  label: string,
  statements: TenantStatements | null = null,
): FleetInput {
  const index = indexSnapshot(snapshot);
  const text = new RowText(ROW_TEXT_FIELDS);
  const classes: FleetClassInput[] = [];
  const classByKey = new Map<string, number>();
  const classOf: number[] = [];
  const skipped = { otherPlatforms: {} as Record<string, number>, windowsServer: 0 };
  const userLink = { matched: 0, noUser: 0, notInUsersFile: 0, noUsersFile: 0 };
  for (const device of snapshot.devices) {
    if (!isWindowsDevice(device)) {
      const name = device.operatingSystem ?? '(none)';
      skipped.otherPlatforms[name] = (skipped.otherPlatforms[name] ?? 0) + 1;
      continue;
    }
    if (/server/i.test(device.operatingSystem ?? '')) {
      skipped.windowsServer++;
      continue;
    }
    const userId = device.intune?.userId ?? null;
    const user = userId ? (index.usersById.get(userId) ?? null) : null;
    if (user) userLink.matched++;
    else if (userId) userLink.notInUsersFile++;
    else userLink.noUser++;
    const scenario = scenarioFromSnapshot(
      index,
      { deviceObjectId: device.id, userId: user ? user.id : null },
      statements,
    );
    const facts: ClassFact[] = [];
    knownLeaves(scenario, '', scenario, facts);
    const key = JSON.stringify(facts.map((fact) => [fact.path, fact.value]));
    let classIndex = classByKey.get(key);
    if (classIndex === undefined) {
      classIndex = classes.length;
      classes.push({ facts, count: 0 });
      classByKey.set(key, classIndex);
    }
    classes[classIndex].count++;
    classOf.push(classIndex);
    text.push([
      device.displayName,
      user?.userPrincipalName ?? device.intune?.userPrincipalName ?? '',
      device.deviceId ?? device.id,
      device.operatingSystemVersion ?? device.intune?.osVersion ?? '',
      '',
      '',
    ]);
  }
  return {
    source: {
      kind: 'snapshot',
      title: `Tenant snapshot of ${snapshot.tenant.displayName} (${snapshot.completedAt})`,
      label,
      columns: {
        deviceName: 'devices displayName',
        primaryUserUpn: 'managedDevices userPrincipalName',
        osVersion: 'devices operatingSystemVersion',
        joinType: 'devices trustType',
        skuFamily: 'managedDevices skuFamily',
      },
      missing: [],
    },
    users: null,
    rowCount: classOf.length,
    classOf: Uint32Array.from(classOf),
    classes,
    text: text.data(),
    skipped,
    unrecognized: {},
    userLink,
  };
}
