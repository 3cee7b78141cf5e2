// When Microsoft first documented a rule, and when admins first reported it: "first documented July 2018; field
// reports from July 2, 2018", with dates written the way the app's language writes them.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { DocMark } from '../../../simulator/index';

const useStyles = makeStyles({
  dates: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" in the locale's words; a documented revision is shown by month. */
export function formatDocDate(date: string, locale: string, byMonth: boolean): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const options: Intl.DateTimeFormatOptions =
    day && !byMonth
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(year, month - 1, day || 1)));
}

/** The dates line of a rule, or '' when it has neither date. */
export function ruleDatesText(
  rule: { firstDocumented?: DocMark | null; firstFieldReport?: DocMark | null },
  t: TFunction,
  locale: string,
): string {
  const parts: string[] = [];
  const documented = rule.firstDocumented;
  if (documented === null) parts.push(t('ruleDates.undocumented'));
  else if (documented?.date) {
    const date = formatDocDate(documented.date, locale, true);
    parts.push(
      documented.notBefore
        ? t('ruleDates.documentedBetween', { from: formatDocDate(documented.notBefore, locale, true), to: date })
        : t('ruleDates.documented', { date }),
    );
  }
  const field = rule.firstFieldReport;
  if (field?.date) parts.push(t('ruleDates.fieldReportsFrom', { date: formatDocDate(field.date, locale, false) }));
  else if (field) parts.push(t('ruleDates.fieldReport', { source: field.source }));
  return parts.join('; ');
}

/**
 * Whether the docs of an era ("2019-07", or "current") already stated the rule: yes, no, or "maybe" when two stored
 * revisions bracket the era.
 */
export function documentedInEra(mark: DocMark | null | undefined, era: string): 'yes' | 'no' | 'maybe' {
  if (!mark?.date || era === 'current') return mark === null ? 'no' : 'yes';
  const month = (date: string) => date.slice(0, 7);
  if (month(mark.date) <= era) return 'yes';
  if (mark.notBefore && month(mark.notBefore) <= era) return 'maybe';
  return 'no';
}

export function RuleDates({ rule }: { rule: { firstDocumented?: DocMark | null; firstFieldReport?: DocMark | null } }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const text = ruleDatesText(rule, t, i18n.language);
  return text ? (
    <div className={styles.dates} data-testid="rule-dates">
      {text}
    </div>
  ) : null;
}
