// What the page shows of a claim (pure): the fields of the tooltip and the table, as text.
import type { Claim } from '../core/types.js';
import { METRICS } from '../core/lexicon/metrics.js';
import { SECTORS } from '../core/lexicon/sectors.js';
import { periodText } from '../query/fields.js';
import { formatClaimValue, QUALIFIER_SIGN } from '../printers/format-value.js';
import type { ShownClaim } from './page-data.js';

const QUALIFIER_WORD = { ge: '≥ 以上', le: '≤ 以内', gt: '> 突破', approx: '≈ 左右' } as const;

// A metric shows with its Chinese name (gdp 地区生产总值); one from a user's --metrics table by its id.
const METRIC_NAMES = new Map<string, string>(METRICS.map((m) => [m.id, m.name]));

const SECTOR_NAMES = new Map<string, string>(SECTORS.map((s) => [s.id, s.name]));

function sectorName(id: string): string {
  return SECTOR_NAMES.get(id) ?? id;
}

export function showClaim(c: Claim, n: number): ShownClaim {
  return {
    n,
    text: c.text,
    display: formatClaimValue(c),
    value: c.value,
    high: c.high ?? null,
    unit: c.unit,
    kind: c.kind,
    qualifier: c.qualifier ? QUALIFIER_WORD[c.qualifier] : '',
    modality: c.modality,
    indicator: c.indicator,
    sector: c.sector,
    sectorName: sectorName(c.sector),
    metric: c.metric ? `${c.metric} ${METRIC_NAMES.get(c.metric) ?? ''}`.trim() : '',
    metricId: c.metric ?? '',
    period: c.period ? periodText(c.period) : '',
    line: c.line,
  };
}

/** The qualifier's sign shown before a mark (`≥`), '' for none. */
export function qualifierSign(c: Pick<Claim, 'qualifier'>): string {
  return c.qualifier ? QUALIFIER_SIGN[c.qualifier].trim() : '';
}
