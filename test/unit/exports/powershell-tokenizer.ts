// A small tokenizer of PowerShell's quoting and comment rules, enough to tell where data ends and code begins:
// line and block comments, single- and double-quoted strings (with every typographic quote PowerShell accepts),
// here-strings, variables and subexpressions, backtick escapes and line continuations. It errs on the side of seeing
// a line break: U+0085, U+2028 and U+2029 end a line here even where PowerShell might not, so a test passes only when
// an export contains none of them outside string literals.

export type PsTokenKind =
  | 'newline'
  | 'comment'
  | 'blockComment'
  | 'singleQuoted'
  | 'doubleQuoted'
  | 'hereSingle'
  | 'hereDouble'
  | 'variable'
  | 'subexpression'
  | 'word'
  | 'operator';

export interface PsToken {
  kind: PsTokenKind;
  /** Source text of the token. */
  text: string;
  /** Strings: the value PowerShell would see (single-quoted and here-strings only; double-quoted keep their source). */
  value: string;
}

const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
const DOUBLE_QUOTES = '"\u201C\u201D\u201E';
const NEWLINES = '\r\n\u0085\u2028\u2029';
const SPACES = ' \t\f\v\u00A0\uFEFF';
const OPERATORS = '(){}[],;=+|&!<>*/%.:';

const isSingleQuote = (char: string | undefined) => char !== undefined && SINGLE_QUOTES.includes(char);
const isDoubleQuote = (char: string | undefined) => char !== undefined && DOUBLE_QUOTES.includes(char);
const isNewline = (char: string | undefined) => char !== undefined && NEWLINES.includes(char);

export class PsTokenizeError extends Error {}

export function tokenizePowerShell(source: string): PsToken[] {
  const tokens: PsToken[] = [];
  let at = 0;
  const push = (kind: PsTokenKind, start: number, value = source.slice(start, at)) =>
    tokens.push({ kind, text: source.slice(start, at), value });

  while (at < source.length) {
    const start = at;
    const char = source[at];
    const next = source[at + 1];
    if (SPACES.includes(char)) {
      at += 1;
    } else if (char === '`' && isNewline(next)) {
      at += next === '\r' && source[at + 2] === '\n' ? 3 : 2; // line continuation: the line goes on
    } else if (isNewline(char)) {
      at += char === '\r' && next === '\n' ? 2 : 1;
      push('newline', start);
    } else if (char === '<' && next === '#') {
      const end = source.indexOf('#>', at + 2);
      if (end < 0) throw new PsTokenizeError(`Unclosed block comment at ${start}`);
      at = end + 2;
      push('blockComment', start);
    } else if (char === '#') {
      while (at < source.length && !isNewline(source[at])) at += 1;
      push('comment', start);
    } else if (char === '@' && (isSingleQuote(next) || isDoubleQuote(next))) {
      const here = scanHereString(source, at, isSingleQuote(next));
      at = here.end;
      push(isSingleQuote(next) ? 'hereSingle' : 'hereDouble', start, here.value);
    } else if (isSingleQuote(char)) {
      let value = '';
      at += 1;
      for (;;) {
        if (at >= source.length) throw new PsTokenizeError(`Unclosed single-quoted string at ${start}`);
        const current = source[at];
        if (isSingleQuote(current)) {
          if (isSingleQuote(source[at + 1])) {
            value += source[at + 1];
            at += 2;
            continue;
          }
          at += 1;
          break;
        }
        value += current;
        at += 1;
      }
      push('singleQuoted', start, value);
    } else if (isDoubleQuote(char)) {
      at += 1;
      for (;;) {
        if (at >= source.length) throw new PsTokenizeError(`Unclosed double-quoted string at ${start}`);
        const current = source[at];
        if (current === '`') at += 2;
        else if (isDoubleQuote(current) && isDoubleQuote(source[at + 1])) at += 2;
        else if (isDoubleQuote(current)) {
          at += 1;
          break;
        } else at += 1;
      }
      push('doubleQuoted', start);
    } else if (char === '$' && next === '(') {
      at += 2;
      push('subexpression', start);
    } else if (char === '$' && next === '{') {
      const end = source.indexOf('}', at);
      if (end < 0) throw new PsTokenizeError(`Unclosed braced variable at ${start}`);
      at = end + 1;
      push('variable', start);
    } else if (char === '$') {
      at += 1;
      while (at < source.length && /[\w:?^$]/.test(source[at])) at += 1;
      push('variable', start);
    } else if (OPERATORS.includes(char)) {
      at += 1;
      push('operator', start);
    } else {
      while (at < source.length) {
        const current = source[at];
        if (current === '`' && at + 1 < source.length && !isNewline(source[at + 1])) {
          at += 2;
          continue;
        }
        if (SPACES.includes(current) || isNewline(current) || OPERATORS.includes(current)) break;
        if (isSingleQuote(current) || isDoubleQuote(current) || current === '$' || current === '#') break;
        at += 1;
      }
      if (at === start) at += 1;
      push('word', start);
    }
  }
  return tokens;
}

/** @'…'@ and @"…"@: the opener must end its line; the closer is a quote and @ at the start of a line. */
function scanHereString(source: string, at: number, single: boolean): { end: number; value: string } {
  const isQuote = single ? isSingleQuote : isDoubleQuote;
  let position = at + 2;
  while (position < source.length && ' \t'.includes(source[position])) position += 1;
  if (!isNewline(source[position])) throw new PsTokenizeError(`A here-string opener must end its line (at ${at})`);
  position += source[position] === '\r' && source[position + 1] === '\n' ? 2 : 1;
  const contentStart = position;
  if (isQuote(source[contentStart]) && source[contentStart + 1] === '@') return { end: contentStart + 2, value: '' };
  for (let index = contentStart; index < source.length; index += 1) {
    if (!isNewline(source[index])) continue;
    const lineStart = index + (source[index] === '\r' && source[index + 1] === '\n' ? 2 : 1);
    if (isQuote(source[lineStart]) && source[lineStart + 1] === '@') {
      return { end: lineStart + 2, value: source.slice(contentStart, index) };
    }
  }
  throw new PsTokenizeError(`Unclosed here-string at ${at}`);
}
/** Tokens that change what runs: everything but comments and newlines, as kind plus (for code) text. */
export function codeShape(tokens: readonly PsToken[]): string[] {
  return tokens
    .filter((token) => token.kind !== 'comment' && token.kind !== 'blockComment')
    .map((token) =>
      token.kind === 'singleQuoted' || token.kind === 'hereSingle' ? token.kind : `${token.kind}:${token.text}`,
    );
}
