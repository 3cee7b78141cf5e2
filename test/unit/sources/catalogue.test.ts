import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../main/electron-fake')).electronFake);

import { isAllowedDocUrl } from '../../../main/security/external-links';
import { RULES } from '../../../simulator/engine/catalogue';
import { resolveSource, resolveSources, SOURCE_DOCUMENTS } from '../../../simulator/sources/catalogue';

const everyCitation = [...new Set(RULES.flatMap((rule) => rule.sources))];

describe('source catalogue', () => {
  it.each(everyCitation)('resolves the citation "%s" to an allow-listed document', (cited) => {
    const resolved = resolveSource(cited);
    expect(resolved, `no document for "${cited}"`).toBeDefined();
    expect(isAllowedDocUrl(resolved!.url)).toBe(true);
    expect(resolved!.document.title.length).toBeGreaterThan(10);
  });

  it('gives every document an https address, a revision and, for documentation, a date in ISO form', () => {
    for (const document of Object.values(SOURCE_DOCUMENTS)) {
      expect(isAllowedDocUrl(document.url), document.key).toBe(true);
      expect(document.revision).not.toBe('');
      if (document.date !== undefined) expect(document.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('reads a section and adds the Learn anchor only where it is stable', () => {
    const limitations = resolveSource('W25 §General limitations');
    expect(limitations?.section).toBe('General limitations');
    expect(limitations?.url).toBe(
      'https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows#general-limitations',
    );
    const legacy = resolveSource('W25 §Windows 7, 8, and 8.1');
    expect(legacy?.section).toBe('Windows 7, 8, and 8.1');
    expect(legacy?.url).toBe('https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows');
  });

  it('turns GitHub citations into issue and pull-request links under MicrosoftDocs', () => {
    expect(resolveSource('GH#44561')?.url).toBe('https://github.com/MicrosoftDocs/azure-docs/issues/44561');
    expect(resolveSource('GH#44561')?.document.kind).toBe('fieldReport');
    expect(resolveSource('GH#69522')?.url).toBe('https://github.com/MicrosoftDocs/azure-docs/pull/69522');
    expect(resolveSource('entra-docs PR #1550')?.url).toBe('https://github.com/MicrosoftDocs/entra-docs/pull/1550');
    expect(resolveSource('MicrosoftDocs/memdocs#418')?.url).toBe('https://github.com/MicrosoftDocs/memdocs/issues/418');
  });

  it('keeps an unknown citation as text instead of guessing an address', () => {
    expect(resolveSource('NOPE')).toBeUndefined();
    expect(resolveSource('evil-owner/repo#1')).toBeUndefined();
    expect(resolveSources(['W25', 'NOPE'])).toEqual([expect.objectContaining({ cited: 'W25' }), { cited: 'NOPE' }]);
  });
});
