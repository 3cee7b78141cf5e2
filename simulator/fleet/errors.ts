// Bad input to the fleet readers: which file, which line and column, what was expected and what was found.

export interface FleetInputLocation {
  line?: number;
  column?: string;
  expected?: string;
  found?: string;
}

export class FleetInputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly location: FleetInputLocation,
  ) {
    super(formatFleetInputError(file, reason, location));
    this.name = 'FleetInputError';
  }

  toJSON(): { file: string; reason: string } & FleetInputLocation {
    return { file: this.file, reason: this.reason, ...this.location };
  }
}

export function formatFleetInputError(file: string, reason: string, location: FleetInputLocation): string {
  const where = [
    file,
    location.line !== undefined ? `line ${location.line}` : '',
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

export function checkFleetFileSize(file: string, bytes: number, max = MAX_FLEET_FILE_BYTES): void {
  if (bytes > max)
    throw new FleetInputError(
      file,
      `The file is ${(bytes / 1024 / 1024).toFixed(0)} MB; at most ${(max / 1024 / 1024).toFixed(0)} MB can be read.`,
      { expected: `at most ${(max / 1024 / 1024).toFixed(0)} MB` },
    );
}
