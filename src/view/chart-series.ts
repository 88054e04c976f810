// Series of compare as the page's charts take them (pure): see ChartSeries in ./page-data.ts.
import { measureName } from '../pairing/figures.js';
import { metricName } from '../pairing/metric-table.js';
import type { Series } from '../pairing/series.js';
import { formatFigure } from '../printers/format-value.js';
import type { ChartSeries } from './page-data.js';

/** compare's series (three or more reports, or two) as chart input, one chart per row. */
export function chartsFromCompare(series: Series): ChartSeries[] {
  return series.rows.map((row) => ({
    metric: row.points.map((p) => p.outcome?.metric ?? p.target?.metric).find((m) => m) ?? null,
    // a metric by its Chinese name (地区生产总值), another measure by its indicator
    indicator: row.measure.startsWith('~') ? measureName(row.measure) : metricName(row.measure),
    kind: row.kind,
    unit: row.unit,
    years: [...series.years],
    targets: row.points.map((p) => p.target?.value ?? null),
    outcomes: row.points.map((p) => p.outcome?.value ?? null),
    targetLabels: row.points.map((p) => (p.target ? formatFigure(p.target) : null)),
    outcomeLabels: row.points.map((p) => (p.outcome ? formatFigure(p.outcome) : null)),
    verdicts: row.points.map((p) => p.verdict ?? null),
  }));
}
