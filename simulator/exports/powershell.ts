// Encoding data for a PowerShell script so a tenant-controlled name can never become code. Data goes in single-quoted
// literals only (no expansion of $ or backticks there); PowerShell's tokenizer treats four typographic quotes as single
// quotes too, so each of them is doubled like the apostrophe. Comments get no line or paragraph separators, which
// would end the comment and start a command line. (PowerShell language specification, §2.3.2 comments, §2.3.5.2
// string literals; the tokenizer's single-quote characters are U+0027, U+2018, U+2019, U+201A and U+201B.)

/** Every character PowerShell reads as a single quote. */
export const POWERSHELL_SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";

const SINGLE_QUOTE_CHAR = /['\u2018\u2019\u201A\u201B]/g;

/** Control characters, line and paragraph separators, and the BOM: none of them belongs in a comment line. */
const UNSAFE_IN_COMMENT = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g;

/** A single-quoted literal holding exactly `text`. */
export function psSingleQuoted(text: string): string {
  return `'${text.replace(SINGLE_QUOTE_CHAR, '$&$&')}'`;
}

/** `text` made safe to follow `# ` on one line: separators and controls shown as [U+XXXX] instead. */
export function psCommentText(text: string): string {
  return text.replace(
    UNSAFE_IN_COMMENT,
    (char) => `[U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

/** A whole comment line. */
export function psComment(text: string): string {
  return `# ${psCommentText(text)}`;
}

/** A variable name built from our own identifiers only; anything else is a programming error. */
export function psVariable(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new RangeError(`Not a safe PowerShell variable name: ${name}`);
  return `$${name}`;
}

/**
 * JSON for a single-quoted here-string (@'…'@): only printable ASCII, everything else as a \uXXXX escape (still the
 * same JSON value), so no character can end the here-string or be misread by Windows PowerShell 5.1, which reads a
 * BOM-less script in the ANSI code page. Braces inside strings are escaped too, except in the placeholders the caller
 * names (by field and text), so a name can never pose as a placeholder.
 */
export function psHereStringJson(value: unknown, isPlaceholder: (key: string, text: string) => boolean): string {
  const json = JSON.stringify(value, null, 2) ?? 'null';
  let key = '';
  return json.replace(/"(?:[^"\\]|\\.)*"(:?)/g, (token: string, colon: string) => {
    const literal = colon ? token.slice(0, -1) : token;
    const text = JSON.parse(literal) as string;
    if (colon) key = text;
    else if (isPlaceholder(key, text)) return token;
    return (
      literal.replace(/[^\x20-\x7E]|[{}]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) + colon
    );
  });
}

/** Windows PowerShell 5.1 reads a script without a BOM as ANSI; with it, as UTF-8. */
export const PS_SCRIPT_BOM = '\uFEFF';
