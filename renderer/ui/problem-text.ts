// Input problems in the app's language: "expected" and "found" worded from the problems' structured descriptors.
// Values, field names and paths are data and stay exactly as written; a problem without a descriptor (or with one
// this version does not know) shows its English text.
import type { ExpectedAs, FoundAs, InputProblem } from '../../simulator/index';

/** A catalogue lookup: i18next's `t`, or a text function fixed to one language (the trainer's). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface ProblemWords {
  t: Translate;
  /** The app language, for numbers ("20.000") and lists ("1 of 2"). */
  language: string;
}

type Described = Pick<InputProblem, 'expected' | 'found' | 'expectedAs' | 'foundAs' | 'orUnknown'>;

function number(words: ProblemWords, value: number): string {
  return new Intl.NumberFormat(words.language).format(value);
}

function megabytes(words: ProblemWords, bytes: number): string {
  // One decimal, none when it would be ",0" ("5 MB", "5,3 MB").
  const value = Math.round((bytes / 1024 / 1024) * 10) / 10;
  const digits = Number.isInteger(value) ? 0 : 1;
  return new Intl.NumberFormat(words.language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

function list(words: ProblemWords, items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(words.language, { type }).format(items);
}

/** The words for one descriptor, or undefined when it has no wording (the caller falls back to the English). */
function wordExpected(words: ProblemWords, as: ExpectedAs): string | undefined {
  const { t } = words;
  switch (as.kind) {
    case 'type':
      return t(`problems.expected.type.${as.type}`);
    case 'oneOf':
      return as.values.length === 1
        ? t('problems.expected.exactly', { value: as.values[0] })
        : t('problems.expected.oneOf', { values: list(words, as.values, 'disjunction') });
    case 'atLeast':
    case 'atMost':
      return t(`problems.expected.${as.kind}.${as.of}`, { count: as.limit, limit: number(words, as.limit) });
    case 'noSuchField':
      return t('problems.expected.noSuchField');
    case 'versionLike':
      return t('problems.expected.versionLike', { example: as.example });
    case 'scenarioObject':
      return t('problems.expected.scenarioObject', { version: as.version });
    case 'schemaVersion':
      return t('problems.expected.schemaVersion', {
        versions: list(words, as.supported.map(String), 'disjunction'),
        current: as.current,
      });
    case 'finiteNumber':
      return t('problems.expected.finiteNumber');
    case 'limit':
      return t(`problems.expected.limit.${as.limit}`, { max: number(words, as.max) });
    case 'anyOf':
    case 'allOf': {
      const parts = (as.kind === 'anyOf' ? as.options : as.parts).map((part) => wordExpected(words, part));
      if (parts.some((part) => part === undefined)) return undefined;
      return list(words, parts as string[], as.kind === 'anyOf' ? 'disjunction' : 'conjunction');
    }
    case 'file':
      return as.need === 'maxSize'
        ? t('problems.expected.file.maxSize', { size: megabytes(words, (as.megabytes ?? 0) * 1024 * 1024) })
        : t(`problems.expected.file.${as.need}`);
    default:
      return undefined;
  }
}

function wordFound(words: ProblemWords, as: FoundAs): string | undefined {
  const { t } = words;
  switch (as.kind) {
    case 'nothing':
    case 'tooLarge':
    case 'object':
    case 'folder':
    case 'binaryFile':
    case 'notText':
      return t(`problems.found.${as.kind}`);
    case 'null':
      return 'null'; // the JSON literal, as written
    case 'value':
      return as.text;
    case 'array':
      return t('problems.found.array', { count: as.length, length: number(words, as.length) });
    case 'items':
      return t('problems.found.items', { count: as.count, shown: number(words, as.count) });
    case 'overLimit':
      return t(`problems.found.overLimit.${as.limit}`);
    case 'size':
      return as.atLeast
        ? t('problems.found.moreThan', { size: megabytes(words, as.bytes) })
        : megabytes(words, as.bytes);
    case 'characters':
      return t('problems.found.characters', { count: as.count, shown: number(words, as.count) });
    case 'syntaxError':
      if (as.line !== undefined) return t('problems.found.syntaxAt', { line: as.line, column: as.column ?? 1 });
      if (as.unexpectedEnd) return t('problems.found.unexpectedEnd');
      if (as.token === undefined) return t('problems.found.syntax', { detail: as.detail });
      return as.near !== undefined
        ? t('problems.found.unexpectedTokenIn', { token: JSON.stringify(as.token), near: as.near })
        : t('problems.found.unexpectedToken', { token: JSON.stringify(as.token) });
    case 'systemError':
      return as.code === 'other'
        ? t('problems.found.systemError.other', { detail: as.detail })
        : t(`problems.found.systemError.${as.code}`);
    default:
      return undefined;
  }
}

/**
 * Lists of allowed values read as one list: "one of 0 or 1" rather than "exactly 0, or exactly 1", and "unknown"
 * joins the list when the field also takes it.
 */
function mergedValues(as: ExpectedAs, orUnknown: boolean): ExpectedAs {
  const lists = as.kind === 'anyOf' ? as.options : [as];
  if (!lists.every((option) => option.kind === 'oneOf')) return as;
  const values = lists.flatMap((option) => (option.kind === 'oneOf' ? option.values : []));
  return { kind: 'oneOf', values: orUnknown ? [...values, '"unknown"'] : values };
}

/** What the field or file should have been, in the app's language. */
export function expectedText(words: ProblemWords, problem: Described): string {
  if (!problem.expectedAs) return problem.expected;
  const merged = mergedValues(problem.expectedAs, problem.orUnknown === true);
  const worded = wordExpected(words, merged);
  if (worded === undefined) return problem.expected;
  const unknownListed = merged.kind === 'oneOf' && problem.orUnknown;
  return problem.orUnknown && !unknownListed ? words.t('problems.expected.orUnknown', { expected: worded }) : worded;
}

/** What was there instead, in the app's language. */
export function foundText(words: ProblemWords, problem: Described): string {
  return (problem.foundAs && wordFound(words, problem.foundAs)) ?? problem.found;
}

const PSEUDO_PATHS: Record<string, string> = { '(file)': 'problems.path.file', '(root)': 'problems.path.root' };

/** A field path as written; the file as a whole and the top of the scenario are named in words. */
export function pathText(words: ProblemWords, path: string): string {
  const key = PSEUDO_PATHS[path];
  return key ? words.t(key) : path.split('(a key with an empty name)').join(words.t('problems.path.emptyKey'));
}

/** One line: "device.os.build: expected an integer, found "sixteen"". */
export function problemLine(words: ProblemWords, problem: InputProblem): string {
  return words.t('problems.line', {
    path: pathText(words, problem.path),
    expected: expectedText(words, problem),
    found: foundText(words, problem),
  });
}
