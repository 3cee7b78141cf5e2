import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
  buildCsv,
  csvField,
  csvRow,
  guardFormula,
  CSV_BYTE_ORDER_MARK,
  type CsvSeparator,
} from '../../../simulator/exports/csv';
import { HOSTILE_STRINGS } from './hostile-strings';

function parse(text: string, separator: CsvSeparator = ','): string[][] {
  const body = text.startsWith(CSV_BYTE_ORDER_MARK) ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, { delimiter: separator, newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  // RFC 4180: the last record ends with CRLF, which papaparse reports as one empty trailing row.
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

/** What a reader gets back: the value itself, or the value behind the formula guard. */
function expectedCell(value: string): string {
  return guardFormula(value);
}

describe('CSV export helper', () => {
  it('quotes per RFC 4180 only where needed and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('a;b')).toBe('a;b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
  });

  it('guards every formula trigger with an apostrophe', () => {
    for (const formula of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=x', '\r=x', '\uFF1D1', ' =HYPERLINK("x")']) {
      expect(guardFormula(formula)).toBe(`'${formula}`);
    }
    expect(csvField('=cmd|" /C calc"!A0')).toBe('"\'=cmd|"" /C calc""!A0"');
    expect(guardFormula('Contoso')).toBe('Contoso');
    expect(guardFormula("'quoted")).toBe("'quoted");
  });

  it('writes numbers and booleans unguarded, empty cells for null, undefined and non-finite numbers', () => {
    expect(csvRow([-5, 1.5, true, false, null, undefined, Number.NaN, Infinity])).toBe('-5,1.5,true,false,,,,');
  });

  it('builds a file with a BOM, CRLF after every row and a row-length check', () => {
    expect(buildCsv(['a', 'b'], [['1', 2]])).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(buildCsv(['a'], [], { byteOrderMark: false })).toBe('a\r\n');
    expect(() => buildCsv(['a', 'b'], [['only one']])).toThrow(RangeError);
  });

  it.each<CsvSeparator>([',', ';', '\t'])('hostile strings parse back to the same (guarded) value with %j', (sep) => {
    const rows = HOSTILE_STRINGS.map((value) => [value, 'next']);
    const parsed = parse(buildCsv(['value', 'after'], rows, { separator: sep }), sep);
    expect(parsed[0]).toEqual(['value', 'after']);
    expect(parsed.slice(1)).toEqual(HOSTILE_STRINGS.map((value) => [expectedCell(value), 'next']));
  });

  it('round-trips any string, and no parsed cell can start a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 3, maxLength: 3 })), (rows) => {
        const parsed = parse(buildCsv(['a', 'b', 'c'], rows, { separator: ';' }), ';');
        expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(expectedCell)));
        for (const cell of parsed.slice(1).flat()) {
          expect(cell.replace(/^[ \u00A0]+/, '')).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
        }
      }),
      { seed: 4180, numRuns: 500 },
    );
  });
});
