// Crash recovery: the renderer's latest scenario is autosaved to userData/autosave.json; a marker file lives while the
// app runs and is removed on a clean exit. Found at start-up, it means the last run crashed and the autosave is offered.
// A read-only or full user-data folder never fails the app: the failure is recorded for the banner and the app runs
// without crash recovery.
import { access, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { validateScenario, type Scenario } from '../../simulator/index';
import { writeFileAtomically } from './atomic-write';
import { MAX_SCENARIO_BYTES } from './scenario-file';
import type { UserDataHealth } from './storage-status';

/** A scenario at the save cap plus the record around it. */
export const MAX_AUTOSAVE_BYTES = MAX_SCENARIO_BYTES + 64 * 1024;

export const AUTOSAVE_FILE = 'autosave.json';
export const RUNNING_MARKER_FILE = 'session-running.lock';

export interface AutosaveRecord {
  savedAt: string;
  path: string | null;
  scenario: Scenario;
}

const recordShape = z.object({
  savedAt: z.string(),
  path: z.string().nullable(),
  scenario: z.unknown(),
});

export class AutosaveStore {
  private recoverable = false;
  /** Writes and clears run one after another, so a clear is never undone by a write that was still in flight. */
  private queue: Promise<unknown> = Promise.resolve();
  readonly autosavePath: string;
  readonly markerPath: string;

  constructor(
    userDataDir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly health?: UserDataHealth,
  ) {
    this.autosavePath = path.join(userDataDir, AUTOSAVE_FILE);
    this.markerPath = path.join(userDataDir, RUNNING_MARKER_FILE);
  }

  /** Call once at start-up: notes whether the previous run ended without a clean exit, then marks this run. */
  async begin(): Promise<{ previousRunCrashed: boolean }> {
    const previousRunCrashed = await exists(this.markerPath);
    this.recoverable = previousRunCrashed;
    try {
      await writeFile(this.markerPath, JSON.stringify({ pid: process.pid, startedAt: this.now().toISOString() }));
      this.health?.succeeded('sessionMarker');
    } catch (error) {
      this.health?.failed('sessionMarker', error);
    }
    return { previousRunCrashed };
  }

  /** The page crashed while the app kept running: its reload should offer the autosave like after an app crash. */
  markRecoverable(): void {
    this.recoverable = true;
  }

  /** Synchronous because it runs in the app's final 'will-quit' moment. */
  markCleanExit(): void {
    try {
      unlinkSync(this.markerPath);
    } catch {
      // Already gone: nothing to do.
    }
  }

  write(scenario: Scenario, filePath: string | null): Promise<void> {
    const record: AutosaveRecord = { savedAt: this.now().toISOString(), path: filePath, scenario };
    return this.enqueue(async () => {
      try {
        await writeFileAtomically(this.autosavePath, JSON.stringify(record), { maxBytes: MAX_AUTOSAVE_BYTES });
        this.health?.succeeded('autosave');
      } catch (error) {
        this.health?.failed('autosave', error);
      }
    });
  }

  /** The autosave, only after a crash and only when it still holds a valid scenario. */
  async readRecoverable(): Promise<AutosaveRecord | null> {
    if (!this.recoverable) return null;
    try {
      if ((await stat(this.autosavePath)).size > MAX_AUTOSAVE_BYTES) return null;
      const shape = recordShape.safeParse(JSON.parse(await readFile(this.autosavePath, 'utf8')));
      if (!shape.success) return null;
      const checked = validateScenario(shape.data.scenario);
      if (!checked.ok) return null;
      return { savedAt: shape.data.savedAt, path: shape.data.path, scenario: checked.scenario };
    } catch {
      return null;
    }
  }

  clear(): Promise<void> {
    this.recoverable = false;
    return this.enqueue(() => unlink(this.autosavePath).catch(() => undefined));
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const next = this.queue.then(operation, operation);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}
