// What the engine concluded about one policy source, plus the inline validation messages.
import { Badge, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { phraseText, type PolicySourceReport } from '../../../simulator/index';
import { isLanguage } from '../../i18n/index';
import type { SourceIssue } from './validate';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  status: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  reason: { color: tokens.colorNeutralForeground2 },
  issues: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalXS,
  },
});

const APPLIES = {
  yes: { text: 'intuneProfile.applies', color: 'success' },
  no: { text: 'intuneProfile.doesntApply', color: 'danger' },
  undecided: { text: 'intuneProfile.undecided', color: 'informative' },
} as const;

export function SourceStatus({
  report,
  issues,
  testId,
}: {
  report?: PolicySourceReport;
  issues: SourceIssue[];
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const language = isLanguage(i18n.language) ? i18n.language : 'en-US';
  return (
    <div data-testid={testId}>
      {report && (
        <div className={styles.status}>
          <Badge appearance="filled" color={APPLIES[report.applies].color} data-testid={`${testId}-applies`}>
            {t(APPLIES[report.applies].text)}
          </Badge>
          {report.ruleId && <Badge appearance="outline">{report.ruleId}</Badge>}
          <span className={styles.reason}>{phraseText(report.reasonParts, language)}</span>
        </div>
      )}
      {issues.length > 0 && (
        <div className={styles.issues} data-testid={`${testId}-issues`}>
          {issues.map((issue, index) => (
            <MessageBar key={index} intent={issue.severity === 'error' ? 'error' : 'warning'} layout="multiline">
              <MessageBarBody>
                <strong>{issue.ruleId}</strong> · {issue.message}
              </MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
    </div>
  );
}
