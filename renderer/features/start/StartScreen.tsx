// Start: what the app answers, how to begin (new, open, a preset) and the presets gallery.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentAdd20Regular } from '@fluentui/react-icons/svg/document-add';
import { BuildingMultiple20Regular } from '@fluentui/react-icons/svg/building-multiple';
import { FolderOpen20Regular } from '@fluentui/react-icons/svg/folder-open';
import { Section } from '../../ui/fields/Section';
import { runCommand } from '../../ui/command-bus';
import { ScreenPage } from '../../ui/ScreenPage';
import { PresetsGallery } from '../presets/PresetsGallery';
import { openSampleTenant } from './sample-tenant';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM, flexWrap: 'wrap' },
});

export function StartScreen() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <ScreenPage
      testId="screen-start"
      crumbs={t('start.home')}
      title={t('start.willResetPasswordAppear')}
      description={t('start.describeADeviceSession')}
    >
      <div className={styles.actions}>
        <Button icon={<DocumentAdd20Regular />} onClick={() => runCommand('file.new')} data-testid="start-new">
          {t('start.newScenario')}
        </Button>
        <Button icon={<FolderOpen20Regular />} onClick={() => runCommand('file.open')} data-testid="start-open">
          {t('start.openScenarioFile')}
        </Button>
        <Button
          icon={<BuildingMultiple20Regular />}
          onClick={() => void openSampleTenant()}
          data-testid="start-sample-tenant"
        >
          {t('start.sampleTenant')}
        </Button>
      </div>
      <Section title={t('start.presets')} description={t('start.scenariosFromMicrosoftS')}>
        <PresetsGallery />
      </Section>
    </ScreenPage>
  );
}
