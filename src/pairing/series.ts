// A measure across several reports of one government (pure): the outcome each report gives
// for the year it reviews, the target each sets for the year it plans, and whether the
// outcome met the target set for it. Rows are keyed by metric, then by indicator for claims
// without one (fragments get no row); only one-year figures enter, never five-year ones.
import type { Claim } from '../core/types.js';
import { isYear, measureOf, reportHeadlines, type ReportClaims } from './figures.js';
import { judgeTarget, type Verdict } from './judge.js';
import { isLowerBetter, type MetricTable } from './metric-table.js';

export interface SeriesPoint {
  year: number;
  /** The result reported for this year (by the report that reviews it). */
  outcome?: Claim;
  /** The goal set for this year (by the report that plans it). */
  target?: Claim;
  /** Only when both are there. */
  verdict?: Verdict;
}

export interface MeasureSeries {
  /** A metric id (gdp), or `~` and an indicator's key. */
  measure: string;
  kind: Claim['kind'];
  unit: string;
  /** One point per year of the series (the table's columns), possibly empty. */
  points: SeriesPoint[];
}

export interface Series {
  years: number[];
  rows: MeasureSeries[];
}

/**
 * The series of every measure that has an outcome in at least two years, or a target and an
 * outcome for the same year; metrics first, in the order first met. Reports without a review
 * or plan year add nothing. `metrics`: the run's metric table (--metrics FILE).
 */
export function buildSeries(reports: readonly ReportClaims[], metrics?: MetricTable): Series {
  const cells = new Map<string, Map<number, SeriesPoint>>();
  const first = new Map<string, Claim>();
  const point = (key: string, year: number) => {
    let row = cells.get(key);
    if (!row) cells.set(key, (row = new Map()));
    let p = row.get(year);
    if (!p) row.set(year, (p = { year }));
    return p;
  };
  for (const report of reports) {
    const { reviewYear, planYear } = report.identity;
    for (const c of reportHeadlines(report)) {
      const year = c.modality === 'actual' ? reviewYear : planYear;
      if (!isYear(c.period, year)) continue;
      const key = `${measureOf(c)}\u0000${c.kind}\u0000${c.unit}`;
      const p = point(key, year!);
      if (c.modality === 'actual') p.outcome ??= c;
      else p.target ??= c;
      if (!first.has(key)) first.set(key, c);
    }
  }
  const years = [...new Set([...cells.values()].flatMap((row) => [...row.keys()]))].sort((a, b) => a - b);
  const rows: MeasureSeries[] = [];
  for (const [key, row] of cells) {
    const sample = first.get(key)!;
    const points = years.map((year) => row.get(year) ?? { year });
    for (const p of points) {
      if (p.target && p.outcome) p.verdict = judgeTarget(p.target, p.outcome, isLowerBetter(p.target, metrics)).verdict;
    }
    const outcomes = points.filter((p) => p.outcome).length;
    if (outcomes >= 2 || points.some((p) => p.verdict)) rows.push({ measure: measureOf(sample)!, kind: sample.kind, unit: sample.unit, points });
  }
  // metrics first: they are the rows an analyst looks for; indicators without one follow
  return { years, rows: [...rows.filter((r) => !r.measure.startsWith('~')), ...rows.filter((r) => r.measure.startsWith('~'))] };
}

const BARS = '▁▂▃▄▅▆▇█';

/**
 * A terminal sparkline of a series, one bar per year, a space for a year without a value:
 * [6.2, 6.5, 6.1] → ▅█▁. A flat series sits in the middle (▄▄▄).
 */
export function sparkline(values: readonly (number | undefined)[]): string {
  const present = values.filter((v): v is number => v !== undefined);
  if (!present.length) return '';
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  return values
    .map((v) => (v === undefined ? ' ' : hi === lo ? BARS[3] : BARS[Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))]))
    .join('');
}
