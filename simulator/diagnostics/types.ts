// What the device-diagnostics readers return: facts with provenance and warnings, never exceptions.

/** The kinds of file a reader understands. */
export type DiagnosticSource = 'dsregcmd' | 'registry' | 'mdmReport' | 'osVersion' | 'secedit' | 'userProfiles';

/** Where a fact came from: the file, the 1-based line number and the raw line text (trimmed, at most 300 chars). */
export interface Provenance {
  file: string;
  line: number;
  text: string;
}

/**
 * Who set a policy value, when a fact is one: Group Policy (or any process writing the policy key), the MDM channel
 * (PolicyManager or the MDM report), or Windows' own (non-policy) configuration.
 */
export type PolicyChannel = 'groupPolicy' | 'mdm' | 'system';

export type FactValue = string | number | boolean | string[];

export interface Fact {
  /** Stable identifier, e.g. "dsregcmd.AzureAdJoined", "setting.NoLockScreen", "os.build". */
  id: string;
  value: FactValue;
  source: DiagnosticSource;
  channel?: PolicyChannel;
  /** The registry location or XML path the value was read from, when there is one. */
  location?: string;
  /** The registry type the value was written with (REG_DWORD, REG_SZ…), for registry and PolicyManager values. */
  registryType?: string;
  /** The value is what the file's silence means (a secedit export that assigns a right to nobody omits it). */
  fromAbsence?: boolean;
  provenance: Provenance;
}

export type WarningCode =
  | 'unrecognizedLine'
  | 'unrecognizedValue'
  | 'unknownLabel'
  | 'truncated'
  | 'missingSection'
  | 'duplicate'
  | 'wrongType'
  | 'unrelatedKeys'
  | 'otherOs'
  | 'remoteSession'
  | 'notInUserContext'
  | 'xmlRefused'
  | 'xmlInvalid'
  | 'noFacts'
  | 'ambiguousJoin'
  | 'valueIgnored'
  | 'differentDevices'
  | 'noUserRights'
  | 'notUsersFolder'
  | 'moreWarnings';

export interface ReaderWarning {
  code: WarningCode;
  /** Plain English; the app shows a translated text built from `code` and `params`. */
  message: string;
  file: string;
  line?: number;
  text?: string;
  params?: Record<string, string | number>;
}

export interface ReaderResult {
  source: DiagnosticSource;
  facts: Fact[];
  warnings: ReaderWarning[];
  /** Registry keys the file shows completely: a value absent from them is not set there. */
  coveredKeys?: CoveredKey[];
}

/** A key in lower case with the hive spelled `hklm`; `subtree` when its sub-keys are shown too (.reg exports). */
export interface CoveredKey {
  key: string;
  subtree: boolean;
}

/** One file as the user handed it over: read, rejected, or not recognised. */
export type FileReading =
  | { file: string; status: 'read'; result: ReaderResult; encoding: string }
  | {
      file: string;
      status: 'rejected';
      reason: FileRejection;
      message: string;
      /** The warning that made the file unusable, with its line, when a reader found one. */
      cause?: ReaderWarning;
      params?: Record<string, string | number>;
    };

export type FileRejection =
  | 'too-large'
  | 'binary'
  | 'invalid-encoding'
  | 'unrecognized'
  | 'empty'
  | 'noFacts'
  | 'unreadable'
  | 'tooMany'
  | 'scenarioFile';

export const MAX_DIAGNOSTIC_FILE_BYTES = 8 * 1024 * 1024;
export const MAX_LINE_TEXT = 300;

export function provenance(file: string, line: number, raw: string): Provenance {
  const text = raw.trim();
  return { file, line, text: text.length > MAX_LINE_TEXT ? `${text.slice(0, MAX_LINE_TEXT - 1)}…` : text };
}

export function warning(
  code: WarningCode,
  message: string,
  file: string,
  at?: { line: number; raw: string },
  params?: Record<string, string | number>,
): ReaderWarning {
  const result: ReaderWarning = { code, message, file };
  if (at) {
    result.line = at.line;
    result.text = provenance(file, at.line, at.raw).text;
  }
  if (params) result.params = params;
  return result;
}
