// Suggested file names and save-dialog filters for each export.

/** Everything the app can write: the three text exports, the screen PNG and the scenario file itself. */
export type ExportTarget = 'reg' | 'intuneJson' | 'htmlReport' | 'png' | 'scenario';

export interface ExportFormat {
  extension: string;
  filterName: string;
  mimeType: string;
}

export const EXPORT_FORMATS: Record<ExportTarget, ExportFormat> = {
  reg: { extension: 'reg', filterName: 'Registration entries', mimeType: 'text/plain' },
  intuneJson: { extension: 'json', filterName: 'Microsoft Graph JSON', mimeType: 'application/json' },
  htmlReport: { extension: 'html', filterName: 'HTML report', mimeType: 'text/html' },
  png: { extension: 'png', filterName: 'PNG image', mimeType: 'image/png' },
  scenario: { extension: 'json', filterName: 'SSPR Preview scenario', mimeType: 'application/json' },
};

const BASE_NAMES: Record<ExportTarget, string> = {
  reg: 'AllowPasswordReset',
  intuneJson: 'intune-allow-aad-password-reset',
  htmlReport: 'sspr-report',
  png: 'sign-in-screen',
  scenario: 'scenario',
};

/** A safe file name (letters, digits, dash) from the scenario name, e.g. "sspr-report-happy-path.html". */
export function exportFileName(kind: ExportTarget, scenarioName?: string): string {
  const slug = (scenarioName ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  const base = kind === 'reg' || kind === 'intuneJson' || !slug ? BASE_NAMES[kind] : `${BASE_NAMES[kind]}-${slug}`;
  return `${base}.${EXPORT_FORMATS[kind].extension}`;
}
