// A local OAuth 2.0 / OpenID Connect authority over HTTPS, enough for MSAL's real public-client code paths:
// authorize (code + PKCE S256, redirect to the loopback), token (authorization_code, refresh_token), metadata.
// It also plays the system browser: following the authorize URL and delivering the redirect.
import https from 'node:https';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import type { PeerCertificate } from './tls';

export interface AuthorityPeerOptions {
  certificate: PeerCertificate;
  tenantId: string;
  clientId: string;
  user?: { oid: string; username: string; name: string };
  accessTokenLifetimeSeconds?: number;
}

interface PendingCode {
  challenge: string;
  redirectUri: string;
  scope: string;
  nonce: string | null;
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

export class AuthorityPeer {
  readonly grants = { authorization_code: 0, refresh_token: 0 };
  readonly issuedAccessTokens = new Set<string>();
  /** Scopes of each issued access token, for checks that writes were asked for only on apply. */
  readonly tokenScopes = new Map<string, string>();
  private readonly codes = new Map<string, PendingCode>();
  private readonly refreshTokens = new Map<string, string>();
  private readonly user: NonNullable<AuthorityPeerOptions['user']>;

  private constructor(
    private readonly server: https.Server,
    readonly origin: string,
    private readonly options: AuthorityPeerOptions,
  ) {
    this.user = options.user ?? {
      oid: 'a0000000-0000-4000-8000-000000000000',
      username: 'admin@contoso.com',
      name: 'Contoso Admin',
    };
  }

  static async start(options: AuthorityPeerOptions): Promise<AuthorityPeer> {
    const server = https.createServer({ key: options.certificate.key, cert: options.certificate.cert });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const peer = new AuthorityPeer(server, `https://localhost:${port}`, options);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      peer
        .handle(req, res)
        .catch((error: Error) => peer.json(res, 500, { error: 'server_error', error_description: error.message }));
    });
    return peer;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get authorityUrl(): string {
    return `${this.origin}/${this.options.tenantId}`;
  }

  get host(): string {
    return new URL(this.origin).host;
  }

  /** The OpenID configuration, as MSAL's `authorityMetadata` string. */
  get authorityMetadata(): string {
    const root = this.authorityUrl;
    return JSON.stringify({
      issuer: `${root}/v2.0`,
      authorization_endpoint: `${root}/oauth2/v2.0/authorize`,
      token_endpoint: `${root}/oauth2/v2.0/token`,
      end_session_endpoint: `${root}/oauth2/v2.0/logout`,
      jwks_uri: `${root}/discovery/v2.0/keys`,
      response_types_supported: ['code'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    });
  }

  /** Instance discovery answer, as MSAL's `cloudDiscoveryMetadata` string. */
  get cloudDiscoveryMetadata(): string {
    return JSON.stringify({
      tenant_discovery_endpoint: `${this.authorityUrl}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: this.host, preferred_cache: this.host, aliases: [this.host] }],
    });
  }

  isValidAccessToken(token: string): boolean {
    return this.issuedAccessTokens.has(token);
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const root = `/${this.options.tenantId}`;
    if (req.method === 'GET' && url.pathname === `${root}/v2.0/.well-known/openid-configuration`) {
      this.json(res, 200, JSON.parse(this.authorityMetadata));
    } else if (req.method === 'GET' && url.pathname === `${root}/oauth2/v2.0/authorize`) {
      this.authorize(url, res);
    } else if (req.method === 'POST' && url.pathname === `${root}/oauth2/v2.0/token`) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      this.token(new URLSearchParams(Buffer.concat(chunks).toString('utf8')), res);
    } else {
      this.json(res, 404, { error: 'not_found' });
    }
  }

  private authorize(url: URL, res: ServerResponse): void {
    const params = url.searchParams;
    const redirectUri = params.get('redirect_uri') ?? '';
    const problems = [
      params.get('client_id') !== this.options.clientId && 'unknown client_id',
      params.get('response_type') !== 'code' && 'response_type must be code',
      params.get('code_challenge_method') !== 'S256' && 'PKCE S256 required',
      !/^http:\/\/localhost(:\d+)?\/?/.test(redirectUri) && 'redirect_uri must be a loopback http://localhost',
      params.get('response_mode') !== 'form_post' && 'response_mode must be form_post',
    ].filter(Boolean);
    if (problems.length) {
      this.json(res, 400, { error: 'invalid_request', error_description: problems.join('; ') });
      return;
    }
    const code = base64url(randomBytes(24));
    this.codes.set(code, {
      challenge: params.get('code_challenge') ?? '',
      redirectUri,
      scope: params.get('scope') ?? '',
      nonce: params.get('nonce'),
    });
    // response_mode=form_post: the browser posts the answer to the loopback (MSAL refuses codes in the URL).
    const fields = { code, state: params.get('state') ?? '', client_info: this.clientInfo() };
    const inputs = Object.entries(fields)
      .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
      .join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><form method="post" action="${escapeHtml(redirectUri)}">${inputs}</form>` +
        '<script>document.forms[0].submit()</script>',
    );
  }

  private clientInfo(): string {
    return base64url(JSON.stringify({ uid: this.user.oid, utid: this.options.tenantId }));
  }

  private idToken(nonce: string | null): string {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const claims = base64url(
      JSON.stringify({
        aud: this.options.clientId,
        iss: `${this.authorityUrl}/v2.0`,
        iat: now,
        nbf: now,
        exp: now + 3600,
        oid: this.user.oid,
        sub: this.user.oid,
        tid: this.options.tenantId,
        preferred_username: this.user.username,
        name: this.user.name,
        ...(nonce ? { nonce } : {}),
        ver: '2.0',
      }),
    );
    return `${header}.${claims}.c2lnbmF0dXJl`;
  }

  private issue(res: ServerResponse, scope: string, nonce: string | null): void {
    const accessToken = `at.${base64url(randomBytes(24))}`;
    const refreshToken = `rt.${base64url(randomBytes(24))}`;
    this.issuedAccessTokens.add(accessToken);
    this.tokenScopes.set(accessToken, scope);
    this.refreshTokens.set(refreshToken, scope);
    const lifetime = this.options.accessTokenLifetimeSeconds ?? 3600;
    this.json(res, 200, {
      token_type: 'Bearer',
      scope,
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: accessToken,
      refresh_token: refreshToken,
      id_token: this.idToken(nonce),
      client_info: this.clientInfo(),
    });
  }

  private token(form: URLSearchParams, res: ServerResponse): void {
    if (form.get('client_id') !== this.options.clientId) {
      this.json(res, 400, { error: 'invalid_client', error_description: 'unknown client_id' });
      return;
    }
    if (form.get('grant_type') === 'authorization_code') {
      const pending = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!pending || pending.challenge !== challenge || pending.redirectUri !== form.get('redirect_uri')) {
        this.json(res, 400, {
          error: 'invalid_grant',
          error_description: 'code, PKCE verifier or redirect_uri mismatch',
        });
        return;
      }
      this.grants.authorization_code += 1;
      this.issue(res, form.get('scope') ?? pending.scope, pending.nonce);
      return;
    }
    if (form.get('grant_type') === 'refresh_token') {
      const known = this.refreshTokens.get(form.get('refresh_token') ?? '');
      if (!known) {
        this.json(res, 400, {
          error: 'invalid_grant',
          error_description: 'AADSTS70000: refresh token unknown',
          suberror: 'bad_token',
        });
        return;
      }
      this.grants.refresh_token += 1;
      this.issue(res, form.get('scope') ?? known, null);
      return;
    }
    this.json(res, 400, { error: 'unsupported_grant_type' });
  }

  /** Plays the system browser for an authorize URL of this authority. */
  async playBrowser(authorizeUrl: string): Promise<string> {
    return playBrowser(authorizeUrl, this.options.certificate.cert);
  }
}

/**
 * The system browser: GET the authorize page (trusting the peers' certificate), then submit its form_post to the
 * app's loopback listener. Returns the page the app showed.
 */
export async function playBrowser(authorizeUrl: string, caCertificate: string): Promise<string> {
  const page = await new Promise<string>((resolve, reject) => {
    https
      .get(authorizeUrl, { ca: caCertificate }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode === 200) resolve(text);
          else reject(new Error(`authorize answered ${res.statusCode}: ${text}`));
        });
      })
      .on('error', reject);
  });
  const action = /<form method="post" action="([^"]+)">/.exec(page)?.[1];
  if (!action) throw new Error('The authorize page has no form to submit.');
  const form = new URLSearchParams();
  for (const match of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.set(match[1], unescapeHtml(match[2]));
  }
  const body = form.toString();
  return new Promise<string>((resolve, reject) => {
    const req = http.request(
      unescapeHtml(action),
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
