// The table printer for people: one row per claim, CJK-aware widths, sentences cut to fit.
import Table from 'cli-table3';
import type { DocumentResult } from './json.js';
import { formatClaimValue } from './format-value.js';
import type { OutputStyle } from './style.js';

export function printTable(results: DocumentResult[], style: OutputStyle): string {
  const { chalk } = style;
  const out: string[] = [];
  for (const r of results) {
    if (results.length > 1) out.push(chalk.bold(r.document));
    const head = ['line', 'kind', 'value', 'indicator', 'sector', 'modality'];
    const fixed = [6, 8, 18, 28, 13, 10];
    const table = new Table({
      head: head.map((h) => chalk.bold(h)),
      style: { head: [], border: [], compact: true },
      ...(style.width ? { colWidths: fixed.map((w, i) => (i === 3 ? Math.max(12, Math.min(w, style.width! - 72)) : w)), wordWrap: false } : {}),
    });
    for (const c of r.claims) {
      const value = formatClaimValue(c);
      table.push([
        String(c.line),
        c.kind,
        c.kind === 'change' ? (c.value < 0 ? chalk.red(value) : chalk.green(value)) : chalk.cyan(value),
        c.indicator,
        c.sector,
        c.modality === 'target' ? chalk.yellow(c.modality) : c.modality,
      ]);
    }
    out.push(table.toString());
    out.push(chalk.dim(`${r.claims.length} claims`));
  }
  return `${out.join('\n')}\n`;
}
