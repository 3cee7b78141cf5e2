// Messages between the fleet screen and its Web Worker (one code path for the desktop app and the browser edition).
import type { EvaluateOptions, Scenario } from '../../../simulator/index';
import type { FleetEvaluation, FleetFix, FleetInput, FleetInputErrorJson } from '../../../simulator/fleet';

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
  /** A refused file: its problem code and parameters (the screen words them) and the English text. */
  | { type: 'error'; problem: FleetInputErrorJson };
