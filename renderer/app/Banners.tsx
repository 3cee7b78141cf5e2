// Autosave recovery offer and short-lived notices (saved, exported, failed).
import { useEffect } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { getApi } from '../platform/api';
import { useAppStore } from '../store/app-store';
import { useUiStore } from '../store/ui-store';
import { fileNameOf } from './commands';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';

const NOTICE_MS = 4000;

const useStyles = makeStyles({
  notices: {
    position: 'fixed',
    left: tokens.spacingHorizontalL,
    bottom: tokens.spacingVerticalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    zIndex: 1000,
    maxWidth: '420px',
  },
  recovery: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL} 0` },
});

export function RecoveryBar() {
  const { t } = useTranslation();
  const styles = useStyles();
  const record = useUiStore((state) => state.recovery);
  if (!record) return null;
  const dismiss = () => useUiStore.getState().setRecovery(null);
  const restore = () => {
    useAppStore.getState().loadScenario(record.scenario, { filePath: record.path, dirty: true });
    dismiss();
  };
  const discard = () => {
    void getApi().invoke('autosave:clear', undefined);
    dismiss();
  };
  return (
    <MessageBar intent="warning" className={styles.recovery} data-testid="recovery-bar">
      <MessageBarBody>
        <MessageBarTitle>{t('banners.unsavedWorkFound')}</MessageBarTitle>
        {t('banners.autosaved', {
          name: record.scenario.name,
          file: fileNameOf(record.path) ?? t('banners.untitled'),
          time: new Date(record.savedAt).toLocaleString(i18next.language),
        })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={restore} data-testid="recovery-restore">
          {t('banners.restore')}
        </Button>
        <Button size="small" onClick={discard} data-testid="recovery-discard">
          {t('banners.discard')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function Notices() {
  const styles = useStyles();
  const notices = useUiStore((state) => state.notices);
  const dismiss = useUiStore((state) => state.dismissNotice);
  useEffect(() => {
    if (notices.length === 0) return;
    const timer = setTimeout(() => dismiss(notices[0].id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notices, dismiss]);
  return (
    <div className={styles.notices} aria-live="polite" data-testid="notices">
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
