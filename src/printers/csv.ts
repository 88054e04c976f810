// CSV for spreadsheets: a header, every field flat, raw numbers, RFC 4180 quoting by csv-stringify.
// `--bom` starts the file with a UTF-8 byte-order mark so Excel reads the Chinese right.
import { stringify } from 'csv-stringify/sync';
import { fieldValue } from '../query/fields.js';
import { columnsFor, CSV_FIELDS, type Printable } from './fields.js';

export function printCsv(input: Printable, options: { bom?: boolean } = {}): string {
  const fields = columnsFor(input.fields, CSV_FIELDS, true);
  const records = input.rows.map((row) => fields.map((f) => fieldValue(row, f) ?? ''));
  return stringify(records, { header: true, columns: fields, bom: options.bom ?? false });
}
