// The one IPC contract: every channel, its argument and its result. Used by main, preload and the browser adapter.
// Types only (plus the channel-name list): the sandboxed preload must stay tiny; main validates with zod.
import type { Scenario } from '../simulator/model/scenario';
import type { InputProblem } from '../simulator/model/parse';
import type { FileReading } from '../simulator/diagnostics/types';
import type { EvaluateOptions } from '../simulator/engine/types';
import type { SnapshotParseResult, SnapshotSummary, TenantStatements } from '../simulator/import/snapshot';
import type {
  ApplyRequest,
  ApplyResult,
  ImportProgress,
  TenantConnectionSettings,
  TenantStatus,
} from '../simulator/import/connection-types';

export type ExportKind = 'reg' | 'intuneJson' | 'htmlReport';

export interface OpenResult {
  /** 'cancelled' when the user closed the dialog; 'invalid' keeps the current scenario untouched. */
  status: 'opened' | 'cancelled' | 'invalid';
  path?: string;
  scenario?: Scenario;
  problems?: InputProblem[];
  /** Problems beyond the first ones listed (a file with thousands of errors lists only the first). */
  omitted?: number;
}

/** Device diagnostic files picked and read: each one read or rejected with its reason, never half of one. */
export interface DiagnosticsOpenResult {
  status: 'opened' | 'cancelled';
  readings: FileReading[];
}

export interface SaveResult {
  status: 'saved' | 'cancelled' | 'failed';
  path?: string;
  error?: string;
  /** Why a write failed (the file on disk is unchanged); the renderer shows a translated sentence for it. */
  reason?: FileWriteReason;
}

/** Why a file could not be written. */
export type FileWriteReason =
  | 'diskFull'
  | 'readOnly'
  | 'noPermission'
  | 'isFolder'
  | 'folderMissing'
  | 'locked'
  | 'tooLarge'
  | 'incomplete'
  | 'other';

/** Whether the app can keep its recent files, autosave and crash marker in its user-data folder. */
export interface StorageStatus {
  persistent: boolean;
  /** The first failure's reason while not persistent. */
  reason: FileWriteReason | null;
  stores: Array<'recentFiles' | 'autosave' | 'sessionMarker'>;
}

export interface AutosaveRecord {
  savedAt: string;
  path: string | null;
  scenario: Scenario;
}

/** Area of the page in CSS pixels, as getBoundingClientRect reports it (main applies the page zoom). */
export interface CaptureRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type MenuCommand =
  | 'file.new'
  | 'file.open'
  | 'file.openDiagnostics'
  | 'file.openRecent'
  | 'file.save'
  | 'file.saveAs'
  | 'export.reg'
  | 'export.intuneJson'
  | 'export.htmlReport'
  | 'export.png'
  | 'edit.undo'
  | 'edit.redo'
  | 'view.windows10'
  | 'view.windows11'
  | 'view.trainer'
  | 'help.sources'
  | 'help.about';

/** Request/response channels: name → (argument) => result. */
export interface RequestChannels {
  'scenario:open': (arg: void) => OpenResult;
  'scenario:openRecent': (arg: { path: string }) => OpenResult;
  'scenario:save': (arg: { scenario: Scenario; path: string | null; saveAs: boolean }) => SaveResult;
  'scenario:recent': (arg: void) => string[];
  'autosave:write': (arg: { scenario: Scenario; path: string | null }) => void;
  'autosave:read': (arg: void) => AutosaveRecord | null;
  'autosave:clear': (arg: void) => void;
  /** `language`: the app language, for the HTML report (English when absent). */
  'export:file': (arg: {
    kind: ExportKind;
    scenario: Scenario;
    options: EvaluateOptions;
    language?: 'en-US' | 'nl-NL';
  }) => SaveResult;
  'export:png': (arg: { rect: CaptureRect; suggestedName: string }) => SaveResult;
  'shell:openDoc': (arg: { url: string }) => boolean;
  /** `language`: the app language, so the desktop menu speaks it too. */
  'window:state': (arg: { fileName: string | null; dirty: boolean; language?: 'en-US' | 'nl-NL' }) => void;
  'app:storage': (arg: void) => StorageStatus;
  /** File › Open device diagnostics…: main reads the picked files (size-capped) with the simulator's pure readers. */
  'diagnostics:open': (arg: void) => DiagnosticsOpenResult;
  // Tenant connection (desktop only; tokens stay in main). Import progress is polled: start returns at once.
  'tenant:status': (arg: void) => TenantStatus;
  'tenant:configure': (arg: TenantConnectionSettings) => TenantStatus;
  'tenant:signIn': (arg: void) => TenantStatus;
  'tenant:signOut': (arg: void) => TenantStatus;
  'tenant:import:start': (arg: void) => ImportProgress;
  'tenant:import:progress': (arg: void) => ImportProgress | null;
  'tenant:import:cancel': (arg: void) => ImportProgress | null;
  'tenant:snapshots:list': (arg: void) => SnapshotSummary[];
  'tenant:snapshots:open': (arg: { id: string }) => SnapshotParseResult;
  'tenant:statements:read': (arg: { tenantId: string }) => TenantStatements | null;
  'tenant:statements:save': (arg: TenantStatements) => void;
  'tenant:apply': (arg: ApplyRequest) => ApplyResult;
}

/** Extra data of a menu command: File › Open Recent carries the picked path (pass it to 'scenario:openRecent'). */
export interface MenuCommandDetail {
  path?: string;
}

/** Main → renderer events. */
export interface EventChannels {
  'menu:command': { command: MenuCommand; detail?: MenuCommandDetail };
}

export type RequestChannel = keyof RequestChannels;
export type RequestArg<C extends RequestChannel> = Parameters<RequestChannels[C]>[0];
export type RequestResult<C extends RequestChannel> = ReturnType<RequestChannels[C]>;

export const REQUEST_CHANNELS = [
  'scenario:open',
  'scenario:openRecent',
  'scenario:save',
  'scenario:recent',
  'autosave:write',
  'autosave:read',
  'autosave:clear',
  'export:file',
  'export:png',
  'shell:openDoc',
  'window:state',
  'app:storage',
  'diagnostics:open',
  'tenant:status',
  'tenant:configure',
  'tenant:signIn',
  'tenant:signOut',
  'tenant:import:start',
  'tenant:import:progress',
  'tenant:import:cancel',
  'tenant:snapshots:list',
  'tenant:snapshots:open',
  'tenant:statements:read',
  'tenant:statements:save',
  'tenant:apply',
] as const satisfies readonly RequestChannel[];

export const EVENT_CHANNELS = ['menu:command'] as const satisfies readonly (keyof EventChannels)[];

/** What the renderer sees as `window.ssprPreview` (Electron preload) or the browser adapter. */
export interface SsprApi {
  readonly edition: 'desktop' | 'browser';
  invoke<C extends RequestChannel>(channel: C, arg: RequestArg<C>): Promise<RequestResult<C>>;
  onMenuCommand(listener: (command: MenuCommand, detail?: MenuCommandDetail) => void): () => void;
}
