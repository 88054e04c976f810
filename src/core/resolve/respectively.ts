// 分别 and lists: values listed after names pair with them in order, said (分别) or unsaid.
// Runs after each mention has its own indicator; rewrites the indicators of a list's values.
import { GAP_CUES, REACHING_VERBS, SCOPE_LEVELS } from '../lexicon/cues.js';
import { measureHeads } from '../lexicon/measure-heads.js';
import { isMoneyUnit, isQuantityUnit } from '../lexicon/units.js';
import { clauseBefore, isListContinuation, type MentionContext } from './context.js';
import { cleanLead, examplesListed, objectOfClause, hasPairedWord, measureAfterRespectively, measuresOfPrevious, PLACE_OR_PARK, PLACE_THEN_MEASURE, splitEnumeration, splitExamples } from './indicator/index.js';
import { LEVEL_BEFORE_LIST } from './qualifier.js';
import { parseCount } from '../numbers/chinese-numerals.js';
import type { Segmenter } from '../types.js';

/** A lead of names ending in where they lead: …装机和发电量占比全国领先. */
const LEADING_AT_END = new RegExp(`(?:全[${SCOPE_LEVELS}]|全球)?(?:领先|前列|居前|第一)$`);
/** A change said of the names in the clause before (原油、天然气年产量加快提升，分别增至…): no part of them. */
// (装备、材料、消费品产业转型步伐加快，增加值分别增长…: or the pace of a change, quickened)
const CHANGING_AT_END = /(?:加快|稳步|持续|明显|大幅|显著|快速|进一步)?(?:提升|提高|增长|增加|上升|扩大|下降|降低|减少|(?:规模化|集群化|高质量|加快)?发展)$|(?:转型|升级|发展|改造|建设)?(?:步伐|进程|步子)(?:明显|不断|持续)?(?:加快|加速|提速|加大)$/;

/** A share of a whole alone before 分别, its clause's only words: (，)占全市比重, 占比. */
const SHARE_MEASURE = /^[，,、\s]*(占(?:全[省市区县国]|全球)?的?比重|占比)\s*$/;
/** A share of a scope's total right after 分别, the values next: (分别)占全省的(四成和近三成). */
/** A whole scope as the first item of a list: 全国和(自由贸易试验区…), 全省、(成都市…). */
const SCOPE_THEN_ITEM = new RegExp(`^(全[${SCOPE_LEVELS}])([和、及与])(?=[\\u4e00-\\u9fff]{2})`);
const SHARE_OF_SCOPE_AFTER = /^占(全[省市区县国]|全球)的?(?:比重)?(?:为|达到?)?$/;

/**
 * The items of a list as written, when it has `count` of them; null otherwise. For lists of whole
 * things, a share of each taken (实际利用外资、外贸进出口额，占全市比重…): no item borrows another's words.
 */
function itemsAsWritten(list: string, count: number): string[] | null {
  const items = list.split(/[、，,]|(?<=[^、]{2})[和与及](?=[^、]{2})/).map((item) => item.trim());
  return items.length === count && items.every((item) => item.length >= 2) ? items : null;
}

/**
 * 分别: values after 分别 pair in order with the indicators named before it.
 * 游客…4133.28万人次，旅游综合收入…452.63亿元，分别增长31.32%和31.26%. `carried` are the names of the
 * sentence before when it ended at ；, which the first 分别 of this one may go on about.
 */
export function pairRespectively(contexts: MentionContext[], indicators: string[], scan: string, segmenter?: Segmenter, carried: string[] = []): void {
  for (let i = 0; i < contexts.length; i++) {
    const ctx = contexts[i];
    const at = ctx.lead.lastIndexOf('分别');
    let j = i + 1;
    // (a number opening the next clause, …1100亿元，5个开发区…, is no item of the list)
    while (j < contexts.length && isListContinuation(contexts[j].lead) && contexts[j].clauseStart < contexts[j - 1].mention.span.end) j++;
    const count = j - i;
    if (count < 2) continue;
    if (at < 0) {
      pairUnsaid(contexts, indicators, i, count, segmenter);
      pairWithFiguresBefore(contexts, indicators, i, count);
      i = j - 1;
      continue;
    }
    // the names stand before 分别 and after any earlier number: …完成47125元、25913元、分别增长8.5%、11%
    // (电子信息、生物医药产业规模化发展，力争产值分别增长20%、10%: a bare measure before 分别 is
    // each item's of the clause before)
    // (全国和自由贸易试验区负面清单条数分别压减51%、72%: a scope opening a list is its first item, not a
    // scope to drop)
    const ownClause = ctx.lead.slice(0, at).split(/[，,；;：:]/).pop()!.trim();
    const scopeItem = count === 2 ? SCOPE_THEN_ITEM.exec(ownClause) : null;
    const namedBefore = cleanLead(ctx.lead.slice(0, at), 60);
    // (开发园区实际利用外资、…、外贸进出口额，占全市比重分别达70%、80%和90%: a share of a whole too)
    // (…增加值…，税收…，分别占全省的四成和近三成: or a share of a scope right after 分别, nothing named before it)
    const shareAfter = SHARE_OF_SCOPE_AFTER.exec(ctx.lead.slice(at + 2).trim())?.[1];
    const shareNamed = SHARE_MEASURE.exec(ctx.lead.slice(0, at))?.[1] ?? (shareAfter && !namedBefore ? `占${shareAfter}比重` : undefined);
    const measureNamed = shareNamed ?? (/^(?:总产值|产值|营业收入|营收|增加值|销售收入)$/.test(namedBefore) ? namedBefore : '');
    // (…分别增长5%和7.1%，在全国的排位分别是第六位、第五位: a ranking in a scope names no items, they are
    // the figures before)
    const rankingOnly = ctx.mention.unit === '位' && RANKING_IN_SCOPE.test(ownClause);
    const named = measureNamed || rankingOnly ? '' : namedBefore;
    // (移动互联网、电子商务、服务外包等新兴服务业分别增长…: examples before 等 whose kind names no measure are
    // the items themselves)
    // (继续提高企业最低工资标准，今年三个档次分别提高到1100元、950元和800元: numbered tiers counted before 分别
    // are tiers of what the clause before works on, 一档, 二档, …)
    const tiers = named && segmenter && TIERS_COUNTED.test(named) ? tiersOf(named, count, clauseBefore(ctx, scan, 60), segmenter) : null;
    let items = tiers ?? measureInMonths(ownClause, count, ctx, scan) ?? ownersByMeasures(named, contexts.slice(i, j)) ?? scopeThenPlace(scopeItem, ownClause) ?? splitExamples(ctx.lead.slice(0, at), count) ?? (named ? examplesListed(ctx.lead.slice(0, at), count) ?? splitEnumeration(named, count, segmenter) : null);
    // 分别完成粮食、油菜种植面积274万亩、35.5万亩: the names may follow 分别, before the values
    // (分别高于全国、全区0.9、2个百分点: references after a gap or rank cue are no names)
    const afterRespectively = ctx.lead.slice(at + 2);
    const namedAfter = named || /^(?:高于|低于|快于|慢于|高出|低出|领先|比|较|超过|超出|[位稳跃]?居|列|排)/.test(afterRespectively) ? '' : cleanLead(afterRespectively, 60);
    if (!items && /[、和与及]/.test(namedAfter)) items = splitEnumeration(namedAfter, count, segmenter);
    // 16条省级重点产业链、18个省级特色专业镇营业收入分别增长15.6%、14%: each name of the list
    // opens with its own count, as many counts as values
    if (!items && named) items = countedList(scan.slice(ctx.clauseStart, ctx.mention.span.start).replace('分别', ''), count, segmenter);
    // 增长8.7%，分别高于全国、全省2.6、1.5个百分点: gaps to references listed after 分别 are all the
    // previous figure's, of its growth when that figure was one (golds name such gaps …增速 12 of 15)
    if (!items && !named && i > 0 && GAP_TO_REFERENCES.test(afterRespectively)) items = Array.from({ length: count }, () => growthOf(contexts[i - 1], indicators[i - 1] ?? ''));
    if (!items && !named) {
      // nothing named before 分别 (…，分别增长31.32%和31.26%): the indicators of the previous
      // numbers in the sentence, most recent last; 存贷款余额分别增长8%、13% names its own
      const distinct: string[] = [];
      for (let k = i - 1; k >= 0 && distinct.length < count; k--) {
        const name = indicators[k];
        if (name && !distinct.includes(name)) distinct.unshift(name);
      }
      // (…分别比上年增长8%和7%；比2000年分别增加3281元和921元: none before in this sentence, whose first
      // clause this is, those of the sentence before the ；)
      const opensSentence = i === 0 && ctx.clauseStart <= ctx.sentence.span.start;
      for (let k = carried.length - 1; opensSentence && k >= 0 && distinct.length < count; k--) {
        if (carried[k] && !distinct.includes(carried[k])) distinct.unshift(carried[k]);
      }
      if (distinct.length === count) items = rankingOnly ? distinct.map((name) => growthOf(figureNamed(contexts, indicators, i, name), name)) : distinct;
      // 科技贷款余额363亿元、增长30%，分别居全省第三、第四: as many figures of one thing before, a
      // level and its growth, are ranked as that thing and its growth rate
      else if (distinct.length === 1 && i >= count) items = levelAndGrowth(contexts.slice(i - count, i), indicators.slice(i - count, i), distinct[0]);
      // 城乡低保月人均保障标准提高60元，分别达740元和540元: one earlier name that splits into as many
      else if (distinct.length === 1 && /城乡|[、和与及]/.test(distinct[0])) items = splitEnumeration(distinct[0], count, segmenter);
      // 清洁能源装机和发电量占比全国领先，分别为62%、74%: the names stand in the clause before
      if (!items && distinct.length < count && ctx.clauseStart > ctx.sentence.span.start) {
        // (新旧动能转换优选项目和104个省重大建设项目，分别完成投资…: a count opening an item is no part of its name)
        const before = clauseBefore(ctx, scan, 60).replace(ITEM_COUNT, '');
        // (化学需氧量、二氧化硫排放总量近年来首次出现双下降: what the names did, a first or a double fall, goes)
        const names = cleanLead(before.replace(LEADING_AT_END, '').replace(CHANGING_AT_END, '').replace(/(?:近年来|历史上)?(?:首次)?出现双?$/, ''), 60);
        // (机械制造、轻工纺织…等传统产业加快…提升，分别实现产值…: examples before 等, as many as values)
        items = examplesListed(before, count) ?? (names ? (shareNamed ? itemsAsWritten(names, count) : splitEnumeration(names + measureNamed, count, segmenter)) : null);
        // (a figure is never a name: items that hold one are no list of names)
        if (items?.some((item) => /\d/.test(item))) items = null;
      }
    }
    if (items && measureNamed) items = items.map((item) => (item.endsWith(measureNamed) ? item : item + measureNamed));
    if (items) items = measuresOfPrevious(measureAfterRespectively(items, ctx.lead.slice(at), segmenter), i > 0 ? indicators[i - 1] : '');
    if (items && ctx.mention.unit === '位') items = rankingOfPlaces(items, ctx.lead.slice(at + 2));
    if (items) for (let k = 0; k < count; k++) indicators[i + k] = items[k];
    i = j - 1;
  }
}

/** Months or quarters listed before a measure: 7、8、9、10月份(增速), 二、三季度(增速). */
const TIMES_LISTED = /^(?:其中)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?:、(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}))+(?:月份?|季度)/;

/**
 * 全省规模以上工业增加值增速降幅大幅收窄，其中7、8、9、10月份增速分别居全国第2位、…: months listed are when,
 * not what; each value is the measure's, whose owner the clause before names with it (规模以上工业增加值增速).
 */
function measureInMonths(clause: string, count: number, ctx: MentionContext, scan: string): string[] | null {
  const times = TIMES_LISTED.exec(clause);
  if (!times) return null;
  const measure = cleanLead(clause.slice(times[0].length), 60);
  if (!measure) return null;
  const before = clauseBefore(ctx, scan, 60);
  const at = before.lastIndexOf(measure);
  const owned = at > 0 ? cleanLead(before.slice(0, at + measure.length), 60) : '';
  return Array.from({ length: count }, () => owned || measure);
}

/** A count of tiers named before 分别: 三个档次, 两档. */
const TIERS_COUNTED = /^([一二两三四五六七八九十]|\d)个?档次?$/;
const TIER_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** 三个档次 after 继续提高企业最低工资标准 → 企业最低工资标准一档, …二档, …三档; null unless the tiers counted are the values listed. */
function tiersOf(named: string, count: number, clause: string, segmenter: Segmenter): string[] | null {
  const tiers = TIERS_COUNTED.exec(named);
  if (!tiers || parseCount(tiers[1]) !== count) return null;
  const worked = objectOfClause(clause, segmenter);
  return worked.length >= 2 ? TIER_ORDINALS.slice(0, count).map((ordinal) => `${worked}${ordinal}档`) : null;
}

/** A verb of change that reaches the levels listed after it: 提高到, 下调至. */
const REACHED_AFTER = new RegExp(`^(?:分别)?(?:${REACHING_VERBS}|上调|下调|缩减|调整)(?:到|至|为)$`);

/**
 * 分别从每人每月1560元、950元提高到1685元、1025元 → the levels reached pair in order with the levels
 * moved from, as many and in the same units, so each takes its starting level's name.
 */
export function pairLevelsReached(contexts: MentionContext[], indicators: string[]): void {
  for (let i = 0; i < contexts.length; i++) {
    if (!REACHED_AFTER.test(contexts[i].lead.trim())) continue;
    let j = i + 1;
    while (j < contexts.length && isListContinuation(contexts[j].lead)) j++;
    const count = j - i;
    if (count < 2 || i < count) continue;
    const from = contexts.slice(i - count, i);
    const movedFrom = /(?:从|由)[^，。；、从由]{0,8}$/.test(from[0].lead) && from.slice(1).every((c) => isListContinuation(c.lead));
    if (!movedFrom || from.some((c, k) => c.mention.unit !== contexts[i + k].mention.unit)) continue;
    for (let k = 0; k < count; k++) if (indicators[i - count + k]) indicators[i + k] = indicators[i - count + k];
    i = j - 1;
  }
}

/**
 * 常州经开区、溧阳高新区分别位列全国省级开发区高质量发展第一、第三位 → 常州经开区全国省级开发区高质量
 * 发展排名, …: places ranked in a ranking named after 分别 are each placed in it. Items unchanged
 * when they are no places or no ranking is named.
 */
function rankingOfPlaces(items: string[], afterRespectively: string): string[] {
  // (the ranking keeps its scope, 全国, which cleaning would take off)
  const ranking = afterRespectively.replace(/^(?:位列|位居|分列|稳居|跻身|居|列|排名|排|(?:晋升|跃升|上升|提升|升)(?:至|到))/, '').replace(/[的第]+$/, '').trim();
  if (ranking.length < 4 || !items.every((item) => PLACE_OR_PARK.test(item))) return items;
  return items.map((item) => `${item}${ranking.replace(/(?:排名|排行)?$/, '排名')}`);
}

/**
 * 全国和自由贸易试验区负面清单条数 → 全国负面清单条数, 自由贸易试验区负面清单条数: a whole scope listed
 * before a place shares the measure after the place's name. null when no place opens the second item.
 */
function scopeThenPlace(scope: RegExpExecArray | null, clause: string): string[] | null {
  if (!scope) return null;
  const place = PLACE_THEN_MEASURE.exec(clause.slice(scope[0].length));
  return place ? [scope[1] + place[2], place[1] + place[2]] : null;
}

/** Two places joined by 和, the kind of place after the second, then the first measure: 喀什和霍尔果斯经济开发区|固定资产投资. */
const TWO_OWNERS = /^([\u4e00-\u9fff]{2,8}?)和([\u4e00-\u9fff]{2,8}?(经济开发区|高新区|开发区|综合保税区|保税区|新区|园区|片区|市|县|州))([\u4e00-\u9fff]{2,}.*)$/;

/**
 * 喀什和霍尔果斯经济开发区固定资产投资、进出口贸易额、招商引资到位资金分别增长25%、220%、75%和26.5%、22%、36%:
 * two places' measures, the values in one group per place joined by 和, pair place by place, measure by measure.
 */
function ownersByMeasures(named: string, figures: MentionContext[]): string[] | null {
  const owners = TWO_OWNERS.exec(named.split('、')[0]);
  if (!owners) return null;
  const measures = [owners[4], ...named.split('、').slice(1)];
  if (measures.length < 2 || figures.length !== 2 * measures.length || !/和\s*$/.test(figures[measures.length].lead)) return null;
  const first = owners[1].endsWith(owners[3]) ? owners[1] : owners[1] + owners[3];
  return [first, owners[2]].flatMap((owner) => measures.map((measure) => owner + measure));
}

/** A ranking in a scope, no name before it: 在全国的排位, 在西北五省（区）的排名, 全国位次. */
const RANKING_IN_SCOPE = /^(?:在)?[\u4e00-\u9fff（）()]{0,10}?的?(?:排位|排名|位次)(?:均|都)?$/;

/** The last figure before `i` named `name`, or the first of its list (分别增长5%和(7.1%): the verb is the first's). */
function figureNamed(contexts: MentionContext[], indicators: string[], i: number, name: string): MentionContext {
  for (let k = i - 1; k >= 0; k--) {
    if (indicators[k] !== name) continue;
    while (k > 0 && isListContinuation(contexts[k].lead) && contexts[k].clauseStart < contexts[k - 1].mention.span.end) k--;
    return contexts[k];
  }
  return contexts[i];
}

/** A count opening an item of a list: 16条(省级重点产业链), 18个(省级特色专业镇). */
const ITEM_COUNT = /(?<=^|[、和与及])\d+(?:\.\d+)?[个条家项所座处]/g;

/** The names of a list whose every item opens with a count, counts off; null unless `count` items. */
function countedList(text: string, count: number, segmenter?: Segmenter): string[] | null {
  if ((text.match(ITEM_COUNT) ?? []).length !== count) return null;
  return splitEnumeration(cleanLead(text.replace(ITEM_COUNT, ''), 60), count, segmenter);
}

/** Words of growth right before a figure: its rate is the thing's 增速. */
const GROWTH_LEAD = /(?:增长|增速|增幅|同比增长|比上年增长)$/;

/** A gap to references listed after 分别: 分别高于全国、全省(2.6、1.5个百分点). */
const GAP_TO_REFERENCES = new RegExp(`^(?:${GAP_CUES.join('|')})[^，。；\\d]{1,12}[、和与][^，。；\\d]{1,8}$`);

/** The name of what a figure grew by: 货物贸易出口规模 growing 8.7% → 货物贸易出口增速 (its level word off). */
function growthOf(figure: MentionContext, name: string): string {
  if (!name || figure.mention.unit !== '%' || !GROWTH_LEAD.test(figure.lead.trim()) || /(?:增速|增幅|增长)$/.test(name)) return name;
  return `${name.replace(/(?<=.{2})(?:规模|总量|总额)$/, '')}增速`;
}

/**
 * The figures of one thing listed before a rank, named for what each measures: a level keeps the
 * name, a growth is its 增速 (科技贷款余额363亿元、增长30% → 科技贷款余额, 科技贷款余额增速). Null
 * unless each figure is named so and the names differ.
 */
function levelAndGrowth(figures: MentionContext[], names: string[], name: string): string[] | null {
  if (!names.every((n) => n === name)) return null;
  const items = figures.map((f) => (f.mention.unit === '%' && GROWTH_LEAD.test(f.lead.trim()) ? `${name}增速` : name));
  return new Set(items).size === items.length ? items : null;
}

/**
 * 分别 unsaid: names listed, then as many values of one unit, pair in order all the same
 * (城镇调查失业率、登记失业率控制在5.5%和4.5%以内; 城镇、农村居民人均可支配收入增长6%和7.5%).
 * Only when every value took the whole list as its name and the list splits into exactly
 * as many names: a list with one value (一般公共预算收入、税收收入增长5%) stays as it is,
 * and so do a count and a threshold (奕斯伟基地、中信科移动等23个50亿元以上项目).
 * A verb before the list is each item's (新增省级、市级龙头企业2家、20家).
 */
function pairUnsaid(contexts: MentionContext[], indicators: string[], first: number, count: number, segmenter?: Segmenter): void {
  const name = indicators[first];
  if (!name || !(/[、和与及]|城乡/.test(name) || hasPairedWord(name, count))) return;
  // (为城乡居民提供10类41项基本公共卫生服务: counts glued with nothing between count the same things, no list)
  if (contexts.slice(first + 1, first + count).some((c) => c.lead === '')) return;
  // (进出口总额接连突破8万亿元、9万亿元: marks one total passed one after another are no list)
  if (/(?:接连|先后|相继|连续|依次)(?:突破|跨越|跨过|跨上|迈上|越过|站上|超过)$/.test(contexts[first].lead.trim())) return;
  // (城乡低保标准提高到762元／月、6120元／年: rates of one money over different spans are one unit here)
  // (粮食播种面积与产量稳定在318万亩、16.5亿斤: names joined by 与 may measure in units of their own)
  const base = (unit: string) => unit.split('/')[0];
  const ownUnits = /[和与及]/.test(name) && LEVEL_BEFORE_LIST.test(contexts[first].lead);
  // (煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方: quantities each in its own unit pair too, but
  // not a quantity and a rate, 新能源、新材料产业产值1000亿元、增长20%)
  // (养老、失业、工伤、医疗保险参保人数达1565万、1131万、1605万、1235万人: bare values take the unit the list ends with)
  const written = contexts.slice(first, first + count).map((c) => base(c.mention.unit));
  const units = written.map((unit) => unit || written[count - 1]);
  // (…等23个50亿元以上项目: examples, then a count and a threshold, are no such list)
  const quantitiesAlone = units.every(isQuantityUnit) && !/等\s*$/.test(contexts[first].lead);
  // (完成各类保障性住房和棚户区改造投资967.8亿元、89.9万套: a list measured in money, then a value of another
  // unit, is one programme's investment and size, no two items)
  if (MONEY_MEASURE_AT_END.test(name) && units.some(isMoneyUnit) && units.some((unit) => !isMoneyUnit(unit))) return;
  for (let k = 1; k < count; k++) {
    if (indicators[first + k] !== name || (!ownUnits && !quantitiesAlone && units[k] !== units[0])) return;
  }
  const verb = LIST_VERB.exec(name)?.[0] ?? '';
  const items = splitEnumeration(name.slice(verb.length), count, segmenter);
  if (items) for (let k = 0; k < count; k++) indicators[first + k] = verb + items[k];
}

/**
 * 接待游客突破8000万人次、旅游综合收入突破800亿元，比2019年提升15.23%、22.27%; …分别增长7.6%、
 * 5.9%、10.4%，增速居全国第4位、第7位、第6位: values of one unit listed with nothing named but a
 * bare measure (增速, 总量), right after as many figures of another unit, pair with them in order
 * (分别 unsaid), each name with that measure.
 */
function pairWithFiguresBefore(contexts: MentionContext[], indicators: string[], first: number, count: number): void {
  const listed = contexts.slice(first, first + count);
  const unit = listed[0].mention.unit;
  if (first < count || !['%', '百分点', '位'].includes(unit) || !listed.every((c) => c.mention.unit === unit)) return;
  // (好于全国(11个、1.7个百分点): a gap's reference names nothing of its own)
  const gapLead = contexts[first].lead.replace(GAP_TO_SCOPE_AT_END, '');
  const own = cleanLead(gapLead.replace(RANK_SETTING_AT_END, ''));
  const measure = /^(?:增速|增幅|总量|规模)?/.exec(own)![0];
  if (own !== measure) return;
  const figures = contexts.slice(first - count, first);
  const names = indicators.slice(first - count, first);
  if (figures.some((c) => c.mention.unit === unit) || new Set(names).size !== count || names.some((n) => !n)) return;
  // (进出口、实际使用外资增长32.4%、21.9%，好于全国11个、1.7个百分点: points above a reference after growth
  // rates are gaps of those rates, 进出口增速, as after 分别高于)
  const ofGrowth = unit === '百分点' && !measure && gapLead !== contexts[first].lead;
  for (let k = 0; k < count; k++) indicators[first + k] = ofGrowth ? growthOf(figures[0], names[k]) : names[k].endsWith(measure) ? names[k] : names[k] + measure;
}

/** A gap's cue and reference at the end of a lead: (，)好于全国, 高于全省平均水平. */
const GAP_TO_SCOPE_AT_END = new RegExp(`(?:${GAP_CUES.join('|')})(?:全[${SCOPE_LEVELS}]|全球|世界)?(?:平均水平|平均)?$`);

/** A rank's verb and pool at the end of a lead: (增速)居全国(第4位), (总量)分别排全省(第1位). */
const RANK_SETTING_AT_END = new RegExp(`(?:分别|均)?(?:稳居|位居|跃居|居|排名|排|位列|列)(?:全[${SCOPE_LEVELS}]|全球|世界|中国)?$`);

/** A measure in money closing a list's name: (保障性住房和棚户区改造)投资, …资金, …收入. */
const MONEY_MEASURE_AT_END = new RegExp(`(?:${measureHeads('money')})$`);

/** Verbs a list of names shares when written once before it. */
const LIST_VERB = /^(?:新增|新建|建成|新认定|认定|培育|创建|新培育|新创建)/;
