// What the readers hand the engine: rows grouped into classes by the facts the rules read.
import type { MissingColumn } from './layouts';
import type { RowTextData } from './strings';

/** Where a class fact was read, for the screen to word: a column of the devices or users file, or a snapshot field. */
export type FactSource =
  | { kind: 'devicesColumn'; header: string }
  | { kind: 'usersColumn'; header: string; file: string }
  | { kind: 'snapshot'; endpoint?: string };

/** One fact of a class: a scenario field's value and where it came from (a column header or a snapshot field). */
export interface ClassFact {
  path: string;
  value: unknown;
  /** In English (the CLI's reports), e.g. 'column "OS version"' or 'snapshot: managedDevices skuFamily'. */
  from: string;
  source: FactSource;
}

export interface FleetClassInput {
  /** Facts set over the template; fields not listed take the template's value. */
  facts: ClassFact[];
  /** Rows in this class. */
  count: number;
}

export type FleetSourceKind = 'intuneDevices' | 'entraDevices' | 'snapshot';

export interface FleetSource {
  kind: FleetSourceKind;
  /** The export's name as the admin center shows it, or the snapshot's tenant. */
  title: string;
  /** The file name. */
  label: string;
  encoding?: string;
  delimiter?: string;
  /** Field → the header (or snapshot field) it was read from. */
  columns: Record<string, string>;
  missing: MissingColumn[];
}

/** Rows the fleet leaves out, by reason, with counts (e.g. platform "iOS/iPadOS": 812). */
export interface SkippedRows {
  otherPlatforms: Record<string, number>;
  windowsServer: number;
}

export interface UserLinkCounts {
  /** Rows whose user facts came from the users file. */
  matched: number;
  /** Rows without a primary user (device-only rows). */
  noUser: number;
  /** Rows whose user is not in the users file. */
  notInUsersFile: number;
  /** Rows with a user but no users file given. */
  noUsersFile: number;
}

export interface FleetInput {
  source: FleetSource;
  users: { label: string; columns: Record<string, string>; missing: MissingColumn[]; rows: number } | null;
  rowCount: number;
  /** Class index of every row. */
  classOf: Uint32Array;
  classes: FleetClassInput[];
  /** Device name, user, ids, OS version, ownership, last check-in per row. */
  text: RowTextData;
  skipped: SkippedRows;
  /** Column header → unrecognised value → rows (at most 20 values per column are listed). */
  unrecognized: Record<string, Record<string, number>>;
  userLink: UserLinkCounts;
}

/** Text fields kept per row, in this order. */
export const ROW_TEXT_FIELDS = [
  'deviceName',
  'userPrincipalName',
  'deviceId',
  'osVersion',
  'ownership',
  'lastCheckIn',
] as const;
export type RowTextField = (typeof ROW_TEXT_FIELDS)[number];
