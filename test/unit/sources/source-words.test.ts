// Cited documents are described in the reader's language: Microsoft's titles stay as published, the revision a rule
// was read from, the edition added to a title and GitHub threads are worded in English or Dutch.
import { describe, expect, it } from 'vitest';
import { SOURCE_DOCUMENTS, resolveSource } from '../../../simulator/sources/catalogue';
import { SOURCE_WORDS, documentTitle, revisionText } from '../../../simulator/sources/source-words';

describe('documents in English and Dutch', () => {
  it('words a dated revision and its title edition in Dutch', () => {
    const w19 = SOURCE_DOCUMENTS.W19a;
    expect(documentTitle(w19, 'en-US')).toBe(w19.title);
    expect(documentTitle(w19, 'nl-NL')).toBe(
      'Enable Azure AD self-service password reset at the Windows sign-in screen (versie van juli 2019)',
    );
    expect(revisionText(w19.revisionNote, 'nl-NL')).toBe(
      'Versie van 11 juli 2019; de koppeling opent de geschiedenis van de pagina',
    );
    expect(revisionText(SOURCE_DOCUMENTS.W23.revisionNote, 'nl-NL')).toBe(
      'Versie van 14 september 2023 (azure-docs-commit 46aa1f9)',
    );
  });

  it('keeps the English text the command line and JSON print', () => {
    for (const document of Object.values(SOURCE_DOCUMENTS)) {
      expect(revisionText(document.revisionNote, 'en-US')).toBe(document.revision);
      expect(documentTitle(document, 'en-US')).toBe(document.title);
    }
  });

  it('words a GitHub field report in Dutch, keeping its repository and number', () => {
    const entry = resolveSource('GH#44561');
    if (!entry) throw new Error('not resolved');
    expect(documentTitle(entry.document, 'nl-NL')).toBe(
      'Issue 44561 in MicrosoftDocs/azure-docs (melding uit de praktijk, geen documentatie)',
    );
    expect(revisionText(entry.document.revisionNote, 'nl-NL')).toBe('Issue-discussie');
  });

  it('has a Dutch text for every note of the catalogue, different from the English one', () => {
    const english = SOURCE_WORDS['en-US'].revision;
    const dutch = SOURCE_WORDS['nl-NL'].revision;
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof typeof english)[]) expect(dutch[key]).not.toBe(english[key]);
    for (const document of Object.values(SOURCE_DOCUMENTS))
      expect(revisionText(document.revisionNote, 'nl-NL')).not.toMatch(/\{\{|Revision of|the link/);
  });
});

describe('the Dutch HTML report', () => {
  it('words the cited revisions in Dutch', async () => {
    const { buildHtmlReport } = await import('../../../simulator/exports/index');
    const { DEFAULT_SCENARIO, evaluate, fixes } = await import('../../../simulator/index');
    const scenario = { ...DEFAULT_SCENARIO, session: { ...DEFAULT_SCENARIO.session, kind: 'remoteDesktop' as const } };
    const options = { docsAsOf: '2019-07' as const };
    const report = buildHtmlReport({
      scenario,
      verdict: evaluate(scenario, options),
      fixes: fixes(scenario, options),
      generatedAt: '2026-12-02T10:00:00Z',
      language: 'nl-NL',
    });
    expect(report).toContain('(versie van juli 2019)');
    expect(report).not.toContain('July 2019 revision');
  });
});
