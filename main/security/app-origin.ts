// The app's own origin: every page is served from app://sspr-preview, never from a remote or file:// URL.

export const APP_SCHEME = 'app';
export const APP_HOST = 'sspr-preview';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Origin as "scheme://host[:port]". Node's URL reports "null" as the origin of non-special schemes such as app:,
 * so the origin is built from the parsed parts instead; unparsable input has no origin.
 */
export function originOf(rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (!url.host) return null;
  return `${url.protocol}//${url.host}`.toLowerCase();
}

export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True only for URLs on the app's own origin (exact origin comparison, never a prefix test). */
export function isAppUrl(rawUrl: string): boolean {
  return originOf(rawUrl) === APP_ORIGIN;
}
