// What the page shows of a claim (pure): the fields of the tooltip and the table, as text.
// `metric` and `period` come from the core once it resolves them (branch `metrics`); until
// then a claim without them shows none.
import type { Claim } from '../core/types.js';
import { SECTORS } from '../core/lexicon/sectors.js';
import { formatClaimValue, QUALIFIER_SIGN } from '../printers/format-value.js';
import type { ShownClaim } from './page-data.js';

export type { ShownClaim };

/** The time a figure covers (../shared/claims-spec.md § Period), as the core will give it. */
export interface ViewPeriod {
  from: number;
  to: number;
  average?: true;
  base?: number;
}

/** A claim as the page gets it: metric and period when the core resolved them. */
export type ViewClaim = Claim & { metric?: string | null; period?: ViewPeriod | null };

const QUALIFIER_WORD = { ge: '≥ 以上', le: '≤ 以内', gt: '> 突破', approx: '≈ 左右' } as const;

const SECTOR_NAMES = new Map<string, string>(SECTORS.map((s) => [s.id, s.name]));

export function sectorName(id: string): string {
  return SECTOR_NAMES.get(id) ?? id;
}

/** 2024; 2021–2025; 2021–2025 年均 (an average); 比2010年 (against a base year). */
export function formatPeriod(p: ViewPeriod | null | undefined): string {
  if (!p) return '';
  const span = p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;
  return [span, p.average ? '年均' : '', p.base !== undefined ? `比${p.base}年` : ''].filter(Boolean).join(' ');
}

export function showClaim(c: ViewClaim, n: number): ShownClaim {
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
    metric: c.metric ?? '',
    period: formatPeriod(c.period),
    line: c.line,
  };
}

/** The qualifier's sign shown before a mark (`≥`), '' for none. */
export function qualifierSign(c: Pick<Claim, 'qualifier'>): string {
  return c.qualifier ? QUALIFIER_SIGN[c.qualifier].trim() : '';
}
