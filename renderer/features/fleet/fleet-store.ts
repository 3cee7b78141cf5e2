// The fleet on screen, the files chosen for the next one, the worker reading them (progress, cancel) and the
// what-if. A file that fails to read leaves the fleet on screen as it was.
import { create } from 'zustand';
import type { Change, EvaluateOptions, Scenario } from '../../../simulator/index';
import {
  FleetInputError,
  FleetRecounter,
  MAX_FLEET_FILE_BYTES,
  checkFleetFileSize,
  compareSummaries,
  fleetProblem,
  whatIfChange,
  type FleetDelta,
  type FleetEvaluation,
  type FleetFix,
  type FleetInput,
  type FleetInputErrorJson,
} from '../../../simulator/fleet';
import { WHAT_IF_FACTS } from './what-if-facts';
import type { ReadRequest, WorkerReply } from './worker-protocol';

export type FileSlot = 'devices' | 'users' | 'template';

export interface LoadedFleet {
  input: FleetInput;
  template: Scenario;
  options: EvaluateOptions;
  evaluation: FleetEvaluation;
  topFixes: FleetFix[];
  /** Distinguishes two loads of the same file. */
  loadId: number;
}

let loads = 0;

/** Why the last file was refused: a problem code with its parameters (worded on screen), and the English text. */
export type FleetRefusal = FleetInputErrorJson;

/** The refusal of a file too large to read, or null. */
function sizeRefusal(file: File): FleetRefusal | null {
  try {
    checkFleetFileSize(file.name, file.size, MAX_FLEET_FILE_BYTES);
    return null;
  } catch (error) {
    if (error instanceof FleetInputError) return error.toJSON();
    throw error;
  }
}

export interface FleetState {
  fleet: LoadedFleet | null;
  files: Record<FileSlot, File | null>;
  reading: { file: string; done: number; total: number } | null;
  problem: FleetRefusal | null;
  cancelledFile: string | null;
  /** What-if fact id → chosen value id. */
  whatIf: Record<string, string>;
  after: { evaluation: FleetEvaluation; delta: FleetDelta; changes: Change[]; millis: number } | null;
  setFile(slot: FileSlot, file: File | null): void;
  read(options: EvaluateOptions): void;
  cancel(): void;
  setWhatIf(factId: string, valueId: string | null): void;
}

let worker: Worker | null = null;
let recounter: FleetRecounter | null = null;

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function recounterFor(fleet: LoadedFleet): FleetRecounter {
  if (!recounter || recounter.template !== fleet.template)
    recounter = new FleetRecounter(fleet.input, fleet.template, fleet.options);
  return recounter;
}

export const useFleetStore = create<FleetState>()((set, get) => ({
  fleet: null,
  files: { devices: null, users: null, template: null },
  reading: null,
  problem: null,
  cancelledFile: null,
  whatIf: {},
  after: null,

  setFile: (slot, file) => set({ files: { ...get().files, [slot]: file } }),

  read(options) {
    const { devices, users, template } = get().files;
    if (!devices) return;
    // A file far larger than memory is refused before a byte is read.
    const tooLarge = sizeRefusal(devices);
    if (tooLarge) {
      set({ problem: tooLarge, cancelledFile: null });
      return;
    }
    stopWorker();
    const current = new Worker(new URL('./fleet.worker.ts', import.meta.url), { type: 'module' });
    worker = current;
    set({ reading: { file: devices.name, done: 0, total: devices.size }, problem: null, cancelledFile: null });
    current.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (worker !== current) return;
      const reply = event.data;
      if (reply.type === 'progress') {
        set({ reading: { file: devices.name, done: reply.done, total: reply.total } });
        return;
      }
      stopWorker();
      if (reply.type === 'error') {
        set({ reading: null, problem: reply.problem });
        return;
      }
      recounter = null;
      set({
        reading: null,
        problem: null,
        whatIf: {},
        after: null,
        fleet: {
          input: reply.input,
          template: reply.template,
          options,
          evaluation: reply.evaluation,
          topFixes: reply.topFixes,
          loadId: ++loads,
        },
      });
    };
    current.onerror = (event) => {
      if (worker !== current) return;
      stopWorker();
      set({
        reading: null,
        problem: new FleetInputError(
          devices.name,
          fleetProblem('unexpected', { detail: event.message || 'no message' }),
        ).toJSON(),
      });
    };
    const request: ReadRequest = { type: 'read', devices, users, template, options };
    current.postMessage(request);
  },

  cancel() {
    const reading = get().reading;
    stopWorker();
    set({ reading: null, cancelledFile: reading?.file ?? null });
  },

  setWhatIf(factId, valueId) {
    const fleet = get().fleet;
    if (!fleet) return;
    const whatIf = { ...get().whatIf };
    if (valueId === null) delete whatIf[factId];
    else whatIf[factId] = valueId;
    const changes: Change[] = [];
    for (const fact of WHAT_IF_FACTS) {
      const chosen = fact.values.find((value) => value.id === whatIf[fact.id]);
      if (chosen) changes.push(whatIfChange(fact.path, chosen.value, fleet.template));
    }
    if (changes.length === 0) {
      set({ whatIf, after: null });
      return;
    }
    const started = performance.now();
    const evaluation = recounterFor(fleet).evaluate(changes);
    const millis = performance.now() - started;
    set({
      whatIf,
      after: { evaluation, delta: compareSummaries(fleet.evaluation.summary, evaluation.summary), changes, millis },
    });
  },
}));
