// Property: every reader returns facts and warnings for any input, never an exception, and every fact points at a
// line that exists in its file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findingsFrom,
  readDiagnosticFile,
  readDiagnosticText,
  readDsregcmd,
  readMdmReport,
  readOsVersion,
  readRegistry,
  readSecedit,
  readUserProfiles,
  scenarioFromFindings,
} from '../../../simulator/diagnostics';
import { DEFAULT_SCENARIO } from '../../../simulator';
import { fixture } from './helpers';

const SAMPLES = [
  'dsregcmd-entra-joined.txt',
  'system-policies.reg',
  'MDMDiagReport.xml',
  'get-computerinfo.txt',
  'secedit-user-rights.inf',
  'dir-users-en.txt',
  'get-childitem-users.txt',
  'win32-userprofile.txt',
].map((name) =>
  new TextDecoder(/\.(reg|inf)$/.test(name) ? 'utf-16le' : 'utf-8').decode(fixture(name)).replace(/^\uFEFF/, ''),
);

/** Real files with lines dropped, duplicated, cut or mixed with noise: close to what a support ticket carries. */
const mangled = fc
  .tuple(
    fc.constantFrom(...SAMPLES),
    fc.array(
      fc.tuple(fc.nat(), fc.oneof(fc.string(), fc.constant(''), fc.constantFrom(':', '"', '[', '\\', '<', '&'))),
      {
        maxLength: 8,
      },
    ),
    fc.nat(),
  )
  .map(([text, edits, cut]) => {
    const lines = text.split('\n');
    for (const [at, insert] of edits) lines.splice(at % (lines.length + 1), at % 3, insert);
    const joined = lines.join('\n');
    return joined.slice(0, joined.length - (cut % 40));
  });

const READERS = [readDsregcmd, readRegistry, readMdmReport, readOsVersion, readSecedit, readUserProfiles];

describe('readers never throw', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        for (const read of READERS) {
          const result = read(text, 'f');
          expect(Array.isArray(result.facts)).toBe(true);
        }
        expect(['read', 'rejected']).toContain(readDiagnosticText(text, 'f').status);
      }),
      { numRuns: 300 },
    );
  });

  it('on mangled real outputs, and every fact cites an existing line with its text', () => {
    fc.assert(
      fc.property(mangled, (text) => {
        const lines = text.split(/\r\n|\n|\r/);
        for (const read of READERS) {
          for (const fact of read(text, 'f').facts) {
            expect(fact.provenance.line).toBeGreaterThanOrEqual(1);
            expect(fact.provenance.line).toBeLessThanOrEqual(lines.length);
            expect(lines[fact.provenance.line - 1].trim()).toContain(fact.provenance.text.replace(/…$/, ''));
          }
        }
        const reading = readDiagnosticText(text, 'f');
        const parsed = scenarioFromFindings(DEFAULT_SCENARIO, findingsFrom([reading]));
        expect(parsed.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(['read', 'rejected']).toContain(readDiagnosticFile(bytes, 'f').status);
      }),
      { numRuns: 300 },
    );
  });
});
