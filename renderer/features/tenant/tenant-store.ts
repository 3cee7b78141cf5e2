// State of the tenant page: connection status, the import job, the open snapshot (with its lookup index), the
// admin's statements and the chosen pair. The snapshot is held once; scenarios are built from it on demand.
import { create } from 'zustand';
import {
  indexSnapshot,
  parseSnapshotJson,
  type ImportProgress,
  type SnapshotSummary,
  type TenantIndex,
  type TenantSnapshot,
  type TenantStatements,
  type TenantStatus,
} from '../../../simulator/import/index';
import { i18n } from '../../i18n/index';
import { snapshotProblemText } from './snapshot-problem';
import { tenantApi } from './tenant-api';

export interface OpenSnapshot {
  snapshot: TenantSnapshot;
  index: TenantIndex;
  /** Where it came from: the desktop store, or a file opened in either edition. */
  origin: 'saved' | 'file';
  fileName?: string;
}

export interface TenantState {
  status: TenantStatus | null;
  progress: ImportProgress | null;
  snapshots: SnapshotSummary[];
  open: OpenSnapshot | null;
  statements: TenantStatements | null;
  selectedPair: { deviceObjectId: string | null; userId: string | null } | null;
  error: string | null;
  busy: string | null;

  setStatus(status: TenantStatus | null): void;
  setProgress(progress: ImportProgress | null): void;
  setSnapshots(list: SnapshotSummary[]): void;
  openSnapshot(snapshot: TenantSnapshot, origin: OpenSnapshot['origin'], fileName?: string): Promise<void>;
  openSnapshotText(text: string, fileName: string): Promise<boolean>;
  setStatements(statements: TenantStatements | null): Promise<void>;
  selectPair(pair: TenantState['selectedPair']): void;
  setError(error: string | null): void;
  setBusy(busy: string | null): void;
}

const STATEMENTS_KEY = 'sspr-preview.tenant-statements';

/** Browser edition: statements live in localStorage, keyed by tenant. */
function readLocalStatements(tenantId: string): TenantStatements | null {
  try {
    const all = JSON.parse(localStorage.getItem(STATEMENTS_KEY) ?? '{}') as Record<string, TenantStatements>;
    return all[tenantId] ?? null;
  } catch {
    return null;
  }
}

function writeLocalStatements(statements: TenantStatements): void {
  try {
    const all = JSON.parse(localStorage.getItem(STATEMENTS_KEY) ?? '{}') as Record<string, TenantStatements>;
    all[statements.tenantId] = statements;
    localStorage.setItem(STATEMENTS_KEY, JSON.stringify(all));
  } catch {
    // storage disabled: statements last for this page only
  }
}

export const useTenantStore = create<TenantState>((set, get) => ({
  status: null,
  progress: null,
  snapshots: [],
  open: null,
  statements: null,
  selectedPair: null,
  error: null,
  busy: null,

  setStatus: (status) => set({ status }),
  setProgress: (progress) => set({ progress }),
  setSnapshots: (snapshots) => set({ snapshots }),

  async openSnapshot(snapshot, origin, fileName) {
    const tenantId = snapshot.tenant.id;
    let statements: TenantStatements | null = null;
    if (tenantApi.isDesktop()) {
      statements = await tenantApi.call('tenant:statements:read', { tenantId }).catch(() => null);
    }
    statements ??= readLocalStatements(tenantId);
    set({
      open: { snapshot, index: indexSnapshot(snapshot), origin, fileName },
      statements,
      selectedPair: null,
      error: null,
    });
  },

  async openSnapshotText(text, fileName) {
    const parsed = parseSnapshotJson(text);
    if (!parsed.ok) {
      set({
        error: i18n().t('tenantImport.snapshots.problemInFile', {
          file: fileName,
          problem: snapshotProblemText(parsed),
        }),
      });
      return false;
    }
    await get().openSnapshot(parsed.snapshot, 'file', fileName);
    return true;
  },

  async setStatements(statements) {
    set({ statements });
    if (!statements) return;
    writeLocalStatements(statements);
    if (tenantApi.isDesktop()) await tenantApi.call('tenant:statements:save', statements);
  },

  selectPair: (selectedPair) => set({ selectedPair }),
  setError: (error) => set({ error }),
  setBusy: (busy) => set({ busy }),
}));
