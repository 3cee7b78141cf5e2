// Why a fleet file was refused, in the app's language: worded from the problem's code and parameters (numbers in the
// language's own format). A code this version does not know falls back to the English text the reader sent.
import type { i18n as I18n } from 'i18next';
import type { ProblemDescriptors } from '../../../simulator/index';
import { expectedText, foundText } from '../../ui/problem-text';
import {
  FLEET_PROBLEM_WORD_PARAMS,
  formatFleetInputError,
  isFleetProblemCode,
  type FleetInputErrorJson,
} from '../../../simulator/fleet';

type Translator = Pick<I18n, 't' | 'exists' | 'language'>;

type ValidatorWords = { expected: string; found: string } & ProblemDescriptors;

/**
 * The problem's parameters for interpolation: fixed words (kinds of file, exports, …) translated first, and the
 * scenario validator's expected/found worded from its descriptors (its English where it has none).
 */
function interpolationOf(i18n: Translator, params: Record<string, unknown>): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const group = FLEET_PROBLEM_WORD_PARAMS[name as keyof typeof FLEET_PROBLEM_WORD_PARAMS];
    vars[name] = group ? i18n.t(`fleet.problemWord.${group}.${String(value)}`) : value;
  }
  if (typeof params.expected === 'string' && typeof params.found === 'string') {
    const described = params as unknown as ValidatorWords;
    const words = { t: (key: string, v?: Record<string, string | number>) => i18n.t(key, v), language: i18n.language };
    vars.expected = expectedText(words, described);
    vars.found = foundText(words, described);
  }
  return vars;
}

/**
 * The whole message: "file, line 12, column "OS version": reason (expected …, found …)", as the command line prints
 * it in English. Without the file (`withFile: false`, where a title already names it) it starts with the location.
 */
export function formatFleetRefusal(
  i18n: Translator,
  refusal: FleetInputErrorJson,
  { withFile = true }: { withFile?: boolean } = {},
): string {
  const text = fullMessage(i18n, refusal);
  if (withFile) return text;
  const rest = text.slice(refusal.file.length).replace(/^(, |: )/, '');
  return rest.charAt(0).toLocaleUpperCase(i18n.language) + rest.slice(1);
}

function fullMessage(i18n: Translator, refusal: FleetInputErrorJson): string {
  const { file, code, line, column } = refusal;
  const base = `fleet.problem.${String(code)}`;
  const params = (refusal.params ?? {}) as Record<string, unknown>;
  const vars = interpolationOf(i18n, params);
  if (!isFleetProblemCode(code) || !i18n.exists(`${base}.reason`, vars))
    return formatFleetInputError(file, refusal.reason, refusal);
  const part = (key: string) => (i18n.exists(`${base}.${key}`, vars) ? i18n.t(`${base}.${key}`, vars) : undefined);
  const reason = i18n.t(`${base}.reason`, vars);
  const expected = part('expected');
  const found = part('found');
  const where = [
    file,
    line !== undefined ? i18n.t('fleet.problemAt.line', { line }) : '',
    column ? i18n.t('fleet.problemAt.column', { column }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const detail = [
    expected ? i18n.t('fleet.problemAt.expected', { what: expected }) : '',
    found !== undefined ? i18n.t('fleet.problemAt.found', { what: found }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${reason}${detail ? ` (${detail})` : ''}`;
}
