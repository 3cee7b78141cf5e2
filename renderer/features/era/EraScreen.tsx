// Docs as of: which version of Microsoft's documentation the rules follow, the reading options, and how the
// current scenario fares under every era.
import { useMemo } from 'react';
import {
  Badge,
  Radio,
  RadioGroup,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ERAS, evaluate, type Era, type EvaluateOptions } from '../../../simulator/index';
import { Section } from '../../ui/fields';
import { OUTCOME_COLORS } from '../../ui/labels';
import { ScreenPage } from '../../ui/ScreenPage';
import { useAppStore } from '../../store/app-store';
import { useTranslation } from 'react-i18next';
import { EraRuleDates } from './EraRuleDates';

const useStyles = makeStyles({
  radios: { display: 'flex', flexDirection: 'column' },
  switches: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  deciding: { color: tokens.colorNeutralForeground3 },
});

type BooleanOption = 'strictLicensing' | 'fieldReports' | 'linkAfterFailedAttempt';

const OPTION_TEXT: Record<BooleanOption, { label: string; help: string }> = {
  strictLicensing: { label: 'era.strictLicensing', help: 'era.strictLicensingHelp' },
  fieldReports: { label: 'era.fieldReports', help: 'era.fieldReportsHelp' },
  linkAfterFailedAttempt: { label: 'era.linkAfterFailure', help: 'era.linkAfterFailureHelp' },
};

export function EraScreen() {
  const { t } = useTranslation();
  const styles = useStyles();
  const options = useAppStore((state) => state.options);
  const scenario = useAppStore((state) => state.scenario);
  const setOptions = useAppStore((state) => state.setOptions);
  const era = options.docsAsOf ?? 'current';
  const byEra = useMemo(
    () => ERAS.map((id) => ({ id, verdict: evaluate(scenario, { ...options, docsAsOf: id }) })),
    [scenario, options],
  );
  return (
    <ScreenPage
      testId="screen-era"
      crumbs={t('era.homeDocsAsOf')}
      title={t('era.docsAsOf')}
      description={t('era.microsoftSGuidanceMoved')}
    >
      <Section title={t('era.era')}>
        <RadioGroup
          className={styles.radios}
          value={era}
          aria-label={t('era.docsAsOf')}
          onChange={(_, data) => setOptions({ docsAsOf: data.value as Era })}
          data-testid="era-picker"
        >
          {ERAS.map((id) => (
            <Radio key={id} value={id} label={t(`era.label.${id}`)} />
          ))}
        </RadioGroup>
      </Section>
      <Section title={t('era.readingOptions')} description={t('era.whereTheDocsAre')}>
        <div className={styles.switches}>
          {(Object.keys(OPTION_TEXT) as BooleanOption[]).map((key) => (
            <Switch
              key={key}
              data-testid={`option-${key}`}
              checked={options[key] === true}
              label={`${t(OPTION_TEXT[key].label)} — ${t(OPTION_TEXT[key].help)}`}
              onChange={(_, data) => setOptions({ [key]: data.checked } as Partial<EvaluateOptions>)}
            />
          ))}
        </div>
      </Section>
      <Section title={t('era.thisScenarioInEvery')}>
        <Table size="small" aria-label={t('era.outcomePerEra')} data-testid="era-comparison">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('era.docsAsOf')}</TableHeaderCell>
              <TableHeaderCell>{t('era.outcome')}</TableHeaderCell>
              <TableHeaderCell>{t('era.decidingRules')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {byEra.map(({ id, verdict }) => (
              <TableRow key={id} aria-selected={id === era}>
                <TableCell>{id === era ? <strong>{t(`era.label.${id}`)}</strong> : t(`era.label.${id}`)}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={OUTCOME_COLORS[verdict.outcome]}>
                    {t(`labels.outcome.${verdict.outcome}`)}
                  </Badge>
                </TableCell>
                <TableCell className={styles.deciding}>{verdict.deciding.join(', ') || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <EraRuleDates era={era} verdict={byEra.find((entry) => entry.id === era)!.verdict} />
    </ScreenPage>
  );
}
