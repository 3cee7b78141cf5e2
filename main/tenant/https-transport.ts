// The transport seam for MSAL and Microsoft Graph: one `send(url, request)` behind both. The desktop app plugs in
// Electron's network stack (net.fetch: the system proxy, PAC files and the OS certificate store — see
// electron-transport.ts); tests and the CLI bench use node:https with the local peers' certificate pinned, or any
// fetch implementation through fetchTransport (the same code path as Electron's).
import https from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { describeNetworkFailure } from './network-failure';

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

/** Sends one request; rejects with TransportError (or an AbortError when cancelled). */
export type SendRequest = (url: string, request: RawRequest, timeoutMs: number) => Promise<RawResponse>;

export interface TransportOptions {
  /** Extra trusted certificate(s) in PEM, for the node:https transport (the local test peers). */
  ca?: string | string[];
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
  /** Another transport behind the same seam (Electron net.fetch, or a fetch implementation). */
  send?: SendRequest;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** A network failure with the URL it happened on; `code` is Chromium's or Node's (net::ERR_…, ECONNRESET, …). */
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

function transportError(url: string, error: unknown): TransportError {
  const { message, code } = describeNetworkFailure(url, error);
  return new TransportError(message, url, code);
}

function refuseInsecure(url: string): TransportError | null {
  return new URL(url).protocol === 'https:'
    ? null
    : new TransportError(`Refusing a non-HTTPS URL: ${url}`, url, undefined);
}

export function httpsRequest(url: string, request: RawRequest, options: TransportOptions = {}): Promise<RawResponse> {
  const refused = refuseInsecure(url);
  if (refused) return Promise.reject(refused);
  const target = new URL(url);
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
        timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        signal: request.signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        const dropped = () =>
          new TransportError(
            `The connection to ${target.host} dropped while reading ${target.pathname}.`,
            url,
            'ECONNRESET',
          );
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', () => reject(dropped()));
        res.on('aborted', () => reject(dropped()));
        res.on('end', () => {
          if (!res.complete) {
            reject(dropped());
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
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError') reject(error);
      else if (error instanceof TransportError) reject(error);
      else reject(transportError(url, error));
    });
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/**
 * A transport over any WHATWG fetch: Electron's net.fetch in the desktop app (system proxy and OS certificates), or
 * another fetch in tests. Redirects are not followed (Graph and the token endpoint don't redirect; a proxy's redirect
 * to a portal is shown as what it is).
 */
export function fetchTransport(fetchImpl: typeof fetch): SendRequest {
  return async (url, request, timeoutMs) => {
    const refused = refuseInsecure(url);
    if (refused) throw refused;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: request.method,
        headers: request.headers,
        body:
          request.body === undefined
            ? undefined
            : typeof request.body === 'string'
              ? request.body
              : new Uint8Array(request.body),
        signal,
        redirect: 'manual',
      });
    } catch (error) {
      if (request.signal?.aborted) throw new DOMException('The request was cancelled.', 'AbortError');
      throw transportError(url, timeout.aborted ? Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' }) : error);
    }
    let body: Buffer;
    try {
      body = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      if (request.signal?.aborted) throw new DOMException('The request was cancelled.', 'AbortError');
      throw new TransportError(
        `The connection to ${new URL(url).host} dropped while reading ${new URL(url).pathname}.`,
        url,
        'ECONNRESET',
      );
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return { status: response.status, headers, body };
  };
}

function sender(options: TransportOptions): (url: string, request: RawRequest) => Promise<RawResponse> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return options.send
    ? (url, request) => options.send!(url, request, timeout)
    : (url, request) => httpsRequest(url, request, options);
}

/** MSAL's network module over the same seam (token, discovery and metadata requests). */
export class MsalNetworkClient implements INetworkModule {
  constructor(private readonly options: TransportOptions = {}) {}

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return this.send<T>(url, 'GET', options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>(url, 'POST', options);
  }

  private async send<T>(url: string, method: string, options?: NetworkRequestOptions, timeout?: number) {
    const send = sender({ ...this.options, timeoutMs: timeout ?? this.options.timeoutMs });
    const response = await send(url, {
      method,
      headers: options?.headers,
      body: method === 'POST' ? (options?.body ?? '') : undefined,
    });
    const text = response.body.toString('utf8');
    let body: unknown = {};
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new TransportError(
          `${new URL(url).host} answered the sign-in request with something other than JSON (HTTP ${response.status}) — a proxy or captive portal may be answering instead.`,
          url,
          undefined,
        );
      }
    }
    return { status: response.status, headers: response.headers, body: body as T };
  }
}

/** The last link of the Graph middleware chain: sends the request and hands back a WHATWG Response. */
export class HttpsMessageHandler implements Middleware {
  private readonly send: (url: string, request: RawRequest) => Promise<RawResponse>;

  constructor(options: TransportOptions = {}) {
    this.send = sender(options);
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const init = context.options ?? {};
    const headers: Record<string, string> = {};
    new Headers(init.headers as HeadersInit | undefined).forEach((value, name) => {
      headers[name] = value;
    });
    const body = typeof init.body === 'string' ? init.body : undefined;
    const response = await this.send(url, {
      method: init.method ?? 'GET',
      headers,
      body,
      signal: (init.signal as AbortSignal | null) ?? undefined,
    });
    const empty = response.status === 204 || response.status === 304;
    context.response = new Response(empty ? null : new Uint8Array(response.body), {
      status: response.status,
      headers: response.headers,
    });
  }
}
