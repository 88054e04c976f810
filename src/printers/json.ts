// JSON printers: never coloured. One object per document (an array for several), or NDJSON.
// Without --fields a claim is printed whole, as the spec's JSON contract says; with --fields
// it holds those fields only (NDJSON rows always keep their document).
import type { Claim } from '../core/types.js';
import type { DocumentClaim } from '../query/filter.js';
import { fieldValue, type FieldName } from '../query/fields.js';
import { columnsFor, type Printable } from './fields.js';

export const SCHEMA_ID = 'zhibiao/claims@1';

export interface DocumentResult {
  document: string;
  encoding?: string;
  claims: Claim[];
}

export function printJson(input: Printable): string {
  const docs = input.documents.map((d) => ({
    schema: SCHEMA_ID,
    document: d.document,
    claims: d.claims.map((c) => (input.fields ? pick(c, input.fields) : withoutDocument(c))),
  }));
  return `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`;
}

/** One claim a line, `{"document": …, …claim}`, for jq and pipes. */
export function printNdjson(input: Pick<Printable, 'rows' | 'fields'>): string {
  const fields = input.fields ? columnsFor(input.fields, [], true) : null;
  let out = '';
  for (const row of input.rows) out += `${JSON.stringify(fields ? pick(row, fields) : row)}\n`;
  return out;
}

function pick(row: DocumentClaim, fields: readonly FieldName[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, fieldValue(row, f)]));
}

function withoutDocument({ document: _document, ...claim }: DocumentClaim): Claim {
  return claim;
}
