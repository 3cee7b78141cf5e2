// Reading and writing scenario files. Reading never throws on bad content; writing validates first and never
// replaces a file with something that is not a valid scenario.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  fileProblem,
  parseScenarioBytes,
  systemErrorCode,
  validateScenario,
  type ExpectedAs,
  type FoundAs,
  type InputProblem,
  type Scenario,
} from '../../simulator/index';
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
    if (!info.isFile()) return fileProblem('a readable file', READABLE, 'a folder or device', { kind: 'folder' });
    if (info.size > MAX_SCENARIO_BYTES) {
      const megabytes = MAX_SCENARIO_BYTES / 1024 / 1024;
      return fileProblem(
        `a scenario file under ${megabytes} MB`,
        { kind: 'file', need: 'maxSize', megabytes },
        `${info.size} bytes`,
        { kind: 'size', bytes: info.size },
      );
    }
    bytes = await readFile(filePath);
  } catch (error) {
    return fileProblem('a readable file', READABLE, describeError(error), systemError(error));
  }
  try {
    // The same decoding as the command line: a BOM, UTF-16 as Windows tools save it, binary refused.
    const parsed = parseScenarioBytes(bytes, { label: path.basename(filePath) });
    return parsed.ok
      ? { ok: true, scenario: parsed.scenario }
      : { ok: false, problems: parsed.problems, omitted: parsed.omitted };
  } catch (error) {
    // The parser reports bad content as problems; anything it throws is still an unreadable file, never a crash.
    return fileProblem(
      'a scenario file the app can read',
      { kind: 'file', need: 'readableScenario' },
      describeError(error),
      systemError(error),
    );
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

const READABLE: ExpectedAs = { kind: 'file', need: 'readableFile' };

/** The operating system's reason, grouped by what a person can do (the English detail is kept for the log). */
function systemError(error: unknown): FoundAs {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return {
    kind: 'systemError',
    code: systemErrorCode(typeof code === 'string' ? code : undefined),
    detail: describeError(error),
  };
}

export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
    return message || error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
