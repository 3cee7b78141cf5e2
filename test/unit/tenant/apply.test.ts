// "Enable the Reset password link": the plan (equivalent-policy detection, exact requests), its JSON and PowerShell
// exports, and execution against the local Graph peer only after confirmation, with write scopes asked for then.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportPlanJson,
  exportPlanPowerShell,
  planApply,
  resolvePlaceholders,
  type ApplyInput,
  type TenantSnapshot,
} from '../../../simulator/import/index';
import { PASSWORD_RESET_OMA_URI } from '../../../simulator/index';
import type { TenantService } from '../../../main/tenant/tenant-service';
import { createPeerService, startPeers, type Peers } from '../../peers/harness';
import { DEVICE_GROUP_ID, PILOT_GROUP_ID, deviceObjectId } from '../../peers/tenant-fixture';

let peers: Peers;
let service: TenantService;
let snapshot: TenantSnapshot;

const OTHER_GROUP = {
  kind: 'existingGroup' as const,
  groupId: '99999999-0000-4000-8000-000000000000',
  groupName: 'Finance PCs',
};

beforeAll(async () => {
  peers = await startPeers({ devices: 20, users: 10 });
  service = await createPeerService(peers);
  await service.signIn();
  await service.startImport();
  const progress = await service.waitForImport();
  const opened = await service.openSnapshot(progress!.snapshot!.id);
  if (!opened.ok) throw new Error(opened.error);
  snapshot = opened.snapshot;
});

afterAll(async () => {
  await peers.close();
});

describe('apply plan', () => {
  it('detects an equivalent policy already assigned to the group (custom profile or catalog)', () => {
    const direct = planApply(snapshot, {
      target: { kind: 'existingGroup', groupId: DEVICE_GROUP_ID, groupName: 'x' },
      policyKind: 'customProfile',
      policyName: 'P',
    });
    expect(direct.equivalent).toMatchObject({ policyName: 'SSPR at sign-in (custom)', via: 'group' });
    expect(direct.requests).toEqual([]);
    const pilot = planApply(snapshot, {
      target: { kind: 'existingGroup', groupId: PILOT_GROUP_ID, groupName: 'x' },
      policyKind: 'customProfile',
      policyName: 'P',
    });
    expect(pilot.equivalent).toMatchObject({ kind: 'settingsCatalog', policyName: 'SSPR pilot (settings catalog)' });
  });

  it('does not count a String-typed profile on All devices as equivalent', () => {
    const plan = planApply(snapshot, {
      target: OTHER_GROUP,
      policyKind: 'customProfile',
      policyName: 'SSPR at sign-in',
    });
    expect(plan.equivalent).toBeNull();
    expect(plan.requests.map((request) => [request.method, request.url])).toEqual([
      ['POST', 'https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations'],
      ['POST', 'https://graph.microsoft.com/v1.0/deviceManagement/deviceConfigurations/{{createPolicy.id}}/assign'],
    ]);
    expect(plan.requests[0].body).toMatchObject({
      '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
      omaSettings: [{ '@odata.type': '#microsoft.graph.omaSettingInteger', omaUri: PASSWORD_RESET_OMA_URI, value: 1 }],
    });
    expect(plan.scopes).toEqual(['DeviceManagementConfiguration.ReadWrite.All']);
  });

  it('builds the settings-catalog variant on beta, and a new group with its members', () => {
    const input: ApplyInput = {
      target: {
        kind: 'newGroup',
        groupName: 'SSPR - Finance',
        deviceObjectIds: [deviceObjectId(3), deviceObjectId(5)],
      },
      policyKind: 'settingsCatalog',
      policyName: 'SSPR at sign-in',
    };
    const plan = planApply(snapshot, input);
    expect(plan.requests.map((request) => request.id)).toEqual([
      'createGroup',
      'addMember1',
      'addMember2',
      'createPolicy',
      'assignPolicy',
    ]);
    expect(plan.requests[3]).toMatchObject({
      version: 'beta',
      url: 'https://graph.microsoft.com/beta/deviceManagement/configurationPolicies',
    });
    expect(JSON.stringify(plan.requests[3].body)).toContain(
      'device_vendor_msft_policy_config_authentication_allowaadpasswordreset_1',
    );
    expect(plan.requests[4].body).toEqual({
      assignments: [
        { target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: '{{createGroup.id}}' } },
      ],
    });
    expect(plan.scopes).toEqual(['DeviceManagementConfiguration.ReadWrite.All', 'Group.ReadWrite.All']);
    expect(planApply(snapshot, input).fingerprint).toBe(plan.fingerprint);
    expect(planApply(snapshot, { ...input, policyName: 'Other' }).fingerprint).not.toBe(plan.fingerprint);
    expect(() => resolvePlaceholders(plan.requests[1].url, {})).toThrow(/createGroup/);
    expect(resolvePlaceholders(plan.requests[1].url, { createGroup: 'g-1' })).toBe(
      'https://graph.microsoft.com/v1.0/groups/g-1/members/$ref',
    );
  });

  it('exports the same requests as JSON and as a Graph PowerShell script', () => {
    const plan = planApply(snapshot, {
      target: { kind: 'newGroup', groupName: "O'Brien PCs", deviceObjectIds: [deviceObjectId(3)] },
      policyKind: 'customProfile',
      policyName: 'SSPR at sign-in',
    });
    const json = JSON.parse(exportPlanJson(plan));
    expect(json.requests.map((request: { url: string }) => request.url)).toEqual(
      plan.requests.map((request) => request.url),
    );
    const script = exportPlanPowerShell(plan);
    expect(script).toContain("Connect-MgGraph -TenantId '");
    expect(script).toContain("'DeviceManagementConfiguration.ReadWrite.All', 'Group.ReadWrite.All'");
    expect(script.match(/Invoke-MgGraphRequest -Method POST/g)).toHaveLength(plan.requests.length);
    expect(script).toContain('$createGroupId = $response.id');
    expect(script).toContain("-Uri ('https://graph.microsoft.com/v1.0/groups/' + $createGroupId + '/members/$ref')");
    expect(script).toContain("$body = $body.Replace('{{createGroup.id}}', $createGroupId)");
    expect(script).toContain("/deviceConfigurations/' + $createPolicyId + '/assign')");
    expect(script).toContain('"displayName": "O\'Brien PCs"');
    const nothing = exportPlanPowerShell(
      planApply(snapshot, {
        target: { kind: 'existingGroup', groupId: DEVICE_GROUP_ID, groupName: 'x' },
        policyKind: 'customProfile',
        policyName: 'P',
      }),
    );
    expect(nothing).toContain('Nothing to do');
    expect(nothing).not.toContain('Invoke-MgGraphRequest');
  });
});

describe('apply against the local Graph peer', () => {
  it('refuses a plan that differs from the confirmed preview, writing nothing', async () => {
    const input: ApplyInput = { target: OTHER_GROUP, policyKind: 'customProfile', policyName: 'SSPR at sign-in' };
    const result = await service.apply({ snapshotId: snapshot.id, input, fingerprint: '00000000' });
    expect(result.status).toBe('refused');
    expect(peers.graph.writes).toEqual([]);
  });

  it('reports an equivalent policy instead of writing', async () => {
    const input: ApplyInput = {
      target: { kind: 'existingGroup', groupId: DEVICE_GROUP_ID, groupName: 'x' },
      policyKind: 'customProfile',
      policyName: 'P',
    };
    const result = await service.apply({
      snapshotId: snapshot.id,
      input,
      fingerprint: planApply(snapshot, input).fingerprint,
    });
    expect(result.status).toBe('nothingToDo');
    expect(peers.graph.writes).toEqual([]);
  });

  it('asks for write scopes only at apply, then sends the previewed requests in order with ids passed along', async () => {
    const readTokens = [...peers.authority.tokenScopes.values()];
    expect(readTokens.length).toBeGreaterThan(0);
    expect(readTokens.every((scope) => !scope.includes('ReadWrite'))).toBe(true);

    const input: ApplyInput = {
      target: { kind: 'newGroup', groupName: 'SSPR - Finance', deviceObjectIds: [deviceObjectId(3)] },
      policyKind: 'customProfile',
      policyName: 'SSPR at sign-in',
    };
    const plan = planApply(snapshot, input);
    const result = await service.apply({ snapshotId: snapshot.id, input, fingerprint: plan.fingerprint });
    expect(result.status).toBe('applied');
    expect(result.results.map((step) => [step.status, step.httpStatus])).toEqual([
      ['done', 201],
      ['done', 204],
      ['done', 201],
      ['done', 200],
    ]);
    const [group, member, policy, assign] = peers.graph.writes;
    expect(group).toMatchObject({
      path: '/v1.0/groups',
      body: { displayName: 'SSPR - Finance', securityEnabled: true },
    });
    const groupId = result.results[0].createdId!;
    expect(member.path).toBe(`/v1.0/groups/${groupId}/members/$ref`);
    expect(policy).toMatchObject({ path: '/v1.0/deviceManagement/deviceConfigurations', body: plan.requests[2].body });
    const policyId = result.results[2].createdId!;
    expect(assign.path).toBe(`/v1.0/deviceManagement/deviceConfigurations/${policyId}/assign`);
    expect(JSON.stringify(assign.body)).toContain(groupId);
    const writeScopes = [...peers.authority.tokenScopes.values()].filter((scope) => scope.includes('ReadWrite'));
    expect(writeScopes.length).toBe(1);
    expect(writeScopes[0]).toContain('Group.ReadWrite.All');
  });

  it('stops at the first failed request and skips the rest', async () => {
    peers.graph.writes.length = 0;
    peers.graph.faults = [{ match: /\/assign$/, kind: 'forbidden', times: 1 }];
    const input: ApplyInput = { target: OTHER_GROUP, policyKind: 'settingsCatalog', policyName: 'SSPR (catalog)' };
    const result = await service.apply({
      snapshotId: snapshot.id,
      input,
      fingerprint: planApply(snapshot, input).fingerprint,
    });
    expect(result.status).toBe('failed');
    expect(result.results[1].error).toContain('Insufficient privileges');
    expect(result.results.map((step) => [step.id, step.status, step.httpStatus])).toEqual([
      ['createPolicy', 'done', 201],
      ['assignPolicy', 'failed', 403],
    ]);
  });
});
