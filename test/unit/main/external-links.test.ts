import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electron-fake')).electronFake);

import { electronFake, resetElectronFake } from './electron-fake';
import { isAllowedDocUrl, openDocUrl, SPEC_SOURCES } from '../../../main/security/external-links';

beforeEach(() => resetElectronFake());

describe('shell.openExternal allow-list', () => {
  it.each([
    'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows',
    'https://LEARN.microsoft.com/windows/client-management/mdm/policy-csp-authentication#allowaadpasswordreset',
    'https://aka.ms/sspraddin',
    'https://go.microsoft.com/fwlink/?linkid=2000000',
    'https://github.com/MicrosoftDocs/azure-docs/issues/69522',
    'https://github.com/microsoftdocs/entra-docs/blob/main/docs/identity/authentication/howto-sspr-windows.md',
  ])('allows %s', (url) => {
    expect(isAllowedDocUrl(url)).toBe(true);
  });

  it.each([
    'http://learn.microsoft.com/entra/',
    'https://learn.microsoft.com.evil.example/',
    'https://evil.example/learn.microsoft.com',
    'https://learn.microsoft.com@evil.example/',
    'https://user:pass@learn.microsoft.com/',
    'https://learn.microsoft.com:8443/',
    'https://github.com/evil/MicrosoftDocs',
    'https://github.com/MicrosoftDocsEvil/azure-docs',
    'https://gist.github.com/MicrosoftDocs/x',
    'file:///C:/Windows/System32/calc.exe',
    'ms-settings:privacy',
    'javascript:alert(1)',
    'learn.microsoft.com/entra',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedDocUrl(url)).toBe(false);
  });

  it('opens allowed URLs and nothing else', async () => {
    expect(await openDocUrl('https://evil.example/')).toBe(false);
    expect(electronFake.shell.openExternal).not.toHaveBeenCalled();
    expect(await openDocUrl('https://aka.ms/ssprsetup')).toBe(true);
    expect(electronFake.shell.openExternal).toHaveBeenCalledWith('https://aka.ms/ssprsetup');
  });

  it('lists only allowed documentation under Help › Spec sources', () => {
    expect(SPEC_SOURCES.length).toBeGreaterThan(3);
    for (const source of SPEC_SOURCES) expect(isAllowedDocUrl(source.url), source.url).toBe(true);
  });
});
