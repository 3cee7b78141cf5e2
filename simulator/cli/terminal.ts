// Text for a terminal: a scenario name, an unknown key or a value from a file must print as text, never act on the
// terminal. Escape sequences (ESC, CSI in its 8-bit form U+009B), carriage returns that overwrite a line, other
// control characters, line separators and bidirectional overrides are shown as \uXXXX instead. Newlines stay: the
// command's own output is made of lines. In JSON output the same escape is still valid JSON (these characters can
// only occur inside strings there).

const ACTS_ON_TERMINAL =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function terminalSafe(text: string): string {
  return text.replace(ACTS_ON_TERMINAL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Cuts text to `width` characters with an ellipsis, without splitting a surrogate pair. */
export function clip(text: string, width: number): string {
  if (text.length <= width) return text;
  const cut = text.slice(0, width - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** A value from a file on one line: terminalSafe, and its line breaks escaped too, so it can never start a line. */
export function oneLine(text: string): string {
  return terminalSafe(text).replace(/\n/g, '\\u000a');
}
