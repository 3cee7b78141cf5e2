// Graph failures turned into messages an admin can act on: which read, what happened, what to do.
import type { ImportFailure, ImportFailureKind } from '../../simulator/import/connection-types';
import type { GraphRead } from '../../simulator/import/graph-shapes';

export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled. The previous snapshot is unchanged.');
    this.name = 'ImportCancelledError';
  }
}

export class ImportFailedError extends Error {
  constructor(
    message: string,
    readonly kind: ImportFailureKind,
    readonly endpoint: string,
    readonly status: number | null,
    /** What Graph or the network said (kept as said), and the permission a 403 needs. */
    readonly extra: { detail?: string; permission?: string } = {},
  ) {
    super(message);
    this.name = 'ImportFailedError';
  }

  /** The failure as data, for the page to word in its language. */
  get failure(): ImportFailure {
    return {
      kind: this.kind,
      endpoint: this.endpoint,
      status: this.status,
      permission: this.extra.permission ?? null,
      detail: this.extra.detail ?? null,
    };
  }
}

/** The permission each read needs, named in the 403 message. */
const PERMISSION_HINTS: [RegExp, string][] = [
  [/^\/devices/, 'Device.Read.All'],
  [/^\/deviceManagement\/managedDevices/, 'DeviceManagementManagedDevices.Read.All'],
  [/^\/deviceManagement\//, 'DeviceManagementConfiguration.Read.All'],
  [/^\/policies\//, 'Policy.Read.All'],
  [/^\/reports\//, 'AuditLog.Read.All and a reports reader role (Reports Reader, Security Reader or Global Reader)'],
  [/^\/groups\//, 'GroupMember.Read.All'],
  [/^\/(subscribedSkus|organization)/, 'Organization.Read.All'],
  [/^\/users/, 'User.Read.All'],
];

function permissionFor(path: string): string {
  return PERMISSION_HINTS.find(([pattern]) => pattern.test(path))?.[1] ?? 'the read permission for this endpoint';
}

function rootCauseText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const item = current as { name?: string; message?: string; code?: string; cause?: unknown };
    parts.push(`${item.name ?? ''} ${item.code ?? ''} ${item.message ?? ''}`);
    current = item.cause;
  }
  return parts.join(' ');
}

export function describeGraphFailure(error: unknown, read: GraphRead): ImportFailedError {
  if (error instanceof ImportFailedError) return error;
  const endpoint = `GET /${read.version}${read.path.split('?')[0]}`;
  const status =
    typeof (error as { statusCode?: unknown }).statusCode === 'number'
      ? (error as { statusCode: number }).statusCode
      : null;
  const detail = (error as { message?: string }).message ?? String(error);
  const text = rootCauseText(error);
  if (status === 403) {
    return new ImportFailedError(
      `Microsoft Graph refused ${endpoint} (403 Forbidden). Grant the delegated permission ${permissionFor(read.path)}, then import again. Graph said: ${detail}`,
      'permission',
      endpoint,
      status,
      { detail, permission: permissionFor(read.path) },
    );
  }
  if (status === 401 || /SignInRequiredError/.test(text)) {
    return new ImportFailedError(
      `The sign-in is no longer valid for ${endpoint}. Sign in again.`,
      'signIn',
      endpoint,
      status,
    );
  }
  if (status === 429) {
    return new ImportFailedError(
      `Microsoft Graph kept throttling ${endpoint} (429) after the allowed retries. Wait a few minutes and refresh.`,
      'throttled',
      endpoint,
      status,
    );
  }
  if (status === 503 || status === 504) {
    return new ImportFailedError(
      `Microsoft Graph was unavailable for ${endpoint} (${status}) after the allowed retries. Try again later.`,
      'unavailable',
      endpoint,
      status,
    );
  }
  if (/SyntaxError|Unexpected token|JSON/i.test(text)) {
    return new ImportFailedError(
      `Microsoft Graph sent a response to ${endpoint} that is not valid JSON.`,
      'malformed',
      endpoint,
      status,
    );
  }
  if (/TransportError|ECONNRESET|socket hang up|ECONNREFUSED|ETIMEDOUT|ENOTFOUND|dropped|fetch failed/i.test(text)) {
    return new ImportFailedError(
      `The connection to Microsoft Graph failed while reading ${endpoint}: ${detail}. Check the network and refresh.`,
      'connection',
      endpoint,
      status,
      { detail },
    );
  }
  return new ImportFailedError(
    `Reading ${endpoint} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`,
    'other',
    endpoint,
    status,
    { detail },
  );
}
