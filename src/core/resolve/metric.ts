// Metric: which entry of the metric table (../lexicon/metrics.ts) a claim measures, or null.
// One mechanism: the indicator, lightly normalised, is an alias of the table preceded only by
// words that narrow nothing (a scope such as 全省 or 杭州市, a time such as 全年, a verb such as
// 实现); the longest alias wins; the claim's kind and unit must be ones the metric takes.
import { METRICS } from '../lexicon/metrics.js';
import type { ClaimKind, MetricDefinition } from '../types.js';

/** What the resolver reads of a claim. */
export interface MetricInput {
  indicator: string;
  kind: ClaimKind;
  unit: string;
  /** The text right after the number, when known: a number inside a name is no figure of it. */
  after?: string;
  /** The clause before the number, when known: a figure 带动 (driven) is a contribution. */
  before?: string;
}

/**
 * 带动固定资产投资120亿元, 拉动消费50亿元: what a project or policy brought about is its
 * contribution to the measure, not the measure of the place.
 */
const CONTRIBUTION = /(?:带动|拉动|撬动)$/;
function isContribution(indicator: string, before: string | undefined): boolean {
  if (!before) return false;
  const at = before.lastIndexOf(indicator);
  return at > 0 && CONTRIBUTION.test(before.slice(Math.max(0, at - 4), at));
}

/**
 * Light normalisation of a name, the same for indicators and aliases:
 * “规上”工业增加值增速 → 规模以上工业增加值; 地区生产总值（GDP） → 地区生产总值;
 * 城镇常住居民人均可支配收入 → 城镇居民人均可支配收入; 占…的比重 → 占…比重; gdp → GDP.
 */
export function normalizeMetricName(name: string): string {
  let s = name.normalize('NFKC').replace(DECORATION, '').replace(/[a-z]/g, (ch) => ch.toUpperCase());
  // an ASCII gloss in brackets adds nothing: 地区生产总值(GDP), 细颗粒物(PM2.5)浓度
  s = s.replace(/\([A-Z0-9.&]+\)/g, '');
  // 服务业增加值占地区生产总值的比重 → …占地区生产总值比重: the 的 of a share, kept in the name as written
  s = s.replace(/(占[^，。；、的]{1,14})的(?=比重|比例|份额)/, '$1');
  s = s.replace(/规上/g, '规模以上').replace(/(城镇|城市|农村|农牧区|城乡)常住居民/g, '$1居民').replace(/综合能耗/g, '能耗');
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(CHANGE_TAIL, '').replace(STATE_TAIL, '');
  }
  // 经营主体新增 → 新增经营主体: a count of new ones, however the report orders the words
  return s.replace(/^(.{2,})(新增|净增)$/, '$2$1');
}

// Quotes, brackets around a word, spaces and the dash of a list: “社零” → 社零.
const DECORATION = /[“”"‘’'《》「」〈〉\s]/g;

/**
 * A change word after the name says how the figure moves, not what it is:
 * 地区生产总值增速, 经济增长, 居民消费价格涨幅, 固定资产投资年均增长, 外贸进出口总额同比增长, 地区生产总值实际增速 (a nominal
 * rate, 名义增速, is another measure: it keeps no metric).
 */
const CHANGE_TAIL = /(?:同比|年均|平均|比上年|较上年|实际)?(?:增长速度|增速|增幅|增长率|增长|涨幅|降幅|上涨|下降|降低|提高|增加|回落)$/;

/**
 * Words after the name that say how it is counted or that it holds, not what it is:
 * 地方一般公共预算收入同口径, 一般公共预算收入扣除减税降费因素, 固定资产投资保持稳定, 粮食面积稳定.
 */
const STATE_TAIL = /(?:同口径|可比口径|按可比价格?计算|扣除[\u4e00-\u9fff]{1,10}因素后?|保持稳定|保持|稳定|持续|预期目标|预期|预计|目标|连年|连续[\d一二三四五六七八九十]+年)$/;

/**
 * A government's name before the alias: 杭州市, 四川省, 甘孜州, 杭州. Not a zone inside it (开发区,
 * 综保区, 牧区, 脱贫地区: a part is not the whole), nor 城市/中心城市, nor 入州 (a verb and 州).
 */
const PLACE = '(?:[\\u4e00-\\u9fff]{2,8}|[^入出来到在本全我该各外跨赴离城])(?<!城)(?:省|自治区|市|自治州|州|县|旗)';

/**
 * Words before an alias that narrow nothing: a scope (全省, 我市, 本县, 杭州市, 甘孜藏族自治州),
 * a time (全年, 今年, 2024年, 一季度), a verb or connective (实现, 完成, 其中, 预计).
 * 地区生产总值 in 全市实现地区生产总值 is gdp; in 数字经济 or 人均地区生产总值 the words before
 * narrow the measure, so the whole name must be an alias of its own.
 */
const NEUTRAL_PREFIX = new RegExp(
  '^(?:' +
    [
      '全(?:国|省|区|市|州|县|盟|旗|地区|年)', '我(?:国|省|区|市|州|县|盟|旗)', '本(?:省|区|市|州|县)',
      PLACE,
      '(?:19|20)\\d\\d年(?:度|全年)?', '年均', '年平均', '平均每年', '[一二三四]季度', '上半年', '前三季度', '今年', '去年', '上年', '明年', '当年', '同期', '年度',
      '实现', '完成', '达到', '预计', '其中', '拟', '安排', '发行', '新增发行', '初步核算', '累计', '新增', '主要指标', '全体', '全口径', '稳定', '保持',
      // of farmland and the like: 新建和改造提升高标准农田
      '新建', '建设', '建成', '新改建', '改造提升', '改造', '提升', '开工建设', '筹集', '筹建', '和', '及',
    ].join('|') +
    ')*$',
);

/** A compiled table: every alias normalised, longest first, with its metric. */
export interface MetricMatcher {
  table: readonly MetricDefinition[];
  aliases: { alias: string; metric: MetricDefinition }[];
  byId: Map<string, MetricDefinition>;
}

export function compileMetrics(table: readonly MetricDefinition[]): MetricMatcher {
  const aliases: MetricMatcher['aliases'] = [];
  const seen = new Set<string>();
  for (const metric of table) {
    for (const name of [metric.name, ...metric.aliases]) {
      const alias = normalizeMetricName(name);
      // a name that two metrics share belongs to the one listed first
      if (!alias || seen.has(alias)) continue;
      seen.add(alias);
      aliases.push({ alias, metric });
    }
  }
  aliases.sort((a, b) => b.alias.length - a.alias.length);
  return { table, aliases, byId: new Map(table.map((m) => [m.id, m])) };
}

const DEFAULT_MATCHER = compileMetrics(METRICS);
const matchers = new WeakMap<readonly MetricDefinition[], MetricMatcher>();

/** The matcher for a table, compiled once per table. */
export function metricMatcher(table: readonly MetricDefinition[] = METRICS): MetricMatcher {
  if (table === METRICS) return DEFAULT_MATCHER;
  let matcher = matchers.get(table);
  if (!matcher) {
    matcher = compileMetrics(table);
    matchers.set(table, matcher);
  }
  return matcher;
}

/** The metric a name measures, whatever the claim's kind: 全省规上工业增加值增速 → industrial_value_added. */
export function metricOfName(name: string, matcher: MetricMatcher = DEFAULT_MATCHER): MetricDefinition | null {
  const s = normalizeMetricName(name);
  if (!s) return null;
  for (const { alias, metric } of matcher.aliases) {
    if (s.endsWith(alias) && NEUTRAL_PREFIX.test(s.slice(0, s.length - alias.length))) return metric;
  }
  return null;
}

/**
 * The metric id of a claim, or null: its indicator names a metric whose kinds and units
 * include the claim's. 居民消费价格涨幅3% (change, %) → cpi; 城镇新增就业106万人 → new_urban_jobs;
 * 规上工业企业1200户 → null (no alias); 人均地区生产总值8万元 → gdp_per_capita, never gdp.
 */
export function resolveMetric(claim: MetricInput, matcher: MetricMatcher = DEFAULT_MATCHER): string | null {
  const metric = metricOfName(claim.indicator, matcher) ?? sharedListMetric(claim, matcher);
  if (!metric || (claim.after !== undefined && namesAfter(metric, claim.after)) || isContribution(claim.indicator, claim.before)) return null;
  return takes(metric, claim.kind, claim.unit) ? metric.id : null;
}

/**
 * 一般公共预算总收入、地方一般公共预算收入均增长5.5%左右: the items of a list that share one figure
 * (均, 都) each take it, so the claim measures the first item that is a metric of its kind and
 * unit. Without 均 a list's figures are each one item's (…失业率、…失业率控制在3.5%以内和5.5%左右),
 * which only the extractor can tell apart.
 */
const SHARED_FIGURE = /^(?:均|都|皆|全部)/;
function sharedListMetric(claim: MetricInput, matcher: MetricMatcher): MetricDefinition | null {
  if (!claim.before || !claim.indicator.includes('、')) return null;
  const at = claim.before.lastIndexOf(claim.indicator);
  if (at < 0 || !SHARED_FIGURE.test(claim.before.slice(at + claim.indicator.length))) return null;
  for (const item of claim.indicator.split('、')) {
    const metric = metricOfName(item, matcher);
    if (metric && takes(metric, claim.kind, claim.unit)) return metric;
  }
  return null;
}

/** 500万元以上固定资产投资增长3%: the 500万元 bounds the name that follows it, it measures nothing. */
function namesAfter(metric: MetricDefinition, after: string): boolean {
  const rest = after.replace(/^(?:及以上|以上|以下)/, '');
  // `after` is short: the name may run past it, so its opening is compared
  return [metric.name, ...metric.aliases].some((name) => {
    const head = rest.slice(0, name.length);
    return head.length >= 2 && name.startsWith(head);
  });
}

/** Whether a metric takes a claim of this kind and unit (an empty list takes any). */
export function takes(metric: MetricDefinition, kind: ClaimKind, unit: string): boolean {
  return (!metric.kinds.length || metric.kinds.includes(kind)) && (!metric.units.length || metric.units.includes(unit));
}
