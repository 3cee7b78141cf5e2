// The configuration screens, loaded on first visit so the first paint only carries the start page.
import { lazy, type ComponentType } from 'react';
import { StartScreen } from '../features/start/StartScreen';
import type { ScreenId } from '../store/ui-store';

type TenantPageModule = { TenantPage: ComponentType };
// Tenant connection is its own feature (features/tenant); it joins the navigation when it is part of the build.
const tenantPages = import.meta.glob<TenantPageModule>('../features/tenant/TenantPage.tsx');
const loadTenantPage = Object.values(tenantPages)[0];

function TenantConnectionMissing() {
  return <div style={{ padding: 48 }}>Tenant connection is not part of this build.</div>;
}

export const SCREEN_COMPONENTS: Record<ScreenId, ComponentType> = {
  start: StartScreen,
  tenant: lazy(() => import('../features/tenant-settings/TenantScreen').then((m) => ({ default: m.TenantScreen }))),
  connect: loadTenantPage
    ? lazy(async () => ({ default: (await loadTenantPage()).TenantPage }))
    : TenantConnectionMissing,
  device: lazy(() => import('../features/device-settings/DeviceScreen').then((m) => ({ default: m.DeviceScreen }))),
  intune: lazy(() =>
    import('../features/intune-profile/IntuneProfileScreen').then((m) => ({ default: m.IntuneProfileScreen })),
  ),
  user: lazy(() => import('../features/user-settings/UserScreen').then((m) => ({ default: m.UserScreen }))),
  session: lazy(() => import('../features/session-settings/SessionScreen').then((m) => ({ default: m.SessionScreen }))),
  era: lazy(() => import('../features/era/EraScreen').then((m) => ({ default: m.EraScreen }))),
};
