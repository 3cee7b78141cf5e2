// Tenant connection: sign in (desktop), import into an offline snapshot, pick device × user pairs with provenance,
// and preview (desktop: apply) the change that enables the Reset password link. The browser edition opens
// snapshot files and previews the apply, but cannot connect.
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ScreenPage } from '../../ui/ScreenPage';
import { ApplyPreview } from './ApplyPreview';
import { ConnectPanel } from './ConnectPanel';
import { ImportPanel } from './ImportPanel';
import { ImportWarningsPanel } from './ImportWarningsPanel';
import { PairPicker } from './PairPicker';
import { SnapshotPanel, openSavedSnapshot } from './SnapshotPanel';
import { StatementsPanel } from './StatementsPanel';
import { errorText, tenantApi } from './tenant-api';
import { useTenantStore } from './tenant-store';

async function loadDesktopState(): Promise<void> {
  const { setStatus, setSnapshots, setProgress, setError, open } = useTenantStore.getState();
  try {
    const [status, snapshots, progress] = await Promise.all([
      tenantApi.call('tenant:status', undefined),
      tenantApi.call('tenant:snapshots:list', undefined),
      tenantApi.call('tenant:import:progress', undefined),
    ]);
    setStatus(status);
    setSnapshots(snapshots);
    setProgress(progress);
    // Offline first: open the newest snapshot without touching the network.
    if (!open && snapshots[0]) await openSavedSnapshot(snapshots[0].id);
  } catch (error) {
    setError(errorText(error));
  }
}

async function afterImport(id: string): Promise<void> {
  useTenantStore.getState().setSnapshots(await tenantApi.call('tenant:snapshots:list', undefined));
  await openSavedSnapshot(id);
}

export function TenantPage() {
  const { t } = useTranslation();
  const desktop = tenantApi.isDesktop();
  const open = useTenantStore((state) => state.open);
  const error = useTenantStore((state) => state.error);
  const busy = useTenantStore((state) => state.busy);

  useEffect(() => {
    if (desktop) void loadDesktopState();
  }, [desktop]);

  return (
    <ScreenPage
      testId="screen-tenant-connection"
      crumbs={t('tenantImport.page.crumbs')}
      title={t('tenantImport.page.title')}
      description={t('tenantImport.page.description')}
    >
      {!desktop && (
        <MessageBar intent="info">
          <MessageBarBody data-testid="tenant-desktop-only">{t('tenantImport.page.desktopOnly')}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody data-testid="tenant-error">{error}</MessageBarBody>
        </MessageBar>
      )}
      {busy && <Spinner size="tiny" label={busy} labelPosition="after" />}
      {desktop && <ConnectPanel />}
      {desktop && <ImportPanel onCompleted={(id) => void afterImport(id)} />}
      <SnapshotPanel />
      {open && (
        <>
          <ImportWarningsPanel warnings={open.snapshot.warnings} />
          <StatementsPanel tenantId={open.snapshot.tenant.id} />
          <PairPicker open={open} />
          <ApplyPreview open={open} />
        </>
      )}
    </ScreenPage>
  );
}
