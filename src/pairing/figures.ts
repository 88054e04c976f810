// What makes figures of different reports the same figure (pure): the government, what is
// measured (the metric, or for a claim without one its indicator), the kind, the unit and the
// period. A five-year figure or a yearly average never meets one year's, since its period differs.
import type { Claim, Period } from '../core/types.js';
import type { DocumentIdentity } from '../identity/identify.js';
import { isFragment } from '../core/resolve/fragment.js';
import { indicatorKey } from './indicator-key.js';

/** One report with its identity and its claims. */
export interface ReportClaims {
  document: string;
  identity: DocumentIdentity;
  claims: readonly Claim[];
}

/**
 * Too weak to key a row across reports. The core's fragment test first (../core/resolve/fragment.ts:
 * a phrase that names nothing, 占全省, 以上); then, stricter because a row key must name a
 * measure by itself:
 * too short to name a measure (国家, 学生 name who, not what), opening with a particle
 * (的比重, 和增长), ending in a word that leads to the number (上升到, 达到, 增长至), or holding
 * a 的 without ending in a measure word (口的发展中大国, but 高新技术企业的数量 is a measure).
 * Such claims get no row of their own across reports.
 */
const FRAGMENT_START = /^[的了和及与或在是为以对从把被到至而并其之]/;
const FRAGMENT_END = /(?:到|至|达|为|了|的|是|比|较|由|从|超|近|约|增长|增加|下降|减少|提高|降低|上升)$/;
const MEASURE_END = /(?:率|额|量|数|值|比重|收入|规模|面积|长度|产值|总额|人次)$/;
export function tooWeakToKey(indicator: string): boolean {
  const name = indicator.trim();
  if (isFragment(name) || [...name].length < 3 || FRAGMENT_START.test(name) || FRAGMENT_END.test(name)) return true;
  return name.includes('的') && !MEASURE_END.test(name);
}

/**
 * What a claim measures, as a key across reports: its metric id (gdp), else its indicator's
 * key (旅游综合收入 and 全州旅游综合收入 are one) prefixed so no indicator can pose as a metric;
 * null for a fragment.
 */
export function measureOf(c: Pick<Claim, 'metric' | 'indicator'>): string | null {
  if (c.metric) return c.metric;
  if (tooWeakToKey(c.indicator)) return null;
  return `~${indicatorKey(c.indicator)}`;
}

/** The name printed for a measure key: the metric id, or the indicator without its prefix. */
export function measureName(measure: string): string {
  return measure.startsWith('~') ? measure.slice(1) : measure;
}

/** 2024; 2021–2025; 2021–2025 avg (年均); 2020→2025 (a change since a base year, 比2020年). */
export function periodLabel(p: Period | null): string {
  if (!p) return '';
  if (p.base !== undefined) return `${p.base}→${p.to}`;
  const span = p.from === p.to ? String(p.to) : `${p.from}–${p.to}`;
  return p.average ? `${span} avg` : span;
}

/** One year, not an average nor a change since a base: the figure of that year alone. */
export function isYear(p: Period | null, year: number | null): boolean {
  return !!p && year !== null && p.from === year && p.to === year && !p.average && p.base === undefined;
}

/** A figure's key within one government: measure, kind, unit and period; null for a fragment. */
export function figureKey(c: Claim): string | null {
  const measure = measureOf(c);
  return measure === null ? null : `${measure}\u0000${c.kind}\u0000${c.unit}\u0000${periodLabel(c.period)}`;
}

/**
 * Whether a target is one the report sets: for its plan year or later. A "target" dated in the
 * years the report reviews is a past goal quoted (2023年预期目标是…) or a result read as a goal
 * (主要目标较好实现，地区生产总值增长5.7%): no target of this report. One without a period stays.
 */
export function setsTarget(c: Claim, identity: DocumentIdentity): boolean {
  return c.modality !== 'target' || !c.period || identity.planYear === null || c.period.to >= identity.planYear;
}

/** The headline statements of a report (see headlineClaims), without the targets it does not set. */
export function reportHeadlines(report: ReportClaims, options: { all?: boolean; metricsOnly?: boolean } = {}): Claim[] {
  return headlineClaims(report.claims.filter((c) => setsTarget(c, report.identity)), options);
}

/**
 * The headline statement of each figure of a report and modality: its first statement in
 * document order (a report states its goals, then its results, before any breakdown), except
 * that a bound is replaced by an exact figure of the same line (突破500亿元，达到513.35亿元).
 * `all` keeps every statement. Claims without a measure (fragments) are left out.
 */
export function headlineClaims(claims: readonly Claim[], options: { all?: boolean; metricsOnly?: boolean } = {}): Claim[] {
  const byKey = new Map<string, Claim>();
  const kept: Claim[] = [];
  for (const c of claims) {
    if (options.metricsOnly && !c.metric) continue;
    const key = figureKey(c);
    if (key === null) continue;
    if (options.all) {
      kept.push(c);
      continue;
    }
    const full = `${c.modality}\u0000${key}`;
    const seen = byKey.get(full);
    if (!seen || (seen.qualifier !== null && c.qualifier === null && c.line === seen.line)) byKey.set(full, c);
  }
  if (options.all) return kept;
  // in document order, whichever statement won its key
  const winners = new Set(byKey.values());
  return claims.filter((c) => winners.has(c));
}
