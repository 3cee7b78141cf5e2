// The small fleet files read whole (a users download, a template, a tenant snapshot): decoded strictly, and every
// refusal turned into a fleet problem code, so the CLI and the app report them the same way in either language.
import { decodeText } from '../input/text';
import { parseSnapshotJson, type TenantSnapshot } from '../import/snapshot';
import { FleetInputError, fleetProblem, type FleetFileKind } from './errors';

/** Users downloads, templates and snapshots are read whole; past this size they are refused. */
export const MAX_SMALL_FLEET_FILE_BYTES = 256 * 1024 * 1024;

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The text of a small fleet file, or a FleetInputError naming the file and the kind of file expected. */
export function decodeFleetText(bytes: Uint8Array, file: string, kind: FleetFileKind): string {
  const decoded = decodeText(bytes, { label: file, maxBytes: MAX_SMALL_FLEET_FILE_BYTES });
  if (decoded.ok) return decoded.text;
  if (decoded.reason === 'too-large')
    throw new FleetInputError(
      file,
      fleetProblem('tooLarge', { sizeMb: megabytes(bytes.length), maxMb: megabytes(MAX_SMALL_FLEET_FILE_BYTES) }),
    );
  throw new FleetInputError(file, fleetProblem(decoded.reason === 'binary' ? 'binary' : 'invalidText', { kind }));
}

const NOT_JSON = 'Not a JSON file: ';
const DAMAGED = 'The snapshot is damaged or incomplete — ';

/** A tenant snapshot, or a FleetInputError: not JSON, not a snapshot, or damaged (with the first issues). */
export function parseFleetSnapshot(text: string, file: string): TenantSnapshot {
  const parsed = parseSnapshotJson(text);
  if (parsed.ok) return parsed.snapshot;
  // The snapshot reader words its three refusals itself; each maps to its own code here.
  const error = parsed.error;
  if (error.startsWith(NOT_JSON))
    throw new FleetInputError(file, fleetProblem('snapshotNotJson', { detail: error.slice(NOT_JSON.length) }));
  if (error.startsWith('Not an SSPR Preview tenant snapshot'))
    throw new FleetInputError(file, fleetProblem('notASnapshot', {}));
  const detail = error.startsWith(DAMAGED) ? error.slice(DAMAGED.length) : error;
  throw new FleetInputError(file, fleetProblem('snapshotDamaged', { detail }));
}
