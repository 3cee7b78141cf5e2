// Why a fleet file was refused, as a stable code with typed parameters. The English text is built here from the code
// and its parameters (the command line prints it); the app builds its English and Dutch text from the same code and
// parameters, so neither wording drifts from the other.

import type { ProblemDescriptors } from '../model/problem-descriptors';

/** Which kind of file the reader expected (named in "expected …"). */
export type FleetFileKind = 'csv' | 'snapshot' | 'template';
/** Another known export given where a devices list was expected. */
export type OtherExportKind = 'intuneCompliance' | 'intuneProfileStatus' | 'entraUsers' | 'userRegistration';
export type DevicesLayoutKind = 'intuneDevices' | 'entraDevices';
/** What a JSON template was instead of an object. */
export type JsonTypeName = 'array' | 'string' | 'number' | 'boolean' | 'null';
export type FileSystemProblem = 'notFound' | 'isFolder' | 'permissionDenied';

/**
 * Parameters of every problem code: numbers stay numbers, names and values from the file stay strings, and the
 * scenario validator's expected/found descriptors stay structured.
 */
export interface FleetProblemParams {
  tooLarge: { sizeMb: number; maxMb: number };
  cannotRead: { why: FileSystemProblem };
  cannotReadOther: { detail: string };
  binary: { kind: FleetFileKind };
  invalidText: { kind: FleetFileKind };
  invalidTextAt: { encoding: string; byte: number };
  empty: Record<string, never>;
  unclosedQuote: Record<string, never>;
  malformedQuote: Record<string, never>;
  recordTooLong: { maxChars: number };
  columnCountChanges: { expectedFields: number; foundFields: number };
  otherExport: { export: OtherExportKind };
  notADevicesExport: { header: string };
  missingDeviceName: { layout: DevicesLayoutKind; column: string };
  duplicateDevice: { id: string; firstRow: number; secondRow: number };
  tooManyOsVersions: { max: number };
  notAUsersFile: { column: string; header: string };
  duplicateUser: { upn: string };
  noWindowsRows: Record<string, never>;
  templateNotJson: { detail: string };
  templateNotObject: { jsonType: JsonTypeName };
  /** `expected`/`found` are the scenario validator's English; its descriptors (when given) let the app word them. */
  templateInvalid: { count: number; path: string; expected: string; found: string } & ProblemDescriptors;
  snapshotNotJson: { detail: string };
  notASnapshot: Record<string, never>;
  snapshotDamaged: { detail: string };
  whatIfSyntax: { text: string };
  whatIfUnknownField: { path: string };
  whatIfInvalidValue: { path: string; value: string; expected: string; found: string } & ProblemDescriptors;
  unexpected: { detail: string };
}

export type FleetProblemCode = keyof FleetProblemParams;

export type FleetProblem = { [C in FleetProblemCode]: { code: C; params: FleetProblemParams[C] } }[FleetProblemCode];

/** Parameters whose value is one of a fixed set of words, each translated on its own (catalogue group → words). */
export const FLEET_PROBLEM_WORD_PARAMS = {
  kind: 'fileKind',
  export: 'otherExport',
  layout: 'layout',
  jsonType: 'jsonType',
  why: 'fileSystem',
} as const;

export const ENGLISH_PROBLEM_WORDS = {
  fileKind: { csv: 'a CSV text file', snapshot: 'a tenant snapshot (JSON)', template: 'a JSON template' },
  otherExport: {
    intuneCompliance: 'an Intune device compliance export (Reports › Device compliance)',
    intuneProfileStatus: 'an Intune configuration profile status export',
    entraUsers: 'an Entra users download (Users › All users › Download users)',
    userRegistration: 'a User registration details download (give it as the users file)',
  },
  layout: { intuneDevices: 'The Intune "All devices" export', entraDevices: 'The Entra "Download devices" file' },
  jsonType: { array: 'an array', string: 'a string', number: 'a number', boolean: 'true or false', null: 'null' },
  fileSystem: { notFound: 'no such file', isFolder: 'it is a folder', permissionDenied: 'permission denied' },
} satisfies { [G in (typeof FLEET_PROBLEM_WORD_PARAMS)[keyof typeof FLEET_PROBLEM_WORD_PARAMS]]: object };

export interface ProblemText {
  reason: string;
  expected?: string;
  found?: string;
}

const n = (value: number) => value.toLocaleString('en-US');
const DEVICES_HEADER = 'the header row of a devices export';
const SNAPSHOT = 'an SSPR Preview tenant snapshot';
const W = ENGLISH_PROBLEM_WORDS;

const ENGLISH: { [C in FleetProblemCode]: (p: FleetProblemParams[C]) => ProblemText } = {
  tooLarge: (p) => ({
    reason: `The file is ${n(p.sizeMb)} MB; at most ${n(p.maxMb)} MB can be read.`,
    expected: `at most ${n(p.maxMb)} MB`,
  }),
  cannotRead: (p) => ({ reason: `Cannot read the file: ${W.fileSystem[p.why]}.` }),
  cannotReadOther: (p) => ({ reason: `Cannot read the file: ${p.detail}` }),
  binary: (p) => ({ reason: 'The file contains binary data, not text.', expected: W.fileKind[p.kind] }),
  invalidText: (p) => ({
    reason: 'The file is not valid text (is it a binary file, or saved in another encoding?).',
    expected: W.fileKind[p.kind],
  }),
  invalidTextAt: (p) => ({
    reason: `The file is not valid ${p.encoding} text after byte ${n(p.byte)} (is part of it binary, or saved in another encoding?).`,
    expected: `${p.encoding} text`,
  }),
  empty: () => ({ reason: 'The file is empty: no header row.' }),
  unclosedQuote: () => ({ reason: 'A quoted field is never closed.', expected: 'a closing double quote' }),
  malformedQuote: () => ({
    reason: 'A quoted field is malformed: a double quote inside it is not doubled.',
    expected: 'a closing double quote, then a separator or the end of the line',
  }),
  recordTooLong: (p) => ({
    reason: `One record is longer than ${n(p.maxChars)} characters: a quoted field is never closed, or this is not a CSV file.`,
    expected: 'records of ordinary length',
  }),
  columnCountChanges: (p) => ({
    reason: 'The number of columns changes here.',
    expected: `${n(p.expectedFields)} fields like the header`,
    found: n(p.foundFields),
  }),
  otherExport: (p) => ({
    reason: `This looks like ${W.otherExport[p.export]}, not a devices list. Export Devices › All devices from the Intune admin center, or Download devices from the Entra admin center.`,
    expected: DEVICES_HEADER,
  }),
  notADevicesExport: (p) => ({
    reason: `The header row (${p.header}) is neither the Intune "All devices" export nor the Entra "Download devices" file.`,
    expected:
      'columns such as "Device name", "OS version", "JoinType" (Intune) or "displayName", "operatingSystemVersion", "joinType (trustType)" (Entra)',
  }),
  missingDeviceName: (p) => ({
    reason: `${W.layout[p.layout]} has no device name column.`,
    expected: `a "${p.column}" column`,
  }),
  duplicateDevice: (p) => ({
    reason: `The device "${p.id}" is listed twice (Windows rows ${n(p.firstRow)} and ${n(p.secondRow)}). Export the list again, or remove the repeated row.`,
    expected: 'each device once',
  }),
  tooManyOsVersions: (p) => ({ reason: `More than ${n(p.max)} different OS versions.` }),
  notAUsersFile: (p) => ({
    reason: 'This is not a User registration details download: the user principal name column is missing.',
    expected: `a "${p.column}" column`,
    found: p.header,
  }),
  duplicateUser: (p) => ({ reason: `The user "${p.upn}" is listed twice.` }),
  noWindowsRows: () => ({
    reason: 'The file has no Windows rows to evaluate.',
    expected: 'at least one Windows device',
  }),
  templateNotJson: (p) => ({ reason: `Not valid JSON: ${p.detail}`, expected: 'a JSON object' }),
  templateNotObject: (p) => ({
    reason: 'A fleet template is a JSON object (a partial scenario).',
    expected: 'a JSON object',
    found: W.jsonType[p.jsonType],
  }),
  templateInvalid: (p) => ({
    reason: p.count === 1 ? 'A field does not validate:' : `${n(p.count)} fields do not validate; the first:`,
    expected: p.expected,
    found: p.found,
  }),
  snapshotNotJson: (p) => ({ reason: `Not a JSON file: ${p.detail}`, expected: SNAPSHOT }),
  notASnapshot: () => ({
    reason: 'Not an SSPR Preview tenant snapshot (the "format" field is missing or different).',
    expected: SNAPSHOT,
  }),
  snapshotDamaged: (p) => ({ reason: `The snapshot is damaged or incomplete — ${p.detail}`, expected: SNAPSHOT }),
  whatIfSyntax: (p) => ({
    reason: 'A what-if is written path=value.',
    expected: 'e.g. session.kind=console',
    found: p.text,
  }),
  whatIfUnknownField: (p) => ({
    reason: `"${p.path}" is not a scenario field.`,
    expected: 'a dotted scenario path such as tenant.sspr.enabled',
  }),
  whatIfInvalidValue: (p) => ({ reason: `${p.path} cannot be ${p.value}.`, expected: p.expected, found: p.found }),
  unexpected: (p) => ({ reason: `The reader stopped: ${p.detail}` }),
};

export const FLEET_PROBLEM_CODES = Object.keys(ENGLISH) as FleetProblemCode[];

/** The problem's reason and its "expected …" and "found …" parts, in English. */
export function englishProblemText(problem: FleetProblem): ProblemText {
  return (ENGLISH[problem.code] as (params: FleetProblem['params']) => ProblemText)(problem.params);
}

export function isFleetProblemCode(value: unknown): value is FleetProblemCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ENGLISH, value);
}
