// A report at a glance, from its claims (pure): the headline indicators with their growth,
// the targets set for the coming year, and how the claims spread over sectors and kinds.
import { CLAIM_KINDS, SECTOR_IDS, type Claim, type ClaimKind, type SectorId } from '../core/types.js';

/**
 * The figures every report leads with, by metric (src/core/lexicon/metrics.ts) or, where the
 * metric was not resolved, by the indicator's name. `groups` > 1 where a report gives town and
 * country apart.
 */
export const HEADLINES = [
  // 地区生产总值达513.35亿元，增长6.2% — not 人均地区生产总值, not 增加值
  { id: 'gdp', name: '地区生产总值 GDP', metrics: ['gdp'], indicator: /^(?!.*人均).*(生产总值|GDP|经济总量)$/i, groups: 1,
    // 力争全州地区生产总值在上年基础上增长7% — an indicator that ran on past its head noun
    clause: /^(?!.*(人均|单位|能耗|增加值)).*(生产总值|GDP|经济总量)/i },
  // 地方一般公共预算收入54.69亿元、增长14.34%
  { id: 'fiscal', name: '一般公共预算收入 fiscal revenue', metrics: ['fiscal_revenue'], indicator: /一般公共预算收入|财政(总)?收入/, groups: 1 },
  // 全社会固定资产投资增长10.4%
  { id: 'investment', name: '固定资产投资 investment', metrics: ['fixed_investment'], indicator: /固定资产投资/, groups: 1 },
  // 社会消费品零售总额143.52亿元、增长10.8%
  { id: 'consumption', name: '社会消费品零售总额 retail sales', metrics: ['retail_sales'], indicator: /社会消费品零售总额|社零/, groups: 1 },
  // 城镇、农村居民人均可支配收入分别增长4.6%、7.7%
  { id: 'income', name: '居民人均可支配收入 income', metrics: ['income_urban', 'income_rural', 'income'], indicator: /人均可支配收入/, groups: 2 },
] as const satisfies readonly { id: string; name: string; metrics: readonly string[]; indicator: RegExp; groups: number; clause?: RegExp }[];

/**
 * The metrics a report's goals are set for, beyond the headlines (the goals of the national
 * report: 城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右…).
 */
const GOAL_METRICS: ReadonlySet<string> = new Set([
  ...HEADLINES.flatMap((h) => h.metrics),
  'industrial_value_added', 'cpi', 'new_urban_jobs', 'unemployment_surveyed', 'unemployment_registered', 'grain_output', 'energy_intensity',
]);

export interface HeadlineFigure {
  id: (typeof HEADLINES)[number]['id'];
  name: string;
  /** The indicator as the report names it (城镇居民人均可支配收入). */
  indicator: string;
  amount?: Claim;
  change?: Claim;
}

export interface ReportSummary {
  headlines: HeadlineFigure[];
  /** The goals of the plan part: the 主要预期目标 sentence(s) when there is one. */
  targets: Claim[];
  /** Target claims not listed in `targets`. */
  otherTargets: number;
  bySector: { sector: SectorId; count: number }[];
  byKind: { kind: ClaimKind; count: number }[];
  claims: number;
}

// 全年经济社会发展主要预期目标是：地区生产总值增长7%…
const GOAL_SENTENCE = /预期目标|主要目标|发展目标/;

export function summarizeClaims(claims: readonly Claim[]): ReportSummary {
  const targets = goalTargets(claims);
  const count = <K extends string>(keys: readonly K[], get: (c: Claim) => K) =>
    keys.map((key) => ({ key, count: claims.filter((c) => get(c) === key).length })).filter((e) => e.count > 0).sort((a, b) => b.count - a.count);
  return {
    headlines: HEADLINES.flatMap((h) => headlineFigures(claims, h)),
    targets,
    otherTargets: claims.filter((c) => c.modality === 'target').length - targets.length,
    bySector: count(SECTOR_IDS, (c) => c.sector).map(({ key, count }) => ({ sector: key, count })),
    byKind: count(CLAIM_KINDS, (c) => c.kind).map(({ key, count }) => ({ kind: key, count })),
    claims: claims.length,
  };
}

/** Results only; per indicator the first exact amount (513.35亿元 before 突破500亿) and the first change. */
function headlineFigures(claims: readonly Claim[], h: (typeof HEADLINES)[number]): HeadlineFigure[] {
  const isIt = (c: Claim) => (c.metric !== null && (h.metrics as readonly string[]).includes(c.metric)) || h.indicator.test(c.indicator);
  const actual = claims.filter((c) => c.modality === 'actual' && isIt(c) && (c.kind === 'amount' || c.kind === 'change'));
  const indicators = [...new Set(actual.map((c) => c.indicator))].slice(0, h.groups);
  return indicators.map((indicator) => {
    const mine = actual.filter((c) => c.indicator === indicator);
    const amounts = mine.filter((c) => c.kind === 'amount');
    return {
      id: h.id,
      name: h.name,
      indicator,
      amount: amounts.find((c) => c.qualifier === null) ?? amounts[0],
      change: mine.find((c) => c.kind === 'change'),
    };
  });
}

/**
 * The goals of the plan part. A goals passage opens with 主要预期目标是： and lists its goals
 * in clauses that the sentence splitter may cut at ；(地区生产总值增长5.5%以上；城镇新增就业85万人，
 * …；居民消费价格涨幅2%左右): so the targets from the first one in a goal sentence to the end of
 * its line (paragraph). Without such a sentence, the targets set for the goal metrics, found by
 * the claim's metric, its indicator or, when the indicator came out wrong, the clause before the number.
 */
function goalTargets(claims: readonly Claim[]): Claim[] {
  const targets = claims.filter((c) => c.modality === 'target');
  const isHeadline = (c: Claim) =>
    (c.metric !== null && GOAL_METRICS.has(c.metric)) || HEADLINES.some((h) => h.indicator.test(c.indicator) || ('clause' in h ? h.clause : h.indicator).test(clauseBefore(c)));
  // a 主要目标 that sets no headline figure is some other plan's (《纲要》…主要目标…六个方面)
  for (const opening of targets.filter((c) => GOAL_SENTENCE.test(c.sentence))) {
    const passage = targets.filter((c) => c.line === opening.line && c.span.start >= opening.span.start);
    if (passage.some(isHeadline)) return passage;
  }
  return targets.filter(isHeadline);
}

/**
 * The words of a claim's clause before its number, trimmed of the verb: 地区生产总值增长7%左右
 * → 地区生产总值. Example: 全年全省GDP预计增长6% → 全年全省GDP (the GDP pattern ends in GDP).
 */
function clauseBefore(c: Claim): string {
  const at = c.sentence.indexOf(c.text);
  if (at < 0) return '';
  const clause = c.sentence.slice(0, at).split(/[，,；;：:。、]/).pop() ?? '';
  return clause.replace(/(预计|力争|确保|同比|比上年|年均)*(增长|下降|达到|达|实现|控制在|提高|提升|保持|为|在)*$/, '');
}
