// Which fields each format shows, and how a field reads for people (tables, Markdown).
// Machine formats (JSON, NDJSON, CSV) print the raw values of ../query/fields.ts instead.
import type { DocumentClaim } from '../query/filter.js';
import { fieldValue, type FieldName } from '../query/fields.js';
import { formatClaimValue, QUALIFIER_SIGN } from './format-value.js';

/** For people: the number as written in a report, and the sentence last (it is cut to fit). */
export const PEOPLE_FIELDS: readonly FieldName[] = ['line', 'kind', 'value', 'indicator', 'sector', 'modality', 'sentence'];

/** For spreadsheets: everything, flat. */
export const CSV_FIELDS: readonly FieldName[] = [
  'document', 'line', 'kind', 'value', 'high', 'unit', 'qualifier', 'modality', 'indicator', 'sector', 'text', 'start', 'end', 'sentence',
];

/**
 * The columns to print. Every claim names its document: when the user's choice leaves it out,
 * it is put first wherever a row stands alone (CSV, NDJSON, a table of several documents).
 */
export function columnsFor(chosen: readonly FieldName[] | undefined, defaults: readonly FieldName[], needDocument: boolean): FieldName[] {
  const fields = [...(chosen ?? defaults)];
  if (needDocument && !fields.includes('document')) fields.unshift('document');
  if (!needDocument && !chosen) return fields.filter((f) => f !== 'document');
  return fields;
}

/** A field as a reader wants it: `513.35亿元`, `+6.2%`, `≥`, an empty cell for no value. */
export function displayField(row: DocumentClaim, field: FieldName): string {
  if (field === 'value') return formatClaimValue(row);
  if (field === 'qualifier') return row.qualifier ? QUALIFIER_SIGN[row.qualifier].trim() : '';
  const raw = fieldValue(row, field);
  return raw === null ? '' : String(raw);
}

/** What every claim printer gets: the documents read (for JSON's grouping) and the rows to print. */
export interface Printable {
  /** Every document read, in order, with its claims that passed the query. */
  documents: { document: string; claims: DocumentClaim[] }[];
  /** The rows to print, sorted and limited. */
  rows: DocumentClaim[];
  /** `--fields`, when given. */
  fields?: readonly FieldName[];
}
