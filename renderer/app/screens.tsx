// The configuration screens, loaded on first visit so the first paint only carries the start page.
import { lazy, type ComponentType } from 'react';
import { StartScreen } from '../features/start/StartScreen';
import type { ScreenId } from '../store/ui-store';
import { useTranslation } from 'react-i18next';

type TenantPageModule = { TenantPage: ComponentType };
// Tenant connection is its own feature (features/tenant); it joins the navigation when it is part of the build.
const tenantPages = import.meta.glob<TenantPageModule>('../features/tenant/TenantPage.tsx');
const loadTenantPage = Object.values(tenantPages)[0];

function TenantConnectionMissing() {
  const { t } = useTranslation();
  return <div style={{ padding: 48 }}>{t('app.tenantConnectionIsNot')}</div>;
}

export const SCREEN_COMPONENTS: Record<ScreenId, ComponentType> = {
  start: StartScreen,
  tenant: lazy(() => import('../features/tenant-settings/TenantScreen').then((m) => ({ default: m.TenantScreen }))),
  connect: loadTenantPage
    ? lazy(async () => ({ default: (await loadTenantPage()).TenantPage }))
    : TenantConnectionMissing,
  device: lazy(() => import('../features/device-settings/DeviceScreen').then((m) => ({ default: m.DeviceScreen }))),
  fleet: lazy(() => import('../features/fleet/FleetScreen').then((m) => ({ default: m.FleetScreen }))),
  diagnostics: lazy(() =>
    import('../features/diagnostics/DiagnosticsScreen').then((m) => ({ default: m.DiagnosticsScreen })),
  ),
  intune: lazy(() =>
    import('../features/intune-profile/IntuneProfileScreen').then((m) => ({ default: m.IntuneProfileScreen })),
  ),
  user: lazy(() => import('../features/user-settings/UserScreen').then((m) => ({ default: m.UserScreen }))),
  session: lazy(() => import('../features/session-settings/SessionScreen').then((m) => ({ default: m.SessionScreen }))),
  era: lazy(() => import('../features/era/EraScreen').then((m) => ({ default: m.EraScreen }))),
};
