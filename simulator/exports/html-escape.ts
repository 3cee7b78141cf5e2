// Escaping for text placed in HTML element content and double-quoted attributes.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes any value for HTML text or a quoted attribute; null/undefined become an empty string. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/[&<>"'`]/g, (char) => ENTITIES[char]);
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
