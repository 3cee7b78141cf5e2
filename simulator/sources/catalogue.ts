// The documents the rules cite, as real documents: each source key a rule names (its short citation, e.g. "W25" or
// "GH#44561", optionally followed by " §Section") resolves to a title, a Microsoft Learn or GitHub address, the
// document's own date and the revision the rule was read from. Pure data; every address is https on a host that the
// desktop app's openExternal allow-list accepts (learn.microsoft.com, support.microsoft.com, github.com/MicrosoftDocs).

export type SourceKind = 'documentation' | 'fieldReport' | 'pullRequest';

export interface SourceDocument {
  /** The short key the rules cite ("W25", "CSP", "GH#44561"). */
  key: string;
  /** The document's title as Microsoft publishes it (or the GitHub thread, described). */
  title: string;
  url: string;
  /** The document's ms.date (or the issue's date) as ISO yyyy-mm-dd, when known. */
  date?: string;
  /** Which revision the rule was read from, in plain words. */
  revision: string;
  kind: SourceKind;
}

export interface SourceCitation {
  /** The citation exactly as the rule gives it. */
  cited: string;
  document: SourceDocument;
  /** The section the rule points to, when it names one ("General limitations"). */
  section?: string;
  /** The address to open: the document, with the section's anchor when Microsoft Learn has a stable one. */
  url: string;
}

const ENTRA = 'https://learn.microsoft.com/entra/identity/authentication';
const AZURE_DOCS = 'https://github.com/MicrosoftDocs/azure-docs';
const CURRENT = 'Current page';

function doc(
  key: string,
  title: string,
  url: string,
  date: string | undefined,
  revision: string,
  kind: SourceKind = 'documentation',
): SourceDocument {
  return { key, title, url, date, revision, kind };
}

/** Documents by key. Retired pages link to the revision in Microsoft's docs repository, or to their history. */
export const SOURCE_DOCUMENTS: Readonly<Record<string, SourceDocument>> = Object.fromEntries(
  [
    doc(
      'W25',
      'Enable Microsoft Entra self-service password reset at the Windows sign-in screen',
      `${ENTRA}/howto-sspr-windows`,
      '2025-03-04',
      CURRENT,
    ),
    doc(
      'W23',
      'Enable Azure AD self-service password reset at the Windows sign-in screen (September 2023 revision)',
      `${AZURE_DOCS}/blob/46aa1f9dc6da18fa5a7744a69f4891e50692425f/articles/active-directory/authentication/howto-sspr-windows.md`,
      '2023-09-14',
      'Revision of 14 September 2023 (azure-docs commit 46aa1f9)',
    ),
    doc(
      'W19a',
      'Enable Azure AD self-service password reset at the Windows sign-in screen (July 2019 revision)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/authentication/howto-sspr-windows.md`,
      '2019-07-11',
      'Revision of 11 July 2019; the link opens the page history',
    ),
    doc(
      'W19b',
      'Enable Azure AD self-service password reset at the Windows sign-in screen (October 2019 revision)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/authentication/howto-sspr-windows.md`,
      '2019-10-28',
      'Revision of 28 October 2019 (azure-docs commit 00d980b); the link opens the page history',
    ),
    doc(
      'W20',
      'Enable Azure AD self-service password reset at the Windows sign-in screen (July 2020 revision)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/authentication/howto-sspr-windows.md`,
      '2020-07-17',
      'Revision of 17 July 2020; the link opens the page history',
    ),
    doc(
      'M365PW',
      'Let users reset their passwords (Microsoft 365 admin)',
      'https://learn.microsoft.com/microsoft-365/admin/add-users/let-users-reset-passwords',
      undefined,
      CURRENT,
    ),
    doc(
      'MSAPIN',
      'Microsoft Support article 4026196: reset a Windows PIN of a Microsoft account',
      'https://support.microsoft.com/help/4026196',
      undefined,
      CURRENT,
    ),
    doc(
      'T18',
      'Tutorial: Azure AD password reset from the login screen (July 2018)',
      `${AZURE_DOCS}/blob/26a16d28033d4e6a9d1a2791b87796b87ae603ec/articles/active-directory/authentication/tutorial-sspr-windows.md`,
      '2018-07-11',
      'Revision of 11 July 2018 (azure-docs commit 26a16d2); page since retired',
    ),
    doc(
      'T19',
      'Tutorial: Azure AD password reset from the login screen (February 2019)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/authentication/tutorial-sspr-windows.md`,
      '2019-02-01',
      'Revision of 1 February 2019; the link opens the page history',
    ),
    doc(
      'L17',
      'Azure AD password reset from the login screen (Windows 10 Fall Creators Update, November 2017)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/active-directory-passwords-login.md`,
      '2017-11-16',
      'Revision of 16 November 2017; page since retired, the link opens its history',
    ),
    doc(
      'L17d',
      'Azure AD password reset from the login screen (draft of 8 November 2017)',
      `${AZURE_DOCS}/blob/e38266dc84c215343eaa670fa1918288eb992d39/articles/active-directory/active-directory-passwords-login.md`,
      '2017-11-08',
      'Draft of 8 November 2017 (azure-docs commit e38266d)',
    ),
    doc(
      'QS17',
      'Quickstart: Azure AD self-service password reset (October 2017)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/active-directory-passwords-getting-started.md`,
      '2017-10-24',
      'Revision of 24 October 2017; page since retired, the link opens its history',
    ),
    doc(
      'UH18',
      'Reset your work or school password (user help, January 2018)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/user-help/active-directory-passwords-update-your-own-password.md`,
      '2018-01-11',
      'Revision of 11 January 2018; the link opens the page history',
    ),
    doc(
      'UH20',
      'Reset your work or school password using security info',
      'https://support.microsoft.com/account-billing/reset-your-work-or-school-password-using-security-info-23dde81f-08bb-4776-ba72-e6b72b9dda9e',
      '2020-01-15',
      'Read in its revision of 15 January 2020; the page now lives on Microsoft Support',
    ),
    doc(
      'CSP',
      'Policy CSP – Authentication (AllowAadPasswordReset)',
      'https://learn.microsoft.com/windows/client-management/mdm/policy-csp-authentication#allowaadpasswordreset',
      '2025-02-13',
      CURRENT,
    ),
    doc(
      'PCSP',
      'Policy CSP: device and user scope',
      'https://learn.microsoft.com/windows/client-management/mdm/policy-configuration-service-provider',
      undefined,
      CURRENT,
    ),
    doc(
      'HOW',
      'How it works: Microsoft Entra self-service password reset',
      `${ENTRA}/concept-sspr-howitworks`,
      '2023-09-14',
      CURRENT,
    ),
    doc(
      'POL',
      'Password policies and account restrictions in Microsoft Entra ID',
      `${ENTRA}/concept-sspr-policy`,
      '2025-05-15',
      CURRENT,
    ),
    doc(
      'LIC',
      'Licensing requirements for Microsoft Entra self-service password reset',
      `${ENTRA}/concept-sspr-licensing`,
      '2025-01-06',
      CURRENT,
    ),
    doc(
      'TUT',
      'Tutorial: Enable users to unlock their account or reset passwords using Microsoft Entra self-service password reset',
      `${ENTRA}/tutorial-enable-sspr`,
      '2024-04-29',
      CURRENT,
    ),
    doc(
      'TS',
      'Troubleshoot self-service password reset in Microsoft Entra ID',
      `${ENTRA}/troubleshoot-sspr`,
      '2025-06-06',
      CURRENT,
    ),
    doc(
      'SQ',
      'Security questions for self-service password reset',
      `${ENTRA}/concept-authentication-security-questions`,
      '2025-03-04',
      CURRENT,
    ),
    doc(
      'PIN',
      'PIN reset (Windows Hello for Business)',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2024-04-23',
      CURRENT,
    ),
    doc(
      'PIN23',
      'Windows Hello for Business PIN reset (July 2023 revision)',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2023-07-03',
      'Revision of 3 July 2023; the link opens the current page',
    ),
    doc(
      'PIN21',
      'Windows Hello for Business PIN reset (May 2021 revision)',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2021-05-03',
      'Revision of 3 May 2021; the link opens the current page',
    ),
    doc(
      'PIN19',
      'Windows Hello for Business PIN reset (September 2019 revision)',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2019-09-09',
      'Revision of 9 September 2019; the link opens the current page',
    ),
    doc(
      'INT18',
      'Enable Windows PIN reset with Intune (March 2018)',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2018-03-07',
      'Intune article of 7 March 2018, since merged; the link opens its successor',
    ),
    doc(
      'ASG',
      'Assign device profiles in Microsoft Intune',
      'https://learn.microsoft.com/intune/intune-service/configuration/device-profile-assign',
      '2026-02-10',
      CURRENT,
    ),
    doc(
      'CONFLICT',
      'Common questions and answers with device policies and profiles in Microsoft Intune',
      'https://learn.microsoft.com/intune/intune-service/configuration/device-profile-troubleshoot',
      '2022-06-16',
      'Revision of 16 June 2022 ("If multiple policies are assigned to the same user or device…"); the link opens the current page',
    ),
    doc(
      'CPC',
      'Policy CSP - ControlPolicyConflict (MDMWinsOverGP)',
      'https://learn.microsoft.com/windows/client-management/mdm/policy-csp-controlpolicyconflict',
      undefined,
      CURRENT,
    ),
    doc(
      'CRT',
      'Create a device profile in Microsoft Intune: applicability rules',
      'https://learn.microsoft.com/intune/intune-service/configuration/device-profile-create#applicability-rules',
      undefined,
      CURRENT,
    ),
    doc(
      'WSI',
      'Web sign-in for Windows',
      'https://learn.microsoft.com/windows/security/identity-protection/web-sign-in/',
      '2023-12-11',
      CURRENT,
    ),
    doc(
      'PWL',
      'Windows passwordless experience',
      'https://learn.microsoft.com/windows/security/identity-protection/passwordless-experience/',
      '2023-09-11',
      CURRENT,
    ),
  ].map((entry) => [entry.key, entry]),
);

/** Citations that are whole phrases rather than "KEY §Section". */
const PHRASES: Readonly<Record<string, { key: string; section?: string }>> = {
  'live page (settings catalog)': { key: 'W25', section: 'Settings catalog' },
  'W25 note': { key: 'W25', section: 'Note' },
  'ASG matrix': { key: 'ASG', section: 'Exclusion matrix' },
};

/** Sections whose Microsoft Learn anchor is stable; others open the document at the top. */
const SECTION_ANCHORS: Readonly<Record<string, string>> = {
  'General limitations': 'general-limitations',
  prerequisites: 'prerequisites',
  'What do users see?': 'what-do-users-see',
  Troubleshoot: 'troubleshoot',
};

function issueDocument(key: string, repository: string, number: string, pull: boolean): SourceDocument {
  const kind: SourceKind = pull ? 'pullRequest' : 'fieldReport';
  return {
    key,
    title: pull
      ? `Pull request ${number} in ${repository} (proposed change to the docs)`
      : `Issue ${number} in ${repository} (report from the field, not documentation)`,
    url: `https://github.com/${repository}/${pull ? 'pull' : 'issues'}/${number}`,
    revision: pull ? 'Pull request thread' : 'Issue thread',
    kind,
  };
}

/** Pull requests the rules cite as "GH#n" (the rest of the GH numbers are issues). */
const AZURE_DOCS_PULLS = new Set(['69522', '87326']);

/** "GH#44561", "azure-docs#30919", "MicrosoftDocs/memdocs#418", "entra-docs PR #1550". */
function githubDocument(cited: string): SourceDocument | undefined {
  let match = /^GH#(\d+)$/.exec(cited);
  if (match) return issueDocument(cited, 'MicrosoftDocs/azure-docs', match[1], AZURE_DOCS_PULLS.has(match[1]));
  match = /^(azure-docs|entra-docs|memdocs|windows-itpro-docs|IntuneDocs)(?: PR)? ?#(\d+)$/.exec(cited);
  if (match) return issueDocument(cited, `MicrosoftDocs/${match[1]}`, match[2], / PR /.test(cited));
  match = /^MicrosoftDocs\/([\w.-]+)#(\d+)$/.exec(cited);
  if (match) return issueDocument(cited, `MicrosoftDocs/${match[1]}`, match[2], false);
  return undefined;
}

/** The document a citation points to, or undefined when the catalogue doesn't know it. */
export function resolveSource(cited: string): SourceCitation | undefined {
  const phrase = PHRASES[cited];
  if (phrase) return citation(cited, SOURCE_DOCUMENTS[phrase.key], phrase.section);
  const github = githubDocument(cited);
  if (github) return { cited, document: github, url: github.url };
  const [key, section] = cited.split(/\s*§\s*/, 2);
  const document = SOURCE_DOCUMENTS[key.trim()];
  return document ? citation(cited, document, section?.trim() || undefined) : undefined;
}

function citation(cited: string, document: SourceDocument, section: string | undefined): SourceCitation {
  const anchor = section && document.revision === CURRENT ? SECTION_ANCHORS[section] : undefined;
  const url = anchor && !document.url.includes('#') ? `${document.url}#${anchor}` : document.url;
  return section ? { cited, document, section, url } : { cited, document, url };
}

/** Every citation of a rule, resolved; unknown citations are kept as text (`document` undefined). */
export function resolveSources(cited: readonly string[]): Array<SourceCitation | { cited: string }> {
  return cited.map((entry) => resolveSource(entry) ?? { cited: entry });
}

/** A one-line label: the title, the section when there is one, and the document's date. */
export function citationLabel(entry: SourceCitation): string {
  const section = entry.section ? `, section “${entry.section}”` : '';
  return `${entry.document.title}${section}${entry.document.date ? ` (${entry.document.date})` : ''}`;
}

/** A citation as plain data, for JSON output: what was cited and the document it opens. */
export interface CitedDocument {
  cited: string;
  title?: string;
  section?: string;
  url?: string;
  date?: string;
  revision?: string;
  kind?: SourceKind;
}

export function citedDocument(cited: string): CitedDocument {
  const resolved = resolveSource(cited);
  if (!resolved) return { cited };
  const { title, date, revision, kind } = resolved.document;
  return {
    cited,
    title,
    ...(resolved.section ? { section: resolved.section } : {}),
    url: resolved.url,
    date,
    revision,
    kind,
  };
}

/** Every distinct citation of the given rules, in first-seen order. */
export function citedDocuments(rules: ReadonlyArray<{ sources: readonly string[] }>): CitedDocument[] {
  return [...new Set(rules.flatMap((rule) => rule.sources))].map(citedDocument);
}
