// Opening scenario files of an older schema version: each step turns version n into n + 1 before validation.
// Version 2 only added inputs, so a version-1 file keeps every value it states; the inputs it could not state take
// the default scenario's value (as any field a partial file leaves out) and are marked "inferred" in its provenance,
// so the app can say which values came from the migration rather than from the file.
import { SCHEMA_VERSION, SUPPORTED_SCHEMA_VERSIONS } from './scenario';

/** Scenario leaves added by schema version 2 (a version-1 file cannot contain them). */
export const ADDED_IN_VERSION_2 = [
  'device.settings.AllowLogOnLocally',
  'device.settings.DenyLogOnLocally',
  'device.settings.ExcludedCredentialProviders',
  'device.settings.staleDefaultUserProfiles',
  'session.pinResetFrom',
  'session.cloudPc',
  'user.mobilePhoneOptions',
  'user.smartCardRequired',
  'user.pin.passkeysInContainer',
] as const;

export const MIGRATION_NOTE = 'Not in the version 1 file: the default value was used.';

export type MigrationResult =
  { ok: true; input: Record<string, unknown>; fromVersion: number; added: string[] } | { ok: false; expected: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasPath(root: unknown, path: string): boolean {
  let current: unknown = root;
  for (const key of path.split('.')) {
    if (!isPlainObject(current) || !(key in current)) return false;
    current = current[key];
  }
  return true;
}

/** Version 1 → 2: stamp the version; note every added input the file did not state. */
function version1To2(input: Record<string, unknown>): { input: Record<string, unknown>; added: string[] } {
  const added = ADDED_IN_VERSION_2.filter((path) => !hasPath(input, path));
  const provenance = isPlainObject(input.provenance) ? { ...input.provenance } : {};
  for (const path of added) if (!(path in provenance)) provenance[path] = { kind: 'inferred', note: MIGRATION_NOTE };
  return { input: { ...input, schemaVersion: 2, provenance }, added };
}

/**
 * Brings a scenario file's top-level object to the current schema version. A missing version means the current one
 * (partial files); a version this app does not know is refused with the versions it opens.
 */
export function migrateScenarioInput(input: Record<string, unknown>): MigrationResult {
  const version = input.schemaVersion ?? SCHEMA_VERSION;
  if (!(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version)) {
    return {
      ok: false,
      expected: `${SUPPORTED_SCHEMA_VERSIONS.join(' or ')} (version ${SCHEMA_VERSION} is current; older files are migrated)`,
    };
  }
  const fromVersion = version as number;
  let current = input;
  let added: string[] = [];
  if (fromVersion === 1) ({ input: current, added } = version1To2(current));
  return { ok: true, input: { ...current, schemaVersion: SCHEMA_VERSION }, fromVersion, added };
}
