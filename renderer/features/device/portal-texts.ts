// Which catalogue texts the portal shows for a denial: shared by the screens and the trainer's notes.

/** End-user text per SSPR_00xx code (as the SSPR portal words its error pages); codes without a known page text use the generic line. */
const CODE_MESSAGES: Record<string, string[]> = {
  SSPR_0009: ['portal.adminNotEnabledYou'],
  SSPR_0011: ['portal.notEnabled'],
  SSPR_0012: ['portal.adminNotEnabledYou'],
  SSPR_0013: ['portal.notEnabled'],
  SSPR_0014: ['portal.couldNotVerify'],
  SSPR_0010: ['portal.pleaseContactAdmin'],
};

export function errorMessageKeys(code: string | null): string[] {
  return (code && CODE_MESSAGES[code]) || ['portal.pleaseContactAdmin'];
}

/** The text on the password page when the service rejects the new password (R-ONPREM or R-CLOUDPW). */
export function rejectionKey(rules: readonly string[]): string {
  return rules.some((id) => id.startsWith('R-ONPREM')) ? 'portal.rejectOnPrem' : 'portal.rejectCloud';
}
