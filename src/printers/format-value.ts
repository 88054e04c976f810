// Values as people read them: 513.35亿元, +6.2%, −66.67%, 第1位, ≥ 65%.
import type { Claim } from '../core/types.js';

export const QUALIFIER_SIGN = { ge: '≥ ', le: '≤ ', gt: '> ', approx: '≈ ' } as const;

export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e12) return `${trim(value / 1e12)}万亿`;
  if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(value / 1e4)}万`;
  return trim(value);
}

function trim(x: number): string {
  return String(Math.round(x * 100) / 100);
}

export function formatClaimValue(c: Claim): string {
  const q = c.qualifier ? QUALIFIER_SIGN[c.qualifier] : '';
  if (c.kind === 'rank') return `${q}第${c.value}位`;
  const sign = c.kind === 'change' || c.kind === 'gap' ? (c.value > 0 ? '+' : c.value < 0 ? '−' : '') : c.value < 0 ? '−' : '';
  const num = (v: number) => (c.unit === '%' || c.unit === '百分点' || c.unit === '倍' || c.unit === '位' ? trim(Math.abs(v)) : formatNumber(Math.abs(v)));
  const range = c.high !== undefined ? `–${num(c.high)}` : '';
  const unit = c.unit === '百分点' ? '个百分点' : c.unit;
  return `${q}${sign}${num(c.value)}${range}${unit}`;
}

/**
 * A target or outcome as analysts write it: ≥ 8.5%, ≈ 7%, 6–6.5%, ≤ 4.2%, 513.35亿元, −3%,
 * ≥ 1200万人. A growth is shown without +, since the row or column says it is a change.
 */
export function formatFigure(c: Pick<Claim, 'value' | 'high' | 'unit' | 'qualifier' | 'kind'>): string {
  const q = c.qualifier ? QUALIFIER_SIGN[c.qualifier] : '';
  const plain = c.unit === '%' || c.unit === '百分点' || c.unit === '倍' || c.unit === '位';
  const num = (v: number) => (v < 0 ? '−' : '') + (plain ? trim(Math.abs(v)) : formatNumber(Math.abs(v)));
  const unit = c.unit === '百分点' ? '个百分点' : c.unit;
  if (c.kind === 'rank') return `${q}第${num(c.value)}位`;
  return `${q}${num(c.value)}${c.high !== undefined ? `–${num(c.high)}` : ''}${unit}`;
}
