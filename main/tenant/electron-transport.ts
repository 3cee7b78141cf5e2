// The desktop app's transport for MSAL and Graph: Electron's network stack (net.fetch on the default session), so
// the system proxy settings, PAC files, authenticated proxies Windows already signed in to and the operating system's
// certificate store (TLS inspection roots) all apply, exactly as in the admin's browser.
import { net } from 'electron';
import { fetchTransport, type TransportOptions } from './https-transport';

export function electronTransport(): TransportOptions {
  return { send: fetchTransport((input, init) => net.fetch(input as string, init)) };
}
