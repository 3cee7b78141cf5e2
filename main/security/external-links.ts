// shell.openExternal only for Microsoft documentation: https, an allow-listed host, parsed with URL.
import { shell } from 'electron';

/** Hosts whose every https page may be opened in the system browser. */
const ALLOWED_HOSTS = new Set([
  'learn.microsoft.com',
  'docs.microsoft.com',
  'support.microsoft.com',
  'aka.ms',
  'go.microsoft.com',
]);
/** github.com only below these owners (first path segment, compared case-insensitively as GitHub does). */
const ALLOWED_GITHUB_OWNERS = new Set(['microsoftdocs']);

export function isAllowedDocUrl(rawUrl: string): boolean {
  if (typeof rawUrl !== 'string' || rawUrl.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  if (ALLOWED_HOSTS.has(host)) return true;
  if (host === 'github.com') {
    const owner = url.pathname.split('/')[1] ?? '';
    return ALLOWED_GITHUB_OWNERS.has(owner.toLowerCase());
  }
  return false;
}

/** Opens an allow-listed documentation URL in the system browser; returns false (and opens nothing) otherwise. */
export async function openDocUrl(rawUrl: string): Promise<boolean> {
  if (!isAllowedDocUrl(rawUrl)) return false;
  // Re-serialise the parsed URL so what is opened is exactly what was checked.
  await shell.openExternal(new URL(rawUrl).href);
  return true;
}

/** Documentation listed under Help › Spec sources (labels name the spec's source keys). */
export const SPEC_SOURCES: ReadonlyArray<{ label: string; url: string }> = [
  {
    label: 'W25: Enable SSPR on the Windows sign-in screen',
    url: 'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows',
  },
  {
    label: 'CSP: Policy CSP – Authentication',
    url: 'https://learn.microsoft.com/windows/client-management/mdm/policy-csp-authentication',
  },
  {
    label: 'HOW: How self-service password reset works',
    url: 'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks',
  },
  {
    label: 'POL: Password policies and restrictions',
    url: 'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy',
  },
  {
    label: 'LIC: SSPR licensing',
    url: 'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-licensing',
  },
  {
    label: 'TS: Troubleshoot self-service password reset',
    url: 'https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr',
  },
  {
    label: 'PIN: Windows Hello for Business PIN reset',
    url: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
  },
  {
    label: 'ASG: Assign device profiles in Intune',
    url: 'https://learn.microsoft.com/intune/intune-service/configuration/device-profile-assign',
  },
  { label: 'GH: azure-docs issues (field evidence)', url: 'https://github.com/MicrosoftDocs/azure-docs/issues' },
];
