// Microsoft Graph SDK client with our middleware chain: bearer token → retry (429/503/504 honouring Retry-After,
// bounded) → HTTPS transport. Each retry is reported so the import can show it.
import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
} from '@microsoft/microsoft-graph-client';
import { HttpsMessageHandler, type TransportOptions } from './https-transport';

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com (no version). */
  graphRoot: string;
  getAccessToken(): Promise<string>;
  transport?: TransportOptions;
  /** Retries per request after the first answer (Graph's own guidance: a few, honouring Retry-After). */
  maxRetries?: number;
  /** Back-off base in seconds when no Retry-After is sent. */
  retryDelaySeconds?: number;
  /** Called before each retry wait. */
  onRetry?(status: number, attempt: number): void;
  /** Stops retrying once the import is cancelled. */
  signal?: AbortSignal;
}

export function createGraphClient(options: GraphClientOptions): Client {
  const authProvider: AuthenticationProvider = { getAccessToken: () => options.getAccessToken() };
  const auth = new AuthenticationHandler(authProvider);
  const retry = new RetryHandler(
    new RetryHandlerOptions(
      options.retryDelaySeconds ?? 3,
      options.maxRetries ?? 4,
      (_delay, attempt, _request, _init, response) => {
        if (options.signal?.aborted) return false;
        options.onRetry?.((response as Response).status, attempt + 1);
        return true;
      },
    ),
  );
  auth.setNext(retry);
  retry.setNext(new HttpsMessageHandler(options.transport));
  return Client.initWithMiddleware({
    middleware: auth,
    baseUrl: `${options.graphRoot}/`,
    defaultVersion: 'v1.0',
    // The SDK attaches the token only to Graph hosts; a sovereign or local Graph must be named here.
    customHosts: new Set([new URL(options.graphRoot).hostname]),
  });
}
