// Reads a devices export (or a tenant snapshot) off the UI thread, a slice at a time with progress, evaluates its
// classes and ranks the fixes. The page cancels by terminating the worker. Results cross back as transferable
// typed arrays, not as one object per row.
import {
  DEFAULT_FLEET_TEMPLATE,
  FleetInputError,
  FleetRecounter,
  MAX_FLEET_FILE_BYTES,
  checkFleetFileSize,
  decodeFleetText,
  devicesCsvReader,
  fleetFromSnapshot,
  fleetProblem,
  parseFleetSnapshot,
  parseFleetTemplate,
  readUsersCsv,
  topFleetFixes,
  MAX_SMALL_FLEET_FILE_BYTES,
  type FleetFileKind,
  type FleetInput,
} from '../../../simulator/fleet';
import type { ReadRequest, WorkerReply } from './worker-protocol';

const SLICE = 4 * 1024 * 1024;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(message: unknown, transfer: Transferable[]): void }).postMessage(reply, transfer);
}

async function bytesOf(file: File): Promise<Uint8Array> {
  checkFleetFileSize(file.name, file.size, MAX_SMALL_FLEET_FILE_BYTES);
  return new Uint8Array(await file.arrayBuffer());
}

async function textOf(file: File, kind: FleetFileKind): Promise<string> {
  return decodeFleetText(await bytesOf(file), file.name, kind);
}

async function readDevices(request: ReadRequest): Promise<FleetInput> {
  const file = request.devices;
  checkFleetFileSize(file.name, file.size, MAX_FLEET_FILE_BYTES);
  const head = new TextDecoder().decode(await file.slice(0, 64).arrayBuffer());
  if (/\.json$/i.test(file.name) || /^(\uFEFF)?\s*\{/.test(head)) {
    return fleetFromSnapshot(parseFleetSnapshot(await textOf(file, 'snapshot'), file.name), file.name);
  }
  const users = request.users ? readUsersCsv(await bytesOf(request.users), request.users.name) : null;
  const reader = devicesCsvReader({ label: file.name, users, expectedBytes: file.size });
  for (let at = 0; at < file.size; at += SLICE) {
    reader.push(new Uint8Array(await file.slice(at, at + SLICE).arrayBuffer()));
    post({ type: 'progress', done: Math.min(file.size, at + SLICE), total: file.size });
  }
  return reader.finish();
}

async function handle(request: ReadRequest): Promise<void> {
  try {
    const template = request.template
      ? parseFleetTemplate(await textOf(request.template, 'template'), request.template.name)
      : DEFAULT_FLEET_TEMPLATE;
    const input = await readDevices(request);
    if (input.rowCount === 0) throw new FleetInputError(input.source.label, fleetProblem('noWindowsRows', {}));
    const recounter = new FleetRecounter(input, template, request.options);
    const evaluation = recounter.evaluate();
    const topFixes = topFleetFixes(input, recounter, evaluation);
    post({ type: 'done', input, template, evaluation, topFixes }, [
      input.classOf.buffer,
      input.text.bytes.buffer,
      input.text.ends.buffer,
    ]);
  } catch (error) {
    const refusal =
      error instanceof FleetInputError
        ? error
        : new FleetInputError(
            request.devices.name,
            fleetProblem('unexpected', { detail: error instanceof Error ? error.message : String(error) }),
          );
    post({ type: 'error', problem: refusal.toJSON() });
  }
}

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  if (event.data?.type === 'read') void handle(event.data);
};
