// Grids of figures for people (compare, panel): a compact box table and a GitHub markdown table.
import Table from 'cli-table3';
import type { OutputStyle } from './style.js';

/** A box table with one row a line and no rules between rows: a comparison reads down its columns. */
export function boxTable(head: readonly string[], style: OutputStyle): Table.Table {
  const compact = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  return new Table({ head: head.map((h) => style.chalk.bold(h)), style: { head: [], border: [] }, chars: compact });
}

/** Lines of a markdown table; a `|` in a cell is escaped, a newline becomes a space. */
export function markdownTable(head: readonly string[], rows: readonly string[][]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')).join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}
