// The files of the next fleet (devices export or snapshot, users, template), Evaluate, progress with Cancel, and
// why a file was refused. The fleet on screen stays until a new one has been read completely.
import { useRef } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { useFleetStore, type FileSlot } from './fleet-store';
import { formatFleetRefusal } from './fleet-problem';

const useStyles = makeStyles({
  slots: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 240px), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  picker: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  fileName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  hidden: { display: 'none' },
  actions: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginBlock: tokens.spacingVerticalM,
  },
  progress: { flexGrow: 1, maxWidth: '420px' },
  problemText: { marginTop: tokens.spacingVerticalXS },
});

const ACCEPT: Record<FileSlot, string> = { devices: '.csv,.txt,.json', users: '.csv,.txt', template: '.json' };
const LABEL: Record<FileSlot, string> = {
  devices: 'fleet.devicesFile',
  users: 'fleet.usersFile',
  template: 'fleet.templateFile',
};
const HINT: Record<FileSlot, string> = {
  devices: 'fleet.devicesHint',
  users: 'fleet.usersHint',
  template: 'fleet.templateHint',
};

function FilePicker({ slot }: { slot: FileSlot }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const file = useFleetStore((state) => state.files[slot]);
  const setFile = useFleetStore((state) => state.setFile);
  return (
    <Field label={t(LABEL[slot])} hint={t(HINT[slot])}>
      <div className={styles.picker}>
        <input
          ref={input}
          type="file"
          accept={ACCEPT[slot]}
          className={styles.hidden}
          data-testid={`fleet-file-${slot}`}
          onChange={(event) => {
            setFile(slot, event.target.files?.[0] ?? null);
            event.target.value = '';
          }}
        />
        <Button onClick={() => input.current?.click()}>{t('fleet.choose')}</Button>
        <Body1 className={styles.fileName} title={file?.name}>
          {file ? file.name : t('fleet.noFile')}
        </Body1>
        {file && slot !== 'devices' && (
          <Button appearance="subtle" size="small" onClick={() => setFile(slot, null)}>
            {t('fleet.remove')}
          </Button>
        )}
      </div>
    </Field>
  );
}

export function FleetInputs() {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const devices = useFleetStore((state) => state.files.devices);
  const reading = useFleetStore((state) => state.reading);
  const problem = useFleetStore((state) => state.problem);
  const cancelledFile = useFleetStore((state) => state.cancelledFile);
  const hasFleet = useFleetStore((state) => state.fleet !== null);
  const read = useFleetStore((state) => state.read);
  const cancel = useFleetStore((state) => state.cancel);
  const options = useAppStore((state) => state.options);
  const percent = reading && reading.total > 0 ? Math.floor((100 * reading.done) / reading.total) : 0;
  return (
    <section aria-label={t('fleet.inputs')} data-testid="fleet-inputs">
      <div className={styles.slots}>
        <FilePicker slot="devices" />
        <FilePicker slot="users" />
        <FilePicker slot="template" />
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!devices || reading !== null}
          onClick={() => read(options)}
          data-testid="fleet-evaluate"
        >
          {t('fleet.evaluate')}
        </Button>
        {reading && (
          <>
            <Field
              className={styles.progress}
              validationMessage={t('fleet.reading', { file: reading.file, percent })}
              validationState="none"
            >
              <ProgressBar
                value={reading.total ? reading.done / reading.total : undefined}
                data-testid="fleet-progress"
              />
            </Field>
            <Button onClick={cancel} data-testid="fleet-cancel">
              {t('fleet.cancel')}
            </Button>
          </>
        )}
      </div>
      {problem && (
        <MessageBar intent="error" layout="multiline" data-testid="fleet-problem">
          <MessageBarBody>
            <MessageBarTitle>{t('fleet.failed', { file: problem.file })}</MessageBarTitle>
            <Body1 block className={styles.problemText} data-testid="fleet-problem-text">
              {formatFleetRefusal(i18n, problem, { withFile: false })}
            </Body1>
            {hasFleet && (
              <Caption1 block className={styles.problemText}>
                {t('fleet.keptPrevious')}
              </Caption1>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {cancelledFile && (
        <MessageBar intent="info" data-testid="fleet-cancelled">
          <MessageBarBody>{t('fleet.cancelled', { file: cancelledFile })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
