// Claims with their document's identity, in extract's formats. A thin adapter over
// src/printers, whose fields are a claim's own: machine formats (JSON, NDJSON, CSV) get
// `region`, `level`, `year` as real fields beside `document`; the people formats (table,
// Markdown) reuse extract's printers with the document named as `path · 甘孜州 city 2024`.
import { stringify } from 'csv-stringify/sync';
import type { DocumentIdentity } from '../identity/identify.js';
import { fieldValue, type FieldName } from '../query/fields.js';
import type { DocumentClaim } from '../query/filter.js';
import { columnsFor, CSV_FIELDS, type Printable } from '../printers/fields.js';
import { printMarkdown } from '../printers/markdown.js';
import type { OutputStyle } from '../printers/style.js';
import { printTable } from '../printers/table.js';

export const QUERY_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/** The identity fields every row carries, in this order, before the claim's fields. */
export const IDENTITY_FIELDS = ['region', 'level', 'year'] as const;

export interface IdentifiedClaims {
  rows: readonly DocumentClaim[];
  identities: ReadonlyMap<string, DocumentIdentity>;
  fields?: readonly FieldName[];
}

export function printIdentified(input: IdentifiedClaims, format: QueryFormat, options: { style: OutputStyle; bom?: boolean }): string {
  const identity = (row: DocumentClaim) => input.identities.get(row.document);
  const idFields = (row: DocumentClaim) => {
    const id = identity(row);
    return { region: id?.region ?? null, level: id?.level ?? null, year: id?.year ?? null };
  };
  const claimFields = (row: DocumentClaim, fields: readonly FieldName[]) => Object.fromEntries(fields.map((f) => [f, fieldValue(row, f)]));
  switch (format) {
    case 'ndjson': {
      const fields = input.fields ? columnsFor(input.fields, [], true) : null;
      return input.rows.map(({ document, ...claim }) => {
        const row = { document, ...claim };
        return `${JSON.stringify(fields ? { ...idFields(row), ...claimFields(row, fields) } : { document, ...idFields(row), ...claim })}\n`;
      }).join('');
    }
    case 'json': {
      const docs = groupByDocument(input.rows).map(([document, rows]) => {
        const id = input.identities.get(document);
        return {
          schema: 'zhibiao/claims@1',
          document,
          region: id?.region ?? null, level: id?.level ?? null, year: id?.year ?? null,
          review_year: id?.reviewYear ?? null, plan_year: id?.planYear ?? null,
          claims: rows.map(({ document: _d, ...claim }) => (input.fields ? claimFields({ document, ...claim }, input.fields) : claim)),
        };
      });
      return `${JSON.stringify(docs, null, 2)}\n`;
    }
    case 'csv': {
      const fields = columnsFor(input.fields, CSV_FIELDS, true);
      const columns = [...IDENTITY_FIELDS, ...fields];
      const records = input.rows.map((row) => {
        const id = idFields(row);
        return [...IDENTITY_FIELDS.map((f) => id[f] ?? ''), ...fields.map((f) => fieldValue(row, f) ?? '')];
      });
      return stringify(records, { header: true, columns, bom: options.bom ?? false });
    }
    case 'table':
    case 'markdown': {
      const labelled = input.rows.map((row) => ({ ...row, document: documentLabel(row.document, identity(row)) }));
      const printable: Printable = {
        documents: groupByDocument(labelled).map(([document, claims]) => ({ document, claims })),
        rows: labelled,
        fields: input.fields,
      };
      if (format === 'markdown') return printMarkdown(printable);
      return labelled.length ? printTable(printable, options.style) : '';
    }
  }
}

/** `reports/ganzi-2024.txt · 甘孜州 city 2024`: the file and who issued it, for people. */
export function documentLabel(path: string, identity: DocumentIdentity | undefined): string {
  const who = [identity?.region, identity?.level, identity?.year].filter((x) => x !== null && x !== undefined).join(' ');
  return who ? `${path} · ${who}` : path;
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
