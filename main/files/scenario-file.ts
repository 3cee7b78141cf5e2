// Reading and writing scenario files. Reading never throws on bad content; writing validates first and never
// replaces a file with something that is not a valid scenario.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseScenarioBytes, validateScenario, type InputProblem, type Scenario } from '../../simulator/index';
import { FileWriteError, writeFileAtomically, type AtomicWriteOptions, type FileWriteReason } from './atomic-write';

/**
 * Scenario files are small; anything larger is not one (and would stall the parser). The same cap applies to saving,
 * so the app never writes a file it would then refuse to open.
 */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

export type ReadScenarioResult =
  { ok: true; scenario: Scenario } | { ok: false; problems: InputProblem[]; omitted?: number };

export async function readScenarioFile(filePath: string): Promise<ReadScenarioResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return fileProblem('a readable file', 'a folder or device');
    if (info.size > MAX_SCENARIO_BYTES) {
      return fileProblem(`a scenario file under ${MAX_SCENARIO_BYTES / 1024 / 1024} MB`, `${info.size} bytes`);
    }
    bytes = await readFile(filePath);
  } catch (error) {
    return fileProblem('a readable file', describeError(error));
  }
  try {
    // The same decoding as the command line: a BOM, UTF-16 as Windows tools save it, binary refused.
    const parsed = parseScenarioBytes(bytes, { label: path.basename(filePath) });
    return parsed.ok
      ? { ok: true, scenario: parsed.scenario }
      : { ok: false, problems: parsed.problems, omitted: parsed.omitted };
  } catch (error) {
    // The parser reports bad content as problems; anything it throws is still an unreadable file, never a crash.
    return fileProblem('a scenario file the app can read', describeError(error));
  }
}

export type WriteScenarioResult =
  { ok: true } | { ok: false; error: string; reason?: FileWriteReason; problems?: InputProblem[] };

/** Validates, then writes atomically. An invalid scenario or a failed write leaves the file on disk untouched. */
export async function writeScenarioFile(
  filePath: string,
  candidate: unknown,
  options: AtomicWriteOptions = {},
): Promise<WriteScenarioResult> {
  const checked = validateScenario(candidate);
  if (!checked.ok) {
    return {
      ok: false,
      error: `Not saved: the scenario is invalid (${checked.problems.length} problem(s)).`,
      problems: checked.problems,
    };
  }
  try {
    await writeFileAtomically(filePath, `${JSON.stringify(checked.scenario, null, 2)}\n`, {
      maxBytes: MAX_SCENARIO_BYTES,
      ...options,
    });
    return { ok: true };
  } catch (error) {
    const reason = error instanceof FileWriteError ? error.reason : 'other';
    return { ok: false, error: `Not saved: ${describeError(error)}`, reason };
  }
}

function fileProblem(expected: string, found: string): ReadScenarioResult {
  return {
    ok: false,
    problems: [{ path: '(file)', expected, found, message: `(file): expected ${expected}, found ${found}` }],
  };
}

export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
    return message || error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
