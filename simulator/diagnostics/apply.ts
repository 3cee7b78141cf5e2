// Findings → a scenario: the device inputs the files reported, the ones they didn't set to "unknown", the policy
// sources rebuilt from what the device holds, and provenance for every field touched. Everything else (session,
// network, tenant and user settings) stays as it is in the base scenario. Validated before it is handed back, so a
// caller either gets a whole scenario or a list of problems, never half of one.
import { setAt } from '../model/paths';
import { validateScenario, type ParseResult } from '../model/parse';
import { SCHEMA_VERSION, UNKNOWN, type Scenario } from '../model/scenario';
import { RESOLUTION_TEXT } from './fields';
import type { DeviceFindings, Finding } from './findings';
import type { Fact } from './types';

type ProvenanceEntry = Scenario['provenance'][string];

function where(fact: Fact): string {
  return `${fact.provenance.file}, line ${fact.provenance.line}`;
}

function provenanceOf(finding: Finding): ProvenanceEntry {
  const source = finding.winner ?? finding.facts[0];
  if (!source) {
    return {
      kind: 'inferred',
      endpoint: 'device diagnostics',
      note: 'Not set by any policy the exported keys hold: the documented default.',
    };
  }
  // Sources that disagreed are all kept, with the documented reason the winner won.
  const note = finding.resolution
    ? `${finding.facts.map((fact) => `${JSON.stringify(fact.value)} (${where(fact)})`).join(' vs ')}. ${RESOLUTION_TEXT[finding.resolution]}`
    : source.fromAbsence
      ? `${source.location ?? source.provenance.text}: not in the export, which is how secedit writes a right assigned to nobody.`
      : source.provenance.text;
  return {
    kind: finding.basis === 'reported' ? 'imported' : 'inferred',
    endpoint: `device diagnostics: ${where(source)}`,
    note: note.slice(0, 400),
  };
}

/** The scenario the device's files describe, on top of `base` (the current scenario, or the default one). */
export function scenarioFromFindings(base: Scenario, findings: DeviceFindings): ParseResult {
  let next: Scenario = { ...base, schemaVersion: SCHEMA_VERSION, provenance: { ...base.provenance } };
  const provenance: Record<string, ProvenanceEntry> = next.provenance;
  for (const finding of findings.findings) {
    if (finding.value === undefined) continue;
    next = setAt(next, finding.path, finding.value);
    provenance[finding.path] = provenanceOf(finding);
  }
  for (const path of findings.unknown) {
    next = setAt(next, path, UNKNOWN);
    provenance[path] = { kind: 'unknown', endpoint: 'device diagnostics', note: 'No diagnostic file reported it.' };
  }
  for (const item of findings.disagreements) {
    next = setAt(next, item.path, UNKNOWN);
    provenance[item.path] = {
      kind: 'unknown',
      endpoint: 'device diagnostics',
      note: `The files disagree: ${item.facts.map((fact) => `${JSON.stringify(fact.value)} (${where(fact)})`).join('; ')}`.slice(
        0,
        400,
      ),
    };
  }
  if (findings.passwordReset.status === 'read') {
    next = setAt(next, 'policies.passwordReset', findings.passwordReset.sources);
    provenance['policies.passwordReset'] = {
      kind: 'imported',
      endpoint: 'device diagnostics',
      note: findings.passwordReset.facts.length
        ? findings.passwordReset.facts.map(where).join('; ')
        : 'AllowAadPasswordReset is set nowhere on the device (all its locations were read).',
    };
  }
  if (findings.pinRecovery.status === 'read') {
    next = setAt(next, 'policies.pinRecovery', findings.pinRecovery.sources);
    provenance['policies.pinRecovery'] = {
      kind: 'imported',
      endpoint: 'device diagnostics',
      note: findings.pinRecovery.facts.length
        ? findings.pinRecovery.facts.map(where).join('; ')
        : 'EnablePinRecovery is set nowhere on the device (all its locations were read).',
    };
  }
  return validateScenario({ ...next, provenance });
}
