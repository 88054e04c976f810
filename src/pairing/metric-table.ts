// What pairing and the panel ask of the metric table: which way is good for a figure (a ceiling
// such as 失业率, 物价, 能耗 is met below its target; lowerIsBetter in the table, or for a claim
// without a metric its name), a metric's Chinese name, and its place in the table.
import { METRICS } from '../core/lexicon/metrics.js';
import type { Claim, MetricDefinition } from '../core/types.js';

const BUILT_IN = metricsById();

// 安全生产事故死亡率, 政府负债率, 单位产值能耗, 二氧化碳排放: names of measures where less is better.
const LOWER_IS_BETTER_NAME = /失业率|价格|物价|能耗|排放|事故|死亡率|发生率|负债率/;

/** The metric table by id, in table order: the built-in one, or the run's (`--metrics FILE`). */
export type MetricTable = ReadonlyMap<string, MetricDefinition>;

export function metricsById(metrics: readonly MetricDefinition[] = METRICS): MetricTable {
  return new Map(metrics.map((m) => [m.id, m]));
}

/** 地区生产总值 for gdp; the id itself for a metric the table does not have. */
export function metricName(id: string, table: MetricTable = BUILT_IN): string {
  return table.get(id)?.name ?? id;
}

/** The metric's place in the table (gdp first), for ordering columns; unknown ids last. */
export function metricOrder(id: string, table: MetricTable = BUILT_IN): number {
  let i = 0;
  for (const key of table.keys()) {
    if (key === id) return i;
    i++;
  }
  return i;
}


export function isLowerBetter(c: Pick<Claim, 'metric' | 'indicator'>, table: MetricTable = BUILT_IN): boolean {
  const metric = c.metric ? table.get(c.metric) : undefined;
  if (metric) return metric.lowerIsBetter;
  return LOWER_IS_BETTER_NAME.test(c.indicator);
}
