// IPC handler group of the tenant connection: every argument validated with zod; results carry no tokens.
// Register with registerHandlerGroup(tenantHandlers(createDesktopTenantService())).
import path from 'node:path';
import { app, safeStorage, shell } from 'electron';
import { z } from 'zod';
import { tenantStatementsSchema } from '../../simulator/import/snapshot';
import { defineHandler, type HandlerGroup } from '../ipc/registry';
import { electronTransport } from './electron-transport';
import { SnapshotStore } from './snapshot-store';
import { TenantService, settingsSchema, type TenantServiceOptions } from './tenant-service';

const none = z.undefined();
/** A directory (tenant) ID: a GUID, or a domain name for configuration; never "__proto__" or a megabyte of text. */
const tenantIdSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.-]+$/, 'a tenant ID');
/** The statements the renderer may save, every field bounded (the snapshot schema itself leaves strings open). */
const boundedStatementsSchema = tenantStatementsSchema.extend({
  tenantId: tenantIdSchema,
  selectedGroup: z.string().max(256).nullable(),
  statedAt: z.string().max(64),
});
const applyTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('existingGroup'),
    groupId: z.string().min(1).max(100),
    groupName: z.string().max(256),
  }),
  z.strictObject({
    kind: z.literal('newGroup'),
    groupName: z.string().trim().min(1).max(256),
    deviceObjectIds: z
      .array(
        z
          .string()
          .max(36)
          .regex(/^[0-9a-fA-F-]{36}$/),
      )
      .max(500),
  }),
]);
const applySchema = z.strictObject({
  snapshotId: z.string().min(1).max(120),
  input: z.strictObject({
    target: applyTargetSchema,
    policyKind: z.enum(['customProfile', 'settingsCatalog']),
    policyName: z.string().trim().min(1).max(200),
  }),
  fingerprint: z
    .string()
    .max(8)
    .regex(/^[0-9a-f]{8}$/),
});

export function tenantHandlers(service: TenantService): HandlerGroup {
  return {
    name: 'tenant',
    handlers: [
      defineHandler('tenant:status', none, () => service.status()),
      defineHandler('tenant:configure', settingsSchema, (settings) => service.configure(settings)),
      defineHandler('tenant:signIn', none, () => service.signIn()),
      defineHandler('tenant:signOut', none, () => service.signOut()),
      defineHandler('tenant:import:start', none, () => service.startImport()),
      defineHandler('tenant:import:progress', none, () => service.progress()),
      defineHandler('tenant:import:cancel', none, () => service.cancelImport()),
      defineHandler('tenant:snapshots:list', none, () => service.listSnapshots()),
      defineHandler('tenant:snapshots:open', z.strictObject({ id: z.string().min(1).max(120) }), ({ id }) =>
        service.openSnapshot(id),
      ),
      defineHandler('tenant:statements:read', z.strictObject({ tenantId: tenantIdSchema }), ({ tenantId }) =>
        service.readStatements(tenantId),
      ),
      defineHandler('tenant:statements:save', boundedStatementsSchema, (statements) =>
        service.saveStatements(statements),
      ),
      defineHandler('tenant:apply', applySchema, (request) => service.apply(request)),
    ],
  };
}

/** Only Microsoft sign-in pages may be opened for the loopback sign-in. */
const SIGN_IN_HOSTS = new Set(['login.microsoftonline.com', 'login.microsoftonline.us']);

export async function openSignInPage(url: string): Promise<void> {
  const target = new URL(url);
  if (target.protocol !== 'https:' || !SIGN_IN_HOSTS.has(target.hostname)) {
    throw new Error(`Refusing to open ${target.origin} for sign-in.`);
  }
  await shell.openExternal(target.toString());
}

/** The service with Electron's userData folder, safeStorage and the system browser (overrides: tests only). */
export function createDesktopTenantService(overrides: Partial<TenantServiceOptions> = {}): TenantService {
  const folder = path.join(app.getPath('userData'), 'tenant');
  return new TenantService({
    store: new SnapshotStore(path.join(folder, 'snapshots')),
    settingsFile: path.join(folder, 'settings.json'),
    cacheFile: path.join(folder, 'token-cache.bin'),
    secrets: safeStorage,
    openBrowser: openSignInPage,
    // MSAL and Graph through Chromium's network stack: system proxy (PAC, authentication) and the OS certificates.
    transport: electronTransport(),
    ...overrides,
  });
}
