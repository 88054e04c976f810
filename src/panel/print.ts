// Printing a panel (pure: rows and a style in, a string out). Long formats (ndjson, json, csv)
// give one figure a row, with its document and identity; the table, markdown and `--wide` csv
// put documents in rows and figures in columns (`≈ 5%`, `≥ 1200万人`, `—` where nothing is
// stated). With --outcomes, one target a row, beside its outcome and verdict.
import { basename } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { DocumentIdentity } from '../identity/identify.js';
import { measureName, periodLabel } from '../pairing/figures.js';
import type { TargetOutcome } from '../pairing/pair.js';
import { formatFigure } from '../printers/format-value.js';
import { boxTable, markdownTable } from '../printers/grid.js';
import { colourVerdict, PAIRED_FIELDS, pairedRow, VERDICT_TEXT, verdictTally } from '../printers/paired.js';
import type { OutputStyle } from '../printers/style.js';
import type { PanelRow } from './rows.js';

export const PANEL_FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type PanelFormat = (typeof PANEL_FORMATS)[number];

export const PANEL_SCHEMA = 'zhibiao/panel@1';

/** The long row's columns, in order (csv header, and every ndjson object's keys). */
export const PANEL_FIELDS = [
  'document', 'region', 'level', 'year', 'metric', 'name', 'kind', 'modality', 'period',
  'value', 'high', 'unit', 'qualifier', 'line', 'text', 'sentence',
] as const satisfies readonly (keyof PanelRow)[];

export interface PanelPrint {
  rows: readonly PanelRow[];
  /** Every document read, in input order, with its identity: a row each in the wide layout. */
  documents: readonly { document: string; identity: DocumentIdentity }[];
  /** Where the metric sits in the metric table: the wide layout's column order. */
  metricOrder(metric: string): number;
}

export function printPanel(input: PanelPrint, format: PanelFormat, options: { wide?: boolean; bom?: boolean; style: OutputStyle }): string {
  switch (format) {
    case 'ndjson':
      return input.rows.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'json':
      return `${JSON.stringify({ schema: PANEL_SCHEMA, rows: input.rows }, null, 2)}\n`;
    case 'csv': {
      if (options.wide) {
        const grid = wideGrid(input);
        return stringify([...grid.rows.map((r) => [...r.identity, ...r.cells.map((c) => c ?? '—')])], {
          header: true, columns: [...WIDE_IDENTITY, ...grid.columns.map((c) => c.header)], bom: options.bom ?? false,
        });
      }
      const records = input.rows.map((r) => PANEL_FIELDS.map((f) => (f === 'period' ? periodLabel(r.period) : r[f] ?? '')));
      return stringify(records, { header: true, columns: [...PANEL_FIELDS], bom: options.bom ?? false });
    }
    case 'markdown':
    case 'table': {
      const grid = wideGrid(input);
      // the file's name (without its folder), then the government and year it says it is
      const head = ['report', 'region', 'year', ...grid.columns.map((c) => c.header)];
      const cells = grid.rows.map(({ identity: [document, region, , year], cells: row }) => [basename(String(document)), String(region ?? '—'), String(year ?? '—'), ...row.map((c) => c ?? '—')]);
      const title = `${grid.rows.length} reports × ${grid.columns.length} figures (target: the goal set for the report's year; actual: the outcome of the year it reviews)`;
      if (format === 'markdown') return [title, '', ...markdownTable(head, cells), ''].join('\n');
      if (!grid.columns.length) return '';
      const table = boxTable(head, options.style);
      for (const row of cells) table.push(row);
      return `${options.style.chalk.bold(title)}\n${table.toString()}\n`;
    }
  }
}

const WIDE_IDENTITY = ['document', 'region', 'level', 'year'] as const;

interface Column {
  key: string;
  header: string;
  metric: string;
  /** Rank for ordering: metric-table order, target before actual, the report's own year first. */
  order: [number, number, number, string];
}

/**
 * The wide layout: one row per document, one column per metric, kind, modality and period.
 * A header names only what tells its column apart: `gdp`; `gdp amount` when the table also has
 * gdp as a growth; `gdp target` when it has targets and outcomes; `gdp 2021–2025 avg` for a
 * period other than the report's year (the year it plans for a target, reviews for an outcome).
 */
function wideGrid(input: PanelPrint): { columns: Column[]; rows: { identity: (string | number | null)[]; cells: (string | null)[] }[] } {
  const identities = new Map(input.documents.map((d) => [d.document, d.identity]));
  const usual = (r: PanelRow) => {
    const id = identities.get(r.document);
    const year = r.modality === 'target' ? id?.planYear : id?.reviewYear;
    return !!r.period && r.period.from === year && r.period.to === year && !r.period.average && r.period.base === undefined;
  };
  const kindsOf = new Map<string, Set<string>>();
  const modalities = new Set(input.rows.map((r) => r.modality));
  for (const r of input.rows) kindsOf.set(r.metric, (kindsOf.get(r.metric) ?? new Set()).add(r.kind));
  const columns = new Map<string, Column>();
  const cells = new Map<string, Map<string, string>>();
  for (const r of input.rows) {
    const period = usual(r) ? '' : periodLabel(r.period) || 'period unknown';
    const key = [r.metric, r.kind, r.modality, period].join('\u0000');
    if (!columns.has(key)) {
      const parts = [r.metric, kindsOf.get(r.metric)!.size > 1 ? r.kind : '', modalities.size > 1 ? r.modality : '', period];
      columns.set(key, { key, header: parts.filter(Boolean).join(' '), metric: r.metric, order: [input.metricOrder(r.metric), r.modality === 'target' ? 0 : 1, period ? 1 : 0, `${r.kind}${period}`] });
    }
    let row = cells.get(r.document);
    if (!row) cells.set(r.document, (row = new Map()));
    const figure = formatFigure({ ...r, high: r.high ?? undefined });
    row.set(key, row.has(key) ? `${row.get(key)}; ${figure}` : figure); // --all: every statement
  }
  const ordered = [...columns.values()].sort((a, b) => compareOrder(a.order, b.order));
  return {
    columns: ordered,
    rows: input.documents.map((d) => ({
      identity: [d.document, d.identity.region, d.identity.level, d.identity.year],
      cells: ordered.map((c) => cells.get(d.document)?.get(c.key) ?? null),
    })),
  };
}

function compareOrder(a: Column['order'], b: Column['order']): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

export function printOutcomes(rows: readonly TargetOutcome[], format: PanelFormat, options: { bom?: boolean; style: OutputStyle }): string {
  switch (format) {
    case 'ndjson':
      return rows.map((r) => `${JSON.stringify(pairedRow(r))}\n`).join('');
    case 'json':
      return `${JSON.stringify({ schema: 'zhibiao/outcomes@1', rows: rows.map((r) => ({ ...pairedRow(r), target_claim: r.target, outcome_claim: r.outcome })) }, null, 2)}\n`;
    case 'csv':
      return stringify(rows.map(pairedRow), { header: true, columns: PAIRED_FIELDS, bom: options.bom ?? false });
    case 'markdown':
    case 'table': {
      const head = ['region', 'period', 'metric', 'kind', 'target', 'outcome', 'verdict', 'why'];
      const cells = rows.map((r) => [
        r.targetReport.region ?? r.targetReport.document, periodLabel(r.target.period) || '?', measureName(r.measure), r.target.kind,
        formatFigure(r.target), r.outcome ? `${formatFigure(r.outcome)} (${r.outcomeReport?.year ?? '?'} report)` : '—', VERDICT_TEXT[r.verdict], r.reason,
      ]);
      const tally = verdictTally(rows);
      const title = `${rows.length} targets against the outcomes the next year's reports give`;
      if (format === 'markdown') return [title, '', ...markdownTable(head, cells), '', tally, ''].join('\n');
      if (!rows.length) return '';
      const { style } = options;
      const table = boxTable(head, style);
      for (const [i, row] of cells.entries()) table.push(row.map((cell, j) => (j === 6 ? colourVerdict(rows[i].verdict, cell, style) : cell)));
      return `${style.chalk.bold(title)}\n${table.toString()}\n${style.chalk.dim(tally)}\n`;
    }
  }
}
