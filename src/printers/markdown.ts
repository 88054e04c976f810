// Markdown (GitHub tables) for notes and issues: values as people read them, pipes escaped.
import { chunked } from './chunks.js';
import { columnsFor, displayField, issuer, PEOPLE_FIELDS, type Printable } from './fields.js';

export function printMarkdown(input: Printable): string {
  return [...markdownChunks(input)].join('');
}

/** printMarkdown a thousand rows at a time. */
export function* markdownChunks(input: Printable): Generator<string> {
  const several = input.documents.length > 1;
  const fields = columnsFor(input.fields, PEOPLE_FIELDS, several);
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${fields.map((f) => (f === 'line' || f === 'start' || f === 'end' ? ' ---: ' : ' --- ')).join('|')}|`;
  const title = several ? `${input.rows.length} claims in ${input.documents.length} documents` : `${input.rows.length} claims in ${soleDocument(input)}`;
  yield `${title}\n\n${line(fields)}\n${rule}\n`;
  yield* chunked(input.rows, 1000, (row) => `${line(fields.map((f) => displayField(row, f, fields)))}\n`);
}

// `ganzi-2024.txt` · 甘孜州 city 2024: the path as code, then its government.
function soleDocument(input: Printable): string {
  const doc = input.documents[0];
  const who = issuer(doc?.identity);
  return `\`${doc?.document ?? '-'}\`${who ? ` · ${who}` : ''}`;
}

// A `|` would end the cell and a newline the row: 甲|乙 → 甲\|乙.
function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
