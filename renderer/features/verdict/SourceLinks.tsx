// The documents a rule cites, as links that open the real page in the system browser (through the app's
// allow-list), with the section, the document's date and, for GitHub threads, what kind of evidence they are.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { documentTitle, resolveSource, revisionText, type SourceCitation } from '../../../simulator/index';
import { isLanguage } from '../../i18n/index';
import { getApi } from '../../platform/api';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    // Links on neighbouring lines stay 24 px apart (WCAG 2.2 target size).
    gap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground3,
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecoration: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
  },
});

function open(event: MouseEvent<HTMLAnchorElement>, url: string): void {
  // The desktop app opens allow-listed documentation in the system browser; the browser edition in a new tab.
  event.preventDefault();
  void getApi()
    .invoke('shell:openDoc', { url })
    .catch(() => false);
}

function formatDate(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

function Citation({ entry }: { entry: SourceCitation }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const { document } = entry;
  const language = isLanguage(i18n.language) ? i18n.language : 'en-US';
  const notes = [
    entry.section ? t('docs.section', { section: entry.section }) : '',
    document.date ? formatDate(document.date, i18n.language) : '',
    document.kind === 'fieldReport' ? t('docs.fieldReport') : '',
    document.kind === 'pullRequest' ? t('docs.pullRequest') : '',
  ].filter(Boolean);
  return (
    <li>
      <a
        className={styles.link}
        href={entry.url}
        target="_blank"
        rel="noopener noreferrer"
        title={`${revisionText(document.revisionNote, language)}. ${t('docs.opensInBrowser', { url: entry.url })}`}
        onClick={(event) => open(event, entry.url)}
        data-testid="source-link"
      >
        {documentTitle(document, language)}
      </a>
      {notes.length > 0 && ` · ${notes.join(' · ')}`}
    </li>
  );
}

export function SourceLinks({ sources }: { sources: readonly string[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <Caption1 as="span" block>
      <ul className={styles.list} aria-label={t('docs.heading')}>
        {sources.map((cited) => {
          const entry = resolveSource(cited);
          return entry ? (
            <Citation key={cited} entry={entry} />
          ) : (
            <li key={cited} title={t('docs.notFound')}>
              {cited}
            </li>
          );
        })}
      </ul>
    </Caption1>
  );
}
