// Autosave recovery offer, the "not being kept" banner when the app cannot write its own files, and short-lived
// notices (saved, exported, failed).
import { useEffect, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { StorageStatus } from '../../preload/contract';
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

/** After the scenario or its file changes, main has tried to write (autosave waits 800 ms): look again then. */
export const STORAGE_RECHECK_MS = 2000;

/** Shown while main cannot write recent files, the autosave or the crash marker (read-only or full folder). */
export function StorageBanner() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    const api = getApi();
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () =>
      void api
        .invoke('app:storage', undefined)
        .then((next) => !cancelled && setStatus(next))
        .catch(() => undefined);
    check();
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.scenario === previous.scenario && state.filePath === previous.filePath) return;
      clearTimeout(timer);
      timer = setTimeout(check, STORAGE_RECHECK_MS);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  if (!status || status.persistent || dismissed) return null;
  const browser = getApi().edition === 'browser';
  const title = browser ? t('banners.storageTitleBrowser') : t('banners.storageTitle');
  const body = browser
    ? t('banners.storageBodyBrowser')
    : t('banners.storageBody', { reason: t(`fileWrite.${status.reason ?? 'other'}`) });
  return (
    <MessageBar intent="warning" className={styles.recovery} data-testid="storage-banner">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => setDismissed(true)} data-testid="storage-banner-dismiss">
          {t('banners.storageDismiss')}
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
