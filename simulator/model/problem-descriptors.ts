// Machine-readable forms of an input problem's "expected" and "found", next to the English sentences the command line
// prints: the app words them in its own language from these, and shows values and field paths exactly as written.

/** The JSON types a field can require ("integer" is a number without a fraction). */
export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';

/** What a file as a whole must be before its content is read. */
export type FileRequirement =
  | 'readableFile' // a file the app may read (not a folder, not missing)
  | 'maxSize' // at most `megabytes`
  | 'json' // text that is valid JSON
  | 'jsonText' // a text file in UTF-8 or UTF-16
  | 'readableScenario' // a scenario file the app can read (an unexpected failure while reading)
  | 'recentFile'; // a file from File › Open Recent

/** Limits checked before validation: nesting depth, values in the whole input, items in one list. */
export type InputLimit = 'depth' | 'values' | 'listItems';

export type ExpectedAs =
  | { kind: 'type'; type: ValueType }
  /** `values` are JSON texts, e.g. `"entraJoined"` or `1`: data, shown as written. */
  | { kind: 'oneOf'; values: string[] }
  /** `of`: what is counted (list items, characters of a text) or the number itself. */
  | { kind: 'atLeast' | 'atMost'; limit: number; of: 'items' | 'characters' | 'number' }
  | { kind: 'noSuchField' }
  /** A version text such as `example`, e.g. 10.0.17134. */
  | { kind: 'versionLike'; example: string }
  /** A JSON object with "schemaVersion": `version`. */
  | { kind: 'scenarioObject'; version: number }
  | { kind: 'schemaVersion'; supported: number[]; current: number }
  | { kind: 'finiteNumber' }
  | { kind: 'limit'; limit: InputLimit; max: number }
  /** A union whose branches all failed: any of `options` (a branch that needs several things is an `allOf`). */
  | { kind: 'anyOf'; options: ExpectedAs[] }
  | { kind: 'allOf'; parts: ExpectedAs[] }
  | { kind: 'file'; need: FileRequirement; megabytes?: number }
  /** No structured form: the English `expected` is shown. */
  | { kind: 'text' };

/** Why a file could not be read, from the operating system's error code (ENOENT, EACCES…). */
export type SystemErrorCode = 'notFound' | 'noPermission' | 'busy' | 'other';

export type FoundAs =
  | { kind: 'nothing' | 'null' | 'tooLarge' | 'object' }
  | { kind: 'array'; length: number }
  /** The value as JSON text (cut at 60 characters), or a file path: data, shown as written. */
  | { kind: 'value'; text: string }
  /** Deeper nesting, more values than the limit. */
  | { kind: 'overLimit'; limit: InputLimit }
  | { kind: 'items'; count: number }
  /** A file's size; `atLeast` when only its start was read. */
  | { kind: 'size'; bytes: number; atLeast?: boolean }
  | { kind: 'characters'; count: number }
  | { kind: 'folder' | 'binaryFile' | 'notText' }
  /** The JSON parser's own (English) message, with the line and column when it named a position. */
  | {
      kind: 'syntaxError';
      detail: string;
      line?: number;
      column?: number;
      /** The text stops before the JSON is complete. */
      unexpectedEnd?: boolean;
      /** The character the parser did not expect, when it named one. */
      token?: string;
      /** The text around it, as the parser quoted it (file content: data). */
      near?: string;
    }
  | { kind: 'systemError'; code: SystemErrorCode; detail: string }
  /** No structured form: the English `found` is shown. */
  | { kind: 'text' };

/** The structured half of a problem; optional on InputProblem so older producers still type-check. */
export interface ProblemDescriptors {
  expectedAs?: ExpectedAs;
  /** The field also accepts the text "unknown". */
  orUnknown?: boolean;
  foundAs?: FoundAs;
}

/** Node's error codes, grouped by what a person can do about them. */
export function systemErrorCode(code: string | undefined): SystemErrorCode {
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'notFound';
  if (code === 'EACCES' || code === 'EPERM') return 'noPermission';
  if (code === 'EBUSY') return 'busy';
  return 'other';
}
