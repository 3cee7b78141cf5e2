// The sample tenant: a small Contoso snapshot shipped with the app, so the tenant pages can be explored offline and
// in the browser edition, where signing in to a real tenant is not available.
import { useUiStore } from '../../store/ui-store';
import { i18n } from '../../i18n/index';

export const SAMPLE_TENANT_FILE = 'contoso-sample-tenant.json';

export async function openSampleTenant(): Promise<void> {
  // Loaded on demand: the snapshot and the tenant feature (with the Graph import code) are not part of the first bundle.
  const [{ default: text }, { useTenantStore }] = await Promise.all([
    import('../../assets/sample-tenant/contoso-sample-tenant.json?raw'),
    import('../tenant/tenant-store'),
  ]);
  const opened = await useTenantStore.getState().openSnapshotText(text, SAMPLE_TENANT_FILE);
  const ui = useUiStore.getState();
  if (!opened) {
    ui.notify('error', i18n().t('start.sampleTenantFailed'));
    return;
  }
  ui.showScreen('connect');
  ui.notify('info', i18n().t('start.sampleTenantOpened'));
}
