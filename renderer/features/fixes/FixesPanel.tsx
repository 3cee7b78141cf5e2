// Smallest fixes for the current verdict, each verified by the engine; Apply is one undoable change.
import { Badge, Body1, Body1Strong, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { applyChanges, type Fix } from '../../../simulator/index';
import { OUTCOME_COLORS, OUTCOME_LABELS } from '../../ui/labels';
import { useAppStore } from '../../store/app-store';
import { useUiStore } from '../../store/ui-store';
import { useFixes, useVerdict } from '../../store/verdict';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/index';
import { changeLabel, fixTitle } from './fix-labels';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap', marginTop: '2px' },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalXS,
  },
  none: { color: tokens.colorNeutralForeground3 },
});

export function applyFix(fix: Fix): void {
  const { scenario, setScenario } = useAppStore.getState();
  const { t, exists } = i18n();
  const title = fixTitle(
    fix,
    (key, vars) => t(key, vars),
    (key) => exists(key),
  );
  setScenario(applyChanges(scenario, fix.changes), t('fixesPanel.undoLabel', { title }));
  useUiStore.getState().notify('success', t('fixesPanel.applied', { title }));
}

export function FixesPanel() {
  const styles = useStyles();
  const { fixes, stale } = useFixes();
  const outcome = useVerdict().outcome;
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  return (
    <section data-testid="fixes-panel" aria-label={t('fixesPanel.title')}>
      <div className={styles.heading}>
        <Subtitle2>{t('fixesPanel.title')}</Subtitle2>
        {stale && <Caption1 aria-live="polite">{t('fixesPanel.updating')}</Caption1>}
      </div>
      {fixes.length === 0 ? (
        <Body1 className={styles.none} data-testid="fixes-none">
          {outcome === 'success' ? t('fixesPanel.nothingToFix') : t('fixesPanel.noFix')}
        </Body1>
      ) : (
        <ol className={styles.list}>
          {fixes.map((fix) => (
            <li key={fix.id} className={styles.item} data-testid="fix-item" data-fix-id={fix.id}>
              <div>
                {/* A fix is titled by its changes, each in the reader's words; a larger one lists them. */}
                {fix.changes.length === 1 ? (
                  <Body1Strong data-testid="fix-title">{fixTitle(fix, t, exists)}</Body1Strong>
                ) : (
                  <ul className={styles.changes} data-testid="fix-title">
                    {fix.changes.map((change) => (
                      <li key={change.path}>
                        <Body1Strong>{changeLabel(change, t, exists)}</Body1Strong>
                      </li>
                    ))}
                  </ul>
                )}
                <div className={styles.meta}>
                  <Caption1>{t('fixesPanel.clears', { rules: fix.clears.join(', ') })}</Caption1>
                  <Caption1>{t('fixesPanel.then')}</Caption1>
                  <Badge size="small" appearance="tint" color={OUTCOME_COLORS[fix.outcomeAfter]}>
                    {OUTCOME_LABELS[fix.outcomeAfter]}
                  </Badge>
                </div>
              </div>
              <Button
                appearance="primary"
                size="small"
                disabled={stale}
                onClick={() => applyFix(fix)}
                data-testid="fix-apply"
              >
                {t('fixesPanel.apply')}
              </Button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
