// Escaping for text placed in HTML element content and double-quoted attributes. Beyond the markup characters, the
// parser would change some characters on the way back in (CR becomes LF, NUL and unpaired surrogates become U+FFFD),
// so those are written as references that decode to themselves, or as the U+FFFD they would become anyway.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** C0 controls other than tab, LF and FF; NUL; and UTF-16 surrogates that are not part of a pair. */
const UNSTABLE =
  /[\u0000-\u0008\u000B\u000D-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function stableReference(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0 || code >= 0xd800) return '&#xFFFD;';
  return `&#x${code.toString(16).toUpperCase()};`;
}

/** Escapes any value for HTML text or a quoted attribute; null/undefined become an empty string. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/[&<>"'`]/g, (char) => ENTITIES[char]).replace(UNSTABLE, stableReference);
}

/** Tagged template that escapes every interpolated value unless it is already rendered markup. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): RawHtml {
  let out = strings[0];
  values.forEach((value, index) => {
    out += renderValue(value) + strings[index + 1];
  });
  return new RawHtml(out);
}

/** Markup produced by `html` (trusted because every hole in it was escaped). */
export class RawHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

function renderValue(value: unknown): string {
  if (value instanceof RawHtml) return value.text;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  return escapeHtml(value);
}
