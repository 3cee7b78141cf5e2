// The registry route of R-POLICY-SRC as a .reg file: HKLM\SOFTWARE\Policies\Microsoft\AzureADAccount AllowPasswordReset = 1.
import { PASSWORD_RESET_REGISTRY_KEY, PASSWORD_RESET_REGISTRY_VALUE } from '../model/scenario';
import { buildRegFile, formatDword } from './reg-encoding';

export { formatDword };

/**
 * The .reg text that sets AllowPasswordReset = 1 (Allowed). Plain ASCII so it imports whether the file is read as
 * ANSI or UTF-8; comments start with ';' as regedit allows.
 */
export function buildRegistryFile(): string {
  return buildRegFile(
    [
      {
        path: PASSWORD_RESET_REGISTRY_KEY,
        values: [{ name: PASSWORD_RESET_REGISTRY_VALUE, type: 'dword', data: 1 }],
      },
    ],
    [
      'SSPR Preview: show "Reset password" on the Windows sign-in screen (AllowAadPasswordReset = 1).',
      'Registry route: for testing; it skips Intune, but the join-state rules still apply.',
    ],
  );
}
