// The panel (pure): the same figures of many reports, one headline row per document, metric,
// kind, modality and period (see ../pairing/figures.ts for which statement is the headline),
// or every statement with `all`; with `outcomes`, each target beside the outcome of the
// report that reviews its year, judged (../pairing/pair.ts).
import type { Claim, Period } from '../core/types.js';
import type { DocumentIdentity } from '../identity/identify.js';
import { reportHeadlines, type ReportClaims } from '../pairing/figures.js';
import type { MetricTable } from '../pairing/metric-table.js';
import { pairTargets, type TargetOutcome } from '../pairing/pair.js';

/** One figure of one report: the long formats' row. */
export interface PanelRow {
  document: string;
  region: string | null;
  level: string | null;
  year: number | null;
  metric: string;
  /** The metric's Chinese name (地区生产总值). */
  name: string;
  kind: Claim['kind'];
  modality: Claim['modality'];
  period: Period | null;
  value: number;
  high: number | null;
  unit: string;
  qualifier: Claim['qualifier'];
  line: number;
  text: string;
  sentence: string;
}

export interface PanelOptions {
  /** Every statement, not only each figure's headline. */
  all?: boolean;
  /** The rows to keep (the command's filters), tested on the claim and its report. */
  select?: (c: Claim, report: ReportClaims) => boolean;
  /** A metric's Chinese name (the run's metric table). */
  nameOf(metric: string): string;
}

/** The figures of each report that carry a metric: what a run keeps of a document. */
export function reportFigures(report: ReportClaims, all = false): ReportClaims {
  return { ...report, claims: reportHeadlines(report, { all, metricsOnly: true }) };
}

export function panelRows(reports: readonly ReportClaims[], options: PanelOptions): PanelRow[] {
  return reports.flatMap((report) =>
    reportHeadlines(report, { all: options.all, metricsOnly: true })
      .filter((c) => !options.select || options.select(c, report))
      .map((c) => rowOf(report.document, report.identity, c, options.nameOf)),
  );
}

function rowOf(document: string, id: DocumentIdentity, c: Claim, nameOf: (metric: string) => string): PanelRow {
  return {
    document, region: id.region, level: id.level, year: id.year,
    metric: c.metric!, name: nameOf(c.metric!), kind: c.kind, modality: c.modality, period: c.period,
    value: c.value, high: c.high ?? null, unit: c.unit, qualifier: c.qualifier, line: c.line, text: c.text, sentence: c.sentence,
  };
}

/** Each selected target of the reports with its outcome and verdict. */
export function panelOutcomes(reports: readonly ReportClaims[], options: Pick<PanelOptions, 'select'> & { metrics?: MetricTable }): TargetOutcome[] {
  const byTarget = new Map<Claim, ReportClaims>();
  for (const r of reports) for (const c of r.claims) byTarget.set(c, r);
  const select = options.select;
  return pairTargets(reports, { all: true, metricsOnly: true, metrics: options.metrics, select: select && ((c) => select(c, byTarget.get(c)!)) });
}
