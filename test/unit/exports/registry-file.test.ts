import { describe, expect, it } from 'vitest';
import { buildRegistryFile, formatDword } from '../../../simulator/exports/index';

describe('.reg export', () => {
  it('is exactly the registry route of R-POLICY-SRC, with CRLF line ends', () => {
    expect(buildRegistryFile()).toBe(
      'Windows Registry Editor Version 5.00\r\n' +
        '\r\n' +
        '; SSPR Preview: show "Reset password" on the Windows sign-in screen (AllowAadPasswordReset = 1).\r\n' +
        '; Registry route: for testing; it skips Intune, but the join-state rules still apply.\r\n' +
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\AzureADAccount]\r\n' +
        '"AllowPasswordReset"=dword:00000001\r\n',
    );
  });

  it('has no bare LF and only ASCII, so regedit reads it as ANSI or UTF-8', () => {
    const text = buildRegistryFile();
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toMatch(/^[\x20-\x7e\r\n]*$/);
  });

  it('formats DWORDs like regedit and rejects values that are not DWORDs', () => {
    expect(formatDword(0)).toBe('dword:00000000');
    expect(formatDword(255)).toBe('dword:000000ff');
    expect(formatDword(0xffffffff)).toBe('dword:ffffffff');
    expect(() => formatDword(-1)).toThrow(RangeError);
    expect(() => formatDword(2 ** 32)).toThrow(RangeError);
    expect(() => formatDword(1.5)).toThrow(RangeError);
  });
});
