// Printing comparisons (pure: rows and a style in, a string out). Every format names the
// government (region, level) and the years, so a row read alone still says whose target it was.
import { stringify } from 'csv-stringify/sync';
import type { DocumentIdentity } from '../identity/identify.js';
import { measureName, type ReportClaims } from '../pairing/figures.js';
import type { TargetOutcome } from '../pairing/pair.js';
import { sparkline, type Series } from '../pairing/series.js';
import { formatFigure } from '../printers/format-value.js';
import { boxTable, markdownTable } from '../printers/grid.js';
import { colourVerdict, PAIRED_FIELDS, pairedRow, VERDICT_TEXT, verdictTally } from '../printers/paired.js';
import type { OutputStyle } from '../printers/style.js';

export const COMPARE_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

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
        rows: rows.map((r) => ({ ...pairedRow(r), target_claim: r.target, outcome_claim: r.outcome })),
      }, null, 2)}\n`;
    case 'ndjson':
      return rows.map((r) => `${JSON.stringify(pairedRow(r))}\n`).join('');
    case 'csv':
      return stringify(rows.map(pairedRow), { header: true, columns: PAIRED_FIELDS });
    case 'markdown':
      return [`${comparisonTitle(before, after)}`, '', ...markdownTable(comparisonHead(before, after), rows.map(comparisonCells)), ''].join('\n');
    case 'table': {
      const table = boxTable(comparisonHead(before, after), style);
      for (const r of rows) table.push(comparisonCells(r).map((cell, j) => (j === 3 ? colourVerdict(r.verdict, cell, style) : cell)));
      return `${style.chalk.bold(comparisonTitle(before, after))}\n${table.toString()}\n${style.chalk.dim(verdictTally(rows))}\n`;
    }
  }
}

function comparisonTitle(before: ReportClaims, after: ReportClaims): string {
  const who = governmentName(before.identity);
  return `${who}: targets for ${before.identity.planYear ?? '?'} (${before.document}) against outcomes reported in ${after.identity.year ?? '?'} (${after.document})`;
}

function comparisonHead(before: ReportClaims, after: ReportClaims): string[] {
  return ['metric', `target ${before.identity.planYear ?? ''}`.trim(), `outcome ${after.identity.reviewYear ?? ''}`.trim(), 'verdict', 'why', 'kind'];
}

function comparisonCells(r: TargetOutcome): string[] {
  return [measureName(r.measure), formatFigure(r.target), r.outcome ? formatFigure(r.outcome) : '—', VERDICT_TEXT[r.verdict], r.reason, r.target.kind];
}

/** 甘孜州 (city), or the document's name when the report does not say who issued it. */
export function governmentName(identity: DocumentIdentity): string {
  return identity.region ? `${identity.region}${identity.level ? ` (${identity.level})` : ''}` : 'unknown government';
}

const VERDICT_MARK = { met: ' ✓', missed: ' ✗', unjudged: '' } as const;

/** A series: JSON keeps every point; CSV and NDJSON are long (one row per indicator and year). */
export function printSeries(series: Series, reports: readonly ReportClaims[], format: CompareFormat, style: OutputStyle): string {
  const identity = reports[0]?.identity;
  const region = identity?.region ?? null;
  const level = identity?.level ?? null;
  const long = series.rows.flatMap((row) => row.points.map((p) => ({
    region, level, metric: measureName(row.measure), kind: row.kind, unit: row.unit, year: p.year,
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
      return stringify(long, { header: true, columns: ['region', 'level', 'metric', 'kind', 'unit', 'year', 'outcome_value', 'outcome_qualifier', 'target', 'target_value', 'target_high', 'target_qualifier', 'verdict'] });
    case 'markdown':
    case 'table': {
      const head = ['metric', 'kind', 'unit', ...series.years.map(String), 'trend'];
      const cells = series.rows.map((row) => [
        measureName(row.measure), row.kind, row.unit === '百分点' ? '个百分点' : row.unit,
        ...row.points.map((p) => (p.outcome ? formatFigure({ ...p.outcome, unit: '' }) + VERDICT_MARK[p.verdict ?? 'unjudged'] : p.target ? `(${formatFigure({ ...p.target, unit: '' })})` : '')),
        sparkline(row.points.map((p) => p.outcome?.value)),
      ]);
      const title = `${identity ? governmentName(identity) : ''}: ${series.rows.length} figures over ${series.years[0] ?? '?'}–${series.years.at(-1) ?? '?'} (outcome each year; ✓ met / ✗ missed the target set for it; (target) where no outcome is reported yet)`;
      if (format === 'markdown') return [title, '', ...markdownTable(head, cells), ''].join('\n');
      const table = boxTable(head, style);
      for (const row of cells) table.push(row);
      return `${style.chalk.bold(title)}\n${table.toString()}\n`;
    }
  }
}
