// The configuration screens, loaded on first visit so the first paint only carries the start page.
import { lazy, type ComponentType } from 'react';
import { StartScreen } from '../features/start/StartScreen';
import type { ScreenId } from '../store/ui-store';

export const SCREEN_COMPONENTS: Record<ScreenId, ComponentType> = {
  start: StartScreen,
  tenant: lazy(() => import('../features/tenant-settings/TenantScreen').then((m) => ({ default: m.TenantScreen }))),
  device: lazy(() => import('../features/device-settings/DeviceScreen').then((m) => ({ default: m.DeviceScreen }))),
  intune: lazy(() => import('../features/intune-profile/IntuneProfileScreen').then((m) => ({ default: m.IntuneProfileScreen }))),
  user: lazy(() => import('../features/user-settings/UserScreen').then((m) => ({ default: m.UserScreen }))),
  session: lazy(() => import('../features/session-settings/SessionScreen').then((m) => ({ default: m.SessionScreen }))),
  era: lazy(() => import('../features/era/EraScreen').then((m) => ({ default: m.EraScreen }))),
};
