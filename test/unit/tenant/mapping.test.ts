// A snapshot imported through the local Graph peer → scenarios: every mapping rule of the brief, provenance on
// every field, unknowns where Graph is silent, and the admin's statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, scenarioSchema, type Scenario } from '../../../simulator/index';
import {
  completeProvenance,
  indexSnapshot,
  listPairs,
  parseSnapshotJson,
  scenarioFromSnapshot,
  type TenantIndex,
  type TenantSnapshot,
} from '../../../simulator/import/index';
import { createPeerService, startPeers, type Peers } from '../../peers/harness';
import { deviceObjectId, FIXTURE_TENANT_ID, userObjectId } from '../../peers/tenant-fixture';

let peers: Peers;
let snapshot: TenantSnapshot;
let index: TenantIndex;

beforeAll(async () => {
  peers = await startPeers({ devices: 40, users: 25, pageSize: 9 });
  const service = await createPeerService(peers);
  await service.signIn();
  await service.startImport();
  const progress = await service.waitForImport();
  const opened = await service.openSnapshot(progress!.snapshot!.id);
  if (!opened.ok) throw new Error(opened.error);
  snapshot = opened.snapshot;
  index = indexSnapshot(snapshot);
});

afterAll(async () => {
  await peers.close();
});

const pairOf = (device: number | null, user: number | null) => ({
  deviceObjectId: device === null ? null : deviceObjectId(device),
  userId: user === null ? null : userObjectId(user),
});

describe('snapshot → scenario', () => {
  it('maps the device from Entra and Intune, with imported provenance', () => {
    const scenario = scenarioFromSnapshot(index, pairOf(4, 4));
    expect(scenario.device).toMatchObject({
      name: 'PC-00004',
      os: { family: 'windows11', build: 26100, ubr: 2605, edition: 'Enterprise' },
      joinState: 'entraJoined',
      intuneEnrolled: true,
      groups: ['SSPR - Windows devices'],
    });
    expect(scenario.provenance['device.os.build']).toMatchObject({
      kind: 'imported',
      endpoint: expect.stringMatching(/^GET \/v1\.0\/devices/),
    });
    expect(scenario.provenance['device.os.edition']).toMatchObject({
      kind: 'imported',
      endpoint: expect.stringMatching(/^GET \/beta\/deviceManagement\/managedDevices/),
    });
    expect(scenario.provenance['device.os.build'].at).toBe(snapshot.sources.devices?.at);
  });

  it.each([
    [1, 'hybridJoined', 'windows10', 19045],
    [2, 'registered', 'windows10', 16299],
    [3, 'entraJoined', 'windows11', 22631],
  ])('device %i: trustType → %s, version → %s %i', (device, joinState, family, build) => {
    const scenario = scenarioFromSnapshot(index, pairOf(device, null));
    expect(scenario.device.joinState).toBe(joinState);
    expect(scenario.device.os).toMatchObject({ family, build });
  });

  it('marks a device without an Intune record as not enrolled (inferred), edition unknown', () => {
    const scenario = scenarioFromSnapshot(index, pairOf(2, null));
    expect(scenario.device.intuneEnrolled).toBe(false);
    expect(scenario.provenance['device.intuneEnrolled'].kind).toBe('inferred');
    expect(scenario.device.os.edition).toBe('unknown');
  });

  it('keeps what Graph does not give unknown: unset settings of a hybrid device, network, session', () => {
    const scenario = scenarioFromSnapshot(index, pairOf(1, 1));
    expect(scenario.device.settings.DisableLockScreenAppNotifications).toBe('unknown');
    expect(scenario.device.network.proxy).toBe('unknown');
    expect(scenario.session.kind).toBe('unknown');
    expect(scenario.provenance['device.settings.DisableLockScreenAppNotifications'].kind).toBe('unknown');
    expect(scenario.provenance['session.kind'].kind).toBe('unknown');
  });

  it('imports device settings from every policy kind that reaches the device, with policy, setting and assignment', () => {
    const scenario = scenarioFromSnapshot(index, pairOf(4, 4));
    // Administrative template (All devices): "Do not display the lock screen" = Disabled.
    expect(scenario.device.settings.NoLockScreen).toBe(0);
    expect(scenario.provenance['device.settings.NoLockScreen'].note).toContain(
      '"Lock screen (administrative template)" (administrative template) sets 0',
    );
    // Endpoint protection profile and the security baseline agree: one value, both sources named.
    expect(scenario.device.settings.EnableLUA).toBe(1);
    expect(scenario.provenance['device.settings.EnableLUA'].note).toMatch(
      /Endpoint protection.*\|.*Windows security baseline/,
    );
    expect(scenario.device.settings.DisableCAD).toBe(0);
    // Not set by any policy on an Entra-joined, enrolled device: the Windows default, marked inferred.
    expect(scenario.device.settings.DisableLockScreenAppNotifications).toBe(0);
    expect(scenario.provenance['device.settings.DisableLockScreenAppNotifications'].kind).toBe('inferred');
    // Only a Configuration Manager collection assigns HideFastUserSwitching: not evaluated offline, so unknown.
    expect(scenario.device.settings.HideFastUserSwitching).toBe('unknown');
    expect(scenario.provenance['device.settings.HideFastUserSwitching'].note).toContain(
      'configurationManagerCollectionAssignmentTarget',
    );
  });

  it('evaluates the assignment filter per device: the Surface kiosk fails on R-LSNOTIF, the Lenovo one is filtered out', () => {
    const surface = scenarioFromSnapshot(index, pairOf(3, 3));
    expect(surface.device.settings.DisableLockScreenAppNotifications).toBe(1);
    expect(surface.provenance['device.settings.DisableLockScreenAppNotifications'].note).toContain(
      'assignment filter "Surface devices" (include) matches',
    );
    expect(evaluate(surface).fired.map((rule) => rule.id)).toContain('R-LSNOTIF');
    const lenovo = scenarioFromSnapshot(index, pairOf(6, 6));
    expect(lenovo.device.settings.DisableLockScreenAppNotifications).not.toBe(1);
    const source = lenovo.policies.passwordReset.findIndex((entry) => entry.name === 'Login and lock screen');
    expect(lenovo.policies.passwordReset[source]).toMatchObject({ assignment: { include: [] } });
    expect(lenovo.provenance[`policies.passwordReset[${source}]`].note).toContain('does not match');
  });

  it('maps custom profiles and catalog policies with their assignments', () => {
    const { passwordReset, pinRecovery } = scenarioFromSnapshot(index, pairOf(4, 4)).policies;
    expect(passwordReset).toHaveLength(4);
    expect(pinRecovery).toEqual([
      expect.objectContaining({ kind: 'accountProtection', name: 'Account protection (legacy)' }),
    ]);
    expect(passwordReset).toContainEqual(
      expect.objectContaining({
        kind: 'omaUri',
        name: 'SSPR at sign-in (custom)',
        dataType: 'Integer',
        value: 1,
        assignment: {
          include: [{ target: 'group', group: 'SSPR - Windows devices', groupType: 'device' }],
          exclude: [],
          applicability: [],
        },
      }),
    );
    expect(passwordReset).toContainEqual(
      expect.objectContaining({
        kind: 'omaUri',
        dataType: 'String',
        value: '1',
        assignment: expect.objectContaining({
          include: [{ target: 'allDevices' }],
          exclude: [{ group: expect.stringContaining('(deleted group)'), groupType: 'device' }],
        }),
      }),
    );
    expect(passwordReset).toContainEqual(
      expect.objectContaining({
        kind: 'settingsCatalog',
        value: 1,
        assignment: expect.objectContaining({
          include: [{ target: 'group', group: 'SSPR pilot', groupType: 'device' }],
        }),
      }),
    );
  });

  it('maps licences, registered methods, admin flag and the methods policy', () => {
    const scenario = scenarioFromSnapshot(index, pairOf(4, 4));
    expect(scenario.tenant.licences).toEqual(['entraIdP1']);
    expect(scenario.user.licences).toEqual(['entraIdP1']);
    expect(scenario.user.registeredMethods).toEqual(['mobileAppNotification', 'mobileAppCode', 'email']);
    expect(scenario.user.adminRole).toBe(false);
    expect(scenario.tenant.sspr.methodsPolicyMigrated).toBe(true);
    expect(scenario.tenant.sspr.methodsAvailable).toEqual(['mobileAppNotification', 'mobileAppCode', 'mobilePhone']);
    expect(scenarioFromSnapshot(index, pairOf(null, 9)).user.licences).toEqual(['free']);
    expect(scenarioFromSnapshot(index, pairOf(null, 3)).user.registeredMethods).toEqual([]);
  });

  it('maps allowedToUseSSPR to administrators only, never to the user scope', () => {
    const scenario = scenarioFromSnapshot(index, pairOf(4, 0));
    expect(snapshot.authorization?.allowedToUseSSPR).toBe(false);
    expect(scenario.tenant.allowedToUseSSPR).toBe(false);
    expect(scenario.provenance['tenant.allowedToUseSSPR'].note).toMatch(/Administrators only/);
    expect(scenario.user.adminRole).toBe(true);
    // The admin's isSsprEnabled reflects the admin policy: it must not become the tenant's user scope.
    expect(scenario.tenant.sspr.enabled).toBe('unknown');
  });

  it('infers the SSPR scope per user from isSsprEnabled when the admin has not stated it', () => {
    const enabled = scenarioFromSnapshot(index, pairOf(4, 4));
    expect(enabled.tenant.sspr.enabled).toBe('All');
    expect(enabled.provenance['tenant.sspr.enabled']).toMatchObject({ kind: 'inferred' });
    const notEnabled = scenarioFromSnapshot(index, pairOf(null, 6));
    expect(notEnabled.tenant.sspr.enabled).toBe('unknown');
    expect(notEnabled.provenance['tenant.sspr.enabled'].note).toMatch(/isSsprEnabled = false/);
  });

  it('uses the scope the admin stated, marked "stated by admin"', () => {
    const statements = {
      tenantId: FIXTURE_TENANT_ID,
      ssprEnabled: 'Selected' as const,
      selectedGroup: 'SSPR users',
      methodsRequired: 2 as const,
      statedAt: '2026-11-25T01:00:00.000Z',
    };
    const inScope = scenarioFromSnapshot(index, pairOf(4, 4), statements);
    expect(inScope.tenant.sspr).toMatchObject({ enabled: 'Selected', selectedGroup: 'SSPR users', methodsRequired: 2 });
    expect(inScope.provenance['tenant.sspr.enabled']).toEqual({
      kind: 'statedByAdmin',
      at: statements.statedAt,
      note: expect.any(String),
    });
    expect(inScope.user.groups).toContain('SSPR users');
    const outOfScope = scenarioFromSnapshot(index, pairOf(null, 6), statements);
    expect(outOfScope.user.groups).not.toContain('SSPR users');
  });

  it('produces a valid scenario with provenance on every field', () => {
    const scenario = scenarioFromSnapshot(index, pairOf(4, 4));
    expect(() => scenarioSchema.parse(scenario)).not.toThrow();
    const recomputed = completeProvenance(scenario, {});
    for (const leaf of Object.keys(recomputed)) expect(scenario.provenance[leaf], leaf).toBeDefined();
    expect(Object.keys(scenario.provenance).length).toBeGreaterThan(100);
  });

  it('lets the engine say which rules an unknown input leaves undecided', () => {
    const verdict = evaluate(scenarioFromSnapshot(index, pairOf(4, 4)) as Scenario);
    const missing = verdict.undecided.flatMap((rule) => rule.missing);
    expect(missing).toContain('session.kind');
  });

  it('survives a JSON round trip as a snapshot file', () => {
    expect(parseSnapshotJson(JSON.stringify(snapshot))).toMatchObject({ ok: true });
    expect(parseSnapshotJson(JSON.stringify({ ...snapshot, status: 'partial' })).ok).toBe(false);
    expect(parseSnapshotJson('{"format": "something else"}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Not an SSPR Preview tenant snapshot/),
    });
  });
});

describe('device × user pairs', () => {
  it('pairs each Windows device with its Intune primary user', () => {
    const { pairs, total } = listPairs(index, { mode: 'primaryUser', limit: 1000 });
    expect(total).toBe(40);
    expect(pairs.find((pair) => pair.deviceObjectId === deviceObjectId(4))).toMatchObject({
      userId: userObjectId(4),
      basis: 'primaryUser',
    });
    expect(pairs.find((pair) => pair.deviceObjectId === deviceObjectId(2))).toMatchObject({
      userId: null,
      basis: 'noPrimaryUser',
    });
  });

  it("lists a user's devices, and filters by name", () => {
    const { pairs } = listPairs(index, { mode: 'userDevices', search: 'user4@' });
    expect(pairs.map((pair) => pair.deviceName)).toEqual(['PC-00004']);
    expect(listPairs(index, { mode: 'primaryUser', search: 'PC-0001', limit: 3 })).toMatchObject({
      total: 10,
      pairs: { length: 3 },
    });
  });
});
