// The tenant connection as one service (no Electron imports, so tests drive it directly): settings, sign-in,
// the import job with progress and cancel, snapshots, the admin's statements, and the confirmed apply.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ResponseType } from '@microsoft/microsoft-graph-client';
import { writeFileAtomically } from '../files/atomic-write';
import { z } from 'zod';
import { GRAPH_ROOTS, planApply, resolvePlaceholders } from '../../simulator/import/apply-plan';
import type {
  ApplyRequest,
  ApplyRequestResult,
  ApplyResult,
  ImportProgress,
  TenantConnectionSettings,
  TenantStatus,
} from '../../simulator/import/connection-types';
import type { SnapshotSummary, TenantSnapshot, TenantStatements } from '../../simulator/import/snapshot';
import { DEFAULT_SETTINGS, READ_PERMISSIONS, TenantAuth, type AuthorityOverride } from './auth-service';
import { createGraphClient } from './graph-client';
import { importTenant } from './graph-import';
import { ImportCancelledError, ImportFailedError } from './import-errors';
import type { TransportOptions } from './https-transport';
import type { SnapshotStore } from './snapshot-store';
import { EncryptedCachePlugin, type SecretStore } from './token-cache';

class ApplyStepError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApplyStepError';
  }
}

export const settingsSchema = z.strictObject({
  clientId: z
    .string()
    .trim()
    .max(100)
    .regex(/^$|^[0-9a-fA-F-]{36}$|^[\w.-]+$/, 'an application (client) ID'),
  tenant: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[\w.-]+$/, 'a tenant ID, domain or "organizations"'),
  cloud: z.enum(['global', 'usGovernment']),
});

export interface TenantServiceOptions {
  store: SnapshotStore;
  settingsFile: string;
  cacheFile: string;
  secrets: SecretStore;
  openBrowser(url: string): Promise<void>;
  /** Test peers and sovereign setups: a different authority / Graph, extra TLS trust, faster retries. */
  authority?: AuthorityOverride;
  graphRoot?: string;
  transport?: TransportOptions;
  retryDelaySeconds?: number;
  maxRetries?: number;
}

export class TenantService {
  private settings: TenantConnectionSettings | null = null;
  private auth: TenantAuth | null = null;
  private readonly cachePlugin: EncryptedCachePlugin;
  private progressState: ImportProgress | null = null;
  private job: Promise<void> | null = null;
  private abort: AbortController | null = null;

  constructor(private readonly options: TenantServiceOptions) {
    this.cachePlugin = new EncryptedCachePlugin(options.cacheFile, options.secrets);
  }

  private async loadSettings(): Promise<TenantConnectionSettings> {
    if (this.settings) return this.settings;
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await readFile(this.options.settingsFile, 'utf8')));
      this.settings = parsed.success ? parsed.data : DEFAULT_SETTINGS;
    } catch {
      this.settings = DEFAULT_SETTINGS;
    }
    return this.settings;
  }

  private async authFor(): Promise<TenantAuth> {
    const settings = await this.loadSettings();
    this.auth ??= new TenantAuth({
      settings,
      cachePlugin: this.cachePlugin,
      openBrowser: this.options.openBrowser,
      authority: this.options.authority,
      graphRoot: this.options.graphRoot,
      transport: this.options.transport,
    });
    return this.auth;
  }

  private graphRoot(settings: TenantConnectionSettings): string {
    return this.options.graphRoot ?? GRAPH_ROOTS[settings.cloud];
  }

  async status(): Promise<TenantStatus> {
    const settings = await this.loadSettings();
    const account = settings.clientId ? await (await this.authFor()).describeAccount() : null;
    return { settings, signedIn: account !== null, account, cachePersistent: this.cachePlugin.persistent };
  }

  async configure(next: TenantConnectionSettings): Promise<TenantStatus> {
    const settings = settingsSchema.parse(next);
    const current = await this.loadSettings();
    const changed = JSON.stringify(settings) !== JSON.stringify(current);
    if (changed && this.auth) await this.auth.signOut();
    this.settings = settings;
    this.auth = null;
    await mkdir(path.dirname(this.options.settingsFile), { recursive: true });
    await writeFileAtomically(this.options.settingsFile, JSON.stringify(settings, null, 1));
    return this.status();
  }

  async signIn(): Promise<TenantStatus> {
    await (await this.authFor()).signIn();
    return this.status();
  }

  async signOut(): Promise<TenantStatus> {
    if ((await this.loadSettings()).clientId) await (await this.authFor()).signOut();
    else await this.cachePlugin.clear();
    return this.status();
  }

  progress(): ImportProgress | null {
    return this.progressState ? structuredClone(this.progressState) : null;
  }

  /** Starts an import (or returns the running one). Poll progress(); await waitForImport() in tests. */
  async startImport(): Promise<ImportProgress> {
    if (this.progressState?.state === 'running') return this.progress()!;
    const settings = await this.loadSettings();
    const auth = await this.authFor();
    const abort = new AbortController();
    const progress: ImportProgress = {
      state: 'running',
      phase: null,
      counts: {},
      retries: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      snapshot: null,
      error: null,
      failure: null,
    };
    this.abort = abort;
    this.progressState = progress;
    const client = createGraphClient({
      graphRoot: this.graphRoot(settings),
      getAccessToken: () => auth.accessToken(READ_PERMISSIONS, false),
      transport: this.options.transport,
      retryDelaySeconds: this.options.retryDelaySeconds,
      maxRetries: this.options.maxRetries,
      signal: abort.signal,
      onRetry: () => {
        progress.retries += 1;
      },
    });
    this.job = (async () => {
      try {
        const snapshot = await importTenant({
          client,
          graphRoot: this.graphRoot(settings),
          cloud: settings.cloud,
          signal: abort.signal,
          onPhase: (phase) => {
            progress.phase = phase;
          },
          onCount: (source, count) => {
            progress.counts[source] = count;
          },
        });
        if (abort.signal.aborted) throw new ImportCancelledError();
        progress.phase = 'saving';
        progress.snapshot = await this.options.store.save(snapshot);
        progress.state = 'completed';
      } catch (error) {
        progress.state = error instanceof ImportCancelledError || abort.signal.aborted ? 'cancelled' : 'failed';
        progress.error = (error as Error).message;
        if (progress.state === 'failed' && error instanceof ImportFailedError) progress.failure = error.failure;
      } finally {
        progress.finishedAt = new Date().toISOString();
        this.abort = null;
      }
    })();
    return this.progress()!;
  }

  async waitForImport(): Promise<ImportProgress | null> {
    await this.job;
    return this.progress();
  }

  cancelImport(): ImportProgress | null {
    this.abort?.abort();
    return this.progress();
  }

  listSnapshots(): Promise<SnapshotSummary[]> {
    return this.options.store.list();
  }

  openSnapshot(id: string) {
    return this.options.store.open(id);
  }

  readStatements(tenantId: string): Promise<TenantStatements | null> {
    return this.options.store.readStatements(tenantId);
  }

  saveStatements(statements: TenantStatements): Promise<void> {
    return this.options.store.saveStatements(statements);
  }

  /** Runs the confirmed plan: rebuilt here from the snapshot, refused unless it is exactly what was previewed. */
  async apply(request: ApplyRequest): Promise<ApplyResult> {
    const opened = await this.options.store.open(request.snapshotId);
    if (!opened.ok) {
      return {
        status: 'refused',
        message: opened.error,
        code: 'snapshotUnreadable',
        params: { detail: opened.error },
        results: [],
      };
    }
    const snapshot: TenantSnapshot = opened.snapshot;
    const plan = planApply(snapshot, request.input);
    if (plan.fingerprint !== request.fingerprint) {
      return {
        status: 'refused',
        message: 'The changes differ from the preview you confirmed. Review them again.',
        code: 'planChanged',
        results: [],
      };
    }
    if (plan.equivalent) {
      return {
        status: 'nothingToDo',
        message: `"${plan.equivalent.policyName}" already enables the link for this group.`,
        code: 'alreadyEnabled',
        params: { policy: plan.equivalent.policyName },
        results: [],
      };
    }
    const settings = await this.loadSettings();
    const auth = await this.authFor();
    const account = await auth.describeAccount();
    if (account && account.tenantId !== snapshot.tenant.id) {
      return {
        status: 'refused',
        message: `Signed in to another tenant (${account.tenantId}) than the snapshot's.`,
        code: 'otherTenant',
        params: { tenant: account.tenantId },
        results: [],
      };
    }
    // Write permissions are asked for only now, after the confirmation.
    const token = await auth.accessToken(plan.scopes, true);
    const client = createGraphClient({
      graphRoot: this.graphRoot(settings),
      getAccessToken: async () => token,
      transport: this.options.transport,
      retryDelaySeconds: this.options.retryDelaySeconds,
      maxRetries: this.options.maxRetries,
    });
    const planRoot = GRAPH_ROOTS[snapshot.tenant.cloud];
    const ids: Record<string, string> = {};
    const results: ApplyRequestResult[] = [];
    let failed = false;
    for (const step of plan.requests) {
      if (failed) {
        results.push({
          id: step.id,
          title: step.title,
          action: step.action,
          status: 'skipped',
          httpStatus: null,
          createdId: null,
          error: null,
        });
        continue;
      }
      try {
        const url = resolvePlaceholders(step.url, ids);
        if (!url.startsWith(`${planRoot}/${step.version}/`)) throw new Error(`Unexpected request URL ${url}`);
        const relative = url.slice(`${planRoot}/${step.version}`.length);
        // RAW: keep Graph's real status (201 Created, 204 No Content …) for the result list.
        const response = (await client
          .api(relative)
          .version(step.version)
          .responseType(ResponseType.RAW)
          .post(resolvePlaceholders(step.body, ids))) as Response;
        const text = await response.text();
        const body = text ? (JSON.parse(text) as { id?: string; error?: { message?: string } }) : {};
        if (!response.ok) throw new ApplyStepError(response.status, body.error?.message ?? `HTTP ${response.status}`);
        if (body.id) ids[step.id] = body.id;
        results.push({
          id: step.id,
          title: step.title,
          action: step.action,
          status: 'done',
          httpStatus: response.status,
          createdId: body.id ?? null,
          error: null,
        });
      } catch (error) {
        failed = true;
        const status = (error as { statusCode?: number }).statusCode ?? null;
        results.push({
          id: step.id,
          title: step.title,
          action: step.action,
          status: 'failed',
          httpStatus: status,
          createdId: null,
          error: (error as Error).message,
        });
      }
    }
    return failed
      ? {
          status: 'failed',
          message: 'A request failed; later steps were not sent. Objects already created are listed.',
          code: 'requestFailed',
          results,
        }
      : {
          status: 'applied',
          message: 'All requests succeeded. Refresh the import to see the new policy in the snapshot.',
          code: 'applied',
          results,
        };
  }
}
