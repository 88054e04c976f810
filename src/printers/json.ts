// JSON printers: never coloured. One object per document (an array for several), or NDJSON.
// Without --fields a claim is printed whole, as the spec's JSON contract says; with --fields
// it holds those fields only (NDJSON rows always keep their document).
import type { Claim } from '../core/types.js';
import type { DocumentIdentity } from '../identity/identify.js';
import { fieldValue, type ClaimRow, type FieldName } from '../query/fields.js';
import { chunked } from './chunks.js';
import { columnsFor, type Printable } from './fields.js';

export const SCHEMA_ID = 'zhibiao/claims@1';

export interface DocumentResult {
  document: string;
  encoding?: string;
  claims: Claim[];
}

/**
 * `{"schema", "document", "region", "level", "year", "review_year", "plan_year", "claims"}`:
 * the identity once per document, not on each of its claims.
 */
export function printJson(input: Printable, options: { array?: boolean } = {}): string {
  return [...jsonChunks(input, options)].join('');
}

/**
 * printJson a document at a time, the same bytes: no string ever holds the whole output (V8
 * strings end at 2^29 characters, a few thousand reports), and a stream can take each in turn.
 */
export function* jsonChunks(input: Printable, options: { array?: boolean } = {}): Generator<string> {
  const array = options.array || input.documents.length !== 1;
  if (!array) {
    yield `${jsonDocument(input.documents[0], input.fields)}\n`;
    return;
  }
  if (!input.documents.length) {
    yield '[]\n';
    return;
  }
  for (const [i, d] of input.documents.entries()) yield `${i ? ',\n' : '[\n'}${jsonArrayItem(d, input.fields)}`;
  yield '\n]\n';
}

/** One document object as printJson prints it alone (pretty, 2 spaces). */
export function jsonDocument(d: Printable['documents'][number], fields: Printable['fields']): string {
  const doc = {
    schema: SCHEMA_ID,
    document: d.document,
    ...(d.identity && identityFields(d.identity)),
    claims: d.claims.map((c) => (fields ? pick(c, fields) : claimOnly(c))),
  };
  return JSON.stringify(doc, null, 2);
}

/** The same object as an item of the array (indented once more; JSON strings hold no raw newline). */
export function jsonArrayItem(d: Printable['documents'][number], fields: Printable['fields']): string {
  return `  ${jsonDocument(d, fields).replace(/\n/g, '\n  ')}`;
}

/** A document's identity as JSON names it (snake_case, as the corpus index's columns). */
export function identityFields(id: DocumentIdentity) {
  return { region: id.region, level: id.level, year: id.year, review_year: id.reviewYear, plan_year: id.planYear };
}

/** One claim a line, `{"document": …, "region": …, "level": …, "year": …, …claim}`, for jq and pipes. */
export function printNdjson(input: Pick<Printable, 'rows' | 'fields'>): string {
  return [...ndjsonChunks(input)].join('');
}

/** printNdjson a thousand lines at a time. */
export function ndjsonChunks(input: Pick<Printable, 'rows' | 'fields'>): Generator<string> {
  const fields = input.fields ? columnsFor(input.fields, [], true) : null;
  return chunked(input.rows, 1000, (row) => `${JSON.stringify(fields ? pick(row, fields) : row)}\n`);
}

function pick(row: ClaimRow, fields: readonly FieldName[]): Record<string, unknown> {
  // JSON keeps the period an object, as in a whole claim; CSV and tables print it as text
  return Object.fromEntries(fields.map((f) => [f, f === 'period' ? row.period ?? null : fieldValue(row, f)]));
}

// In a document object the claims leave out what the document says once for all of them.
function claimOnly({ document: _document, region: _region, level: _level, year: _year, ...claim }: ClaimRow): Claim {
  return claim;
}
