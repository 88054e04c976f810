// Kind and sign: is a number an amount, a change, a ratio, a gap or a rank?
import { BOUND_ON_SHARE, CHANGE_DOWN, CHANGE_UP, CLAUSE_OPENERS, FALL_BEFORE_OBJECT_VERBS, GAP_CUES, GOAL_AFTER, MORE_THAN_BASE, PLACE_LEVEL, PLAN_COMPARED, PRICE_NOUNS, RATE_CHANGE_VERBS, RATE_OF_ACTION, REACHING_VERBS, REFERENCE_RATE, TASK_BEATEN } from '../lexicon/cues.js';
import { isCountUnit, isMoneyUnit } from '../lexicon/units.js';
import { YEAR_IN_WORDS } from '../text/report-years.js';
import type { ClaimKind } from '../types.js';
import { continuesList, sentenceAfter, type MentionContext } from './context.js';
import { HOUSEHOLDS_AFTER, PEOPLE_AFTER } from './unit.js';

export interface KindResult {
  kind: ClaimKind;
  /** −1 for a fall: 下降66.67% → −66.67. */
  sign: 1 | -1;
  /** A level the change is measured from: 100 for a price index stated as a level (103.5% → +3.5). */
  base?: number;
}

/**
 * A price index stated as a level: 居民消费价格指数控制在103.5%以内 (or 为102.1) means a rise
 * of 3.5%, the level over a base of 100 (为99.6: a fall of 0.4). Only an index (指数) of
 * prices, and only near the base: 居民消费价格指数控制在3%左右 is the rise itself.
 */
const PRICE_INDEX = /(?:价格|物价|CPI)[^，。；]{0,4}指数|CPI/;
const INDEX_BASE = 100;
/** Index levels a government plans or reports lie within a few points of the base. */
const INDEX_LEVEL_MIN = 90;
const INDEX_LEVEL_MAX = 150;

export function priceIndexLevel(ctx: MentionContext): KindResult | null {
  const v = ctx.mention.value;
  if (v < INDEX_LEVEL_MIN || v >= INDEX_LEVEL_MAX || (ctx.mention.unit !== '%' && ctx.mention.unit !== '')) return null;
  const clause = ctx.clauseBefore;
  if (!PRICE_INDEX.test(clause) || !clause.includes('指数')) return null;
  return { kind: 'change', sign: 1, base: INDEX_BASE };
}

/**
 * 增加值 and 人口自然增长率 are nouns, not verbs of change: they must not read as 增加/增长; nor do idioms of a
 * level kept from falling (比重只增不减、达68.5%, 有增无减) say how the figure moved.
 */
const NOUN_LOOKALIKES = /增加值|增长极|增长点|自然增长率|只增不减|有增无减|只增不降|只升不降/g;

/**
 * A rate named after a change verb: the verb is part of the rate's name (增长的贡献率, 贡献份额), or a share of a goal
 * follows (减排总目标的(98.2%)), or a part of what changed (新增加的产值中约有(百分之七十)); a coverage after a cut of
 * taxes or burdens (“营改增”减负面达到(99%), 减税面达(97%)): the share of taxpayers relieved, a level.
 */
const RATE_AFTER = /[率]|比重|占比|比例|份额|占|(?<=[税负费亏损盖])面|(?:目标|任务)的$|中(?:约|大约|将)?有$/;

/**
 * 是上年的, 是2010年的: a multiple of an earlier year follows; so does one of the five years before (是上一个五年的2.5倍:
 * golds change 8 of 9) or of a plan period's whole (是“十一五”时期的2.8倍: golds change 16, ratio 9 over 234 texts; a level at
 * the period's end, 是“十二五”末的, stays a ratio).
 */
const EARLIER_TIME_MULTIPLE = /(?:是|为|相当于)(?:上年|去年|上年同期|同期|\d{4}年(?:末|底)?|[\d一二三四五六七八九十]+年前|上一?个五年|“?十[一二三四五]?五”?(?:时期|期间)?)的?$/;

/** 高出国家标准(35元), 高于全国(20元): a cue of difference, then a reference with no figure, before an amount in its own unit. */
const ABOVE_REFERENCE = /(高|低|超)(?:出|于)[^，。；、\d]{2,10}$/;

/** 比全省平均水平高1.2个百分点, 比全省高1.18万元, 比年初计划少了近500亿元: 比 + a reference (not last year) + 高/低. */
const COMPARED = /(?:(?<![占之])比(?!上年|去年|同期|\d{4}年|较|重|例|率)|较(?!上年|去年|同期|\d{4}年|快|大|好|高|低|多|少|强|弱|差))[^，。；]{1,16}?(?<![提降减])(高|低|快|慢|多|少|超过|超出)(?:出)?了?(?:近|约|超过?|逾)?$/;

/**
 * 提高到15%, 增至5个, 提高到2024年的52.1%, 提升到去年底的13.3%: a level reached, not a change (a year
 * may stand between); so is a share of a whole reached (增加到全国人口的72%, 审批时限压缩到法定时间的50%: cut
 * to half the legal time, not by half); 为 says it too (比重将上升为百分之八十七点八, 下降为百分之十二点二; not 增长为, a pace);
 * a bound may stand before the level (城镇化率从64.6%提高到近69%).
 */
const TO_LEVEL = new RegExp(`(?:${REACHING_VERBS}|回落|回升|收窄|增|降|减|压缩|缩短|缩减|压减)(?:到|至|(?<!增长)为)(?:(?:\\d{4}年|${YEAR_IN_WORDS}年|去年|上年|今年)(?:底|末)?的?|(?:全[国省市区县]|世界|全球)(?:[\\u4e00-\\u9fff]{0,4}的)?|[\\u4e00-\\u9fff]{2,12}的)?(?:近|约|接近|超过?|逾)?$`);

/**
 * 比上年增加1800亿元, 增产74亿斤, 减少38天, 补助标准提高30元, 利息支出减少约1500亿元, 比增100亿元, 玉米种植调减1922万亩:
 * a change in the quantity's own unit; a qualifier may stand between verb and number.
 * 改造提升4万亩, 巩固提升33个村电网: after another verb, 提升 is the work done, an amount.
 */
const OWN_UNIT_CHANGE = /(?:比上年|较上年|同比|比去年|比\d{4}年)?(?:净增加|净增|比增|增加|减少|减量|增产|减产|增收|下降|降低|缩短|扩大|缩小|(?<![造固容治化建修育])(?:提高|提升)|提标|增长|上涨|上升|回升|回落|上调|下调|调增|调减|压减|压降|压缩|缩减|削减|裁减)(?:了)?(?:约|近|超过|超|逾|接近|大约)?$/;
/** The falls among them: 减少约1500亿元 → −1.5e11. (提标(40元): a standard raised by a sum is a rise too.) */
const OWN_UNIT_FALL = /减少|减量|减产|下降|降低|缩短|缩小|回落|下调|调减|压减|压降|压缩|缩减|削减|裁减/;
/** A noun right after a count: the count is of the verb's object (提升253条道路…), not a change. */
const COUNTED_OBJECT = /^(?![以左上下之的和与或余多万亿]|个(?!体)|[，。、；：])[\u4e00-\u9fff“]/;
/** Counts of new things after 新增 are amounts: 新增市场主体7588户. */
const NEW_THINGS = /新增(?:加)?$/;

export function resolveKind(ctx: MentionContext, results: Map<MentionContext, KindResult>): KindResult {
  const m = ctx.mention;
  if (m.kind) return { kind: m.kind, sign: m.sign ?? 1 };
  // a list continues the kind of its first member: 分别下降66.67%、85.71%
  const prev = ctx.previous;
  if (prev && continuesList(ctx)) {
    const prevResult = results.get(prev);
    // 客运量、货运量分别增长1.4倍、16.7%: growth in 倍 and in % is one kind of list
    const sameRate = prevResult?.kind === 'change' && /^(?:%|倍)$/.test(prev.mention.unit) && /^(?:%|倍)$/.test(m.unit);
    // (事故起数、死亡人数同比减少183起、88人: falls of counts in each one's own unit are one kind of list too)
    const sameCount = prevResult?.kind === 'change' && isCountUnit(prev.mention.unit) && isCountUnit(m.unit);
    if (prevResult && (prev.mention.unit === m.unit || sameRate || sameCount)) return prevResult;
    // 分别超省定任务0.7万亩、0.1万吨: by how much each task was beaten, whatever its unit
    if (prevResult?.kind === 'gap' && TASK_BEATEN.test(prev.clauseBefore.trimEnd())) return prevResult;
  }
  const clause = ctx.clauseBefore.replace(NOUN_LOOKALIKES, (w) => '＿'.repeat(w.length));
  const lead = ctx.lead.replace(NOUN_LOOKALIKES, (w) => '＿'.repeat(w.length));
  // 超额完成省考核目标2.7个百分点, 超年度任务65.8亿元: by how much a task was beaten is a gap
  if (TASK_BEATEN.test(ctx.clauseBefore.trimEnd())) return { kind: 'gap', sign: 1 };
  const againstPlan = PLAN_COMPARED.exec(ctx.clauseBefore.trimEnd());
  if (againstPlan) return { kind: 'gap', sign: /^(?:减少|少|多降低)$/.test(againstPlan[1]) ? -1 : 1 };

  // 增速超过20%、鄂尔多斯市达到27.4%: a place alone, then its level, measures as the figure before
  const placeLevel = prev && prev.mention.unit === m.unit && prev.mention.span.end > ctx.clauseStart && PLACE_LEVEL.test(ctx.lead.trim()) ? results.get(prev) : undefined;
  if (placeLevel?.kind === 'change') return placeLevel;
  // 地区生产总值增长7%以上、力争达到8%: the level striven for after a growth is that growth's
  const striven = prev && prev.mention.unit === m.unit && m.unit === '%' && /^(?:以上|左右)?[、，]\s*(?:力争|争取)(?:达到|实现)?$/.test(ctx.lead.trim()) ? results.get(prev) : undefined;
  if (striven?.kind === 'change') return striven;
  // 地区生产总值增长5.0%-5.5%，…，实际工作中按照5.5%推进: the pace worked to is the goal's own kind
  const pursued = prev && prev.mention.unit === m.unit && /按照?$/.test(ctx.lead.trim()) && /^(?:左右)?(?:推进|安排|考虑|把握)/.test(ctx.after) ? results.get(prev) : undefined;
  if (pursued?.kind === 'change') return pursued;
  // 广义货币M2增长11.3%，低于13%左右的预期目标: a goal set for the figure just given is of its kind
  const previousKind = prev && prev.mention.unit === m.unit && GOAL_AFTER.test(ctx.after) ? results.get(prev) : undefined;
  if (previousKind?.kind === 'change') return previousKind;
  if (m.unit === '%' || m.unit === '‰' || m.unit === '百分点' || m.unit === '倍') {
    // 压减会议41.8%、文件35.6%: rates of objects listed after one verb of change share it (not a share: 、占比)
    const shared = SHARE_WORDS.test(ctx.lead) ? undefined : changeOfListedObject(ctx, results);
    return shared ?? percentKind(ctx, clause, lead);
  }
  // 人均地区生产总值5.18万元，…，比全省高1.18万元: a difference from a reference in its own unit
  // (read on the clause: 比“十五”计划目标3000亿元超过1070亿元 names the reference with a figure)
  const comparedAmount = COMPARED.exec(ctx.clauseBefore.trimEnd()) ?? ABOVE_REFERENCE.exec(lead.trimEnd());
  if (comparedAmount) return { kind: 'gap', sign: /低|慢|少/.test(comparedAmount[1]) ? -1 : 1 };
  // 比去年多100万人, 贷款余额较年初新增超200亿元, 同比多增239亿元: more, fewer or added against a base,
  // in its own unit, is a change
  const againstBase = MORE_THAN_BASE.exec(ctx.clauseBefore.trimEnd());
  if (againstBase) return { kind: 'change', sign: againstBase[1] ? -1 : 1 };
  // amounts in their own unit: 比上年增加1800亿元, 减少38天 (but 新增7588户 is an amount, and
  // so is a count of the verb's object: 提升253条道路沿线立面品质 counts roads)
  const near = lead.trimEnd().slice(-8);
  // (提高6000万农村人口供水保障水平: people named after their number are counted, whatever is raised for them)
  // (提高1200万中小学教师待遇, 增加500万沼气用户: so are people and users named after a bare number)
  const countsObject = (isCountUnit(m.unit) || (!m.unit && (PEOPLE_AFTER.test(ctx.after) || HOUSEHOLDS_AFTER.test(ctx.after)))) && COUNTED_OBJECT.test(ctx.after);
  // 实施道路照明质量提升100条: things counted after 提升 or 提高 are works done (增加120家 stays a change)
  const worksDone = isCountUnit(m.unit) && /(?:提升|提高)$/.test(near);
  // 带动脱贫人口增收59.25万人次: people whose income rose are counted, not a rise of people
  const peopleGaining = /增收$/.test(near) && /^(?:人|人次|户)$/.test(m.unit);
  // 养老金人均每月新增110元: money added per head is a rise of the standard, not new things
  const perHeadRise = NEW_THINGS.test(near) && isMoneyUnit(m.unit) && /(?:人均|每人)(?:每[年月])?新增(?:加)?$/.test(near);
  if (perHeadRise) return { kind: 'change', sign: 1 };
  if (!NEW_THINGS.test(near) && !countsObject && !worksDone && !peopleGaining && OWN_UNIT_CHANGE.test(near) && !TO_LEVEL.test(near)) {
    const down = OWN_UNIT_FALL.test(OWN_UNIT_CHANGE.exec(near)![0]);
    return { kind: 'change', sign: down ? -1 : 1 };
  }
  // 每年增产原煤3000万吨: more output of a product, named after the verb, is a change of its output
  if (!isCountUnit(m.unit) && /(?<!新)增产(?![值业])[\u4e00-\u9fff]{1,6}$/.test(near)) return { kind: 'change', sign: 1 };
  // 净增面积2647.9公顷: a net rise of a measure (not of things counted: 净增规上企业56户 is an amount)
  if (/净增(?:加)?(?:面积|规模|里程|产能|总量|库容)$/.test(near)) return { kind: 'change', sign: 1 };
  // 地区生产总值…、五年增量超1.36万亿元: an increment in the quantity's own unit is a change too
  if (!isCountUnit(m.unit) && /增量(?:超过?|达到?|为|突破|近|约|逾)?$/.test(near)) return { kind: 'change', sign: 1 };
  // 再减少企业税负3500亿元左右、涉企收费约2000亿元: objects listed after one verb of change share it
  const shared = changeOfListedObject(ctx, results);
  if (shared) return shared;
  // 提高大病保险最高支付限额3800元, 再提高城乡居民医保财政补助标准40元: a rise opening the clause before a
  // standard or limit paid in money raises it by that sum, as 标准提高30元 does (golds 2 of 2)
  if (isMoneyUnit(m.unit) && RISE_BEFORE_OBJECT.test(lead.trim()) && /(?:标准|限额|额度)$/.test(lead.trim())) return { kind: 'change', sign: 1 };
  // 增加建设用地规模635万亩: a rise opening the clause before a stock (规模, 保有量, 总量, 容量) in its own
  // unit is a change of that stock (增加就业岗位5000个 counts new things, a count stays an amount)
  if (!isCountUnit(m.unit) && RISE_OF_STOCK.test(lead.trim()) && /(?:规模|保有量|总量|容量)$/.test(lead.trim())) return { kind: 'change', sign: 1 };
  // 再减少农村贫困人口1000万以上, 压减一般性支出200亿元: a verb of fall opening the clause before its
  // object is a fall of that object, a sum or a population (a rise there may count new things:
  // 增加就业岗位5000个; and things done away with are counted: 压减融资平台22户)
  // (减少青壮年文盲400万人: so is a stock of people the report wants smaller)
  // (减少员额一百万: and so are the posts of a force or a staff cut; 净减少公务员5717人, 减少干部职数192名: civil
  // servants and the posts of cadres too)
  // (压减钢铁产能3000万吨: capacity cut is counted, as 淘汰 and 退出 count it — golds 3 of 3)
  const fallOfStock = (!isCountUnit(m.unit) || /(?:人口|文盲|员额|公务员|职数)$/.test(lead.trim())) && !/产能$/.test(lead.trim());
  if (!countsObject && fallOfStock && FALL_BEFORE_OBJECT.test(lead.trim())) return { kind: 'change', sign: -1 };
  return { kind: 'amount', sign: 1 };
}

/**
 * The change of the previous figure in the clause, when this figure's lead is only the next object of its
 * list (、涉企收费约, 、文件): one verb of change before the list governs them all. undefined otherwise.
 */
function changeOfListedObject(ctx: MentionContext, results: Map<MentionContext, KindResult>): KindResult | undefined {
  const prev = ctx.previous;
  const prevResult = prev ? results.get(prev) : undefined;
  const listed = prev && prevResult?.kind === 'change' && prev.mention.unit === ctx.mention.unit && prev.mention.span.end > ctx.clauseStart && LISTED_OBJECT.test(ctx.lead.trim());
  return listed ? prevResult : undefined;
}

/** A name that is a pace of growth or rise: 经济增长速度, 物价上涨幅度, 增速 (人口自然增长率 is a level: a rate). */
const GROWTH_WORDS = ['增长速度', '发展速度', '增速', '增幅', '涨幅', '上涨幅度'] as const;
const GROWTH_NAMED = new RegExp(`(?:${GROWTH_WORDS.join('|')})$`);

/** A pace of growth named right after the figure: (百分之八至百分之九)的增长率, (7%左右)的增速, (5.4%)的经济增长速度. */
export const PACE_AFTER = /^(?:左右|以上)?的(?:经济)?(?:年均|平均)?(?:增长率|增长速度|增速|发展速度|增长幅度)/;

/** Words of a share or rate: 占比, 比重, 覆盖率 (a listed share is a level, not the change before it). */
const SHARE_WORDS = /占|比重|比例|份额|率/;

/** The next object of a list, with no verb of its own: 、涉企收费约 (not 、新增…, 、增长…, 、突破… (a level passed), nor the total: 、规模近9.8万亿元). */
const LISTED_OBJECT = /^(?:以上|以下|左右|多|余)?[、和及](?![^、，。；]*?(?:增|减|降|提高|提升|扩大|缩小|建|完成|实现|达|突破|首破|超过|跃上|迈上|跨越|跨上|站上|登上))(?!(?:总)?(?:规模|总量|总额|总数|余额))[\u4e00-\u9fff]{2,10}(?:约|近|超过|超)?$/;

/** The purse that makes a cut or a rise, before its verb: (各级财政)压减一般性支出28.7亿元, (自治区本级)压减…. */
const PAYER = '(?:(?:各级|中央|地方|省级|市级|县级|省|市|县|自治区|全省|全市|全区)(?:本级)?(?:财政|政府)?|(?:财政|政府))';

/**
 * A verb opening the clause (past another action listed before it, or the list comma after the
 * previous figure: 减少…损失383万吨、减少二氧化碳排放985万吨; past the purse that acts, PAYER), then its object up to the number.
 */
function verbOpeningClause(verbs: readonly string[]): RegExp {
  // (三年累计调减…, 五年来累计压减…: the years the change is summed over may stand before its openers)
  // (其中“两州一县”减少贫困人口…: so may a part of the whole, named in quotes, after 其中; 全省净减少…: and 净, net)
  return new RegExp(`^(?:[^，。；、]{2,12}、|、)?${PAYER}?(?:其中)?(?:“[^”]{2,10}”)?(?:近?[一二两三四五六七八九十\\d]{1,2}年(?:来)?)?(?:${CLAUSE_OPENERS.join('|')})*净?(?:${verbs.join('|')})[\\u4e00-\\u9fff]{2,16}$`);
}

/** A verb of rise opening the clause, then its object: 提高…最高支付限额, 再提高…补助标准 (a standard or limit when it ends so). */
const RISE_BEFORE_OBJECT = verbOpeningClause(['提高', '上调', '提升']);
/** A verb of rise opening the clause before a stock: 增加建设用地规模, 扩大…容量. */
const RISE_OF_STOCK = verbOpeningClause(['增加', '扩大', '提高', '提升']);

/** A verb of fall, then its object, before the number: 再减少农村贫困人口, 压减一般性支出 (精简整编、减少员额: after another action listed). */
const FALL_BEFORE_OBJECT = verbOpeningClause(FALL_BEFORE_OBJECT_VERBS);

/** The verb after a rate given with 按, past any more rates listed: (按3%)、7%稳步提标. */
const BY_RATE_VERB = /^(?:[、和]\d+(?:\.\d+)?%)*(?:的(?:幅度|比例))?(?:稳步|逐步|同步|分别)?(提标|提高|上调|增长|下调|降低|压减)/;

/**
 * A concentration or the air quality index improved (较“十三五”末改善16.5%): a fall, as the golds read it (10 of 10);
 * after its level, compared with a year (PM2.5平均浓度39微克/立方米、比上年改善20.4%); a pollutant named alone
 * (PM2.5同比改善19.6%).
 */
const POLLUTION_IMPROVED = /(?:(?:浓度|空气质量综合指数|PM2\.5|PM10|细颗粒物|可吸入颗粒物)[^，。；]{0,12}?|^[、，]?(?:比|较)[^，。；、]{1,8}?)改善了?(?:约|近)?$/;

/** A verb of change, then the rate it changes: 降低职工医保单位缴费率, 提高企业职工基本养老保险基础养老金比例. */
const VERB_THEN_RATE = verbOpeningClause(RATE_CHANGE_VERBS);

/** A drag named before the growth it pulls down: 影响…增速, 拉低了…增速, 拖累…增长. */
const DRAG_ON_GROWTH = /(?:影响|拉低|拖累|下拉)了?[^，。；]{0,16}(?:增速|增长)(?:约|近)?$/;

/** A goal's value announced: 预期目标设定为, 目标确定为, 目标定为. */
const GOAL_SET = /目标(?:设定|确定|定)?为$/;

function percentKind(ctx: MentionContext, clause: string, lead: string): KindResult {
  const m = ctx.mention;
  // 居民消费价格总指数涨幅控制在103%左右: a level over 100, whatever verb stands before it
  const index = priceIndexLevel(ctx);
  if (index) return index;
  // 关中5市PM2.5浓度改善24.7%: a concentration improves by falling
  if (POLLUTION_IMPROVED.test(lead.trimEnd())) return { kind: 'change', sign: -1 };
  // 减按15%的税率, 存款准备金率…8%的利率: a rate the number is stated as is a level
  if (m.unit === '%' && /^的?(?:税率|利率|费率|贴息率)/.test(ctx.after)) return { kind: 'ratio', sign: 1 };
  // 城乡低保分别按3%、7%稳步提标: a rate after 按, then the verb after the list, is a change that way
  // (一般性支出和非重点项目支出分别按照3%和10%的幅度压减: 按照 too, and the rate's 幅度 before the verb, read in the rest
  // of the sentence, as the verb may stand past the short window after the first rate)
  const byRate = m.unit === '%' && (/按照?$/.test(lead.trim()) || (ctx.previous !== undefined && /按照?$/.test(ctx.previous.lead.trim()) && continuesList(ctx)));
  const verbAfter = byRate ? BY_RATE_VERB.exec(sentenceAfter(ctx)) : null;
  if (verbAfter) return { kind: 'change', sign: (CHANGE_DOWN as readonly string[]).includes(verbAfter[1]) ? -1 : 1 };
  // 按不低于5%的幅度压减一般性支出: the verb after the rate says which way it changes
  const rateOfAction = m.unit === '%' ? RATE_OF_ACTION.exec(ctx.after) : null;
  if (rateOfAction) return { kind: 'change', sign: (CHANGE_DOWN as readonly string[]).includes(rateOfAction[1]) ? -1 : 1 };
  // 高于全省0.2个百分点: a gap when a reference stands between the cue and the number
  // (不低于…标准的1.6倍 bounds a level, it compares nothing)
  const gapCue = GAP_CUES.find((w) => lead.includes(w) && lead[lead.indexOf(w) - 1] !== '不');
  // 高于全球3%左右的增速: the reference's own growth, stated after it, is no gap
  if (gapCue && REFERENCE_RATE.test(ctx.after)) return { kind: 'change', sign: 1 };
  // (地表水优于Ⅲ类比例达96.3%: a cue inside a name, then a level verb, is no gap; 达到或优于Ⅲ类的比例同比提高(14.9个百分点):
  // nor is one a share or rate named after it closes, the verb after it moving that share)
  const cueInName = gapCue && /(?:比例|比重|占比|率)/.test(lead.slice(lead.indexOf(gapCue) + gapCue.length));
  if (gapCue && !cueInName && !lead.endsWith(gapCue) && !/(?:达到?|为|是|保持在)$/.test(lead.trimEnd())) return { kind: 'gap', sign: /低于|慢于/.test(gapCue) ? -1 : 1 };
  // 比全省平均水平高1.2个百分点: 比 + reference + 高/低
  const compared = COMPARED.exec(lead);
  if (compared) return { kind: 'gap', sign: /低|慢|少/.test(compared[1]) ? -1 : 1 };
  // 影响全年固定资产投资增速20.6个百分点, 拉低了全市经济增速约4个百分点: a drag on growth is a fall
  if (m.unit === '百分点' && DRAG_ON_GROWTH.test(clause)) return { kind: 'change', sign: -1 };
  // 经济增速是综合性指标，今年预期目标设定为6%以上: a goal set for growth is growth
  // (关于经济增长。目标定为9%左右: or the paragraph opens on growth, its topic)
  if (m.unit === '%' && GOAL_SET.test(lead.trimEnd()) && (/增速|增长/.test(ctx.sentenceBefore) || /^[^。，]{0,12}(?:增速|增长)。/.test(ctx.paragraphBefore))) return { kind: 'change', sign: 1 };
  // 居民消费价格涨幅回落到2.6%: the level a rise of prices reaches is that rise
  // (物价涨幅要从14.8%降到10%左右，…，实际回落到6.1%: a short lead in a later clause of the sentence too)
  // (经济增速回落到5.2%, 增长幅度由上年的58.6%回落到27.8%: so is a rate of growth, the level it reaches is growth)
  // (降幅由一季度的-23.1%收窄到-1.4%: and so is a rate of fall)
  const rateOfChangeBefore = /涨幅|价格指数|物价/.test(clause.slice(-16)) || /增速|增幅|降幅|增长幅度|增长速度|增长率/.test(clause.slice(-30)) || (lead.trim().length < 8 && /涨幅|物价/.test(ctx.sentenceBefore.slice(-40)));
  if (TO_LEVEL.test(lead) && m.unit === '%' && rateOfChangeBefore) return { kind: 'change', sign: 1 };
  if (TO_LEVEL.test(lead)) return { kind: m.unit === '百分点' ? 'change' : 'ratio', sign: 1 };
  // 营收连续多年保持15%以上增长, 实现10%的增长: a rate that growth follows is growth
  // (7%左右的速度可以实现比较充分的就业: a speed too)
  if (m.unit === '%' && /^(?:以上|以下|左右)?的?(?:增长(?![点极率])|增幅|增速|速度)/.test(ctx.after)) return { kind: 'change', sign: 1 };
  // 提出8%左右的国内生产总值增长目标: a goal of growth for a named measure is growth
  if (m.unit === '%' && /^(?:以上|以下|左右)?的[\u4e00-\u9fff]{2,10}?增长(?:预期)?目标/.test(sentenceAfter(ctx))) return { kind: 'change', sign: 1 };
  // 提价幅度超过20%: the size of a rise or a cut in price is a change
  if (m.unit === '%' && /(?:提价|涨价|降价|上涨|上调|下调|增长|提高|降低|下降)幅度[^，。；]{0,4}$/.test(lead)) return { kind: 'change', sign: /降价|下调|降低|下降/.test(lead.slice(-8)) ? -1 : 1 };
  // 分别是上年的3.1倍、3倍, 是2010年的2.2倍: a multiple of an earlier year is growth since then,
  // written as stated (as blind annotators of seven reports read it)
  // (分别是2019年的113.7%和118.6%: a level over a past year's, in %, likewise)
  if ((m.unit === '倍' || (m.unit === '%' && m.value > 100)) && EARLIER_TIME_MULTIPLE.test(lead.trimEnd())) return { kind: 'change', sign: 1 };
  // 累计提高总额不超过…原封顶线的20%: a bound on a share of a reference is a level, whatever verb came before
  if (m.unit === '%' && BOUND_ON_SHARE.test(lead)) return { kind: 'ratio', sign: 1 };
  // the change verb closest to the number decides the sign, unless a rate follows it:
  // 对经济增长的贡献率保持在30%左右 names a rate whose name holds 增长
  const up = lastIndexOfAny(lead, CHANGE_UP);
  const down = lastIndexOfAny(lead, CHANGE_DOWN);
  // (降低职工医保单位缴费率1个百分点: a verb opening the clause changes the rate that is its object)
  // (压减率超过(40%): a rate named after the verb, then a verb of level, is that rate's level)
  const verbThenRate = VERB_THEN_RATE.test(lead.trim()) && !/(?:超过|达到?|为|突破)$/.test(lead.trim());
  if ((up >= 0 || down >= 0) && (verbThenRate || !RATE_AFTER.test(lead.slice(Math.max(up, down))))) {
    return { kind: 'change', sign: down > up ? -1 : 1 };
  }
  // prices: 居民消费价格涨幅3%左右, 居民消费价格指数控制在2%以内
  // (or the sentence names the price index just before a short lead: 居民消费价格指数涨幅…控制在3.8%以内)
  if (PRICE_NOUNS.some((w) => clause.includes(w) || (lead.length < 6 && ctx.sentenceBefore.slice(-40).includes(w)))) {
    return { kind: 'change', sign: 1 };
  }
  // a growth verb earlier in the clause, with no other number in between: 增长约为5%
  const upClause = lastIndexOfAny(clause, CHANGE_UP);
  const downClause = lastIndexOfAny(clause, CHANGE_DOWN);
  const verbAt = Math.max(upClause, downClause);
  if (verbAt >= 0 && clause.length - verbAt <= lead.length + 4 && !RATE_AFTER.test(clause.slice(verbAt)) && !/\d/.test(clause.slice(verbAt))) {
    return { kind: 'change', sign: downClause > upClause ? -1 : 1 };
  }
  // 地区生产总值增速高于省平1个百分点、7%左右: a level of a growth rate is growth
  const rateNamed = m.unit === '%' ? clause.lastIndexOf('增速') : -1;
  if (rateNamed >= 0 && !RATE_AFTER.test(clause.slice(rateNamed + 2))) return { kind: 'change', sign: 1 };
  // 赤字率拟按2.6%安排，比去年预算低0.4个百分点: points against last year are a change, down when 低
  const againstLastYear = /比(?:上年|去年)[^，。；]{0,6}?(高|低|多|少|快|慢)$/.exec(lead.trimEnd());
  if (m.unit === '百分点') return { kind: 'change', sign: againstLastYear && /低|少|慢/.test(againstLastYear[1]) ? -1 : 1 };
  return { kind: 'ratio', sign: 1 };
}

function lastIndexOfAny(text: string, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    const i = text.lastIndexOf(w);
    if (i > best) best = i;
  }
  return best;
}

/**
 * 工农业总产值的增长速度，一九八一年计划为(百分之三点七)…；一九八二年计划为(百分之四): the sentence, read to its
 * full stop over semicolons, gave the pace of the thing named.
 */
function paceOfNamed(indicator: string, before: string): boolean {
  return indicator.length >= 2 && GROWTH_WORDS.some((pace) => before.includes(`${indicator}的${pace}`) || before.includes(indicator + pace));
}

/** A rate whose level is stated, not its growth: 城镇调查失业率, 森林覆盖率 (not 增长率, 涨幅). */
const LEVEL_OF_RATE = /(?<!增长|增|涨|降)率$/;
/** A verb of change in the clause: the figure is a change whatever it names. */
const CHANGE_VERB_IN_CLAUSE = /增长|下降|提高|降低|增加|减少|上涨|回落/;

/**
 * The kind once 分别 has paired the value with its name: 城镇调查失业率、居民消费价格涨幅分别控制在5%
 * 和3%以内 — the price noun made the whole list a change, but a rate's level is a level.
 */
export function kindOncePaired(ctx: MentionContext, result: KindResult, indicator: string): KindResult {
  // 经济增长速度的宏观调控目标，定为(百分之八至九): a level set for a pace of growth is a growth
  // (保持百分之八至百分之九的增长率: so is a level the text calls a pace right after it)
  if (result.kind === 'ratio' && ctx.mention.unit === '%' && (GROWTH_NAMED.test(indicator) || PACE_AFTER.test(ctx.after) || paceOfNamed(indicator, ctx.paragraphBefore.slice(ctx.paragraphBefore.lastIndexOf('。') + 1)))) return { kind: 'change', sign: 1 };
  if (result.kind !== 'change' || ctx.mention.unit !== '%' || !LEVEL_OF_RATE.test(indicator)) return result;
  return /分别/.test(ctx.clauseBefore) && !CHANGE_VERB_IN_CLAUSE.test(ctx.clauseBefore) ? { kind: 'ratio', sign: 1 } : result;
}
