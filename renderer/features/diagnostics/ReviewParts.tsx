// The tables of the review: files, inputs with their source lines, policy sources, unknown inputs with the rules they
// leave undecided, and the lines that were not understood.
import {
  Badge,
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
import { ruleById, type Verdict } from '../../../simulator/index';
import type { DeviceFindings, Fact, FileReading, Finding, ReaderWarning } from '../../../simulator/diagnostics/index';
import { fieldLabel, noteLabel, rejectionText, resolutionLabel, sourceLabel, valueLabel, warningText } from './labels';

const useStyles = makeStyles({
  code: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
  where: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  note: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  winner: { fontWeight: tokens.fontWeightSemibold },
  cellStack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, marginInlineEnd: tokens.spacingHorizontalS },
  value: { fontWeight: tokens.fontWeightSemibold },
  colName: { width: '30%' },
  colNarrow: { width: '16%' },
  colValue: { width: '20%' },
});

function SourceLine({ fact, winner }: { fact: Fact; winner?: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <span data-testid="diagnostics-source-line">
      <span className={styles.where}>
        {t('diagnostics.fileLine', { file: fact.provenance.file, line: fact.provenance.line })}
        {winner ? ` · ${t('diagnostics.winner')}` : ''}
      </span>{' '}
      <code className={winner ? mergeClasses(styles.code, styles.winner) : styles.code}>{fact.provenance.text}</code>
    </span>
  );
}

export function FilesTable({ readings }: { readings: readonly FileReading[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Table size="small" aria-label={t('diagnostics.filesTitle')} data-testid="diagnostics-files">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.colName}>{t('diagnostics.colFile')}</TableHeaderCell>
          <TableHeaderCell className={styles.colNarrow}>{t('diagnostics.colStatus')}</TableHeaderCell>
          <TableHeaderCell>{t('diagnostics.colDetail')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {readings.map((reading, index) => (
          <TableRow key={`${reading.file}-${index}`} data-testid="diagnostics-file" data-status={reading.status}>
            <TableCell>
              <code className={styles.code}>{reading.file}</code>
            </TableCell>
            <TableCell>
              <Badge appearance="tint" color={reading.status === 'read' ? 'success' : 'danger'}>
                {reading.status === 'read' ? t('diagnostics.statusRead') : t('diagnostics.statusRefused')}
              </Badge>
            </TableCell>
            <TableCell>
              {reading.status === 'read' ? (
                t('diagnostics.fileReadDetail', {
                  kind: sourceLabel(t, reading.result.source),
                  count: reading.result.facts.length,
                  warnings: reading.result.warnings.length,
                })
              ) : (
                <span className={styles.cellStack}>
                  <span>{rejectionText(t, reading)}</span>
                  {reading.cause?.line !== undefined && (
                    <span>
                      <span className={styles.where}>{t('diagnostics.lineOnly', { line: reading.cause.line })}</span>{' '}
                      <code className={styles.code}>{reading.cause.text}</code>
                    </span>
                  )}
                  <span className={styles.note}>{t('diagnostics.nothingApplied')}</span>
                </span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function FindingsTable({ findings, testId }: { findings: readonly Finding[]; testId: string }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Table size="small" aria-label={t('diagnostics.readTitle')} data-testid={testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.colName}>{t('diagnostics.colInput')}</TableHeaderCell>
          <TableHeaderCell className={styles.colValue}>{t('diagnostics.colValue')}</TableHeaderCell>
          <TableHeaderCell>{t('diagnostics.colSource')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {findings.map((finding) => (
          <TableRow key={finding.path} data-testid="diagnostics-finding" data-path={finding.path}>
            <TableCell>{fieldLabel(t, finding.path)}</TableCell>
            <TableCell>
              <span className={styles.value}>{valueLabel(t, finding.path, finding.value)}</span>
            </TableCell>
            <TableCell>
              <span className={styles.cellStack}>
                {finding.facts.map((fact, index) => (
                  <SourceLine
                    key={index}
                    fact={fact}
                    winner={finding.resolution !== undefined && fact === finding.winner}
                  />
                ))}
                {finding.basis === 'notConfigured' && (
                  <span className={styles.note}>{t('diagnostics.note.notConfiguredDefault')}</span>
                )}
                {finding.note && finding.basis !== 'notConfigured' && (
                  <span className={styles.note}>{noteLabel(t, finding.note)}</span>
                )}
                {finding.resolution && <span className={styles.note}>{resolutionLabel(t, finding.resolution)}</span>}
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function PolicySources({ findings }: { findings: DeviceFindings }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const rows = [
    { path: 'policies.passwordReset', outcome: findings.passwordReset },
    { path: 'policies.pinRecovery', outcome: findings.pinRecovery },
  ] as const;
  return (
    <ul className={styles.list} data-testid="diagnostics-policies">
      {rows.map(({ path, outcome }) => (
        <li key={path} data-path={path} data-status={outcome.status}>
          <span className={styles.value}>{fieldLabel(t, path)}</span>
          {': '}
          {outcome.status === 'read'
            ? outcome.sources.length === 0
              ? t('diagnostics.policyNone')
              : t('diagnostics.policyRead', { count: outcome.sources.length })
            : t('diagnostics.policyKept')}
          <span className={styles.cellStack}>
            {outcome.facts.map((fact, index) => (
              <SourceLine key={index} fact={fact} />
            ))}
            {outcome.status === 'kept' &&
              outcome.missing.map((location) => (
                <code key={location} className={styles.code}>
                  {location}
                </code>
              ))}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function UnknownInputs({ paths, verdict }: { paths: readonly string[]; verdict: Verdict | null }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const undecided = (verdict?.undecided ?? []).filter((rule) => rule.missing.some((path) => paths.includes(path)));
  return (
    <div className={styles.cellStack} data-testid="diagnostics-unknown">
      {paths.length === 0 ? (
        <span>{t('diagnostics.noneUnknown')}</span>
      ) : (
        <ul className={styles.list}>
          {paths.map((path) => (
            <li key={path} data-path={path}>
              {fieldLabel(t, path)}
            </li>
          ))}
        </ul>
      )}
      <span className={styles.value}>
        {undecided.length === 0
          ? t('diagnostics.noRulesUndecided')
          : t('diagnostics.rulesUndecided', { count: undecided.length })}
      </span>
      {undecided.length > 0 && (
        <ul className={styles.list} data-testid="diagnostics-undecided-rules">
          {undecided.map((rule, index) => (
            <li key={`${rule.id}-${index}`} data-rule-id={rule.id}>
              <span className={styles.ruleId}>{rule.id}</span>
              {t(ruleById(rule.id)?.messageKey ?? '', { defaultValue: rule.message })}
              <span className={styles.note}>
                {t('diagnostics.needs', {
                  fields: rule.missing
                    .filter((path) => paths.includes(path))
                    .map((path) => fieldLabel(t, path))
                    .join(', '),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Facts read but used by no input: identifiers and states the rules don't read (DeviceId, AzureAdPrt, PreReqResult…). */
export function OtherFacts({ findings }: { findings: DeviceFindings }) {
  const styles = useStyles();
  const used = new Set<Fact>([
    ...findings.findings.flatMap((item) => item.facts),
    ...findings.disagreements.flatMap((item) => item.facts),
    ...findings.passwordReset.facts,
    ...findings.pinRecovery.facts,
  ]);
  const usedLines = new Set([...used].map((fact) => `${fact.provenance.file}:${fact.provenance.line}`));
  const others = findings.facts.filter((fact) => !usedLines.has(`${fact.provenance.file}:${fact.provenance.line}`));
  return (
    <ul className={styles.list} data-testid="diagnostics-other-facts">
      {others.map((fact, index) => (
        <li key={index}>
          <SourceLine fact={fact} />
        </li>
      ))}
    </ul>
  );
}

export function WarningsList({ warnings }: { warnings: readonly ReaderWarning[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="diagnostics-warnings">
      {warnings.map((item, index) => (
        <li key={index} data-code={item.code}>
          <span className={styles.where}>
            {item.line !== undefined ? t('diagnostics.fileLine', { file: item.file, line: item.line }) : item.file}
          </span>{' '}
          {warningText(t, item)}
          {item.text && (
            <>
              {' '}
              <code className={styles.code}>{item.text}</code>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
