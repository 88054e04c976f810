// `zhibiao summary` for people (a page per report) and as JSON.
import { SECTORS } from '../core/lexicon/sectors.js';
import type { Claim } from '../core/types.js';
import type { Level } from '../identity/places.js';
import type { Keyword } from '../segment/keywords.js';
import type { ReportSummary } from '../query/summary.js';
import { barChart } from './bars.js';
import { documentLabel } from './fields.js';
import { formatClaimValue } from './format-value.js';
import type { OutputStyle } from './style.js';
import stringWidth from 'string-width';
import { deepForTerminal } from './terminal-text.js';

export interface DocumentSummary extends ReportSummary {
  document: string;
  /** Who issued the report and for which year, as the text says (or --region, --level, --year). */
  region: string | null;
  level: Level | null;
  year: number | null;
  keywords: Keyword[];
}

export const SUMMARY_SCHEMA_ID = 'zhibiao/summary@1';

export function printSummaryText(all: readonly DocumentSummary[], style: OutputStyle): string {
  const summaries = deepForTerminal(all); // a report's escape sequences never reach the screen
  return summaries.map((s) => summaryPage(s, style)).join('\n');
}

function summaryPage(s: DocumentSummary, style: OutputStyle): string {
  const { chalk } = style;
  const heading = (zh: string, en: string) => chalk.bold(`${zh} ${en}`);
  const out: string[] = [chalk.bold.underline(documentLabel(s.document, s)), `${s.claims} claims`, ''];

  out.push(heading('主要指标', 'Headline indicators'));
  if (!s.headlines.length) out.push(chalk.dim('  (none found)'));
  const rows = s.headlines.map((h) => [h.indicator, h.amount ? formatClaimValue(h.amount) : '', h.change ? formatClaimValue(h.change) : '']);
  out.push(...alignedRows(rows, style, (j, text) => (j === 2 && text ? (text.startsWith('−') ? chalk.red(text) : chalk.green(text)) : j === 1 ? chalk.cyan(text) : text)));

  out.push('', heading('预期目标', 'Targets for the coming year'));
  if (!s.targets.length) out.push(chalk.dim('  (none found)'));
  out.push(...alignedRows(s.targets.map((c) => [c.indicator, formatClaimValue(c), `line ${c.line}`]), style, (j, text) => (j === 1 ? chalk.yellow(text) : j === 2 ? chalk.dim(text) : text)));
  if (s.otherTargets > 0) out.push(chalk.dim(`  …and ${s.otherTargets} more targets: zhibiao extract ${quoteArg(s.document)} --modality target`));

  out.push('', heading('各领域数字', 'Claims per sector'));
  const sectorName = new Map<string, string>(SECTORS.map((x) => [x.id, x.name]));
  out.push(...barChart(s.bySector.map((e) => ({ label: `${e.sector} ${sectorName.get(e.sector) ?? ''}`, count: e.count })), style));
  out.push('', heading('各类数字', 'Claims per kind'));
  out.push(...barChart(s.byKind.map((e) => ({ label: e.kind, count: e.count })), style));

  out.push('', heading('关键词', 'Keywords (TF-IDF against other reports)'));
  out.push(`  ${s.keywords.map((k) => k.word).join(' · ') || chalk.dim('(none)')}`);
  return `${out.join('\n')}\n`;
}

// Columns padded by display width, so 城镇居民人均可支配收入 and GDP line up.
function alignedRows(rows: string[][], style: OutputStyle, colour: (column: number, text: string) => string): string[] {
  if (!rows.length) return [];
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => stringWidth(r[j]))));
  return rows.map((r) => `  ${r.map((text, j) => colour(j, text) + ' '.repeat(widths[j] - stringWidth(text))).join('  ')}`.trimEnd());
}

function quoteArg(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

export function printSummaryJson(summaries: readonly DocumentSummary[]): string {
  const docs = summaries.map((s) => ({ schema: SUMMARY_SCHEMA_ID, ...s, targets: s.targets.map(compact), headlines: s.headlines.map((h) => ({ ...h, amount: h.amount && compact(h.amount), change: h.change && compact(h.change) })) }));
  return `${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`;
}

// The summary cites claims without their sentences: `zhibiao extract` has those.
function compact({ sentence: _sentence, ...claim }: Claim): Omit<Claim, 'sentence'> {
  return claim;
}
