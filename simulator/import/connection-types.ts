// Data exchanged between the desktop main process and the tenant page: connection settings, sign-in status,
// import progress and apply results. Types only — tokens never appear here.
import type { ApplyInput, PlannedAction } from './apply-plan';
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

export type ImportFailureKind =
  'permission' | 'signIn' | 'throttled' | 'unavailable' | 'connection' | 'malformed' | 'snapshot' | 'other';

/** What stopped an import, as data the page words in its own language. */
export interface ImportFailure {
  kind: ImportFailureKind;
  /** The Graph read, e.g. "GET /v1.0/devices" ("" when the failure is not one read's). */
  endpoint: string;
  status: number | null;
  /** For "permission": the delegated permission to grant. */
  permission: string | null;
  /** What Graph or the network said, as it said it (not translated). */
  detail: string | null;
}

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
  /** Set when failed: what went wrong, in words an admin can act on (English; the page words `failure`). */
  error: string | null;
  /** Set when failed: the same as data (absent for a failure that is not the import's own, e.g. a crash). */
  failure?: ImportFailure | null;
}

export interface ApplyRequestResult {
  id: string;
  title: string;
  action?: PlannedAction;
  status: 'done' | 'failed' | 'skipped';
  httpStatus: number | null;
  createdId: string | null;
  error: string | null;
}

export type ApplyOutcomeCode =
  'snapshotUnreadable' | 'planChanged' | 'alreadyEnabled' | 'otherTenant' | 'requestFailed' | 'applied';

export interface ApplyResult {
  status: 'applied' | 'nothingToDo' | 'failed' | 'refused';
  /** For "refused": the plan changed since the preview, or the snapshot is missing. English; the page words `code`. */
  message: string;
  code?: ApplyOutcomeCode;
  /** The policy that already enables the link (alreadyEnabled), or the tenant signed in to (otherTenant). */
  params?: { policy?: string; tenant?: string; detail?: string };
  results: ApplyRequestResult[];
}

export interface ApplyRequest {
  snapshotId: string;
  input: ApplyInput;
  /** The fingerprint of the previewed plan the admin confirmed. */
  fingerprint: string;
}
