// One small HTTPS client for MSAL and Microsoft Graph, on node:https so a caller can pin extra trust (the local
// test peers' certificate) without touching process-wide settings. Production passes no CA: the system store applies.
import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export interface TransportOptions {
  /** Extra trusted certificate(s) in PEM. */
  ca?: string | string[];
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface RawRequest {
  method: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
}

/** A network failure with the URL it happened on; `code` is Node's (ECONNRESET, …). */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export function httpsRequest(url: string, request: RawRequest, options: TransportOptions = {}): Promise<RawResponse> {
  const target = new URL(url);
  if (target.protocol !== 'https:')
    return Promise.reject(new TransportError(`Refusing a non-HTTPS URL: ${url}`, url, undefined));
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) {
      reject(new DOMException('The request was cancelled.', 'AbortError'));
      return;
    }
    const req = https.request(
      target,
      {
        method: request.method,
        headers: request.headers,
        ca: options.ca,
        timeout: options.timeoutMs ?? 60_000,
        signal: request.signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error: NodeJS.ErrnoException) =>
          reject(
            new TransportError(
              `The connection dropped while reading ${target.pathname}: ${error.message}`,
              url,
              error.code,
            ),
          ),
        );
        res.on('aborted', () =>
          reject(new TransportError(`The connection dropped while reading ${target.pathname}.`, url, 'ECONNRESET')),
        );
        res.on('end', () => {
          if (!res.complete) {
            reject(new TransportError(`The connection dropped while reading ${target.pathname}.`, url, 'ECONNRESET'));
            return;
          }
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          }
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on('timeout', () =>
      req.destroy(new TransportError(`No answer from ${target.host} in time.`, url, 'ETIMEDOUT')),
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError') reject(error);
      else if (error instanceof TransportError) reject(error);
      else reject(new TransportError(`Could not reach ${target.host}: ${error.message}`, url, error.code));
    });
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/** MSAL's network module over the same transport (token, discovery and metadata requests). */
export class MsalNetworkClient implements INetworkModule {
  constructor(private readonly options: TransportOptions = {}) {}

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return this.send<T>(url, 'GET', options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>(url, 'POST', options);
  }

  private async send<T>(url: string, method: string, options?: NetworkRequestOptions, timeout?: number) {
    const response = await httpsRequest(
      url,
      { method, headers: options?.headers, body: method === 'POST' ? (options?.body ?? '') : undefined },
      { ...this.options, timeoutMs: timeout ?? this.options.timeoutMs },
    );
    const text = response.body.toString('utf8');
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as T };
  }
}

/** The last link of the Graph middleware chain: sends the request and hands back a WHATWG Response. */
export class HttpsMessageHandler implements Middleware {
  constructor(private readonly options: TransportOptions = {}) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const init = context.options ?? {};
    const headers: Record<string, string> = {};
    new Headers(init.headers as HeadersInit | undefined).forEach((value, name) => {
      headers[name] = value;
    });
    const body = typeof init.body === 'string' ? init.body : undefined;
    const response = await httpsRequest(
      url,
      { method: init.method ?? 'GET', headers, body, signal: (init.signal as AbortSignal | null) ?? undefined },
      this.options,
    );
    const empty = response.status === 204 || response.status === 304;
    context.response = new Response(empty ? null : new Uint8Array(response.body), {
      status: response.status,
      headers: response.headers,
    });
  }
}
