// The presets gallery: built-in scenarios from the docs, each with the outcome the docs predict.
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PRESETS, type Preset } from '../../../simulator/index';
import { i18n } from '../../i18n/index';
import { confirmAction } from '../../platform/dialogs';
import { OUTCOME_COLORS } from '../../ui/labels';
import { useAppStore } from '../../store/app-store';
import { useUiStore } from '../../store/ui-store';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
    ':hover': { boxShadow: tokens.shadow8 },
  },
  description: { color: tokens.colorNeutralForeground2, flexGrow: 1, overflowWrap: 'anywhere' },
  rules: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  footer: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  // Long outcome names (Dutch especially) wrap inside the badge instead of running out of the card.
  expected: { height: 'auto', minHeight: '20px', maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' },
});

/** The preset's title in the app language (the simulator's English title when the catalogue has none). */
export function presetTitle(preset: Preset): string {
  return i18n().t(`preset.${preset.id}.title`, { defaultValue: preset.title });
}

/**
 * A scenario's name for display: a built-in preset's own name reads as that preset's title in the app language
 * (a preset's name is stored in the scenario in English); any other name is the person's own and stays as written.
 */
export function scenarioDisplayName(name: string): string {
  const preset = PRESETS.find((candidate) => candidate.scenario.name === name);
  return preset ? presetTitle(preset) : name;
}

export function presetDescription(preset: Preset): string {
  return i18n().t(`preset.${preset.id}.description`, { defaultValue: preset.description });
}

export async function loadPreset(preset: Preset): Promise<void> {
  const app = useAppStore.getState();
  const t = i18n().t;
  const discard =
    !app.dirty ||
    (await confirmAction({
      title: t('commands.discardTitle'),
      message: t('presets.discardMessage', { title: presetTitle(preset) }),
      confirmLabel: t('presets.discardAndLoad'),
      cancelLabel: t('commands.keepEditing'),
    }));
  if (!discard) return;
  app.loadScenario(preset.scenario, { filePath: null, dirty: false });
  app.setOptions({
    docsAsOf: 'current',
    strictLicensing: false,
    fieldReports: false,
    linkAfterFailedAttempt: false,
    ...preset.options,
  });
  useUiStore.getState().notify('info', t('presets.loaded', { title: presetTitle(preset) }));
}

export function PresetsGallery() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.grid} data-testid="presets-gallery">
      {PRESETS.map((preset) => (
        <article
          key={preset.id}
          className={styles.card}
          data-testid={`preset-${preset.id}`}
          aria-labelledby={`preset-title-${preset.id}`}
        >
          <Text weight="semibold" id={`preset-title-${preset.id}`}>
            {presetTitle(preset)}
          </Text>
          <Caption1 className={styles.rules}>
            {preset.expected.rules.length ? preset.expected.rules.join(' · ') : t('presets.noBlockingRule')}
          </Caption1>
          <Text size={200} className={styles.description}>
            {presetDescription(preset)}
          </Text>
          <div className={styles.footer}>
            <Badge
              appearance="tint"
              className={styles.expected}
              color={OUTCOME_COLORS[preset.expected.outcome]}
              data-testid="preset-expected"
            >
              {t('presets.expected', { outcome: t(`labels.outcome.${preset.expected.outcome}`) })}
            </Badge>
            <Button
              size="small"
              appearance="primary"
              onClick={() => void loadPreset(preset)}
              data-testid={`load-${preset.id}`}
            >
              {t('presets.load')}
            </Button>
          </div>
        </article>
      ))}
    </div>
  );
}
