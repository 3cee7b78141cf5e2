// The rules a scenario triggers under the selected era, with the revision that first documented each one and
// whether that era's docs already said so (the era changes how a device rule is dated, not whether it fires).
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Era, Verdict } from '../../../simulator/index';
import { Section } from '../../ui/fields';
import { documentedInEra, ruleDatesText } from '../verdict/RuleDates';

const useStyles = makeStyles({
  id: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  badge: { whiteSpace: 'nowrap' },
});

const IN_ERA = {
  yes: { key: 'ruleDates.yes', color: 'success' },
  maybe: { key: 'ruleDates.maybe', color: 'warning' },
  no: { key: 'ruleDates.notYet', color: 'informative' },
} as const;

export function EraRuleDates({ verdict, era }: { verdict: Verdict; era: Era }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const seen = new Set<string>();
  const rules = verdict.fired.filter((rule) => rule.effect !== 'INFO' && !seen.has(rule.key) && seen.add(rule.key));
  return (
    <Section title={t('ruleDates.title')} description={t('ruleDates.description')}>
      {rules.length === 0 ? (
        <div className={styles.muted}>{t('ruleDates.none')}</div>
      ) : (
        <Table size="small" aria-label={t('ruleDates.title')} data-testid="era-rule-dates">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '48%' }}>{t('ruleDates.rule')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '27%' }}>{t('ruleDates.when')}</TableHeaderCell>
              <TableHeaderCell style={{ width: '25%' }}>{t('ruleDates.inEra')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rules.map((rule) => {
              const inEra = IN_ERA[documentedInEra(rule.firstDocumented, era)];
              return (
                <TableRow key={rule.key} data-rule-id={rule.id}>
                  <TableCell>
                    <span className={styles.id}>{rule.id}</span> — {t(`rule.${rule.key}`, rule.message)}
                  </TableCell>
                  <TableCell className={styles.muted}>{ruleDatesText(rule, t, i18n.language)}</TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={inEra.color} className={styles.badge}>
                      {t(inEra.key)}
                    </Badge>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
