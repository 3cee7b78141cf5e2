// Around the chart: where the rows came from, the top blocking rules with their fix, the top fixes (each re-counted
// over every row) and the inputs that leave rows undecided.
import {
  Badge,
  Body1,
  Caption1,
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
import type { Fix } from '../../../simulator/index';
import type { FleetFix, FleetInput, FleetSummary } from '../../../simulator/fleet';
import { fixTitle } from '../fixes/fix-labels';
import { fieldLabel } from '../diagnostics/labels';

export const usePanelStyles = makeStyles({
  panel: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  heading: { display: 'block', marginBottom: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  block: { display: 'block', marginBlock: tokens.spacingVerticalXXS },
  number: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    // Header cells wrap their text in a flex box: align it with the numbers.
    '& > *': { justifyContent: 'flex-end' },
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS },
  fixLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
});

const n = (value: number, language: string) => value.toLocaleString(language);

/** A scenario field in the reader's words (the field's label where the app has one). */
export function useInputLabel() {
  const { t, i18n } = useTranslation();
  return (path: string) => {
    const own = `fleet.fieldName.${path.replace(/\./g, '_')}`;
    if (i18n.exists(own)) return t(own);
    const key = `fixLabel.field.${path.replace(/\./g, '_')}`;
    return i18n.exists(key) ? t(key) : fieldLabel(t, path);
  };
}

function useFixText() {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  return (fix: FleetFix) => fixTitle(fix as unknown as Fix, (key, vars) => t(key, vars), exists);
}

export function SourceSummary({ input }: { input: FleetInput }) {
  const { t, i18n } = useTranslation();
  const styles = usePanelStyles();
  const label = useInputLabel();
  const fieldList = (paths: readonly string[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(paths.map(label));
  const lang = i18n.language;
  const leftOut = Object.entries(input.skipped.otherPlatforms).map(([name, rows]) => `${name} ${n(rows, lang)}`);
  if (input.skipped.windowsServer) leftOut.push(`${t('fleet.windowsServer')} ${n(input.skipped.windowsServer, lang)}`);
  const link = input.userLink;
  const missing = [...input.source.missing, ...(input.users?.missing ?? [])];
  const unrecognized = Object.entries(input.unrecognized);
  return (
    <div data-testid="fleet-source">
      <Body1 as="p">
        {t('fleet.rowsClasses', {
          rows: t('fleet.windowsRows', { count: input.rowCount }),
          classes: t('fleet.classes', { count: input.classes.length }),
          file: input.source.label,
        })}
        {' — '}
        <span className={styles.muted}>{t(`fleet.sourceTitle.${input.source.kind}`)}</span>
      </Body1>
      {leftOut.length > 0 && (
        <Caption1 as="p" className={styles.block}>
          {t('fleet.leftOut', { list: leftOut.join(', ') })}
        </Caption1>
      )}
      <Caption1 as="p" className={styles.block}>
        {t('fleet.usersLine', {
          count: link.matched,
          notIn: link.notInUsersFile,
          noFile: link.noUsersFile,
          noUser: link.noUser,
        })}
      </Caption1>
      {missing.length > 0 && (
        <Caption1 as="p" className={styles.block} data-testid="fleet-missing-columns">
          {t('fleet.missingColumns')}:{' '}
          {missing
            .map(
              (column) =>
                `"${column.expected}" (${column.leavesUnknown.length ? t('fleet.leavesUnknown', { fields: fieldList(column.leavesUnknown) }) : t('fleet.shownOnly')})`,
            )
            .join('; ')}
        </Caption1>
      )}
      {unrecognized.length > 0 && (
        <Caption1 as="p" className={styles.block}>
          {t('fleet.unrecognized')}:{' '}
          {unrecognized
            .map(
              ([column, values]) =>
                `${column}: ${Object.entries(values)
                  .map(([value, rows]) => `"${value}" (${n(rows, lang)})`)
                  .join(', ')}`,
            )
            .join('; ')}
        </Caption1>
      )}
    </div>
  );
}

export function BlockersPanel({ summary, fixes }: { summary: FleetSummary; fixes: FleetFix[] }) {
  const { t, i18n } = useTranslation();
  const styles = usePanelStyles();
  const fixText = useFixText();
  return (
    <section className={styles.panel} aria-labelledby="fleet-blockers" data-testid="fleet-blockers">
      <Subtitle2 id="fleet-blockers" as="h2" className={styles.heading}>
        {t('fleet.blockers')}
      </Subtitle2>
      {summary.blockingRules.length === 0 ? (
        <Body1>{t('fleet.noBlockers')}</Body1>
      ) : (
        <Table size="small" aria-labelledby="fleet-blockers">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('fleet.rule')}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t('fleet.rows')}</TableHeaderCell>
              <TableHeaderCell>{t('fleet.fix')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {summary.blockingRules.slice(0, 8).map((rule) => {
              const fix = fixes.find((candidate) => candidate.clears.includes(rule.id) && !candidate.statesUnknown);
              return (
                <TableRow key={rule.id}>
                  <TableCell>
                    <Badge appearance="outline">{rule.id}</Badge> <Caption1>{t(`rule.${rule.id}`)}</Caption1>
                  </TableCell>
                  <TableCell className={styles.number}>{n(rule.rows, i18n.language)}</TableCell>
                  <TableCell>{fix ? fixText(fix) : ''}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

export function FixesPanel({ fixes }: { fixes: FleetFix[] }) {
  const { t } = useTranslation();
  const styles = usePanelStyles();
  const fixText = useFixText();
  return (
    <section className={styles.panel} aria-labelledby="fleet-fixes" data-testid="fleet-fixes">
      <Subtitle2 id="fleet-fixes" as="h2" className={styles.heading}>
        {t('fleet.fixes')}
      </Subtitle2>
      <Caption1 as="p" className={mergeClasses(styles.muted, styles.block)}>
        {t('fleet.fixesHint')}
      </Caption1>
      {fixes.length === 0 ? (
        <Body1>{t('fleet.noFixes')}</Body1>
      ) : (
        <ol className={styles.list}>
          {fixes.map((fix) => (
            <li key={fix.id}>
              <div className={styles.fixLine}>
                <Badge color="success" appearance="tint">
                  {t('fleet.fixRows', { count: fix.rowsFixed })}
                </Badge>
                <Body1>{fixText(fix)}</Body1>
              </div>
              <Caption1 className={styles.muted}>
                {[
                  t(fix.scope === 'fleet' ? 'fleet.scopeFleet' : 'fleet.scopeFailing'),
                  fix.rowsBroken ? t('fleet.fixBroken', { count: fix.rowsBroken }) : '',
                  fix.statesUnknown ? t('fleet.statesUnknown') : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Caption1>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function UndecidedPanel({ summary }: { summary: FleetSummary }) {
  const { t, i18n } = useTranslation();
  const styles = usePanelStyles();
  const label = useInputLabel();
  if (summary.undecidedInputs.length === 0) return null;
  return (
    <section className={styles.panel} aria-labelledby="fleet-undecided" data-testid="fleet-undecided">
      <Subtitle2 id="fleet-undecided" as="h2" className={styles.heading}>
        {t('fleet.undecided')}
      </Subtitle2>
      <Table size="small" aria-labelledby="fleet-undecided">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('fleet.input')}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t('fleet.rows')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.undecidedInputs.slice(0, 8).map((entry) => (
            <TableRow key={entry.path}>
              <TableCell title={entry.path}>{label(entry.path)}</TableCell>
              <TableCell className={styles.number}>{n(entry.rows, i18n.language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
