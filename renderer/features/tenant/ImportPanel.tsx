// Import / Refresh: starts the read-only Graph import in the main process and polls its progress — counts per
// source, retries after throttling, and Cancel. A failed or cancelled import leaves the previous snapshot in place.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { SOURCE_KEYS, type ImportProgress } from '../../../simulator/import/index';
import { Section } from '../../ui/fields/Section';
import { codedText, errorText, tenantApi } from './tenant-api';
import { useTenantStore } from './tenant-store';

const POLL_MS = 300;

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalS,
  },
  count: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

function describe(progress: ImportProgress, t: TFunction): string {
  const source = (key: string) => t(`tenantImport.warnings.source.${key}`);
  if (progress.state === 'running') {
    if (progress.phase === 'saving') return t('tenantImport.import.saving');
    return progress.phase
      ? t('tenantImport.import.reading', { source: source(progress.phase) })
      : t('tenantImport.import.starting');
  }
  if (progress.state === 'completed')
    return t('tenantImport.import.completed', { time: new Date(progress.finishedAt ?? '').toLocaleString() });
  if (progress.state === 'cancelled') return t('tenantImport.import.cancelled');
  const failure = progress.failure;
  if (failure) {
    return t(`tenantImport.import.failure.${failure.kind}`, {
      endpoint: failure.endpoint,
      status: failure.status ?? '',
      permission: failure.permission ?? '',
      detail: codedText(failure.detail ?? ''),
    });
  }
  return t('tenantImport.import.failed', { error: codedText(progress.error ?? '') });
}

export function ImportPanel({ onCompleted }: { onCompleted(id: string): void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const progress = useTenantStore((state) => state.progress);
  const signedIn = useTenantStore((state) => state.status?.signedIn ?? false);
  // Refresh re-imports the signed-in tenant; its snapshots stay until the new one is complete.
  const hasSnapshot = useTenantStore((state) =>
    state.snapshots.some((entry) => entry.tenantId === state.status?.account?.tenantId),
  );
  const { setProgress, setError } = useTenantStore.getState();
  const timer = useRef<number | null>(null);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearInterval(timer.current);
    },
    [],
  );

  // An import still running when the page (re)opens: follow it.
  useEffect(() => {
    if (progress?.state === 'running' && timer.current === null) poll();
  });

  const poll = () => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = window.setInterval(async () => {
      const next = await tenantApi.call('tenant:import:progress', undefined).catch(() => null);
      setProgress(next);
      if (!next || next.state !== 'running') {
        window.clearInterval(timer.current!);
        timer.current = null;
        if (next?.state === 'completed' && next.snapshot) onCompleted(next.snapshot.id);
      }
    }, POLL_MS);
  };

  const start = async () => {
    setError(null);
    try {
      setProgress(await tenantApi.call('tenant:import:start', undefined));
      poll();
    } catch (error) {
      setError(errorText(error));
    }
  };
  const cancel = async () => setProgress(await tenantApi.call('tenant:import:cancel', undefined));
  const running = progress?.state === 'running';

  return (
    <Section
      title={t('tenantImport.import.title')}
      description={t('tenantImport.import.description')}
      testId="tenant-import"
    >
      <div className={styles.actions}>
        <Button appearance="primary" onClick={start} disabled={!signedIn || running}>
          {hasSnapshot ? t('tenantImport.import.refresh') : t('tenantImport.import.start')}
        </Button>
        {running && <Button onClick={cancel}>{t('tenantImport.import.cancel')}</Button>}
      </div>
      {progress && (
        <>
          {running && <ProgressBar thickness="large" />}
          <MessageBar
            intent={progress.state === 'failed' ? 'error' : progress.state === 'completed' ? 'success' : 'info'}
          >
            <MessageBarBody data-testid="tenant-import-state">{describe(progress, t)}</MessageBarBody>
          </MessageBar>
          <div className={styles.counts} data-testid="tenant-import-counts">
            {SOURCE_KEYS.filter((key) => progress.counts[key] !== undefined).map((key) => (
              <Body1 key={key} className={styles.count}>
                {t('tenantImport.import.count', {
                  source: t(`tenantImport.warnings.source.${key}`),
                  count: progress.counts[key]!.toLocaleString(),
                })}
              </Body1>
            ))}
            {progress.retries > 0 && (
              <Body1 className={styles.count}>{t('tenantImport.import.retries', { count: progress.retries })}</Body1>
            )}
          </div>
        </>
      )}
    </Section>
  );
}
