// Data exchanged between the desktop main process and the tenant page: connection settings, sign-in status,
// import progress and apply results. Types only — tokens never appear here.
import type { ApplyInput } from './apply-plan';
import type { SnapshotSummary, SourceKey } from './snapshot';

export type TenantCloud = 'global' | 'usGovernment';

export interface TenantConnectionSettings {
  /** Application (client) ID of the admin's own public-client app registration. */
  clientId: string;
  /** Tenant ID or domain; "organizations" lets the admin pick at sign-in. */
  tenant: string;
  cloud: TenantCloud;
}

export interface TenantAccount {
  username: string;
  name: string | null;
  tenantId: string;
}

export interface TenantStatus {
  settings: TenantConnectionSettings;
  signedIn: boolean;
  account: TenantAccount | null;
  /** False when the OS offers no encryption: tokens are then kept in memory only, never written. */
  cachePersistent: boolean;
}

export type ImportState = 'running' | 'completed' | 'failed' | 'cancelled';

export interface ImportProgress {
  state: ImportState;
  /** The Graph read in progress (or the one that failed). */
  phase: SourceKey | 'saving' | null;
  /** Objects read so far per source. */
  counts: Partial<Record<SourceKey, number>>;
  /** Throttling / unavailable answers that were retried after Retry-After. */
  retries: number;
  startedAt: string;
  finishedAt: string | null;
  /** Set when completed: the saved snapshot. */
  snapshot: SnapshotSummary | null;
  /** Set when failed: what went wrong, in words an admin can act on. */
  error: string | null;
}

export interface ApplyRequestResult {
  id: string;
  title: string;
  status: 'done' | 'failed' | 'skipped';
  httpStatus: number | null;
  createdId: string | null;
  error: string | null;
}

export interface ApplyResult {
  status: 'applied' | 'nothingToDo' | 'failed' | 'refused';
  /** For "refused": the plan changed since the preview, or the snapshot is missing. */
  message: string;
  results: ApplyRequestResult[];
}

export interface ApplyRequest {
  snapshotId: string;
  input: ApplyInput;
  /** The fingerprint of the previewed plan the admin confirmed. */
  fingerprint: string;
}
