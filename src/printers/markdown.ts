// Markdown (GitHub tables) for notes and issues: values as people read them, pipes escaped.
import { columnsFor, displayField, PEOPLE_FIELDS, type Printable } from './fields.js';

export function printMarkdown(input: Printable): string {
  const several = input.documents.length > 1;
  const fields = columnsFor(input.fields, PEOPLE_FIELDS, several);
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${fields.map((f) => (f === 'line' || f === 'start' || f === 'end' ? ' ---: ' : ' --- ')).join('|')}|`;
  const title = several ? `${input.rows.length} claims in ${input.documents.length} documents` : `${input.rows.length} claims in \`${input.documents[0]?.document ?? '-'}\``;
  const body = input.rows.map((row) => line(fields.map((f) => displayField(row, f))));
  return [title, '', line(fields), rule, ...body, ''].join('\n');
}

// A `|` would end the cell and a newline the row: 甲|乙 → 甲\|乙.
function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
