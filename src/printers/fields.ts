// Which fields each format shows, and how a field reads for people (tables, Markdown).
// Machine formats (JSON, NDJSON, CSV) print the raw values of ../query/fields.ts instead.
import type { DocumentIdentity } from '../identity/identify.js';
import { fieldValue, IDENTITY_FIELDS, type ClaimRow, type FieldName } from '../query/fields.js';
import { formatClaimValue, QUALIFIER_SIGN } from './format-value.js';

/** For people: the number as written in a report, and the sentence last (it is cut to fit). */
export const PEOPLE_FIELDS: readonly FieldName[] = ['line', 'kind', 'value', 'indicator', 'sector', 'modality', 'sentence'];

/** For spreadsheets: everything, flat; the document and its identity first. */
export const CSV_FIELDS: readonly FieldName[] = [
  'document', ...IDENTITY_FIELDS, 'line', 'kind', 'value', 'high', 'unit', 'qualifier', 'modality', 'indicator', 'sector', 'metric', 'period', 'text', 'start', 'end', 'sentence',
];

/**
 * The columns to print. Every claim names its document: when the user's choice leaves it out,
 * it is put first wherever a row stands alone (CSV, NDJSON, a table of several documents).
 */
export function columnsFor(chosen: readonly FieldName[] | undefined, defaults: readonly FieldName[], needDocument: boolean): FieldName[] {
  const fields = [...(chosen ?? defaults)];
  if (needDocument && !fields.includes('document')) fields.unshift('document');
  return fields;
}

/**
 * A field as a reader wants it: `513.35亿元`, `+6.2%`, `≥`, an empty cell for no value. The
 * document names its government too (`reports/ganzi-2024.txt · 甘孜州 city 2024`) unless the
 * identity has columns of its own.
 */
export function displayField(row: ClaimRow, field: FieldName, columns: readonly FieldName[] = []): string {
  if (field === 'value') return formatClaimValue(row);
  if (field === 'qualifier') return row.qualifier ? QUALIFIER_SIGN[row.qualifier].trim() : '';
  if (field === 'document' && !IDENTITY_FIELDS.some((f) => columns.includes(f))) return documentLabel(row.document, row);
  const raw = fieldValue(row, field);
  return raw === null ? '' : String(raw);
}

type ShownIdentity = Partial<Pick<DocumentIdentity, 'region' | 'level' | 'year'>>;

/** `reports/ganzi-2024.txt · 甘孜州 city 2024`: the file and who issued it, for people. */
export function documentLabel(path: string, identity: ShownIdentity | undefined): string {
  const who = issuer(identity);
  return who ? `${path} · ${who}` : path;
}

/** `甘孜州 city 2024`, what the text told of it; '' when nothing. */
export function issuer(identity: ShownIdentity | undefined): string {
  return [identity?.region, identity?.level, identity?.year].filter((x) => x !== null && x !== undefined).join(' ');
}

/** What every claim printer gets: the documents read (for JSON's grouping) and the rows to print. */
export interface Printable {
  /** Every document read, in order, with its identity and its claims that passed the query. */
  documents: { document: string; identity?: DocumentIdentity; claims: ClaimRow[] }[];
  /** The rows to print, sorted and limited. */
  rows: ClaimRow[];
  /** `--fields`, when given. */
  fields?: readonly FieldName[];
}
