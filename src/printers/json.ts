// JSON printers: never coloured. One object per document (an array for several), or NDJSON.
// Without --fields a claim is printed whole, as the spec's JSON contract says; with --fields
// it holds those fields only (NDJSON rows always keep their document).
import type { Claim } from '../core/types.js';
import type { DocumentIdentity } from '../identity/identify.js';
import { fieldValue, type ClaimRow, type FieldName } from '../query/fields.js';
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
  const docs = input.documents.map((d) => ({
    schema: SCHEMA_ID,
    document: d.document,
    ...(d.identity && identityFields(d.identity)),
    claims: d.claims.map((c) => (input.fields ? pick(c, input.fields) : claimOnly(c))),
  }));
  return `${JSON.stringify(docs.length === 1 && !options.array ? docs[0] : docs, null, 2)}\n`;
}

/** A document's identity as JSON names it (snake_case, as the corpus index's columns). */
export function identityFields(id: DocumentIdentity) {
  return { region: id.region, level: id.level, year: id.year, review_year: id.reviewYear, plan_year: id.planYear };
}

/** One claim a line, `{"document": …, "region": …, "level": …, "year": …, …claim}`, for jq and pipes. */
export function printNdjson(input: Pick<Printable, 'rows' | 'fields'>): string {
  const fields = input.fields ? columnsFor(input.fields, [], true) : null;
  let out = '';
  for (const row of input.rows) out += `${JSON.stringify(fields ? pick(row, fields) : row)}\n`;
  return out;
}

function pick(row: ClaimRow, fields: readonly FieldName[]): Record<string, unknown> {
  // JSON keeps the period an object, as in a whole claim; CSV and tables print it as text
  return Object.fromEntries(fields.map((f) => [f, f === 'period' ? row.period ?? null : fieldValue(row, f)]));
}

// In a document object the claims leave out what the document says once for all of them.
function claimOnly({ document: _document, region: _region, level: _level, year: _year, ...claim }: ClaimRow): Claim {
  return claim;
}
