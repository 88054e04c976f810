// The data a page carries in its JSON blocks, read by the page's script (./browser/page.ts) and
// written by ./page.ts. Plain data without imports, so that the browser build can share it.

/** One claim as the page's script and table read it: every field already text, but the numbers. */
export interface ShownClaim {
  /** Index in `--json` order: `data-claim`, `#claim-N`. */
  n: number;
  text: string;
  /** The value as people read it: `≥ 450亿元`, `+6.2%`. */
  display: string;
  value: number;
  high: number | null;
  unit: string;
  kind: string;
  /** `≥ 以上`, or '' for none. */
  qualifier: string;
  modality: string;
  indicator: string;
  sector: string;
  sectorName: string;
  /** The metric's id and name (`gdp 地区生产总值`), '' for none. */
  metric: string;
  /** The metric's id alone (`gdp`), for the table's narrow column. */
  metricId: string;
  period: string;
  line: number;
}

/**
 * The input of a chart: targets against outcomes of one metric over the years. Anything that
 * lines reports up by year (compare, panel) feeds the page through this one shape.
 */
export interface ChartSeries {
  /** The metric id (gdp, cpi…) when known, else null. */
  metric: string | null;
  /** The indicator as the reports name it: the chart's title. */
  indicator: string;
  kind: string;
  /** Canonical unit of every value (元, %, 人次). */
  unit: string;
  /** Ascending; one entry per x position. */
  years: number[];
  /** The target set for each year (null: none), the low end of a range. */
  targets: (number | null)[];
  /** The outcome reported for each year (null: none). */
  outcomes: (number | null)[];
  /** Optional labels as written (`≥ 8.5%`), for the chart's table. */
  targetLabels?: (string | null)[];
  outcomeLabels?: (string | null)[];
  /** Optional verdict per year: met, missed, unjudged, or null. */
  verdicts?: (string | null)[];
}
