// The registry route of R-POLICY-SRC as a .reg file: HKLM\SOFTWARE\Policies\Microsoft\AzureADAccount AllowPasswordReset = 1.
import { PASSWORD_RESET_REGISTRY_KEY, PASSWORD_RESET_REGISTRY_VALUE } from '../model/scenario';

/** Regedit expects Windows line ends; a file with bare LF still imports, but CRLF is what regedit itself writes. */
const CRLF = '\r\n';

/** Formats a DWORD the way regedit exports it: eight lower-case hex digits. */
export function formatDword(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError(`A DWORD is an integer from 0 to 4294967295, got ${value}`);
  }
  return `dword:${value.toString(16).padStart(8, '0')}`;
}

/**
 * The .reg text that sets AllowPasswordReset = 1 (Allowed). Plain ASCII so it imports whether the file is read as
 * ANSI or UTF-8; comments start with ';' as regedit allows.
 */
export function buildRegistryFile(): string {
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    '; SSPR Preview: show "Reset password" on the Windows sign-in screen (AllowAadPasswordReset = 1).',
    '; Registry route: for testing; it skips Intune, but the join-state rules still apply.',
    `[${PASSWORD_RESET_REGISTRY_KEY}]`,
    `"${PASSWORD_RESET_REGISTRY_VALUE}"=${formatDword(1)}`,
    '',
  ];
  return lines.join(CRLF);
}
