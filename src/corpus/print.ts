// Claims of the corpus index in extract's formats, through extract's printers: each row gets
// its document's identity (region, level, year), which the printers show like extract's.
// `--fields` means what it means in extract: these columns, in this order (after the document).
import type { DocumentIdentity } from '../identity/identify.js';
import type { ClaimRow, FieldName } from '../query/fields.js';
import type { DocumentClaim } from '../query/filter.js';
import { csvChunks } from '../printers/csv.js';
import { columnsFor, CSV_FIELDS, type Printable } from '../printers/fields.js';
import { jsonChunks, ndjsonChunks } from '../printers/json.js';
import { markdownChunks } from '../printers/markdown.js';
import type { OutputStyle } from '../printers/style.js';
import { tableChunks } from '../printers/table.js';

export const QUERY_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export interface IdentifiedClaims {
  rows: readonly DocumentClaim[];
  identities: ReadonlyMap<string, DocumentIdentity>;
  fields?: readonly FieldName[];
}

/** Each row with its document's region, level and year, right after `document`. */
export function withIdentity(rows: readonly DocumentClaim[], identities: ReadonlyMap<string, DocumentIdentity>): ClaimRow[] {
  return rows.map((row): ClaimRow => {
    const id = identities.get(row.document);
    const { document, ...claim } = row;
    return { document, region: id?.region ?? null, level: id?.level ?? null, year: id?.year ?? null, ...claim };
  });
}

export function printIdentified(input: IdentifiedClaims, format: QueryFormat, options: { style: OutputStyle; bom?: boolean }): string {
  return [...identifiedChunks(input, format, options)].join('');
}

/** printIdentified in chunks (a document of JSON, a thousand rows), for a stream to take one at a time. */
export function identifiedChunks(input: IdentifiedClaims, format: QueryFormat, options: { style: OutputStyle; bom?: boolean }): Iterable<string> {
  const rows = withIdentity(input.rows, input.identities);
  const documents = groupByDocument(rows).map(([document, claims]) => ({ document, identity: input.identities.get(document), claims }));
  const printable: Printable = { documents, rows, fields: input.fields };
  switch (format) {
    case 'ndjson':
      return ndjsonChunks({ rows, fields: input.fields && columnsFor(input.fields, [], true) });
    case 'json':
      return jsonChunks(printable, { array: true });
    case 'csv':
      return csvChunks({ ...printable, fields: columnsFor(input.fields, CSV_FIELDS, true) }, { bom: options.bom });
    case 'markdown':
      return markdownChunks(printable);
    case 'table':
      return rows.length ? tableChunks(printable, options.style) : [];
  }
}

// Rows are already in document order (the query sorts by document); keep that order.
function groupByDocument<R extends DocumentClaim>(rows: readonly R[]): [string, R[]][] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    let g = groups.get(row.document);
    if (!g) groups.set(row.document, (g = []));
    g.push(row);
  }
  return [...groups];
}
