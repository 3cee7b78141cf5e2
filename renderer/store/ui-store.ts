// UI-only state: which screen is shown, dialogs and notices. Kept apart from the scenario store so that
// navigating never touches the undo history or the dirty flag.
import { create } from 'zustand';
import type { AutosaveRecord } from '../../preload/contract';
import type { InputProblem } from '../../simulator/index';

export const SCREENS = [
  'start',
  'tenant',
  'connect',
  'device',
  'diagnostics',
  'fleet',
  'intune',
  'user',
  'session',
  'era',
] as const;
export type ScreenId = (typeof SCREENS)[number];

export const TENANT_BLADES = [
  'properties',
  'methods',
  'registration',
  'notifications',
  'customization',
  'onPremises',
  'administrator',
  'licences',
] as const;
export type TenantBlade = (typeof TENANT_BLADES)[number];

export interface Notice {
  id: number;
  intent: 'success' | 'error' | 'info' | 'warning';
  text: string;
}

export interface UiState {
  screen: ScreenId;
  tenantBlade: TenantBlade;
  invalidFile: { fileName: string; problems: InputProblem[]; omitted?: number } | null;
  recovery: AutosaveRecord | null;
  aboutOpen: boolean;
  helpOpen: boolean;
  /** The left navigation shows its labels (false: a narrow rail of icons). */
  navOpen: boolean;
  notices: Notice[];
  showScreen(screen: ScreenId): void;
  showTenantBlade(blade: TenantBlade): void;
  setInvalidFile(value: UiState['invalidFile']): void;
  setRecovery(record: AutosaveRecord | null): void;
  setAboutOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
  setNavOpen(open: boolean): void;
  notify(intent: Notice['intent'], text: string): void;
  dismissNotice(id: number): void;
}

let nextNoticeId = 1;

/** Below this width the navigation starts as a rail, so the screen and the preview keep their room. */
export const NAV_RAIL_BELOW_PX = 1280;

function wideWindow(): boolean {
  return typeof window === 'undefined' || window.innerWidth >= NAV_RAIL_BELOW_PX;
}

export const useUiStore = create<UiState>()((set, get) => ({
  screen: 'start',
  tenantBlade: 'properties',
  invalidFile: null,
  recovery: null,
  aboutOpen: false,
  helpOpen: false,
  navOpen: wideWindow(),
  notices: [],
  showScreen: (screen) => set({ screen }),
  showTenantBlade: (tenantBlade) => set({ screen: 'tenant', tenantBlade }),
  setInvalidFile: (invalidFile) => set({ invalidFile }),
  setRecovery: (recovery) => set({ recovery }),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setNavOpen: (navOpen) => set({ navOpen }),
  notify(intent, text) {
    const notice = { id: nextNoticeId++, intent, text };
    // One notice at a time: a new one replaces the last, so toasts never stack up over the content.
    set({ notices: [notice] });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((notice) => notice.id !== id) }),
}));
