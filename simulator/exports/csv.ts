// CSV for people who open it in Excel: RFC 4180 quoting (CRLF rows, fields with a separator, quote or line break in
// double quotes, quotes doubled) plus the formula guard OWASP recommends against CSV injection: a text cell that a
// spreadsheet would read as a formula (=, +, -, @, tab, CR, or their full-width forms) gets a leading apostrophe.
// Every CSV export uses this module, so none of them has to think about it again.

/** A cell value. Numbers and booleans are written as they are (no guard needed); null and undefined as an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/** Comma for most tools; semicolon is the list separator of Dutch (and most European) Excel installations. */
export type CsvSeparator = ',' | ';' | '\t';

export interface CsvOptions {
  /** Field separator (default ','). */
  separator?: CsvSeparator;
  /** Start with a UTF-8 byte order mark so Excel reads accents correctly (default true). */
  byteOrderMark?: boolean;
}

export const CSV_LINE_END = '\r\n';
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** First characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (or a DDE call). */
const FORMULA_TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The apostrophe spreadsheets hide and read as "this is text". */
const FORMULA_GUARD = "'";

/** Text with a formula guard when a spreadsheet would otherwise evaluate it. Leading blanks do not hide a formula. */
export function guardFormula(text: string): string {
  return FORMULA_TRIGGER.test(text.replace(/^[ \u00A0]+/, '')) ? FORMULA_GUARD + text : text;
}

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return guardFormula(value);
}

/** One field, guarded and quoted when it holds the separator, a quote, a line break or edge blanks. */
export function csvField(value: CsvCell, separator: CsvSeparator = ','): string {
  const text = cellText(value);
  const needsQuotes = text.includes(separator) || /["\r\n\u0085\u2028\u2029]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record without its line end. */
export function csvRow(cells: readonly CsvCell[], separator: CsvSeparator = ','): string {
  return cells.map((cell) => csvField(cell, separator)).join(separator);
}

/** A whole file: header row, data rows, CRLF after every row (RFC 4180), a BOM first unless turned off. */
export function buildCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  options: CsvOptions = {},
): string {
  const separator = options.separator ?? ',';
  const lines = [csvRow(header, separator)];
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new RangeError(`A CSV row has ${row.length} cells; the header has ${header.length}.`);
    }
    lines.push(csvRow(row, separator));
  }
  const bom = options.byteOrderMark === false ? '' : CSV_BYTE_ORDER_MARK;
  return bom + lines.join(CSV_LINE_END) + CSV_LINE_END;
}
