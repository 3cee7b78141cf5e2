// Navigation, new windows, webviews and permissions: everything that could take the page off the app's origin is denied.
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { openDocUrl } from './external-links';

/** Denies navigation and redirects that leave app://sspr-preview; denies every new window and <webview>. */
export function guardWebContents(contents: WebContents): void {
  const denyForeign = (event: { preventDefault(): void; url?: string }, url?: string) => {
    const target = url ?? event.url ?? '';
    if (!isAppUrl(target)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => denyForeign(event, url));
  contents.on('will-frame-navigate', (event) => denyForeign(event, event.url));
  contents.on('will-redirect', (event, url) => denyForeign(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link to the docs opens in the system browser (if allow-listed); the app itself never opens a window.
    void openDocUrl(url).catch(() => false);
    return { action: 'deny' };
  });
}

/** The app needs no permission at all (no camera, notifications, clipboard-read, geolocation…). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}

/** Schemes the page may load at all: its own origin plus in-memory data and blob URLs (images, exports). */
export function isPermittedRequestUrl(rawUrl: string): boolean {
  if (isAppUrl(rawUrl)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(rawUrl)?.[1]?.toLowerCase();
  return scheme === 'data' || scheme === 'blob' || scheme === 'devtools';
}

/** Second line behind the CSP: the renderer's session never reaches the network or the file system. */
export function blockRemoteRequests(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPermittedRequestUrl(details.url) }));
}

/** Applies the guards to every web contents the app ever creates, including ones it did not expect. */
export function guardAllWebContents(app: Electron.App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
