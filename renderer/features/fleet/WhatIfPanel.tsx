// The fleet what-if: pick a value for a template fact and every row is re-counted from its class, before → after.
import {
  Button,
  Caption1,
  Field,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { OUTCOMES } from '../../../simulator/fleet';
import { useFleetStore } from './fleet-store';
import { usePanelStyles } from './FleetPanels';
import { WHAT_IF_FACTS } from './what-if-facts';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

export function WhatIfPanel() {
  const { t, i18n } = useTranslation();
  const panel = usePanelStyles();
  const styles = useStyles();
  const whatIf = useFleetStore((state) => state.whatIf);
  const after = useFleetStore((state) => state.after);
  const setWhatIf = useFleetStore((state) => state.setWhatIf);
  const n = (value: number) => value.toLocaleString(i18n.language);
  const diff = (before: number, value: number) =>
    value === before ? null : (
      <span
        className={value > before ? styles.up : styles.down}
      >{` (${value > before ? '+' : ''}${n(value - before)})`}</span>
    );
  return (
    <section className={panel.panel} aria-labelledby="fleet-what-if" data-testid="fleet-what-if">
      <Subtitle2 id="fleet-what-if" as="h2" className={panel.heading}>
        {t('fleet.whatIf')}
      </Subtitle2>
      <Caption1 as="p" className={mergeClasses(panel.muted, panel.block)}>
        {t('fleet.whatIfHint')}
      </Caption1>
      <div className={styles.facts}>
        {WHAT_IF_FACTS.map((fact) => (
          <Field key={fact.id} label={t(fact.label)}>
            <Select
              value={whatIf[fact.id] ?? ''}
              onChange={(_, data) => setWhatIf(fact.id, data.value || null)}
              data-testid={`fleet-what-if-${fact.id}`}
            >
              <option value="">{t('fleet.asTemplate')}</option>
              {fact.values.map((value) => (
                <option key={value.id} value={value.id}>
                  {value.label ? t(value.label) : String(value.value)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      {after && (
        <>
          <Table size="small" aria-labelledby="fleet-what-if" data-testid="fleet-what-if-delta">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('fleet.outcome')}</TableHeaderCell>
                <TableHeaderCell className={panel.number}>{t('fleet.before')}</TableHeaderCell>
                <TableHeaderCell className={panel.number}>{t('fleet.after')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {OUTCOMES.map((outcome) => {
                const { before, after: value } = after.delta.byOutcome[outcome];
                if (!before && !value) return null;
                return (
                  <TableRow key={outcome}>
                    <TableCell>{t(`labels.outcome.${outcome}`)}</TableCell>
                    <TableCell className={panel.number}>{n(before)}</TableCell>
                    <TableCell className={panel.number}>
                      {n(value)}
                      {diff(before, value)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {after.delta.rules.length > 0 && (
            <Caption1 as="p" className={panel.block}>
              {t('fleet.rulesMoved')}:{' '}
              {after.delta.rules
                .slice(0, 8)
                .map((rule) => `${rule.id} ${n(rule.before)} → ${n(rule.after)}`)
                .join(' · ')}
            </Caption1>
          )}
          <Button appearance="subtle" onClick={() => WHAT_IF_FACTS.forEach((fact) => setWhatIf(fact.id, null))}>
            {t('fleet.resetWhatIf')}
          </Button>
        </>
      )}
    </section>
  );
}
