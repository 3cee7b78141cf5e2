// The verdict under the simulated screen: outcome, link visibility, every rule that fired or couldn't be decided,
// warnings, and the effective AllowAadPasswordReset with the source that produced it.
import type { ReactNode } from 'react';
import { Badge, Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ERA_LABELS, type Effect, type FiredRule, type Tri } from '../../../simulator/index';
import { OUTCOME_COLORS, OUTCOME_LABELS } from '../../ui/labels';
import { useAppStore } from '../../store/app-store';
import { useVerdict } from '../../store/verdict';
import { FiredRuleList, UndecidedRuleList } from './RuleList';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: 0,
    '& dt': { color: tokens.colorNeutralForeground3 },
    '& dd': { margin: 0 },
  },
  heading: { display: 'block', marginBottom: tokens.spacingVerticalXS },
  none: { color: tokens.colorNeutralForeground3 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: '2px' },
  stepDetail: { color: tokens.colorNeutralForeground2 },
});

const TRI_TEXT: Record<Tri, string> = { yes: 'Shown', no: 'Not shown', undecided: 'Undecided' };

const EFFECT_ORDER: Record<Effect, number> = { HIDE: 0, FAIL: 1, DENY: 2, DEFER: 3, WARN: 4, INFO: 5 };

/** Deciding rules first, then by severity; the engine's order (its stages) breaks ties. */
function byImportance(rules: readonly FiredRule[], deciding: readonly string[]): FiredRule[] {
  const rank = (rule: FiredRule) => (deciding.includes(rule.id) ? -1 : EFFECT_ORDER[rule.effect]);
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => rank(a.rule) - rank(b.rule) || a.index - b.index)
    .map((entry) => entry.rule);
}

/** `children` (the fixes) sit between the summary and the rule details, where the eye lands after the outcome. */
export function VerdictPanel({ children }: { children?: ReactNode }) {
  const styles = useStyles();
  const verdict = useVerdict();
  const policySources = useAppStore((state) => state.scenario.policies.passwordReset);
  const blocking = byImportance(
    verdict.fired.filter((rule) => rule.effect !== 'WARN'),
    verdict.deciding,
  );
  const producer =
    verdict.policy.sourceIndex === null
      ? null
      : verdict.policy.sources.find((s) => s.index === verdict.policy.sourceIndex);
  const linkName = verdict.legacy ? 'Forgot password? link' : 'Reset password link';
  return (
    <section className={styles.panel} data-testid="verdict-panel" data-outcome={verdict.outcome} aria-label="Verdict">
      <div className={styles.summary}>
        <Badge
          size="extra-large"
          appearance="filled"
          color={OUTCOME_COLORS[verdict.outcome]}
          data-testid="verdict-outcome"
        >
          {OUTCOME_LABELS[verdict.outcome]}
        </Badge>
        {verdict.errorCode && (
          <Badge size="large" appearance="outline" color="warning" data-testid="verdict-error-code">
            {verdict.errorCode}
          </Badge>
        )}
        {verdict.deciding.length > 0 && <Body1>Decided by {verdict.deciding.join(', ')}</Body1>}
      </div>
      <dl className={styles.facts}>
        <dt>{linkName}</dt>
        <dd data-testid="verdict-password-link" data-value={verdict.passwordLink}>
          {TRI_TEXT[verdict.passwordLink]}
        </dd>
        <dt>I forgot my PIN</dt>
        <dd data-testid="verdict-pin-link" data-value={verdict.pinLink}>
          {TRI_TEXT[verdict.pinLink]}
          {verdict.pinLink === 'yes' && ` · ${OUTCOME_LABELS[verdict.pinOutcome]} (${verdict.pin.mode})`}
        </dd>
        <dt>AllowAadPasswordReset</dt>
        <dd data-testid="verdict-policy">
          <strong>{verdict.policy.value === 'unknown' ? 'Unknown' : verdict.policy.value}</strong>
          {producer ? ` · ${policySources[producer.index]?.name ?? producer.name} (${producer.kind})` : ''}
          {producer?.reason ? ` · ${producer.reason}` : ''}
          {!producer && ` · ${verdict.policy.explanation}`}
        </dd>
        <dt>Docs as of</dt>
        <dd>{ERA_LABELS[verdict.options.docsAsOf]}</dd>
      </dl>
      {children}
      <div>
        <Subtitle2 className={styles.heading}>Rules that fired</Subtitle2>
        {blocking.length ? (
          <FiredRuleList rules={blocking} deciding={verdict.deciding} testId="verdict-fired" />
        ) : (
          <Body1 className={styles.none}>None: nothing stops the reset.</Body1>
        )}
      </div>
      {verdict.undecided.length > 0 && (
        <div>
          <Subtitle2 className={styles.heading}>Not enough information</Subtitle2>
          <UndecidedRuleList rules={verdict.undecided} />
        </div>
      )}
      {verdict.steps.length > 0 && (
        <div>
          <Subtitle2 className={styles.heading}>What the user sees</Subtitle2>
          <ol className={styles.steps} data-testid="verdict-steps">
            {verdict.steps.map((step) => (
              <li key={step.id}>
                <strong>{step.title}</strong>
                {step.detail && <span className={styles.stepDetail}> — {step.detail}</span>}
              </li>
            ))}
          </ol>
        </div>
      )}
      {verdict.warnings.length > 0 && (
        <div>
          <Subtitle2 className={styles.heading}>Warnings</Subtitle2>
          <FiredRuleList rules={verdict.warnings} deciding={[]} testId="verdict-warnings" />
        </div>
      )}
    </section>
  );
}
