// The presets gallery: built-in scenarios from the docs, each with the outcome the docs predict.
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PRESETS, type Preset } from '../../../simulator/index';
import { OUTCOME_COLORS, OUTCOME_LABELS } from '../../ui/labels';
import { useAppStore } from '../../store/app-store';
import { useUiStore } from '../../store/ui-store';

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
});

export function loadPreset(preset: Preset): void {
  const app = useAppStore.getState();
  if (app.dirty && !window.confirm('Discard unsaved changes and load this preset?')) return;
  app.loadScenario(preset.scenario, { filePath: null, dirty: false });
  app.setOptions({
    docsAsOf: 'current',
    strictLicensing: false,
    fieldReports: false,
    linkAfterFailedAttempt: false,
    ...preset.options,
  });
  useUiStore.getState().notify('info', `Loaded preset “${preset.title}”.`);
}

export function PresetsGallery() {
  const styles = useStyles();
  return (
    <div className={styles.grid} data-testid="presets-gallery">
      {PRESETS.map((preset) => (
        <article key={preset.id} className={styles.card} data-testid={`preset-${preset.id}`} aria-label={preset.title}>
          <Text weight="semibold">{preset.title}</Text>
          <Caption1 className={styles.rules}>
            {preset.expected.rules.length ? preset.expected.rules.join(' · ') : 'no blocking rule'}
          </Caption1>
          <Text size={200} className={styles.description}>
            {preset.description}
          </Text>
          <div className={styles.footer}>
            <Badge appearance="tint" color={OUTCOME_COLORS[preset.expected.outcome]} data-testid="preset-expected">
              Expected: {OUTCOME_LABELS[preset.expected.outcome]}
            </Badge>
            <Button
              size="small"
              appearance="primary"
              onClick={() => loadPreset(preset)}
              data-testid={`load-${preset.id}`}
            >
              Load
            </Button>
          </div>
        </article>
      ))}
    </div>
  );
}
