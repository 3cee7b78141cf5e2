import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDiagnosticFile, type Fact, type FileReading } from '../../../simulator/diagnostics';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/diagnostics/', import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

export function readFixture(name: string): FileReading {
  return readDiagnosticFile(fixture(name), name);
}

export function factsOf(reading: FileReading): Fact[] {
  if (reading.status !== 'read') throw new Error(`${reading.file} was rejected: ${reading.message}`);
  return reading.result.facts;
}

export function valueOf(facts: Fact[], id: string): Fact['value'] | undefined {
  return facts.find((fact) => fact.id === id)?.value;
}
