// CSV for spreadsheets: a header, every field flat, raw numbers, RFC 4180 quoting by csv-stringify.
// `--bom` starts the file with a UTF-8 byte-order mark so Excel reads the Chinese right.
//
// A report's text must not run as a formula when the file is opened in a spreadsheet: a text
// cell starting with = + - @, a tab or a carriage return gets a leading ' (the OWASP rule; a lone - or + is left, for
// CSV injection: `=1+2+cmd|' /C calc'!A0` → `'=1+2+cmd|…`). Numbers are never touched: the
// numeric fields (value, high, line, start, end, year) are printed as numbers, so a real
// negative value stays -3.5 and sorts as a number; only text that starts like a formula,
// such as a sentence or an indicator, is marked.
import { stringify } from 'csv-stringify/sync';
import { fieldValue } from '../query/fields.js';
import { batches } from './chunks.js';
import { columnsFor, CSV_FIELDS, type Printable } from './fields.js';

export function printCsv(input: Printable, options: { bom?: boolean } = {}): string {
  return [...csvChunks(input, options)].join('');
}

/** printCsv in chunks: the header, then a thousand rows at a time. */
export function* csvChunks(input: Pick<Printable, 'rows' | 'fields'>, options: { bom?: boolean; header?: boolean } = {}): Generator<string> {
  const fields = columnsFor(input.fields, CSV_FIELDS, true);
  if (options.header ?? true) yield stringify([], { header: true, columns: fields, bom: options.bom ?? false });
  for (const rows of batches(input.rows, 1000)) yield stringify(rows.map((row) => fields.map((f) => csvCell(fieldValue(row, f)))));
}

// `-` or `+` alone (standard input's name is `-`) is no formula: only followed by something.
const FORMULA_START = /^(?:[=@\t\r]|[+-].)/s;

/** A cell as written: numbers raw, text that would start a formula with a leading '. */
export function csvCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
