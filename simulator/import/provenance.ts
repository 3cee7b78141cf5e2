// Provenance of every scenario field built from a tenant: imported (endpoint + time), inferred, stated by the
// admin, or unknown. Fields nobody recorded are filled in by walking the finished scenario.
import type { Scenario } from '../model/scenario';
import { UNKNOWN } from '../model/scenario';
import type { SourceKey, TenantSnapshot } from './snapshot';

export type Provenance = Scenario['provenance'][string];
export type ProvenanceKind = Provenance['kind'];

export class ProvenanceRecorder {
  readonly entries: Record<string, Provenance> = {};

  constructor(private readonly snapshot: TenantSnapshot) {}

  imported(path: string, source: SourceKey, note?: string): void {
    const origin = this.snapshot.sources[source];
    this.entries[path] = {
      kind: 'imported',
      endpoint: origin?.endpoint ?? source,
      at: origin?.at ?? this.snapshot.completedAt,
      ...(note ? { note } : {}),
    };
  }

  inferred(path: string, note: string, source?: SourceKey): void {
    const origin = source ? this.snapshot.sources[source] : undefined;
    this.entries[path] = {
      kind: 'inferred',
      note,
      ...(origin ? { endpoint: origin.endpoint, at: origin.at } : {}),
    };
  }

  stated(path: string, at: string, note?: string): void {
    this.entries[path] = { kind: 'statedByAdmin', at, ...(note ? { note } : {}) };
  }

  unknown(path: string, note: string): void {
    this.entries[path] = { kind: 'unknown', note };
  }
}

/** The note of an input no Graph read gives (the renderer shows it in the reader's language). */
export const NOT_IN_GRAPH = 'Not exposed by Microsoft Graph — state it, or set it on the device, user or session page.';
export const DEFAULT_NOTE = 'Product default: Microsoft Graph does not expose this setting.';

/** Subtrees whose array items are whole records (one provenance entry each), not leaves to walk into. */
const RECORD_ARRAYS = new Set(['policies.passwordReset', 'policies.pinRecovery']);
const SKIPPED_ROOTS = new Set(['provenance', 'stringOverrides', 'schemaVersion', 'name', 'description']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Give every leaf of the scenario a provenance entry: unknown values say so, others are product defaults. */
export function completeProvenance(
  scenario: Scenario,
  recorded: Record<string, Provenance>,
): Record<string, Provenance> {
  const result: Record<string, Provenance> = { ...recorded };
  const visit = (value: unknown, path: string) => {
    if (RECORD_ARRAYS.has(path) && Array.isArray(value)) {
      if (value.length === 0 && !result[path]) result[path] = { kind: 'inferred', note: DEFAULT_NOTE };
      value.forEach((_, index) => {
        const itemPath = `${path}[${index}]`;
        result[itemPath] ??= { kind: 'inferred', note: DEFAULT_NOTE };
      });
      return;
    }
    if (isPlainObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (!path && SKIPPED_ROOTS.has(key)) continue;
        visit(child, childPath);
      }
      return;
    }
    if (result[path]) return;
    result[path] =
      value === UNKNOWN ? { kind: 'unknown', note: NOT_IN_GRAPH } : { kind: 'inferred', note: DEFAULT_NOTE };
  };
  visit(scenario, '');
  return result;
}

/** Counts per kind, for the badges' summary line. */
export function provenanceCounts(provenance: Record<string, Provenance>): Record<ProvenanceKind, number> {
  const counts: Record<ProvenanceKind, number> = { imported: 0, inferred: 0, statedByAdmin: 0, unknown: 0, manual: 0 };
  for (const entry of Object.values(provenance)) counts[entry.kind] += 1;
  return counts;
}
