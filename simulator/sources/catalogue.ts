// The documents the rules cite, as real documents: each source key a rule names (its short citation, e.g. "W25" or
// "GH#44561", optionally followed by " §Section") resolves to a title, a Microsoft Learn or GitHub address, the
// document's own date and the revision the rule was read from. Pure data; every address is https on a host that the
// desktop app's openExternal allow-list accepts (learn.microsoft.com, support.microsoft.com, github.com/MicrosoftDocs).

import { documentTitle, revisionText } from './source-words';

export type SourceKind = 'documentation' | 'fieldReport' | 'pullRequest';

export interface SourceDocument {
  /** The short key the rules cite ("W25", "CSP", "GH#44561"). */
  key: string;
  /** The document's title as Microsoft publishes it (or the GitHub thread, described). */
  title: string;
  url: string;
  /** The document's ms.date (or the issue's date) as ISO yyyy-mm-dd, when known. */
  date?: string;
  /** Which revision the rule was read from, in plain English (CLI, JSON) … */
  revision: string;
  /** … and as data, for the app to word in its language. */
  revisionNote: RevisionNote;
  /** A GitHub issue or pull request: its repository and number (the title describes it in English). */
  thread?: { repository: string; number: string };
  /** The title as Microsoft publishes it, without the edition the app adds ("(July 2019 revision)"). */
  baseTitle: string;
  /** The edition added to the title: a dated revision or a draft of a retired page. */
  edition?: 'revision' | 'draft';
  kind: SourceKind;
}

/**
 * Which revision a rule was read from. `link` says what the address opens: the revision itself (a commit), the
 * page's history, the current page, a retired page (its last revision, or its history), the page's new home on
 * Microsoft Support, or the page that replaced it.
 */
export type RevisionNote =
  | { read: 'current' }
  | { read: 'issue' }
  | { read: 'pullRequest' }
  | {
      read: 'revision' | 'draft';
      /** ISO date of the revision. */
      of: string;
      commit?: string;
      link: 'commit' | 'history' | 'current' | 'retired' | 'retiredHistory' | 'support' | 'successor';
      /** The passage the rule rests on, when the revision is cited for one. */
      quote?: string;
    };

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
function doc(
  key: string,
  baseTitle: string,
  url: string,
  date: string | undefined,
  revisionNote: RevisionNote,
  kind: SourceKind = 'documentation',
  edition?: SourceDocument['edition'],
): SourceDocument {
  return {
    key,
    title: documentTitle({ baseTitle, edition, revisionNote }, 'en-US'),
    baseTitle,
    ...(edition ? { edition } : {}),
    url,
    date,
    revision: revisionText(revisionNote, 'en-US'),
    revisionNote,
    kind,
  };
}

/** Documents by key. Retired pages link to the revision in Microsoft's docs repository, or to their history. */
export const SOURCE_DOCUMENTS: Readonly<Record<string, SourceDocument>> = Object.fromEntries(
  [
    doc(
      'W25',
      'Enable Microsoft Entra self-service password reset at the Windows sign-in screen',
      `${ENTRA}/howto-sspr-windows`,
      '2025-03-04',
      { read: 'current' },
    ),
    doc(
      'W23',
      'Enable Azure AD self-service password reset at the Windows sign-in screen',
      `${AZURE_DOCS}/blob/46aa1f9dc6da18fa5a7744a69f4891e50692425f/articles/active-directory/authentication/howto-sspr-windows.md`,
      '2023-09-14',
      { read: 'revision', of: '2023-09-14', commit: '46aa1f9', link: 'commit' },
      'documentation',
      'revision',
    ),
    doc(
      'W19a',
      'Enable Azure AD self-service password reset at the Windows sign-in screen',
      `${AZURE_DOCS}/commits/main/articles/active-directory/authentication/howto-sspr-windows.md`,
      '2019-07-11',
      { read: 'revision', of: '2019-07-11', link: 'history' },
      'documentation',
      'revision',
    ),
    doc(
      'W19b',
      'Enable Azure AD self-service password reset at the Windows sign-in screen',
      `${AZURE_DOCS}/commits/main/articles/active-directory/authentication/howto-sspr-windows.md`,
      '2019-10-28',
      { read: 'revision', of: '2019-10-28', commit: '00d980b', link: 'history' },
      'documentation',
      'revision',
    ),
    doc(
      'W20',
      'Enable Azure AD self-service password reset at the Windows sign-in screen',
      `${AZURE_DOCS}/commits/main/articles/active-directory/authentication/howto-sspr-windows.md`,
      '2020-07-17',
      { read: 'revision', of: '2020-07-17', link: 'history' },
      'documentation',
      'revision',
    ),
    doc(
      'M365PW',
      'Let users reset their passwords (Microsoft 365 admin)',
      'https://learn.microsoft.com/microsoft-365/admin/add-users/let-users-reset-passwords',
      undefined,
      { read: 'current' },
    ),
    doc(
      'MSAPIN',
      'Microsoft Support article 4026196: reset a Windows PIN of a Microsoft account',
      'https://support.microsoft.com/help/4026196',
      undefined,
      { read: 'current' },
    ),
    doc(
      'T18',
      'Tutorial: Azure AD password reset from the login screen (July 2018)',
      `${AZURE_DOCS}/blob/26a16d28033d4e6a9d1a2791b87796b87ae603ec/articles/active-directory/authentication/tutorial-sspr-windows.md`,
      '2018-07-11',
      { read: 'revision', of: '2018-07-11', commit: '26a16d2', link: 'retired' },
    ),
    doc(
      'T19',
      'Tutorial: Azure AD password reset from the login screen (February 2019)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/authentication/tutorial-sspr-windows.md`,
      '2019-02-01',
      { read: 'revision', of: '2019-02-01', link: 'history' },
    ),
    doc(
      'L17',
      'Azure AD password reset from the login screen (Windows 10 Fall Creators Update, November 2017)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/active-directory-passwords-login.md`,
      '2017-11-16',
      { read: 'revision', of: '2017-11-16', link: 'retiredHistory' },
    ),
    doc(
      'L17d',
      'Azure AD password reset from the login screen',
      `${AZURE_DOCS}/blob/e38266dc84c215343eaa670fa1918288eb992d39/articles/active-directory/active-directory-passwords-login.md`,
      '2017-11-08',
      { read: 'draft', of: '2017-11-08', commit: 'e38266d', link: 'commit' },
      'documentation',
      'draft',
    ),
    doc(
      'QS17',
      'Quickstart: Azure AD self-service password reset (October 2017)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/active-directory-passwords-getting-started.md`,
      '2017-10-24',
      { read: 'revision', of: '2017-10-24', link: 'retiredHistory' },
    ),
    doc(
      'UH18',
      'Reset your work or school password (user help, January 2018)',
      `${AZURE_DOCS}/commits/main/articles/active-directory/user-help/active-directory-passwords-update-your-own-password.md`,
      '2018-01-11',
      { read: 'revision', of: '2018-01-11', link: 'history' },
    ),
    doc(
      'UH20',
      'Reset your work or school password using security info',
      'https://support.microsoft.com/account-billing/reset-your-work-or-school-password-using-security-info-23dde81f-08bb-4776-ba72-e6b72b9dda9e',
      '2020-01-15',
      { read: 'revision', of: '2020-01-15', link: 'support' },
    ),
    doc(
      'CSP',
      'Policy CSP – Authentication (AllowAadPasswordReset)',
      'https://learn.microsoft.com/windows/client-management/mdm/policy-csp-authentication#allowaadpasswordreset',
      '2025-02-13',
      { read: 'current' },
    ),
    doc(
      'PCSP',
      'Policy CSP: device and user scope',
      'https://learn.microsoft.com/windows/client-management/mdm/policy-configuration-service-provider',
      undefined,
      { read: 'current' },
    ),
    doc(
      'HOW',
      'How it works: Microsoft Entra self-service password reset',
      `${ENTRA}/concept-sspr-howitworks`,
      '2023-09-14',
      { read: 'current' },
    ),
    doc(
      'POL',
      'Password policies and account restrictions in Microsoft Entra ID',
      `${ENTRA}/concept-sspr-policy`,
      '2025-05-15',
      { read: 'current' },
    ),
    doc(
      'LIC',
      'Licensing requirements for Microsoft Entra self-service password reset',
      `${ENTRA}/concept-sspr-licensing`,
      '2025-01-06',
      { read: 'current' },
    ),
    doc(
      'TUT',
      'Tutorial: Enable users to unlock their account or reset passwords using Microsoft Entra self-service password reset',
      `${ENTRA}/tutorial-enable-sspr`,
      '2024-04-29',
      { read: 'current' },
    ),
    doc(
      'TS',
      'Troubleshoot self-service password reset in Microsoft Entra ID',
      `${ENTRA}/troubleshoot-sspr`,
      '2025-06-06',
      { read: 'current' },
    ),
    doc(
      'SQ',
      'Security questions for self-service password reset',
      `${ENTRA}/concept-authentication-security-questions`,
      '2025-03-04',
      { read: 'current' },
    ),
    doc(
      'PIN',
      'PIN reset (Windows Hello for Business)',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2024-04-23',
      { read: 'current' },
    ),
    doc(
      'PIN23',
      'Windows Hello for Business PIN reset',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2023-07-03',
      { read: 'revision', of: '2023-07-03', link: 'current' },
      'documentation',
      'revision',
    ),
    doc(
      'PIN21',
      'Windows Hello for Business PIN reset',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2021-05-03',
      { read: 'revision', of: '2021-05-03', link: 'current' },
      'documentation',
      'revision',
    ),
    doc(
      'PIN19',
      'Windows Hello for Business PIN reset',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2019-09-09',
      { read: 'revision', of: '2019-09-09', link: 'current' },
      'documentation',
      'revision',
    ),
    doc(
      'INT18',
      'Enable Windows PIN reset with Intune (March 2018)',
      'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/pin-reset',
      '2018-03-07',
      { read: 'revision', of: '2018-03-07', link: 'successor' },
    ),
    doc(
      'ASG',
      'Assign device profiles in Microsoft Intune',
      'https://learn.microsoft.com/intune/intune-service/configuration/device-profile-assign',
      '2026-02-10',
      { read: 'current' },
    ),
    doc(
      'CONFLICT',
      'Common questions and answers with device policies and profiles in Microsoft Intune',
      'https://learn.microsoft.com/intune/intune-service/configuration/device-profile-troubleshoot',
      '2022-06-16',
      {
        read: 'revision',
        of: '2022-06-16',
        link: 'current',
        quote: 'If multiple policies are assigned to the same user or device…',
      },
    ),
    doc(
      'CPC',
      'Policy CSP - ControlPolicyConflict (MDMWinsOverGP)',
      'https://learn.microsoft.com/windows/client-management/mdm/policy-csp-controlpolicyconflict',
      undefined,
      { read: 'current' },
    ),
    doc(
      'CRT',
      'Create a device profile in Microsoft Intune: applicability rules',
      'https://learn.microsoft.com/intune/intune-service/configuration/device-profile-create#applicability-rules',
      undefined,
      { read: 'current' },
    ),
    doc(
      'WSI',
      'Web sign-in for Windows',
      'https://learn.microsoft.com/windows/security/identity-protection/web-sign-in/',
      '2023-12-11',
      { read: 'current' },
    ),
    doc(
      'PWL',
      'Windows passwordless experience',
      'https://learn.microsoft.com/windows/security/identity-protection/passwordless-experience/',
      '2023-09-11',
      { read: 'current' },
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
  const revisionNote: RevisionNote = { read: pull ? 'pullRequest' : 'issue' };
  const thread = { repository, number };
  const title = documentTitle({ baseTitle: '', revisionNote, thread }, 'en-US');
  return {
    key,
    title,
    baseTitle: title,
    thread,
    url: `https://github.com/${repository}/${pull ? 'pull' : 'issues'}/${number}`,
    revision: revisionText(revisionNote, 'en-US'),
    revisionNote,
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
  const anchor = section && document.revisionNote.read === 'current' ? SECTION_ANCHORS[section] : undefined;
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
