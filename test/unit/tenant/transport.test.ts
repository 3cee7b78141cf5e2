// The transport seam: the fetch-based transport the desktop app runs over Electron's net.fetch, driven here by undici's
// fetch against the local peers (same code path); the origin guard that keeps the token on the Graph host; and
// certificate / proxy / DNS failures in words that name the host and the cause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, fetch as undiciFetch } from 'undici';
import { createGraphClient } from '../../../main/tenant/graph-client';
import { fetchTransport, httpsRequest, TransportError } from '../../../main/tenant/https-transport';
import { describeNetworkFailure } from '../../../main/tenant/network-failure';
import { createPeerService, startPeers, type Peers } from '../../peers/harness';

let peers: Peers;

beforeAll(async () => {
  peers = await startPeers({ devices: 30, users: 10, pageSize: 7 });
});

afterAll(async () => {
  await peers.close();
});

/** undici's fetch trusting the peers' certificate: what net.fetch does with the OS store. */
function peerFetch(): typeof fetch {
  const dispatcher = new Agent({ connect: { ca: peers.certificate.cert } });
  return ((input: string, init?: RequestInit) =>
    undiciFetch(input, { ...(init as object), dispatcher } as never)) as unknown as typeof fetch;
}

describe('fetch transport (the seam Electron net.fetch plugs into)', () => {
  it('signs in and imports through the local peers with MSAL and Graph on the fetch transport', async () => {
    const service = await createPeerService(peers, { transport: { send: fetchTransport(peerFetch()) } });
    await service.signIn();
    await service.startImport();
    const progress = await service.waitForImport();
    expect(progress?.state).toBe('completed');
    expect(progress?.counts.devices).toBe(30);
    expect(peers.graph.requests.every((request) => request.authorized)).toBe(true);
  });

  it('refuses plain HTTP and reports an untrusted certificate naming the host', async () => {
    const send = fetchTransport(globalThis.fetch);
    await expect(send('http://graph.example/v1.0/devices', { method: 'GET' }, 5_000)).rejects.toThrow(/non-HTTPS/);
    // Node's own fetch does not trust the peers' self-signed certificate: the TLS-inspection case.
    const failure = send(`${peers.graph.origin}/v1.0/organization`, { method: 'GET' }, 5_000);
    await expect(failure).rejects.toBeInstanceOf(TransportError);
    await expect(failure).rejects.toThrow(
      new RegExp(`^Could not reach ${new URL(peers.graph.origin).host}: its TLS certificate is not trusted`),
    );
  });

  it('node:https without the peer certificate fails the same way', async () => {
    await expect(httpsRequest(`${peers.graph.origin}/v1.0/organization`, { method: 'GET' })).rejects.toThrow(
      /its TLS certificate is not trusted.*(SELF_SIGNED|CERT)/,
    );
  });
});

describe('Graph origin guard', () => {
  it('never sends a request (or the token) to another port on the Graph host', async () => {
    let tokenAsked = 0;
    const client = createGraphClient({
      graphRoot: peers.graph.origin,
      getAccessToken: async () => {
        tokenAsked += 1;
        return 'secret-token';
      },
      transport: { ca: peers.certificate.cert },
    });
    const other = new URL(peers.graph.origin);
    other.port = String(Number(other.port) + 1);
    await expect(client.api(`${other.origin}/v1.0/devices`).get()).rejects.toThrow(
      `Refused to send a request to ${other.origin}: only the configured Microsoft Graph (${peers.graph.origin}) is contacted.`,
    );
    expect(tokenAsked).toBe(0);
  });
});

describe('network failures in words', () => {
  it.each([
    ['net::ERR_PROXY_CONNECTION_FAILED', /the proxy refused or could not reach it.*net::ERR_PROXY_CONNECTION_FAILED/],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', /proxy/],
    ['net::ERR_PROXY_AUTH_UNSUPPORTED', /the proxy asked for credentials/],
    ['net::ERR_CERT_AUTHORITY_INVALID', /TLS certificate is not trusted.*operating system's certificate store/],
    ['net::ERR_NAME_NOT_RESOLVED', /could not be resolved/],
    ['net::ERR_CONNECTION_TIMED_OUT', /did not answer in time/],
  ])('%s', (code, expected) => {
    const { message } = describeNetworkFailure('https://graph.microsoft.com/v1.0/devices', new Error(code));
    expect(message).toMatch(/^Could not reach graph\.microsoft\.com: /);
    expect(message).toMatch(expected);
  });

  it('reads the cause chain fetch wraps errors in', () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND login.microsoftonline.com'), { code: 'ENOTFOUND' }),
    });
    expect(
      describeNetworkFailure('https://login.microsoftonline.com/organizations/oauth2/v2.0/token', error).message,
    ).toBe(
      'Could not reach login.microsoftonline.com: the name could not be resolved. Check the network connection and DNS (ENOTFOUND).',
    );
  });
});
