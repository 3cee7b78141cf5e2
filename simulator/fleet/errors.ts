// Bad input to the fleet readers: which file, which line and column, why (a code with its parameters), what was
// expected and what was found. The English text comes from the code, so the command line and the app say the same.
import type { ProblemDescriptors } from '../model/problem-descriptors';
import { englishProblemText, type FleetProblem, type FleetProblemCode, type FleetProblemParams } from './problems';

export * from './problems';

/** Where in the file, plus the English "expected" and "found" parts of the message. */
export interface FleetInputLocation {
  line?: number;
  column?: string;
  expected?: string;
  found?: string;
}

/** Line and column of a problem (the rest of a location comes from the problem's code). */
export type FleetInputPlace = Pick<FleetInputLocation, 'line' | 'column'>;

/** A refused file as it crosses to the screen or into `--json`: the English text plus the code and parameters. */
export type FleetInputErrorJson = {
  file: string;
  reason: string;
  code: FleetProblemCode;
  params: FleetProblem['params'];
} & FleetInputLocation;

export class FleetInputError extends Error {
  readonly reason: string;
  readonly location: FleetInputLocation;

  constructor(
    readonly file: string,
    readonly problem: FleetProblem,
    place: FleetInputPlace = {},
  ) {
    const text = englishProblemText(problem);
    const location: FleetInputLocation = { ...place };
    if (text.expected !== undefined) location.expected = text.expected;
    if (text.found !== undefined) location.found = text.found;
    super(formatFleetInputError(file, text.reason, location));
    this.name = 'FleetInputError';
    this.reason = text.reason;
    this.location = location;
  }

  get code(): FleetProblemCode {
    return this.problem.code;
  }

  toJSON(): FleetInputErrorJson {
    return {
      file: this.file,
      reason: this.reason,
      ...this.location,
      code: this.problem.code,
      params: this.problem.params,
    };
  }
}

/** Shorthand for a problem with its parameters checked against its code. */
export function fleetProblem<C extends FleetProblemCode>(code: C, params: FleetProblemParams[C]): FleetProblem {
  return { code, params } as FleetProblem;
}

/** The structured expected/found of a scenario validation problem, without keys it does not have. */
export function descriptorsOf(problem: ProblemDescriptors): ProblemDescriptors {
  const { expectedAs, foundAs, orUnknown } = problem;
  return {
    ...(expectedAs && { expectedAs }),
    ...(foundAs && { foundAs }),
    ...(orUnknown !== undefined && { orUnknown }),
  };
}

const n = (value: number) => value.toLocaleString('en-US');

export function formatFleetInputError(file: string, reason: string, location: FleetInputLocation): string {
  const where = [
    file,
    location.line !== undefined ? `line ${n(location.line)}` : '',
    location.column ? `column "${location.column}"` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const detail = [
    location.expected ? `expected ${location.expected}` : '',
    location.found !== undefined ? `found ${location.found}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${reason}${detail ? ` (${detail})` : ''}`;
}

/** Files far larger than memory are refused before a byte is read. */
export const MAX_FLEET_FILE_BYTES = 1536 * 1024 * 1024;

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function checkFleetFileSize(file: string, bytes: number, max = MAX_FLEET_FILE_BYTES): void {
  if (bytes > max)
    throw new FleetInputError(file, fleetProblem('tooLarge', { sizeMb: megabytes(bytes), maxMb: megabytes(max) }));
}
