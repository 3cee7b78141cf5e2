// Lookups over a snapshot, built once: objects by id, group names per member, devices per primary user;
// and the device × user pairs an admin can turn into scenarios.
import type { SnapshotDevice, SnapshotFilter, SnapshotGroup, SnapshotUser, TenantSnapshot } from './snapshot';

export interface TenantIndex {
  snapshot: TenantSnapshot;
  devicesById: Map<string, SnapshotDevice>;
  usersById: Map<string, SnapshotUser>;
  groupsById: Map<string, SnapshotGroup>;
  /** Assignment filters by id. */
  filtersById: Map<string, SnapshotFilter>;
  /** Member object id → display names of the imported groups it is in (transitively). */
  groupNamesByMember: Map<string, string[]>;
  /** User object id → devices whose Intune primary user they are. */
  devicesByPrimaryUser: Map<string, SnapshotDevice[]>;
}

export function indexSnapshot(snapshot: TenantSnapshot): TenantIndex {
  const groupNamesByMember = new Map<string, string[]>();
  for (const group of snapshot.groups) {
    for (const memberId of [...group.deviceIds, ...group.userIds]) {
      const names = groupNamesByMember.get(memberId);
      if (names) names.push(group.displayName);
      else groupNamesByMember.set(memberId, [group.displayName]);
    }
  }
  const devicesByPrimaryUser = new Map<string, SnapshotDevice[]>();
  for (const device of snapshot.devices) {
    const userId = device.intune?.userId;
    if (!userId) continue;
    const list = devicesByPrimaryUser.get(userId);
    if (list) list.push(device);
    else devicesByPrimaryUser.set(userId, [device]);
  }
  return {
    snapshot,
    devicesById: new Map(snapshot.devices.map((device) => [device.id, device])),
    usersById: new Map(snapshot.users.map((user) => [user.id, user])),
    groupsById: new Map(snapshot.groups.map((group) => [group.id, group])),
    filtersById: new Map(snapshot.filters.map((filter) => [filter.id, filter])),
    groupNamesByMember,
    devicesByPrimaryUser,
  };
}

export function isWindowsDevice(device: SnapshotDevice): boolean {
  // Intune records are imported for Windows only, so an Intune match counts as Windows too.
  return /windows/i.test(device.operatingSystem ?? '') || device.intune !== null;
}

export interface DeviceUserPair {
  /** Stable key "deviceObjectId|userId" (either side may be empty). */
  key: string;
  deviceObjectId: string | null;
  userId: string | null;
  deviceName: string;
  userPrincipalName: string;
  /** How the pair was formed, shown next to it. */
  basis: 'primaryUser' | 'noPrimaryUser' | 'userDevice' | 'userWithoutDevice' | 'chosen';
}

export function pairKey(deviceObjectId: string | null, userId: string | null): string {
  return `${deviceObjectId ?? ''}|${userId ?? ''}`;
}

function pair(
  device: SnapshotDevice | null,
  user: SnapshotUser | null,
  basis: DeviceUserPair['basis'],
): DeviceUserPair {
  return {
    key: pairKey(device?.id ?? null, user?.id ?? null),
    deviceObjectId: device?.id ?? null,
    userId: user?.id ?? null,
    // Empty when there is none: the page says "no device" / "no user" in its language.
    deviceName: device?.displayName ?? '',
    userPrincipalName: user?.userPrincipalName ?? device?.intune?.userPrincipalName ?? '',
    basis,
  };
}

export interface PairQuery {
  mode: 'primaryUser' | 'userDevices';
  /** Case-insensitive filter on device name or user principal name. */
  search?: string;
  /** At most this many pairs (the list is for picking, not for a fleet report). */
  limit?: number;
}

/**
 * "A device's primary user": one pair per Windows device with its Intune primary user.
 * "A user's devices": one pair per user and device they are primary user of (or the user alone).
 */
export function listPairs(index: TenantIndex, query: PairQuery): { pairs: DeviceUserPair[]; total: number } {
  const needle = query.search?.trim().toLowerCase() ?? '';
  const limit = query.limit ?? 200;
  const pairs: DeviceUserPair[] = [];
  let total = 0;
  const accept = (candidate: DeviceUserPair) => {
    if (needle && !`${candidate.deviceName} ${candidate.userPrincipalName}`.toLowerCase().includes(needle)) return;
    total += 1;
    if (pairs.length < limit) pairs.push(candidate);
  };
  if (query.mode === 'primaryUser') {
    for (const device of index.snapshot.devices) {
      if (!isWindowsDevice(device)) continue;
      const user = device.intune?.userId ? (index.usersById.get(device.intune.userId) ?? null) : null;
      accept(pair(device, user, user ? 'primaryUser' : 'noPrimaryUser'));
    }
  } else {
    for (const user of index.snapshot.users) {
      const devices = (index.devicesByPrimaryUser.get(user.id) ?? []).filter(isWindowsDevice);
      if (devices.length === 0) accept(pair(null, user, 'userWithoutDevice'));
      for (const device of devices) accept(pair(device, user, 'userDevice'));
    }
  }
  return { pairs, total };
}
