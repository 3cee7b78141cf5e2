import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../simulator/exports/index';

describe('export file names', () => {
  it('uses fixed names for the policy files and the scenario name for the rest', () => {
    expect(exportFileName('reg', 'Anything')).toBe('AllowPasswordReset.reg');
    expect(exportFileName('intuneJson')).toBe('intune-allow-aad-password-reset.json');
    expect(exportFileName('htmlReport', 'Happy path (Windows 11, settings catalog)')).toBe(
      'sspr-report-happy-path-windows-11-settings-catalog.html',
    );
    expect(exportFileName('png', 'Hyper-V élan / RDP')).toBe('sign-in-screen-hyper-v-elan-rdp.png');
    expect(exportFileName('scenario', '')).toBe('scenario.json');
  });

  it('never produces path separators or dots that could escape a folder', () => {
    const name = exportFileName('htmlReport', '../../etc/passwd\\..\\x');
    expect(name).toBe('sspr-report-etc-passwd-x.html');
    expect(name).not.toMatch(/[\\/]/);
  });
});
