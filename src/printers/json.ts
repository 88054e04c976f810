// JSON printers: never coloured. One object per document (an array for several), or NDJSON.
import type { Claim } from '../core/types.js';

export const SCHEMA_ID = 'zhibiao/claims@1';

export interface DocumentResult {
  document: string;
  encoding?: string;
  claims: Claim[];
}

export function printJson(results: DocumentResult[]): string {
  const docs = results.map((r) => ({ schema: SCHEMA_ID, document: r.document, claims: r.claims }));
  return `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`;
}

export function printNdjson(results: DocumentResult[]): string {
  let out = '';
  for (const r of results) for (const c of r.claims) out += `${JSON.stringify({ document: r.document, ...c })}\n`;
  return out;
}
