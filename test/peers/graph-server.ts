// A local Microsoft Graph-compatible HTTPS server: the read endpoints of the tenant import with @odata.nextLink paging,
// the write endpoints of the apply plan, bearer-token checks, and scripted faults (429/503 with Retry-After,
// a dropped connection, malformed JSON, 403).
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { PeerCertificate } from './tls';
import type { Collection, TenantFixture } from './tenant-fixture';

/** Appended to every skip token: '+', '/' and '=' must survive the round trip through the client. */
export const OPAQUE_TOKEN_TAIL = 'RFNwdAoA+QAB/QA==';

export type FaultKind = 'throttle' | 'unavailable' | 'drop' | 'malformed' | 'forbidden' | 'custom';

export interface Fault {
  /** Tested against the decoded path and query, e.g. /\/v1.0\/devices\?\$top=999&\$skiptoken=200~/. */
  match: RegExp;
  kind: FaultKind;
  /** How many matching requests fail before the endpoint answers normally (Infinity: always). */
  times: number;
  retryAfterSeconds?: number;
  /** kind 'custom': the answer to send instead (Graph's documented quirks, an HTML page, a hostile next link). */
  custom?: { status?: number; contentType?: string; body: string | ((origin: string) => string) };
}

export interface GraphPeerOptions {
  certificate: PeerCertificate;
  fixture: TenantFixture;
  pageSize?: number;
  /** Accepts or refuses a bearer token (the local authority's issued tokens). */
  acceptToken(token: string): boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  authorized: boolean;
  status: number;
}

export class GraphPeer {
  readonly requests: LoggedRequest[] = [];
  readonly writes: { method: string; path: string; body: unknown }[] = [];
  faults: Fault[] = [];
  private constructor(
    private readonly server: https.Server,
    readonly origin: string,
    private readonly options: GraphPeerOptions,
  ) {}

  static async start(options: GraphPeerOptions): Promise<GraphPeer> {
    const server = https.createServer({ key: options.certificate.key, cert: options.certificate.cert });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const peer = new GraphPeer(server, `https://localhost:${port}`, options);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      peer.handle(req, res).catch((error: Error) => {
        if (!res.headersSent) peer.json(res, 500, { error: { code: 'peerError', message: error.message } });
      });
    });
    return peer;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  }

  private fault(target: string): Fault | undefined {
    const fault = this.faults.find((candidate) => candidate.times > 0 && candidate.match.test(target));
    if (fault) fault.times -= 1;
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const target = decodeURIComponent(url.pathname + url.search);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const authorized = token !== undefined && this.options.acceptToken(token);
    const log: LoggedRequest = { method: req.method ?? 'GET', path: target, authorized, status: 0 };
    this.requests.push(log);
    res.on('finish', () => {
      log.status = res.statusCode;
    });
    if (!authorized) {
      this.json(res, 401, {
        error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty or invalid.' },
      });
      return;
    }
    const fault = this.fault(target);
    if (fault) {
      this.applyFault(res, fault);
      return;
    }
    if (req.method === 'POST') {
      await this.write(req, res, url.pathname);
      return;
    }
    this.read(res, url);
  }

  private applyFault(res: ServerResponse, fault: Fault): void {
    const retryAfter: Record<string, string> =
      fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
    switch (fault.kind) {
      case 'throttle':
        this.json(res, 429, { error: { code: 'TooManyRequests', message: 'Too many requests.' } }, retryAfter);
        return;
      case 'unavailable':
        this.json(res, 503, { error: { code: 'serviceNotAvailable', message: 'Service unavailable.' } }, retryAfter);
        return;
      case 'forbidden':
        this.json(res, 403, {
          error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' },
        });
        return;
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"value": [{"id": "half');
        return;
      case 'custom': {
        const custom = fault.custom!;
        const body = typeof custom.body === 'function' ? custom.body(this.origin) : custom.body;
        res.writeHead(custom.status ?? 200, {
          'content-type': custom.contentType ?? 'application/json',
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
        return;
      }
      case 'drop':
        // Promise a long body, send part of it, then cut the connection.
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
        res.write('{"value": [');
        setTimeout(() => res.socket?.destroy(), 20);
        return;
    }
  }

  private page(res: ServerResponse, url: URL, collection: Collection): void {
    const pageSize = Math.min(Number(url.searchParams.get('$top')) || Infinity, this.options.pageSize ?? 100);
    const token = url.searchParams.get('$skiptoken');
    // Real skip tokens are opaque and carry characters that need URL encoding; a client that alters the
    // nextLink (re-encoding, dropping a parameter) gets a 400 here, as it would from Graph.
    if (token !== null && !token.endsWith(`~${OPAQUE_TOKEN_TAIL}`)) {
      this.json(res, 400, { error: { code: 'BadRequest', message: `The $skiptoken was altered: ${token}` } });
      return;
    }
    const offset = token === null ? 0 : Number.parseInt(token, 10);
    const end = Math.min(offset + pageSize, collection.count);
    const value = [];
    for (let i = offset; i < end; i += 1) value.push(collection.itemAt(i));
    const body: Record<string, unknown> = { '@odata.context': `${this.origin}${url.pathname}`, value };
    if (end < collection.count) {
      const next = new URL(url.pathname, this.origin);
      if (url.searchParams.get('$top')) next.searchParams.set('$top', url.searchParams.get('$top')!);
      next.searchParams.set('$skiptoken', `${end}~${OPAQUE_TOKEN_TAIL}`);
      body['@odata.nextLink'] = next.toString();
    }
    this.json(res, 200, body);
  }

  private read(res: ServerResponse, url: URL): void {
    const { fixture } = this.options;
    const path = url.pathname;
    const collection = fixture.collections[path];
    if (collection) return this.page(res, url, collection);
    const singleton = fixture.singletons[path];
    if (singleton) return this.json(res, 200, singleton);
    const groupMatch = /^\/v1\.0\/groups\/([^/]+)(\/transitiveMembers)?$/.exec(path);
    const group = groupMatch ? fixture.groups.get(groupMatch[1]) : undefined;
    if (groupMatch && !group) {
      return this.json(res, 404, {
        error: { code: 'Request_ResourceNotFound', message: `Resource '${groupMatch[1]}' does not exist.` },
      });
    }
    if (group && groupMatch?.[2]) return this.page(res, url, group.members);
    if (group) return this.json(res, 200, { id: groupMatch![1], displayName: group.displayName });
    this.json(res, 404, { error: { code: 'BadRequest', message: `Resource not found for the segment '${path}'.` } });
  }

  private async write(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    this.writes.push({ method: 'POST', path, body });
    if (/\/members\/\$ref$/.test(path)) {
      res.writeHead(204).end();
      return;
    }
    if (/\/assign$/.test(path)) {
      this.json(res, 200, { value: body.assignments ?? [] });
      return;
    }
    this.json(res, 201, { ...body, id: randomUUID() });
  }
}
