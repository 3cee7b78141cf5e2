// How a cited document is described, in the report's and the app's two languages: the revision a rule was read from,
// the edition added to a title ("(July 2019 revision)") and GitHub threads. The document titles themselves stay as
// Microsoft publishes them. The app's catalogues read these templates, so the verdict and the report say the same.
import type { RevisionNote, SourceDocument } from './catalogue';

export type SourceLanguage = 'en-US' | 'nl-NL';

export interface SourceWords {
  /** One template per kind of note; {{date}}, {{commit}} and {{quote}} are filled in (the last two may be empty). */
  revision: Record<
    'page' | 'issue' | 'pullRequest' | 'draft' | Extract<RevisionNote, { link: string }>['link'],
    string
  >;
  commit: string;
  quote: string;
  edition: { revision: string; draft: string };
  thread: { issue: string; pullRequest: string };
  months: readonly string[];
}

export const SOURCE_WORDS: Record<SourceLanguage, SourceWords> = {
  'en-US': {
    revision: {
      page: 'Current page',
      issue: 'Issue thread',
      pullRequest: 'Pull request thread',
      draft: 'Draft of {{date}}{{commit}}',
      commit: 'Revision of {{date}}{{commit}}{{quote}}',
      history: 'Revision of {{date}}{{commit}}{{quote}}; the link opens the page history',
      current: 'Revision of {{date}}{{commit}}{{quote}}; the link opens the current page',
      retired: 'Revision of {{date}}{{commit}}{{quote}}; page since retired',
      retiredHistory: 'Revision of {{date}}{{commit}}{{quote}}; page since retired, the link opens its history',
      support: 'Read in its revision of {{date}}; the page now lives on Microsoft Support',
      successor: 'Intune article of {{date}}, since merged; the link opens its successor',
    },
    commit: ' (azure-docs commit {{commit}})',
    quote: ' ("{{quote}}")',
    edition: { revision: '{{title}} ({{month}} revision)', draft: '{{title}} (draft of {{date}})' },
    thread: {
      issue: 'Issue {{number}} in {{repository}} (report from the field, not documentation)',
      pullRequest: 'Pull request {{number}} in {{repository}} (proposed change to the docs)',
    },
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  'nl-NL': {
    revision: {
      page: 'Huidige pagina',
      issue: 'Issue-discussie',
      pullRequest: 'Pull-request-discussie',
      draft: 'Concept van {{date}}{{commit}}',
      commit: 'Versie van {{date}}{{commit}}{{quote}}',
      history: 'Versie van {{date}}{{commit}}{{quote}}; de koppeling opent de geschiedenis van de pagina',
      current: 'Versie van {{date}}{{commit}}{{quote}}; de koppeling opent de huidige pagina',
      retired: 'Versie van {{date}}{{commit}}{{quote}}; de pagina is inmiddels buiten gebruik',
      retiredHistory:
        'Versie van {{date}}{{commit}}{{quote}}; de pagina is inmiddels buiten gebruik, de koppeling opent de geschiedenis',
      support: 'Gelezen in de versie van {{date}}; de pagina staat nu op Microsoft Ondersteuning',
      successor: 'Intune-artikel van {{date}}, inmiddels samengevoegd; de koppeling opent de opvolger',
    },
    commit: ' (azure-docs-commit {{commit}})',
    quote: ' („{{quote}}”)',
    edition: { revision: '{{title}} (versie van {{month}})', draft: '{{title}} (concept van {{date}})' },
    thread: {
      issue: 'Issue {{number}} in {{repository}} (melding uit de praktijk, geen documentatie)',
      pullRequest: 'Pull request {{number}} in {{repository}} (voorgestelde wijziging van de documentatie)',
    },
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
  },
};

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** "2019-07-11" → "11 July 2019" / "11 juli 2019" (or the month alone). */
export function sourceDate(iso: string, language: SourceLanguage, withDay = true): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = SOURCE_WORDS[language].months[month - 1];
  return withDay ? `${day} ${name} ${year}` : `${name} ${year}`;
}

/** Which revision a rule was read from, in the given language. */
export function revisionText(note: RevisionNote, language: SourceLanguage): string {
  const words = SOURCE_WORDS[language];
  if (note.read === 'current') return words.revision.page;
  if (note.read === 'issue' || note.read === 'pullRequest') return words.revision[note.read];
  return fill(note.read === 'draft' ? words.revision.draft : words.revision[note.link], {
    date: sourceDate(note.of, language),
    commit: note.commit ? fill(words.commit, { commit: note.commit }) : '',
    quote: note.quote ? fill(words.quote, { quote: note.quote }) : '',
  });
}

/** A document's title in the given language: Microsoft's own title, the edition or the GitHub thread in our words. */
export function documentTitle(
  document: Pick<SourceDocument, 'baseTitle' | 'edition' | 'revisionNote' | 'thread'>,
  language: SourceLanguage,
): string {
  const words = SOURCE_WORDS[language];
  const note = document.revisionNote;
  if (document.thread && (note.read === 'issue' || note.read === 'pullRequest'))
    return fill(words.thread[note.read], document.thread);
  if (!document.edition || (note.read !== 'revision' && note.read !== 'draft')) return document.baseTitle;
  return fill(words.edition[document.edition], {
    title: document.baseTitle,
    date: sourceDate(note.of, language),
    month: sourceDate(note.of, language, false),
  });
}
