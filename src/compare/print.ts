// Printing comparisons (pure: rows and a style in, a string out). Every format names the
// government (region, level) and the years, so a row read alone still says whose target it was.
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { Claim } from '../core/types.js';
import type { DocumentIdentity } from '../identity/identify.js';
import { formatNumber, QUALIFIER_SIGN } from '../printers/format-value.js';
import type { OutputStyle } from '../printers/style.js';
import type { ReportClaims, TargetOutcome } from './pair.js';
import { sparkline, type Series } from './series.js';

export const COMPARE_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

/**
 * A target or outcome as analysts write it: ≥ 8.5%, ≈ 7%, 6–6.5%, ≤ 4.2%, 513.35亿元, −3%.
 * (A growth is shown without +, since the kind column says it is a change.)
 */
export function formatFigure(c: Pick<Claim, 'value' | 'high' | 'unit' | 'qualifier' | 'kind'>): string {
  const q = c.qualifier ? QUALIFIER_SIGN[c.qualifier] : '';
  const plain = c.unit === '%' || c.unit === '百分点' || c.unit === '倍' || c.unit === '位';
  const num = (v: number) => (v < 0 ? '−' : '') + (plain ? String(Math.round(Math.abs(v) * 100) / 100) : formatNumber(Math.abs(v)));
  const unit = c.unit === '百分点' ? '个百分点' : c.unit;
  if (c.kind === 'rank') return `${q}第${num(c.value)}位`;
  return `${q}${num(c.value)}${c.high !== undefined ? `–${num(c.high)}` : ''}${unit}`;
}

const VERDICT_TEXT = { met: 'met', missed: 'missed', unjudged: 'cannot judge' } as const;

/** The flat row of CSV and NDJSON: identity first, then target, outcome and verdict. */
export function flatRow(r: TargetOutcome): Record<string, string | number | null> {
  return {
    region: r.targetReport.region,
    level: r.targetReport.level,
    indicator: r.indicator,
    kind: r.target.kind,
    unit: r.target.unit,
    target_year: r.targetReport.year,
    target: formatFigure(r.target),
    target_value: r.target.value,
    target_high: r.target.high ?? null,
    target_qualifier: r.target.qualifier,
    outcome_year: r.outcomeReport.year,
    outcome: r.outcome ? formatFigure(r.outcome) : null,
    outcome_value: r.outcome?.value ?? null,
    outcome_qualifier: r.outcome?.qualifier ?? null,
    verdict: r.verdict,
    reason: r.reason,
    target_document: r.targetReport.document,
    target_line: r.target.line,
    target_indicator: r.target.indicator,
    outcome_document: r.outcomeReport.document,
    outcome_line: r.outcome?.line ?? null,
    outcome_indicator: r.outcome?.indicator ?? null,
  };
}

/** A report in JSON, named as in `query --json` and the index's columns (review_year, plan_year). */
export function reportHeader({ document, identity }: ReportClaims) {
  return { document, region: identity.region, level: identity.level, year: identity.year, review_year: identity.reviewYear, plan_year: identity.planYear };
}

export function printComparison(
  rows: readonly TargetOutcome[], before: ReportClaims, after: ReportClaims, format: CompareFormat, style: OutputStyle,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({
        schema: 'zhibiao/compare@1',
        before: reportHeader(before),
        after: reportHeader(after),
        rows: rows.map((r) => ({ ...flatRow(r), target_claim: r.target, outcome_claim: r.outcome })),
      }, null, 2)}\n`;
    case 'ndjson':
      return rows.map((r) => `${JSON.stringify(flatRow(r))}\n`).join('');
    case 'csv':
      return stringify(rows.map(flatRow), { header: true, columns: Object.keys(flatRow(placeholderRow(before, after))) });
    case 'markdown':
      return [`${comparisonTitle(before, after)}`, '', ...markdownTable(comparisonHead(before, after), rows.map(comparisonCells)), ''].join('\n');
    case 'table': {
      const table = boxTable(comparisonHead(before, after), style);
      for (const r of rows) table.push(comparisonCells(r).map((cell, j) => (j === 3 ? colourVerdict(r.verdict, cell, style) : cell)));
      const tally = (['met', 'missed', 'unjudged'] as const).map((v) => `${rows.filter((r) => r.verdict === v).length} ${VERDICT_TEXT[v]}`).join(', ');
      return `${style.chalk.bold(comparisonTitle(before, after))}\n${table.toString()}\n${style.chalk.dim(tally)}\n`;
    }
  }
}

function comparisonTitle(before: ReportClaims, after: ReportClaims): string {
  const who = governmentName(before.identity);
  return `${who}: targets for ${before.identity.planYear ?? '?'} (${before.document}) against outcomes reported in ${after.identity.year ?? '?'} (${after.document})`;
}

function comparisonHead(before: ReportClaims, after: ReportClaims): string[] {
  return ['indicator', `target ${before.identity.planYear ?? ''}`.trim(), `outcome ${after.identity.reviewYear ?? ''}`.trim(), 'verdict', 'why', 'kind'];
}

function comparisonCells(r: TargetOutcome): string[] {
  return [r.indicator, formatFigure(r.target), r.outcome ? formatFigure(r.outcome) : '—', VERDICT_TEXT[r.verdict], r.reason, r.target.kind];
}

// CSV needs its columns even when there is no row.
function placeholderRow(before: ReportClaims, after: ReportClaims): TargetOutcome {
  const target: Claim = { kind: 'change', value: 0, unit: '%', qualifier: null, modality: 'target', indicator: '', sector: 'macro', text: '', span: { start: 0, end: 0 }, line: 0, sentence: '', metric: null, period: null };
  return { indicator: '', target, outcome: null, verdict: 'unjudged', reason: '', headline: false, targetReport: { document: before.document, region: null, level: null, year: null }, outcomeReport: { document: after.document, region: null, level: null, year: null } };
}

/** 甘孜州 (city), or the document's name when the report does not say who issued it. */
export function governmentName(identity: DocumentIdentity): string {
  return identity.region ? `${identity.region}${identity.level ? ` (${identity.level})` : ''}` : 'unknown government';
}

function colourVerdict(verdict: TargetOutcome['verdict'], text: string, { chalk, color }: OutputStyle): string {
  if (!color) return text;
  return verdict === 'met' ? chalk.green(text) : verdict === 'missed' ? chalk.red(text) : chalk.dim(text);
}

const VERDICT_MARK = { met: ' ✓', missed: ' ✗', unjudged: '' } as const;

/** A series: JSON keeps every point; CSV and NDJSON are long (one row per indicator and year). */
export function printSeries(series: Series, reports: readonly ReportClaims[], format: CompareFormat, style: OutputStyle): string {
  const identity = reports[0]?.identity;
  const region = identity?.region ?? null;
  const level = identity?.level ?? null;
  const long = series.rows.flatMap((row) => row.points.map((p) => ({
    region, level, indicator: row.indicator, kind: row.kind, unit: row.unit, year: p.year,
    outcome_value: p.outcome?.value ?? null, outcome_qualifier: p.outcome?.qualifier ?? null,
    target: p.target ? formatFigure(p.target) : null, target_value: p.target?.value ?? null,
    target_high: p.target?.high ?? null, target_qualifier: p.target?.qualifier ?? null, verdict: p.verdict ?? null,
  })));
  switch (format) {
    case 'json':
      return `${JSON.stringify({ schema: 'zhibiao/series@1', region, level, years: series.years, reports: reports.map(reportHeader), rows: series.rows }, null, 2)}\n`;
    case 'ndjson':
      return long.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv':
      return stringify(long, { header: true, columns: ['region', 'level', 'indicator', 'kind', 'unit', 'year', 'outcome_value', 'outcome_qualifier', 'target', 'target_value', 'target_high', 'target_qualifier', 'verdict'] });
    case 'markdown':
    case 'table': {
      const head = ['indicator', 'kind', 'unit', ...series.years.map(String), 'trend'];
      const cells = series.rows.map((row) => [
        row.indicator, row.kind, row.unit === '百分点' ? '个百分点' : row.unit,
        ...row.points.map((p) => (p.outcome ? formatFigure({ ...p.outcome, unit: '' }) + VERDICT_MARK[p.verdict ?? 'unjudged'] : p.target ? `(${formatFigure({ ...p.target, unit: '' })})` : '')),
        sparkline(row.points.map((p) => p.outcome?.value)),
      ]);
      const title = `${identity ? governmentName(identity) : ''}: ${series.rows.length} indicators over ${series.years[0] ?? '?'}–${series.years.at(-1) ?? '?'} (outcome each year; ✓ met / ✗ missed the target set for it; (target) where no outcome is reported yet)`;
      if (format === 'markdown') return [title, '', ...markdownTable(head, cells), ''].join('\n');
      const table = boxTable(head, style);
      for (const row of cells) table.push(row);
      return `${style.chalk.bold(title)}\n${table.toString()}\n`;
    }
  }
}

function boxTable(head: string[], style: OutputStyle): Table.Table {
  // One row a line, without rules between rows: a comparison reads down its columns.
  const compact = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  return new Table({ head: head.map((h) => style.chalk.bold(h)), style: { head: [], border: [] }, chars: compact });
}

function markdownTable(head: readonly string[], rows: readonly string[][]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}
