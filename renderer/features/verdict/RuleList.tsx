// Fired and undecided rules, each with its ID, effect, message and the documents it comes from.
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { FiredRule, UndecidedRule } from '../../../simulator/index';
import { EFFECT_COLORS } from '../../ui/labels';
import { useUiStore } from '../../store/ui-store';
import { useTranslation } from 'react-i18next';
import { locateField } from './field-screens';
import { RuleDates } from './RuleDates';
import { SourceLinks } from './SourceLinks';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  badges: { display: 'flex', flexDirection: 'column', gap: '2px', alignItems: 'flex-start' },
  id: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  missing: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForegroundLink,
    background: 'none',
    border: 'none',
    padding: 0,
    cursor: 'pointer',
    textDecoration: 'underline',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
  },
});

/** The rule's message in the reader's language (the catalogues key it as the engine does), else the engine's. */
function useRuleMessage(): (rule: {
  messageKey?: string;
  id: string;
  message: string;
  params?: Readonly<Record<string, string>>;
}) => string {
  const { t, i18n } = useTranslation();
  return (rule) => {
    const key = rule.messageKey ?? `rule.${rule.id}`;
    if (!i18n.exists(key)) return rule.message;
    // A conflict rule names the sources it saw: names and values, the same in every language.
    return rule.params?.sources ? `${t(key)} (${rule.params.sources})` : t(key);
  };
}

function Sources({ sources }: { sources: readonly string[] }) {
  return <SourceLinks sources={sources} />;
}

export function FiredRuleList({
  rules,
  deciding,
  testId,
}: {
  rules: readonly FiredRule[];
  deciding: readonly string[];
  testId: string;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const ruleMessage = useRuleMessage();
  return (
    <ul className={styles.list} data-testid={testId}>
      {rules.map((rule, index) => (
        <li key={`${rule.id}-${rule.target}-${index}`} className={styles.item} data-rule-id={rule.id}>
          <div className={styles.badges}>
            <Badge appearance={deciding.includes(rule.id) ? 'filled' : 'tint'} color={EFFECT_COLORS[rule.effect]}>
              {rule.effect}
            </Badge>
          </div>
          <div>
            <span className={styles.id}>{rule.id}</span>
            {rule.target === 'pin' && ` · ${t('verdictPanel.pinReset')}`}
            {rule.unofficial && (
              <>
                {' '}
                <Badge size="small" appearance="outline" color="warning" title={t('verdictPanel.unofficialHint')}>
                  {t('verdictPanel.unofficial')}
                </Badge>
              </>
            )}
            <div>{ruleMessage(rule)}</div>
            <RuleDates rule={rule} />
            <Sources sources={rule.sources} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function UndecidedRuleList({ rules }: { rules: readonly UndecidedRule[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const ruleMessage = useRuleMessage();
  return (
    <ul className={styles.list} data-testid="verdict-undecided">
      {rules.map((rule, index) => (
        <li key={`${rule.id}-${index}`} className={styles.item} data-rule-id={rule.id}>
          <div className={styles.badges}>
            <Badge appearance="outline" color="informative">
              {rule.effect}?
            </Badge>
          </div>
          <div>
            <span className={styles.id}>{rule.id}</span> · {t('verdictPanel.notEnoughShort')}
            <div>{ruleMessage(rule)}</div>
            <div>
              {t('verdictPanel.missing')}{' '}
              {rule.missing.map((path, i) => (
                <span key={path}>
                  {i > 0 && ', '}
                  <MissingInput path={path} className={styles.missing} />
                </span>
              ))}
            </div>
            <Sources sources={rule.sources} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A missing input, as a link to the screen where it is set. */
function MissingInput({ path, className }: { path: string; className: string }) {
  const { t, i18n } = useTranslation();
  const location = locateField(path);
  // The input by its name ("SSPR enabled"), never its model path.
  const key = `fixLabel.field.${path.replace(/\./g, '_')}`;
  const last = path.split('.').pop() ?? path;
  const name = i18n.exists(key)
    ? t(key)
    : /^[A-Z]/.test(last)
      ? last
      : last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (!location) return <span>{name}</span>;
  const go = () => {
    const ui = useUiStore.getState();
    if (location.blade) ui.showTenantBlade(location.blade);
    else ui.showScreen(location.screen);
  };
  return (
    <button
      type="button"
      className={className}
      onClick={go}
      title={t('verdictPanel.setField', { field: name })}
      data-testid={`missing-${path}`}
    >
      {name}
    </button>
  );
}
