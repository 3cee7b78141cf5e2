// The review before anything changes: each file (read, or refused with the reason and line), every input read with
// the line it came from, disagreements and how they were settled, what stays unknown and which rules that leaves
// undecided, and what could not be understood. Apply replaces the scenario in one undoable step.
import { useMemo } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { evaluate } from '../../../simulator/index';
import { useAppStore } from '../../store/app-store';
import { Section } from '../../ui/fields';
import { problemLine } from '../../ui/problem-text';
import { applyFindings, proposedFrom } from './actions';
import { useDiagnosticsStore } from './diagnostics-store';
import { FilesTable, FindingsTable, OtherFacts, PolicySources, UnknownInputs, WarningsList } from './ReviewParts';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, flexWrap: 'wrap' },
  empty: { color: tokens.colorNeutralForeground2 },
});

export function ReviewPanel() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const findings = useDiagnosticsStore((state) => state.findings);
  const appliedScenario = useDiagnosticsStore((state) => state.appliedScenario);
  const clear = useDiagnosticsStore((state) => state.clear);
  const scenario = useAppStore((state) => state.scenario);
  // Applied while the scenario in force is the one Apply made; after Undo or another edit, Apply is offered again.
  const applied = appliedScenario !== null && scenario === appliedScenario;
  const options = useAppStore((state) => state.options);
  const undo = useAppStore((state) => state.undo);
  // Recomputed against the scenario in force, which the user may have edited since the files were read.
  const proposed = useMemo(() => proposedFrom(findings, scenario), [findings, scenario]);
  const verdict = useMemo(() => (proposed?.ok ? evaluate(proposed.scenario, options) : null), [proposed, options]);

  if (!findings) {
    return (
      <Body1 className={styles.empty} data-testid="diagnostics-empty">
        {t('diagnostics.emptyReview')}
      </Body1>
    );
  }
  const read = findings.readings.filter((item) => item.status === 'read').length;
  const refused = findings.readings.length - read;
  const canApply = proposed?.ok === true && !applied;
  return (
    <div className={styles.column} data-testid="diagnostics-review">
      <MessageBar
        intent={read === 0 ? 'error' : applied ? 'success' : refused > 0 ? 'warning' : 'info'}
        layout="multiline"
      >
        <MessageBarBody>
          <MessageBarTitle>
            {read === 0
              ? t('diagnostics.summaryNothing')
              : applied
                ? t('diagnostics.summaryApplied')
                : t('diagnostics.summaryReady', {
                    read,
                    inputs: findings.findings.length,
                    unknown: findings.unknown.length,
                  })}
          </MessageBarTitle>
          {/* Its own line: the title ends in a number, so running on would read as one sentence. */}
          <div data-testid="diagnostics-summary-detail">
            {read === 0
              ? t('diagnostics.summaryNothingDetail')
              : applied
                ? t('diagnostics.summaryAppliedDetail')
                : refused > 0
                  ? t('diagnostics.summaryRefused', { count: refused })
                  : t('diagnostics.summaryKept')}
          </div>
          <div className={styles.actions}>
            {canApply && (
              <Button appearance="primary" onClick={applyFindings} data-testid="diagnostics-apply">
                {t('diagnostics.apply')}
              </Button>
            )}
            {applied && (
              <Button onClick={undo} data-testid="diagnostics-undo">
                {t('diagnostics.undo')}
              </Button>
            )}
            <Button appearance="subtle" onClick={clear} data-testid="diagnostics-discard">
              {t('diagnostics.discard')}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
      {proposed && !proposed.ok && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('diagnostics.invalidScenario', {
              problems: proposed.problems.map((p) => problemLine({ t, language: i18n.language }, p)).join('; '),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Section title={t('diagnostics.filesTitle')}>
        <FilesTable readings={findings.readings} />
      </Section>
      {findings.findings.length > 0 && (
        <Section title={t('diagnostics.readTitle')} description={t('diagnostics.readHelp')}>
          <FindingsTable findings={findings.findings} testId="diagnostics-findings" />
        </Section>
      )}
      {read > 0 && (
        <Section title={t('diagnostics.policiesTitle')} description={t('diagnostics.policiesHelp')}>
          <PolicySources findings={findings} />
        </Section>
      )}
      {findings.disagreements.length > 0 && (
        <Section title={t('diagnostics.disagreementsTitle')} description={t('diagnostics.disagreementsHelp')}>
          <FindingsTable findings={findings.disagreements} testId="diagnostics-disagreements" />
        </Section>
      )}
      {read > 0 && (
        <Section title={t('diagnostics.unknownTitle')} description={t('diagnostics.unknownHelp')}>
          <UnknownInputs
            paths={[...findings.unknown, ...findings.disagreements.map((item) => item.path)]}
            verdict={verdict}
          />
        </Section>
      )}
      {read > 0 && (
        <Section title={t('diagnostics.otherTitle')} description={t('diagnostics.otherHelp')}>
          <OtherFacts findings={findings} />
        </Section>
      )}
      {findings.warnings.length > 0 && (
        <Section title={t('diagnostics.warningsTitle')} description={t('diagnostics.warningsHelp')}>
          <WarningsList warnings={findings.warnings} />
        </Section>
      )}
    </div>
  );
}
