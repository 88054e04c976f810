// The table printer for people: one row per claim, CJK-aware widths, cut to the screen width.
// Drawn here rather than with cli-table3, whose layout checks every cell against every other
// for spans (0.2–0.3 s on a report's 400 rows); a box of fixed-width columns is a few lines.
import stringWidth from 'string-width';
import type { ClaimRow, FieldName } from '../query/fields.js';
import { columnsFor, displayField, documentLabel, PEOPLE_FIELDS, type Printable } from './fields.js';
import { chunked } from './chunks.js';
import type { OutputStyle } from './style.js';

// Columns that give up width when the table is too wide, first to last, down to how narrow:
// the sentence keeps some context before a long indicator is cut, then both give way.
const SHRINKABLE: readonly (readonly [FieldName, number])[] = [
  ['sentence', 30], ['indicator', 20], ['sentence', 12], ['document', 12], ['indicator', 8], ['text', 8],
];

/** A table names its document, with its government, in its last line (one) or in a column (several). */
export function printTable(input: Printable, style: OutputStyle): string {
  return [...tableChunks(input, style)].join('');
}

/** printTable a thousand rows at a time: a table of a whole corpus is never one string. */
export function* tableChunks(input: Printable, style: OutputStyle): Generator<string> {
  const { chalk } = style;
  const several = input.documents.length > 1;
  const fields = columnsFor(input.fields, PEOPLE_FIELDS, several);
  const cells = input.rows.map((row) => fields.map((f) => displayField(row, f, fields)));
  const widths = fitWidths(fields, cells, style.width);
  const line = (texts: string[], colour: (text: string, j: number) => string) =>
    `│${texts.map((text, j) => { const cut = cutToWidth(text, widths[j], fields[j] === 'document'); return ` ${colour(cut, j)}${' '.repeat(widths[j] - stringWidth(cut))} `; }).join('│')}│`;
  const rule = (left: string, middle: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(middle)}${right}`;
  yield `${rule('┌', '┬', '┐')}\n${line(fields, (text) => chalk.bold(text))}\n${rule('├', '┼', '┤')}\n`;
  yield* chunked(input.rows.keys(), 1000, (i) => `${line(cells[i], (text, j) => colourCell(input.rows[i], fields[j], text, style))}\n`);
  const count = `${input.rows.length} claim${input.rows.length === 1 ? '' : 's'}`;
  const where = several ? `in ${input.documents.length} documents` : `in ${soleDocument(input)}`;
  yield `${rule('└', '┴', '┘')}\n${chalk.dim(`${count} ${where}`)}\n`;
}

/** The one document of a table or Markdown title, with its government: `ganzi-2024.txt · 甘孜州 city 2024`. */
export function soleDocument(input: Printable): string {
  const doc = input.documents[0];
  return doc ? documentLabel(doc.document, doc.identity) : '-';
}

/**
 * Each column as wide as its widest cell; when the whole is wider than the screen, the
 * sentence, then the indicator… give up width (cli-table3 cuts their text with …).
 * A table is `|` + per column (width + 2 padding + `|`).
 */
export function fitWidths(fields: readonly FieldName[], cells: readonly string[][], screen: number): number[] {
  // A text longer than the screen in characters is wider than it too: no need to measure it.
  const measure = (text: string) => (text.length > screen ? screen : stringWidth(text));
  const widths = fields.map((f, j) => Math.max(stringWidth(f), ...cells.map((row) => measure(row[j]))));
  let excess = 1 + widths.reduce((sum, w) => sum + w + 3, 0) - screen;
  for (const [field, narrowest] of SHRINKABLE) {
    const j = fields.indexOf(field);
    if (excess <= 0 || j < 0) continue;
    const give = Math.min(excess, Math.max(0, widths[j] - narrowest));
    widths[j] -= give;
    excess -= give;
  }
  return widths;
}

const charWidths = new Map<string, number>();

/**
 * Cuts text to a display width (a CJK character is 2 columns wide), marking the cut with …:
 * at the end (地区生产总值突破…), or at the start for a path, whose file name matters most
 * (…/reports/ganzi-2024.txt).
 */
export function cutToWidth(text: string, max: number, keepEnd = false): string {
  if (text.length * 2 <= max) return text;
  const chars = Array.from(text);
  if (keepEnd) chars.reverse();
  const widths = chars.map((ch) => {
    let w = charWidths.get(ch);
    if (w === undefined) charWidths.set(ch, (w = stringWidth(ch)));
    return w;
  });
  if (widths.reduce((a, b) => a + b, 0) <= max) return text;
  let used = 0;
  let end = 0;
  while (end < chars.length && used + widths[end] <= max - 1) used += widths[end++];
  const kept = chars.slice(0, end);
  return keepEnd ? `…${kept.reverse().join('')}` : `${kept.join('')}…`;
}

// Rises green, falls red, other values cyan, targets yellow: the eye finds them without reading.
function colourCell(row: ClaimRow, field: FieldName, text: string, { chalk, color }: OutputStyle): string {
  if (!color) return text;
  if (field === 'value') return row.kind === 'change' ? (row.value < 0 ? chalk.red(text) : chalk.green(text)) : chalk.cyan(text);
  if (field === 'modality' && row.modality === 'target') return chalk.yellow(text);
  if (field === 'document' || field === 'line') return chalk.dim(text);
  return text;
}
