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
import { ERAS, ERA_LABELS, evaluate, type Era, type EvaluateOptions } from '../../../simulator/index';
import { Section } from '../../ui/fields';
import { OUTCOME_COLORS, OUTCOME_LABELS } from '../../ui/labels';
import { ScreenPage } from '../../ui/ScreenPage';
import { useAppStore } from '../../store/app-store';

const useStyles = makeStyles({
  radios: { display: 'flex', flexDirection: 'column' },
  switches: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  deciding: { color: tokens.colorNeutralForeground3 },
});

type BooleanOption = 'strictLicensing' | 'fieldReports' | 'linkAfterFailedAttempt';

const OPTION_TEXT: Record<BooleanOption, { label: string; help: string }> = {
  strictLicensing: {
    label: 'Strict licensing',
    help: 'A-6: a user without a qualifying licence is denied (SSPR_0012) instead of warned.',
  },
  fieldReports: {
    label: 'Field reports',
    help: 'A-14: reports outside the docs (GitHub issues) become WARN / HIDE rules.',
  },
  linkAfterFailedAttempt: {
    label: 'Link only after a failed attempt',
    help: 'A-2: draw Reset password only after a wrong password (Entra docs show it at once).',
  },
};

export function EraScreen() {
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
      crumbs="Home › Docs as of"
      title="Docs as of"
      description="Microsoft's guidance moved over the years (rules.md §9). Pick the era whose rules the verdict follows."
    >
      <Section title="Era">
        <RadioGroup
          className={styles.radios}
          value={era}
          aria-label="Docs as of"
          onChange={(_, data) => setOptions({ docsAsOf: data.value as Era })}
          data-testid="era-picker"
        >
          {ERAS.map((id) => (
            <Radio key={id} value={id} label={ERA_LABELS[id]} />
          ))}
        </RadioGroup>
      </Section>
      <Section title="Reading options" description="Where the docs are ambiguous (rules.md §10).">
        <div className={styles.switches}>
          {(Object.keys(OPTION_TEXT) as BooleanOption[]).map((key) => (
            <Switch
              key={key}
              data-testid={`option-${key}`}
              checked={options[key] === true}
              label={`${OPTION_TEXT[key].label} — ${OPTION_TEXT[key].help}`}
              onChange={(_, data) => setOptions({ [key]: data.checked } as Partial<EvaluateOptions>)}
            />
          ))}
        </div>
      </Section>
      <Section title="This scenario in every era">
        <Table size="small" aria-label="Outcome per era" data-testid="era-comparison">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Docs as of</TableHeaderCell>
              <TableHeaderCell>Outcome</TableHeaderCell>
              <TableHeaderCell>Deciding rules</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {byEra.map(({ id, verdict }) => (
              <TableRow key={id} aria-selected={id === era}>
                <TableCell>{id === era ? <strong>{ERA_LABELS[id]}</strong> : ERA_LABELS[id]}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={OUTCOME_COLORS[verdict.outcome]}>
                    {OUTCOME_LABELS[verdict.outcome]}
                  </Badge>
                </TableCell>
                <TableCell className={styles.deciding}>{verdict.deciding.join(', ') || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
    </ScreenPage>
  );
}
