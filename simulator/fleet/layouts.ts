// The CSV files admins already have, recognised by their header row (any column order, extra columns ignored).
//
// - Intune admin center › Devices › All devices › Export: the "DevicesWithInventory" report ("Intune reports and
//   properties available using Graph API", learn.microsoft.com/intune/intune-service/fundamentals/reports-export-graph-available-reports).
//   Its CSV carries display names such as "Device name", "OS version", "SkuFamily", "JoinType", "Managed by",
//   "Ownership", "Primary user UPN", "Last check-in"; the same fields are documented for the IntuneDevices table
//   (learn.microsoft.com/azure/azure-monitor/reference/tables/intunedevices: DeviceName, OSVersion, SkuFamily,
//   JoinType, ManagedBy, Ownership, UPN, LastContact, ReferenceId = Entra device ID).
// - Entra admin center › Devices › All devices › Download devices ("Manage device identities",
//   learn.microsoft.com/entra/identity/devices/manage-device-identities#download-devices): displayName,
//   accountEnabled, operatingSystem, operatingSystemVersion, joinType (trustType), registeredOwners, userNames,
//   mdmDisplayName, isCompliant, registrationTime, approximateLastSignInDateTime, deviceId, isManaged, objectId,
//   profileType, systemLabels, model.
// - Entra admin center › Authentication methods › User registration details › Download: the userRegistrationDetails
//   resource (learn.microsoft.com/graph/api/resources/userregistrationdetails): userPrincipalName, isAdmin,
//   isSsprRegistered, isSsprEnabled, isSsprCapable, methodsRegistered.
import type { FleetProblem, OtherExportKind } from './problems';

/** A missing primary user column leaves every user fact unknown: listed as this one entry. */
export const WHOLE_USER_SIDE = 'user';

/** The fields a missing column leaves unknown, in the CLI's and reports' English (scenario paths). */
export function leavesUnknownText(column: Pick<MissingColumn, 'leavesUnknown'>): string {
  return column.leavesUnknown
    .map((path) => (path === WHOLE_USER_SIDE ? 'user (the whole user side)' : path))
    .join(', ');
}

/** The facts a devices file can give; each maps to one or more scenario fields. */
export type DeviceField =
  | 'deviceId'
  | 'entraDeviceId'
  | 'deviceName'
  | 'os'
  | 'osVersion'
  | 'skuFamily'
  | 'joinType'
  | 'ownership'
  | 'managedBy'
  | 'isManaged'
  | 'mdmName'
  | 'primaryUserUpn'
  | 'lastCheckIn';

export type UserField =
  'userPrincipalName' | 'isAdmin' | 'isSsprRegistered' | 'isSsprEnabled' | 'isSsprCapable' | 'methodsRegistered';

export type LayoutId = 'intuneDevices' | 'entraDevices';

export interface ColumnSpec<F extends string> {
  field: F;
  /** Header spellings, compared after normalising (lower case, letters and digits only). */
  headers: readonly string[];
  /** Scenario fields left unknown when the column is missing (empty: shown only, no rule reads it). */
  leavesUnknown: readonly string[];
  /** Without it the file cannot be read at all. */
  required?: boolean;
}

export interface DevicesLayout {
  id: LayoutId;
  /** Name of the export as the admin center shows it. */
  title: string;
  /** Headers only this export has: two of them recognise the file. */
  signature: readonly string[];
  columns: readonly ColumnSpec<DeviceField>[];
}

export const INTUNE_DEVICES_LAYOUT: DevicesLayout = {
  id: 'intuneDevices',
  title: 'Intune admin center › Devices › All devices › Export',
  signature: [
    'Device name',
    'Primary user UPN',
    'SkuFamily',
    'JoinType',
    'Managed by',
    'Enrollment date',
    'Last check-in',
  ],
  columns: [
    { field: 'deviceId', headers: ['Device ID', 'DeviceId'], leavesUnknown: [] },
    {
      field: 'entraDeviceId',
      headers: ['Microsoft Entra Device ID', 'Entra Device ID', 'Azure AD Device ID', 'AAD Device ID', 'ReferenceId'],
      leavesUnknown: [],
    },
    { field: 'deviceName', headers: ['Device name', 'DeviceName'], leavesUnknown: [], required: true },
    { field: 'os', headers: ['OS', 'Operating system'], leavesUnknown: [] },
    {
      field: 'osVersion',
      headers: ['OS version', 'OSVersion'],
      leavesUnknown: ['device.os.family', 'device.os.build', 'device.os.ubr'],
    },
    { field: 'skuFamily', headers: ['SkuFamily', 'SKU family'], leavesUnknown: ['device.os.edition'] },
    { field: 'joinType', headers: ['JoinType', 'Join type'], leavesUnknown: ['device.joinState'] },
    { field: 'ownership', headers: ['Ownership', 'OwnerType'], leavesUnknown: [] },
    {
      field: 'managedBy',
      headers: ['Managed by', 'ManagedBy', 'ManagementAgents'],
      leavesUnknown: ['device.intuneEnrolled'],
    },
    {
      field: 'primaryUserUpn',
      headers: ['Primary user UPN', 'UPN', 'PrimaryUserUPN'],
      leavesUnknown: [WHOLE_USER_SIDE],
    },
    { field: 'lastCheckIn', headers: ['Last check-in', 'LastContact', 'Last check in'], leavesUnknown: [] },
  ],
};

export const ENTRA_DEVICES_LAYOUT: DevicesLayout = {
  id: 'entraDevices',
  title: 'Entra admin center › Devices › All devices › Download devices',
  signature: [
    'joinType (trustType)',
    'operatingSystemVersion',
    'registeredOwners',
    'mdmDisplayName',
    'approximateLastSignInDateTime',
    'accountEnabled',
  ],
  columns: [
    { field: 'entraDeviceId', headers: ['deviceId'], leavesUnknown: [] },
    { field: 'deviceId', headers: ['objectId'], leavesUnknown: [] },
    { field: 'deviceName', headers: ['displayName'], leavesUnknown: [], required: true },
    { field: 'os', headers: ['operatingSystem'], leavesUnknown: [] },
    {
      field: 'osVersion',
      headers: ['operatingSystemVersion'],
      leavesUnknown: ['device.os.family', 'device.os.build', 'device.os.ubr'],
    },
    {
      field: 'joinType',
      headers: ['joinType (trustType)', 'trustType', 'joinType'],
      leavesUnknown: ['device.joinState'],
    },
    { field: 'isManaged', headers: ['isManaged'], leavesUnknown: ['device.intuneEnrolled'] },
    { field: 'mdmName', headers: ['mdmDisplayName'], leavesUnknown: [] },
    { field: 'ownership', headers: ['profileType'], leavesUnknown: [] },
    // The download lists owners and users by UPN; the first one stands for the device's user.
    {
      field: 'primaryUserUpn',
      headers: ['registeredOwners', 'userNames'],
      leavesUnknown: [WHOLE_USER_SIDE],
    },
    { field: 'lastCheckIn', headers: ['approximateLastSignInDateTime'], leavesUnknown: [] },
  ],
};

export const DEVICES_LAYOUTS: readonly DevicesLayout[] = [INTUNE_DEVICES_LAYOUT, ENTRA_DEVICES_LAYOUT];

export const USER_REGISTRATION_COLUMNS: readonly ColumnSpec<UserField>[] = [
  {
    field: 'userPrincipalName',
    headers: ['userPrincipalName', 'User principal name', 'UPN'],
    leavesUnknown: [],
    required: true,
  },
  { field: 'isAdmin', headers: ['isAdmin', 'Admin', 'Is admin'], leavesUnknown: ['user.adminRole'] },
  {
    field: 'isSsprRegistered',
    headers: ['isSsprRegistered', 'SSPR registered', 'Self-service password reset registered'],
    leavesUnknown: [],
  },
  {
    field: 'isSsprEnabled',
    headers: ['isSsprEnabled', 'SSPR enabled', 'Self-service password reset enabled'],
    leavesUnknown: ['user.groups'],
  },
  {
    field: 'isSsprCapable',
    headers: ['isSsprCapable', 'SSPR capable', 'Self-service password reset capable'],
    leavesUnknown: [],
  },
  {
    field: 'methodsRegistered',
    headers: ['methodsRegistered', 'Methods registered'],
    leavesUnknown: ['user.registeredMethods'],
  },
];

/** Exports of another kind that people pick by mistake: recognised to say what they are. */
export const OTHER_EXPORTS: readonly { kind: OtherExportKind; signature: readonly string[] }[] = [
  {
    kind: 'intuneCompliance',
    signature: [
      'ComplianceState',
      'Compliance status',
      'DeviceHealthThreatLevel',
      'InGracePeriodUntil',
      'PolicyName',
      'Policy name',
    ],
  },
  {
    kind: 'intuneProfileStatus',
    signature: ['PolicyStatus', 'Policy status', 'SettingName', 'Setting name', 'ProfileName'],
  },
  {
    kind: 'entraUsers',
    signature: ['userPrincipalName', 'displayName', 'surname', 'givenName', 'jobTitle', 'department', 'usageLocation'],
  },
  {
    kind: 'userRegistration',
    signature: ['isSsprRegistered', 'isSsprEnabled', 'isSsprCapable', 'methodsRegistered', 'isMfaRegistered'],
  },
];

/** "Primary user UPN" → "primaryuserupn"; a BOM, spaces and punctuation never decide a match. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface ColumnMatch<F extends string> {
  field: F;
  /** Column index in the file. */
  index: number;
  /** The header as written in the file (for provenance). */
  header: string;
}

export interface MissingColumn {
  field: string;
  /** The header the export normally has. */
  expected: string;
  leavesUnknown: readonly string[];
  required: boolean;
}

/** Finds each spec's column in a header row; the first spelling present wins. */
export function matchColumns<F extends string>(
  header: readonly string[],
  specs: readonly ColumnSpec<F>[],
): { found: ColumnMatch<F>[]; missing: MissingColumn[] } {
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    const key = normalizeHeader(name);
    if (key && !positions.has(key)) positions.set(key, index);
  });
  const found: ColumnMatch<F>[] = [];
  const missing: MissingColumn[] = [];
  for (const spec of specs) {
    const index = spec.headers.map((name) => positions.get(normalizeHeader(name))).find((at) => at !== undefined);
    if (index === undefined)
      missing.push({
        field: spec.field,
        expected: spec.headers[0],
        leavesUnknown: spec.leavesUnknown,
        required: spec.required === true,
      });
    else found.push({ field: spec.field, index, header: header[index].replace(/^\uFEFF/, '') });
  }
  return { found, missing };
}

function signatureHits(header: readonly string[], signature: readonly string[]): number {
  const names = new Set(header.map(normalizeHeader));
  return signature.filter((name) => names.has(normalizeHeader(name))).length;
}

export type Recognition = { ok: true; layout: DevicesLayout } | { ok: false; problem: FleetProblem };

/** Which devices export a header row belongs to; another known export is named, anything else described. */
export function recognizeDevicesHeader(header: readonly string[]): Recognition {
  const scored = DEVICES_LAYOUTS.map((layout) => ({ layout, hits: signatureHits(header, layout.signature) })).sort(
    (a, b) => b.hits - a.hits,
  );
  const other = OTHER_EXPORTS.map((kind) => ({ kind, hits: signatureHits(header, kind.signature) })).sort(
    (a, b) => b.hits - a.hits,
  )[0];
  const best = scored[0];
  if (best.hits >= 2 && (!other || other.hits <= best.hits)) return { ok: true, layout: best.layout };
  if (other && other.hits >= 2)
    return { ok: false, problem: { code: 'otherExport', params: { export: other.kind.kind } } };
  const shown = header
    .slice(0, 6)
    .map((name) => `"${name.replace(/^\uFEFF/, '').slice(0, 40)}"`)
    .join(', ');
  return {
    ok: false,
    problem: { code: 'notADevicesExport', params: { header: `${shown}${header.length > 6 ? ', …' : ''}` } },
  };
}
