// The verdict under the simulated screen: outcome, link visibility, every rule that fired or couldn't be decided,
// warnings, and the effective AllowAadPasswordReset with the source that produced it.
import type { ReactNode } from 'react';
import { Badge, Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Effect, Era, FiredRule, FlowStep, Tri, Verdict } from '../../../simulator/index';
import { OUTCOME_COLORS, OUTCOME_LABELS } from '../../ui/labels';
import { useAppStore } from '../../store/app-store';
import { useVerdict } from '../../store/verdict';
import { FiredRuleList, UndecidedRuleList } from './RuleList';
import { policySummaryText } from '../../ui/policy-words';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  facts: {
    display: 'grid',
    // Long Dutch labels and long policy names wrap instead of pushing the values out of the pane.
    gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: 0,
    '& dt': { color: tokens.colorNeutralForeground3, maxWidth: '14em' },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  heading: { display: 'block', marginBottom: tokens.spacingVerticalXS },
  none: { color: tokens.colorNeutralForeground3 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: '2px' },
  stepDetail: { color: tokens.colorNeutralForeground2 },
});

const TRI_KEY: Record<Tri, string> = { yes: 'shown', no: 'notShown', undecided: 'undecided' };

type Translate = (key: string, vars?: Record<string, string>) => string;

/** "November 2017" for an era key, in the reader's language; the current docs by name. */
function eraText(era: Era, t: Translate, language: string): string {
  if (era === 'current') return t('verdictPanel.currentDocs');
  const [year, month] = era.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** A step of the flow in the reader's words; Windows 7/8.1 choose a user and show "Forgot password?". */
function stepText(step: FlowStep, verdict: Verdict, t: Translate): { title: string; detail: string } {
  const id = verdict.legacy && step.id === 'lockScreen' ? 'chooseUser' : step.id;
  const link = verdict.legacy ? t('verdictPanel.link.forgot') : t('verdictPanel.link.reset');
  const variant =
    id === 'signIn' && verdict.passwordLink === 'no'
      ? 'hidden'
      : id === 'signIn' && verdict.passwordLink === 'undecided'
        ? 'undecided'
        : 'detail';
  return { title: t(`verdictPanel.step.${id}.title`), detail: t(`verdictPanel.step.${id}.${variant}`, { link }) };
}

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
  const { t, i18n } = useTranslation();
  const verdict = useVerdict();
  const policySources = useAppStore((state) => state.scenario.policies.passwordReset);
  const blocking = byImportance(
    verdict.fired.filter((rule) => rule.effect !== 'WARN'),
    verdict.deciding,
  );
  const linkName = verdict.legacy ? t('verdictPanel.forgotLink') : t('verdictPanel.resetLink');
  return (
    <section
      className={styles.panel}
      data-testid="verdict-panel"
      data-outcome={verdict.outcome}
      aria-label={t('verdictPanel.label')}
    >
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
        {verdict.deciding.length > 0 && (
          <Body1>{t('verdictPanel.decidedBy', { rules: verdict.deciding.join(', ') })}</Body1>
        )}
      </div>
      <dl className={styles.facts}>
        <dt>{linkName}</dt>
        <dd data-testid="verdict-password-link" data-value={verdict.passwordLink}>
          {t(`verdictPanel.${TRI_KEY[verdict.passwordLink]}`)}
        </dd>
        <dt>{t('verdictPanel.pinLink')}</dt>
        <dd data-testid="verdict-pin-link" data-value={verdict.pinLink}>
          {t(`verdictPanel.${TRI_KEY[verdict.pinLink]}`)}
          {verdict.pinLink === 'yes' &&
            ` · ${OUTCOME_LABELS[verdict.pinOutcome]} (${t(`verdictPanel.pinMode.${verdict.pin.mode}`)})`}
        </dd>
        <dt>AllowAadPasswordReset</dt>
        <dd data-testid="verdict-policy">
          <strong>{verdict.policy.value === 'unknown' ? t('verdictPanel.unknown') : verdict.policy.value}</strong>
          {` · ${policySummaryText(verdict, policySources, t)}`}
        </dd>
        <dt>{t('verdictPanel.docsAsOf')}</dt>
        <dd>{eraText(verdict.options.docsAsOf, t, i18n.language)}</dd>
      </dl>
      {children}
      <div>
        <Subtitle2 className={styles.heading}>{t('verdictPanel.fired')}</Subtitle2>
        {blocking.length ? (
          <FiredRuleList rules={blocking} deciding={verdict.deciding} testId="verdict-fired" />
        ) : (
          <Body1 className={styles.none}>{t('verdictPanel.noneFired')}</Body1>
        )}
      </div>
      {verdict.undecided.length > 0 && (
        <div>
          <Subtitle2 className={styles.heading}>{t('verdictPanel.notEnough')}</Subtitle2>
          <UndecidedRuleList rules={verdict.undecided} />
        </div>
      )}
      {verdict.steps.length > 0 && (
        <div>
          <Subtitle2 className={styles.heading}>{t('verdictPanel.steps')}</Subtitle2>
          <ol className={styles.steps} data-testid="verdict-steps">
            {verdict.steps.map((step) => {
              const text = stepText(step, verdict, t);
              return (
                <li key={step.id}>
                  <strong>{text.title}</strong>
                  <span className={styles.stepDetail}> — {text.detail}</span>
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {verdict.warnings.length > 0 && (
        <div>
          <Subtitle2 className={styles.heading}>{t('verdictPanel.warnings')}</Subtitle2>
          <FiredRuleList rules={verdict.warnings} deciding={[]} testId="verdict-warnings" />
        </div>
      )}
    </section>
  );
}
