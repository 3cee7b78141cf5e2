// Sign-in to Microsoft Entra for the tenant import: MSAL public client, authorization code + PKCE in the system
// browser through a loopback redirect, silent renewal first, encrypted cache. Tokens stay in the main process.
import {
  InteractionRequiredAuthError,
  LogLevel,
  PublicClientApplication,
  type AccountInfo,
  type Configuration,
} from '@azure/msal-node';
import type { TenantAccount, TenantCloud, TenantConnectionSettings } from '../../simulator/import/connection-types';
import { GRAPH_ROOTS } from '../../simulator/import/apply-plan';
import { MsalNetworkClient, type TransportOptions } from './https-transport';
import type { EncryptedCachePlugin } from './token-cache';
import { codedMessage } from '../../simulator/import/coded-message';

export const AUTHORITY_HOSTS: Record<TenantCloud, string> = {
  global: 'https://login.microsoftonline.com',
  usGovernment: 'https://login.microsoftonline.us',
};

/** Delegated read permissions of the tenant import, least privilege. */
export const READ_PERMISSIONS = [
  'Device.Read.All',
  'DeviceManagementManagedDevices.Read.All',
  'DeviceManagementConfiguration.Read.All',
  'Policy.Read.All',
  'AuditLog.Read.All',
  'GroupMember.Read.All',
  'Organization.Read.All',
  'User.Read.All',
] as const;

export const DEFAULT_SETTINGS: TenantConnectionSettings = { clientId: '', tenant: 'organizations', cloud: 'global' };

/** A non-Microsoft authority (the local test authority, or a sovereign one not in MSAL's list). */
export interface AuthorityOverride {
  url: string;
  knownAuthorities: string[];
  authorityMetadata?: string;
  cloudDiscoveryMetadata?: string;
}

export interface TenantAuthOptions {
  settings: TenantConnectionSettings;
  cachePlugin: EncryptedCachePlugin;
  /** Opens the authorize URL in the system browser (Electron: shell.openExternal). */
  openBrowser(url: string): Promise<void>;
  authority?: AuthorityOverride;
  /** Graph root the scopes are for; defaults to the cloud's Graph. */
  graphRoot?: string;
  /** How long to wait for the browser to come back to the loopback (default 5 minutes). */
  interactiveTimeoutMs?: number;
  transport?: TransportOptions;
}

/** The sign-in is missing or no longer valid; the code lets the page word it in its language. */
export class SignInRequiredError extends Error {
  constructor(
    message = 'Sign in to the tenant first.',
    code = 'signIn.required',
    params?: Readonly<Record<string, string>>,
  ) {
    super(codedMessage(params ? { code, params } : { code }, message));
    this.name = 'SignInRequiredError';
  }
}

const SUCCESS_PAGE =
  '<!doctype html><meta charset="utf-8"><title>SSPR Preview</title><p>Signed in. You can close this tab and return to SSPR Preview.</p>';
const ERROR_PAGE =
  '<!doctype html><meta charset="utf-8"><title>SSPR Preview</title><p>Sign-in did not complete. Return to SSPR Preview for details.</p>';

export class TenantAuth {
  private readonly app: PublicClientApplication;
  readonly graphRoot: string;

  constructor(private readonly options: TenantAuthOptions) {
    const { settings } = options;
    if (!settings.clientId)
      throw new SignInRequiredError(
        'Enter the application (client) ID of your app registration first.',
        'signIn.noClientId',
      );
    this.graphRoot = options.graphRoot ?? GRAPH_ROOTS[settings.cloud];
    const authority = options.authority;
    const config: Configuration = {
      auth: {
        clientId: settings.clientId,
        authority: authority?.url ?? `${AUTHORITY_HOSTS[settings.cloud]}/${settings.tenant || 'organizations'}`,
        ...(authority
          ? {
              knownAuthorities: authority.knownAuthorities,
              authorityMetadata: authority.authorityMetadata,
              cloudDiscoveryMetadata: authority.cloudDiscoveryMetadata,
            }
          : {}),
      },
      cache: { cachePlugin: options.cachePlugin },
      system: {
        networkClient: new MsalNetworkClient(options.transport),
        loggerOptions: { logLevel: LogLevel.Warning, piiLoggingEnabled: false, loggerCallback: () => undefined },
      },
    };
    this.app = new PublicClientApplication(config);
  }

  /** Scope strings for permission names, bound to this cloud's Graph resource. */
  scopes(permissions: readonly string[]): string[] {
    return permissions.map((permission) => `${this.graphRoot}/${permission}`);
  }

  async account(): Promise<AccountInfo | null> {
    const accounts = await this.app.getTokenCache().getAllAccounts();
    return accounts[0] ?? null;
  }

  async describeAccount(): Promise<TenantAccount | null> {
    const account = await this.account();
    return account ? { username: account.username, name: account.name ?? null, tenantId: account.tenantId } : null;
  }

  /** MSAL waits for the loopback redirect without a limit; an abandoned browser tab must not hang the page. */
  private interactive(request: Parameters<PublicClientApplication['acquireTokenInteractive']>[0]) {
    const limit = this.options.interactiveTimeoutMs ?? 5 * 60_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const within =
          limit >= 60_000 ? `${Math.round(limit / 60_000)} minute(s)` : `${Math.round(limit / 100) / 10} s`;
        reject(
          new SignInRequiredError(
            `The sign-in was not completed in the browser within ${within}. Sign in again.`,
            'signIn.timeout',
            { minutes: String(Math.max(1, Math.round(limit / 60_000))) },
          ),
        );
      }, limit);
    });
    return Promise.race([this.app.acquireTokenInteractive(request), timeout]).finally(() => clearTimeout(timer));
  }

  /** Interactive sign-in with the read permissions; returns the signed-in account. */
  async signIn(): Promise<TenantAccount> {
    const result = await this.interactive({
      scopes: this.scopes(READ_PERMISSIONS),
      openBrowser: this.options.openBrowser,
      prompt: 'select_account',
      successTemplate: SUCCESS_PAGE,
      errorTemplate: ERROR_PAGE,
    });
    if (!result.account) throw new SignInRequiredError('The sign-in returned no account.', 'signIn.noAccount');
    return { username: result.account.username, name: result.account.name ?? null, tenantId: result.account.tenantId };
  }

  /**
   * An access token for these permissions: silently (cache or refresh token) first; interactively only when
   * allowed — which the write path does after the admin confirmed the preview.
   */
  async accessToken(permissions: readonly string[], allowInteraction: boolean, forceRefresh = false): Promise<string> {
    const scopes = this.scopes(permissions);
    const account = await this.account();
    if (account) {
      try {
        const result = await this.app.acquireTokenSilent({ account, scopes, forceRefresh });
        if (result?.accessToken) return result.accessToken;
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError) || !allowInteraction) {
          if (error instanceof InteractionRequiredAuthError)
            throw new SignInRequiredError('The sign-in expired. Sign in again.', 'signIn.expired');
          throw error;
        }
      }
    } else if (!allowInteraction) {
      throw new SignInRequiredError();
    }
    const result = await this.interactive({
      scopes,
      openBrowser: this.options.openBrowser,
      ...(account ? { loginHint: account.username } : { prompt: 'select_account' }),
      successTemplate: SUCCESS_PAGE,
      errorTemplate: ERROR_PAGE,
    });
    return result.accessToken;
  }

  /** Forget every account and delete the encrypted cache file. */
  async signOut(): Promise<void> {
    const cache = this.app.getTokenCache();
    for (const account of await cache.getAllAccounts()) await cache.removeAccount(account);
    await this.options.cachePlugin.clear();
  }
}
