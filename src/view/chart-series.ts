// Series of compare and of panel as the page's charts take them (pure): see ChartSeries in ./page-data.ts.
import type { Claim } from '../core/types.js';
import { regionKey } from '../identity/identify.js';
import { isYear, measureName } from '../pairing/figures.js';
import type { TargetOutcome } from '../pairing/pair.js';
import { metricName } from '../pairing/metric-table.js';
import type { Series } from '../pairing/series.js';
import type { PanelRow } from '../panel/rows.js';
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

/**
 * The panel as chart input: one chart per government, metric, kind and unit, with the
 * headline target and outcome of each single year (a five-year figure or an average has a
 * period of its own and no place on a yearly axis), and the verdict of each target. `rows`
 * are the panel's headline rows; `pairs` its targets paired with next year's outcomes
 * (../panel/rows.ts panelOutcomes), which also give an outcome the filters left out.
 */
export function chartsFromPanel(rows: readonly PanelRow[], pairs: readonly TargetOutcome[]): ChartSeries[] {
  interface Group { region: string | null; metric: string; name: string; kind: string; unit: string; targets: Map<number, Figure>; outcomes: Map<number, Figure>; verdicts: Map<number, string> }
  const groups = new Map<string, Group>();
  const groupOf = (region: string | null, metric: string, name: string, kind: string, unit: string): Group => {
    const key = [region === null ? '?' : regionKey(region), metric, kind, unit].join('\u0000');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { region, metric, name, kind, unit, targets: new Map(), outcomes: new Map(), verdicts: new Map() }));
    return group;
  };
  // the first statement of a year is its headline: a report's own, then the others in input order
  const put = (into: Map<number, Figure>, year: number, figure: Figure) => {
    if (!into.has(year)) into.set(year, figure);
  };
  for (const row of rows) {
    if (!isYear(row.period, row.period?.to ?? null)) continue;
    const group = groupOf(row.region, row.metric, row.name, row.kind, row.unit);
    put(row.modality === 'target' ? group.targets : group.outcomes, row.period!.to, { ...row, high: row.high ?? undefined });
  }
  for (const pair of pairs) {
    const { target, outcome } = pair;
    if (!target.metric || !isYear(target.period, target.period?.to ?? null)) continue;
    const year = target.period!.to;
    const group = groups.get([pair.targetReport.region === null ? '?' : regionKey(pair.targetReport.region), target.metric, target.kind, target.unit].join('\u0000'));
    if (!group || group.targets.get(year)?.value !== target.value) continue;
    if (!group.verdicts.has(year)) group.verdicts.set(year, pair.verdict);
    if (outcome) put(group.outcomes, year, outcome);
  }
  return [...groups.values()].map((g) => {
    const years = [...new Set([...g.targets.keys(), ...g.outcomes.keys()])].sort((a, b) => a - b);
    const target = (y: number) => g.targets.get(y) ?? null;
    const outcome = (y: number) => g.outcomes.get(y) ?? null;
    return {
      metric: g.metric,
      // the government in the title: a panel lines up many
      indicator: g.region ? `${g.region} ${g.name}` : g.name,
      kind: g.kind,
      unit: g.unit,
      years,
      targets: years.map((y) => target(y)?.value ?? null),
      outcomes: years.map((y) => outcome(y)?.value ?? null),
      targetLabels: years.map((y) => (target(y) ? formatFigure(target(y)!) : null)),
      outcomeLabels: years.map((y) => (outcome(y) ? formatFigure(outcome(y)!) : null)),
      verdicts: years.map((y) => g.verdicts.get(y) ?? null),
    };
  });
}

type Figure = Pick<Claim, 'value' | 'high' | 'unit' | 'qualifier' | 'kind'>;
