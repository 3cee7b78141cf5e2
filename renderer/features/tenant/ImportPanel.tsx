// Import / Refresh: starts the read-only Graph import in the main process and polls its progress — counts per
// source, retries after throttling, and Cancel. A failed or cancelled import leaves the previous snapshot in place.
import { useEffect, useRef } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { SOURCE_KEYS, type ImportProgress } from '../../../simulator/import/index';
import { Section } from '../../ui/fields/Section';
import { errorText, tenantApi } from './tenant-api';
import { useTenantStore } from './tenant-store';

const SOURCE_LABELS: Record<(typeof SOURCE_KEYS)[number], string> = {
  organization: 'Organization',
  devices: 'Entra devices',
  managedDevices: 'Intune devices',
  deviceConfigurations: 'Custom profiles',
  configurationPolicies: 'Settings catalog',
  authenticationMethodsPolicy: 'Methods policy',
  authorizationPolicy: 'Authorization policy',
  userRegistrationDetails: 'Registration details',
  subscribedSkus: 'Licences',
  users: 'Users',
  groups: 'Group members',
  groupPolicyConfigurations: 'Administrative templates',
  intents: 'Endpoint security (intents)',
  assignmentFilters: 'Assignment filters',
};

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

function describe(progress: ImportProgress): string {
  if (progress.state === 'running')
    return progress.phase
      ? `Reading ${SOURCE_LABELS[progress.phase as keyof typeof SOURCE_LABELS] ?? progress.phase}…`
      : 'Starting…';
  if (progress.state === 'completed')
    return `Imported and saved at ${new Date(progress.finishedAt ?? '').toLocaleString()}.`;
  if (progress.state === 'cancelled') return 'Cancelled. The previous snapshot is unchanged.';
  return `Import failed: ${progress.error}`;
}

export function ImportPanel({ onCompleted }: { onCompleted(id: string): void }) {
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
      title="Import"
      description="Reads devices, Intune profiles and assignments, policies, users and licences (read-only)."
      testId="tenant-import"
    >
      <div className={styles.actions}>
        <Button appearance="primary" onClick={start} disabled={!signedIn || running}>
          {hasSnapshot ? 'Refresh' : 'Import tenant'}
        </Button>
        {running && <Button onClick={cancel}>Cancel</Button>}
      </div>
      {progress && (
        <>
          {running && <ProgressBar thickness="large" />}
          <MessageBar
            intent={progress.state === 'failed' ? 'error' : progress.state === 'completed' ? 'success' : 'info'}
          >
            <MessageBarBody data-testid="tenant-import-state">{describe(progress)}</MessageBarBody>
          </MessageBar>
          <div className={styles.counts} data-testid="tenant-import-counts">
            {SOURCE_KEYS.filter((key) => progress.counts[key] !== undefined).map((key) => (
              <Body1 key={key} className={styles.count}>
                {SOURCE_LABELS[key]}: {progress.counts[key]!.toLocaleString()}
              </Body1>
            ))}
            {progress.retries > 0 && (
              <Body1 className={styles.count}>Retried after throttling: {progress.retries}</Body1>
            )}
          </div>
        </>
      )}
    </Section>
  );
}
