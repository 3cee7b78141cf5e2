// The desktop transport hands every MSAL and Graph request to Electron's net.fetch (system proxy, PAC, OS
// certificates) and turns Chromium's net errors into a message naming the host and the cause.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const netFetch = vi.fn<(input: string, init?: RequestInit) => Promise<Response>>();
vi.mock('electron', () => ({ net: { fetch: (input: string, init?: RequestInit) => netFetch(input, init) } }));

const { electronTransport } = await import('../../../main/tenant/electron-transport');

beforeEach(() => {
  netFetch.mockReset();
});

describe('Electron net.fetch transport', () => {
  it('sends the request through net.fetch without following redirects, and returns status, headers and body', async () => {
    netFetch.mockResolvedValue(
      new Response('{"value":[]}', { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    const send = electronTransport().send!;
    const response = await send(
      'https://graph.microsoft.com/v1.0/devices',
      { method: 'GET', headers: { authorization: 'Bearer t' } },
      5_000,
    );
    expect(netFetch).toHaveBeenCalledWith(
      'https://graph.microsoft.com/v1.0/devices',
      expect.objectContaining({ method: 'GET', redirect: 'manual', headers: { authorization: 'Bearer t' } }),
    );
    expect(response).toMatchObject({ status: 200, headers: { 'content-type': 'application/json' } });
    expect(response.body.toString('utf8')).toBe('{"value":[]}');
  });

  it.each([
    ['net::ERR_PROXY_CONNECTION_FAILED', 'the proxy refused or could not reach it'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'its TLS certificate is not trusted'],
  ])('%s is a clear message naming the host', async (code, cause) => {
    netFetch.mockRejectedValue(new Error(code));
    await expect(
      electronTransport().send!(
        'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
        { method: 'POST', body: 'x' },
        5_000,
      ),
    ).rejects.toThrow(`Could not reach login.microsoftonline.com: ${cause}`);
  });
});
