// Start: what the app answers, how to begin (new, open, a preset) and the presets gallery.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentAdd20Regular } from '@fluentui/react-icons/svg/document-add';
import { FolderOpen20Regular } from '@fluentui/react-icons/svg/folder-open';
import { Section } from '../../ui/fields/Section';
import { runCommand } from '../../ui/command-bus';
import { ScreenPage } from '../../ui/ScreenPage';
import { PresetsGallery } from '../presets/PresetsGallery';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM, flexWrap: 'wrap' },
});

export function StartScreen() {
  const styles = useStyles();
  return (
    <ScreenPage
      testId="screen-start"
      crumbs="Home"
      title="Will Reset password appear on this Windows sign-in screen?"
      description="Describe a device, session, user and tenant — or start from a preset — and see the sign-in screen, the verdict with its rules, and the smallest fix. Everything runs offline."
    >
      <div className={styles.actions}>
        <Button icon={<DocumentAdd20Regular />} onClick={() => runCommand('file.new')} data-testid="start-new">
          New scenario
        </Button>
        <Button icon={<FolderOpen20Regular />} onClick={() => runCommand('file.open')} data-testid="start-open">
          Open scenario file…
        </Button>
      </div>
      <Section
        title="Presets"
        description="Scenarios from Microsoft's docs and field reports, with the outcome the docs predict. Loading one replaces the current scenario and sets its Docs as of era."
      >
        <PresetsGallery />
      </Section>
    </ScreenPage>
  );
}
