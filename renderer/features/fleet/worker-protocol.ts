// Messages between the fleet screen and its Web Worker (one code path for the desktop app and the browser edition).
import type { EvaluateOptions, Scenario } from '../../../simulator/index';
import type { FleetEvaluation, FleetFix, FleetInput, FleetInputLocation } from '../../../simulator/fleet';

export interface ReadRequest {
  type: 'read';
  devices: File;
  users: File | null;
  template: File | null;
  options: EvaluateOptions;
}

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; input: FleetInput; template: Scenario; evaluation: FleetEvaluation; topFixes: FleetFix[] }
  | { type: 'error'; file: string; reason: string; location: FleetInputLocation };
