// A failed connection in words an admin can act on: which host, and whether the proxy, the certificate (TLS
// inspection with a root the OS trusts but the app does not, or an expired one), DNS or the server is the cause.
// Chromium's net error names (Electron net.fetch) and Node's error codes (node:https, undici) are both understood.

export type NetworkCause = 'proxy' | 'proxyAuth' | 'certificate' | 'dns' | 'refused' | 'timeout' | 'reset' | 'other';

const CAUSES: [RegExp, NetworkCause][] = [
  [/ERR_PROXY_AUTH|ERR_PROXY_AUTHENTICATION|407/i, 'proxyAuth'],
  [/ERR_PROXY|ERR_TUNNEL_CONNECTION_FAILED|ERR_MANDATORY_PROXY|ERR_PAC_/i, 'proxy'],
  [
    /ERR_CERT_|ERR_SSL_|CERT_|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|DEPTH_ZERO_SELF_SIGNED|ERR_TLS_CERT|certificate/i,
    'certificate',
  ],
  [/ERR_NAME_NOT_RESOLVED|ENOTFOUND|EAI_AGAIN|ERR_NAME_RESOLUTION_FAILED/i, 'dns'],
  [/ERR_CONNECTION_REFUSED|ECONNREFUSED/i, 'refused'],
  [/ERR_TIMED_OUT|ERR_CONNECTION_TIMED_OUT|ETIMEDOUT|TimeoutError|UND_ERR_CONNECT_TIMEOUT/i, 'timeout'],
  [/ERR_CONNECTION_RESET|ECONNRESET|socket hang up|ERR_CONNECTION_CLOSED|UND_ERR_SOCKET/i, 'reset'],
];

const ADVICE: Record<NetworkCause, string> = {
  proxyAuth:
    'the proxy asked for credentials the app could not give. Allow the host through the proxy without authentication, or sign in to the proxy in Windows first',
  proxy:
    'the proxy refused or could not reach it. Check the system proxy settings (or the PAC file) and that the proxy allows this host',
  certificate:
    "its TLS certificate is not trusted. If your network inspects TLS, install the inspection root certificate in the operating system's certificate store (the desktop app trusts the OS store), or exempt this host from inspection",
  dns: 'the name could not be resolved. Check the network connection and DNS',
  refused: 'the connection was refused',
  timeout: 'it did not answer in time',
  reset: 'the connection dropped',
  other: 'the connection failed',
};

/** Every message and code in an error's cause chain (fetch wraps the real error in `cause`). */
function chainText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const item = current as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
    parts.push([item.name, item.code, item.message].filter((part) => typeof part === 'string').join(' '));
    current = item.cause;
  }
  return parts.join(' | ');
}

export function networkCause(error: unknown): NetworkCause {
  const text = chainText(error);
  return CAUSES.find(([pattern]) => pattern.test(text))?.[1] ?? 'other';
}

/** The most specific code in the chain (net::ERR_…, ECONNRESET, SELF_SIGNED_CERT_IN_CHAIN …). */
export function networkCode(error: unknown): string | undefined {
  const text = chainText(error);
  return /net::ERR_[A-Z_]+/.exec(text)?.[0] ?? /\b(E[A-Z]{3,}|[A-Z_]*CERT[A-Z_]*|UND_ERR_[A-Z_]+)\b/.exec(text)?.[1];
}

export function describeNetworkFailure(url: string, error: unknown): { message: string; code: string | undefined } {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // keep the text as given
  }
  const cause = networkCause(error);
  const code = networkCode(error);
  return { message: `Could not reach ${host}: ${ADVICE[cause]}${code ? ` (${code})` : ''}.`, code };
}
