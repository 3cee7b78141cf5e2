// Microsoft Graph SDK client with our middleware chain: origin guard → bearer token → retry (429/503/504 honouring
// Retry-After, bounded) → transport. The guard refuses, before any token is attached, a request to any other scheme,
// host or port than the configured Graph; each retry is reported so the import can show it.
import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { HttpsMessageHandler, TransportError, type TransportOptions } from './https-transport';

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

/** First link of the chain: only the configured Graph origin is ever contacted (the token never leaves it). */
export class GraphOriginGuard implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly origin: string) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    let origin = '';
    try {
      origin = new URL(url).origin;
    } catch {
      // not a URL: refused below
    }
    if (origin !== this.origin) {
      throw new TransportError(
        `Refused to send a request to ${origin || url}: only the configured Microsoft Graph (${this.origin}) is contacted.`,
        url,
        undefined,
      );
    }
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function createGraphClient(options: GraphClientOptions): Client {
  const origin = new URL(options.graphRoot).origin;
  const guard = new GraphOriginGuard(origin);
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
  guard.setNext(auth);
  auth.setNext(retry);
  retry.setNext(new HttpsMessageHandler(options.transport));
  return Client.initWithMiddleware({
    middleware: guard,
    baseUrl: `${options.graphRoot}/`,
    defaultVersion: 'v1.0',
    // The SDK attaches the token only to Graph hosts; a sovereign or local Graph must be named here.
    customHosts: new Set([new URL(options.graphRoot).hostname]),
  });
}
