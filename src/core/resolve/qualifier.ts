// Qualifier: 以上 → ge, 以内 → le, 突破 → gt, 左右 → approx, from the words around the number.
import { BOUND_ON_SHARE, CROSSING_VERBS, GOAL_AFTER, QUALIFIER_AFTER, QUALIFIER_BEFORE, YUE_ENDS_VERB } from '../lexicon/cues.js';
import { isCountUnit, isDurationUnit, isQuantityUnit } from '../lexicon/units.js';
import type { Qualifier } from '../types.js';
import { continuesList, type MentionContext } from './context.js';

/**
 * Quotes, a particle of completion and the spaces of a PDF copy that may stand between a cue and
 * its number: 突破“五百亿”, 跨越了两千亿元, 突破 2 万家.
 */
const GLUE = /(?:[“"‘「（(\s]|(?<=[越过破])了)+$/;

/**
 * A per-unit phrase between a cue and its number: 食品抽检量超每千人6.6批次, PM2.5浓度低于每立方米19微克 (the
 * cue bounds the number, the phrase says what it is per).
 */
const PER_UNIT_BETWEEN = /每[十百千万]?(?:人|户|亩|立方米|平方米|平方公里|公里|千克|公斤|吨|年|月|周|日|天)$/;

/** Steps counted, then the milestone: 跨过3个万亿级关口, 连跨三个千亿元台阶 (the crossing bounds the sums, not the count). */
const STEPS_COUNTED = /^[^，。；、0-9]{0,8}?(?:台阶|关口|大关)/;

export function resolveQualifier(ctx: MentionContext): Qualifier | null {
  if (ctx.mention.qualifier) return ctx.mention.qualifier;
  // after: 65%以上, 2%以内, 3%左右 (skip a closing quote: “百分之百”以上)
  const after = ctx.after.replace(/^[”"’」）)]+/, '');
  for (const [word, q] of QUALIFIER_AFTER) if (after.startsWith(word)) return q;
  // 居民储蓄存款余额五年增长1倍多: more than so many times
  if (ctx.mention.unit === '倍' && /^[多余]/.test(after)) return 'gt';
  // 社保基金滚存结余约占全国1/5强, 三成强: a share and a little more (强 after a share, never 500强, a rank)
  if (ctx.mention.unit === '%' && /^强(?![国省市县区镇])/.test(after)) return 'gt';
  // (拓展到10个行业以上: things counted, then 以上 ending the clause, bound the count)
  if (isCountUnit(ctx.mention.unit) && /^[\u4e00-\u9fff]{1,4}?以上(?=[，。；]|$)/.test(after)) return 'ge';
  // 1天内供电线路全部恢复通电: a time span then 内 is an upper bound
  if ((isDurationUnit(ctx.mention.unit) || ctx.mention.unit === '月') && after.startsWith('内')) return 'le';
  // before: 突破“五百亿”, 不低于70%, 近百万吨; the cue must touch the number
  const lead = ctx.lead.replace(GLUE, '').replace(PER_UNIT_BETWEEN, '');
  if (ctx.mention.unit === '个' && STEPS_COUNTED.test(after)) return null;
  // 突破12项行业共性关键技术, 十四运会超12项世界纪录: items broken through or records beaten, their noun after, are what the
  // verb acts on, no bound of the count (golds null 4 of 4; 超过10万家涉旅企业 stays over)
  if (ctx.mention.unit === '项' && /(?:突破|超)$/.test(lead) && /^[\u4e00-\u9fff“](?<!以|左|多|余)/.test(after)) return null;
  // 增长7.8%，略低于8%的预定目标: a result compared with its goal bounds nothing, the goal is as set
  if (GOAL_AFTER.test(after) && /(?:低于|高于|超过|超出|好于|优于|少于|多于)$/.test(lead)) return null;
  for (const [word, q] of QUALIFIER_BEFORE) {
    if (lead.endsWith(word) && !isPartOfWord(lead, word)) return q;
  }
  // 这个比重大约是(百分之十七), 新建和改建的项目约有(六百个): about, then the copula or a verb of having
  if (/(?:大约|(?<![签节预制契公条合])约|大概)(?:是|为|有)$/.test(lead)) return 'approx';
  // 拉动消费上百亿元, 上千家: 上 before a round hundred or thousand is 'over'
  const round = Number.isInteger(Math.log10(ctx.mention.value)) && ctx.mention.value >= 100;
  if (round && /(?<![跃迈站跨线以向])上$/.test(lead)) return 'gt';
  // 约占全国的四分之一, 超占…: a cue before 占 governs the share; 约低20%: and a comparison; 约为全国平均
  // 水平的2倍: and a multiple of a reference
  // (光伏产业规模接近全国十分之一: or a scope whose share it is)
  const share = /(约|近|超过?|逾|接近)(?:占[^，。；]*|[高低多少快慢](?:出)?|(?:全[国省市区县]|全球|世界)的?|(?:为|是)[^，。；]{1,14}?的)$/.exec(ctx.lead);
  if (share) return QUALIFIER_BEFORE.find(([w]) => w === share[1])?.[1] ?? null;
  // 至少举办招商推介活动20场: 至少 and 不少于 govern the whole clause
  const bound = /(至少|不少于|不低于)[^，。；0-9]*$/.exec(ctx.lead);
  if (bound) return 'ge';
  // 累计提高总额不超过…原封顶线的20%: 不超过 a share of a reference bounds it from above
  if (/超过|高于/.test(BOUND_ON_SHARE.exec(ctx.lead)?.[1] ?? '')) return 'le';
  return null;
}

/**
 * 居民消费价格涨幅控制在3.1%, 城镇登记失业率控制在3.58%的较低水平: a result held at a level is that level, no bound; only a
 * goal (or a result with 以内 after it) is bounded by 控制在 (golds: results 12 null, 2 le; goals 11 le, 3 null).
 */
export function resultHeldAt(ctx: MentionContext, qualifier: Qualifier | null, modality: 'actual' | 'target'): Qualifier | null {
  // (控制在5.5%预期目标下, 分别控制在16/10万、6‰、9‰以内: a goal or a bound later in the clause still bounds it)
  return qualifier === 'le' && modality === 'actual' && /控制在$/.test(ctx.lead.trim()) && !/^[^，。；]*?(?:以内|以下|之内|内|目标)/.test(ctx.after) ? null : qualifier;
}

/** 最近, 接近 as parts of other words: 近 in 最近 is not 'nearly'. */
function isPartOfWord(lead: string, word: string): boolean {
  const prev = lead.slice(0, lead.length - word.length).slice(-1);
  if (word === '近') return /[最附将靠就接临]/.test(prev);
  if (word === '约') return YUE_ENDS_VERB.test(lead);
  if (word === '超' || word === '破') return /[赶突首]/.test(prev) ? false : /[高]/.test(prev);
  if (word === '低于' || word === '少于') return /[不首]/.test(prev);
  if (word === '过') return /[通经度越跨错路难不]/.test(prev);
  return false;
}

/**
 * A qualifier written once after a list applies to each member: 分别增长5%和7%左右 gives
 * 5% and 7% both `approx`. Only when no earlier member has a qualifier of its own
 * (4%以上、6%左右 keep theirs) and the members share a unit or a verb of level before them.
 */
export function shareListQualifiers(contexts: MentionContext[], qualifiers: (Qualifier | null)[]): (Qualifier | null)[] {
  const out = [...qualifiers];
  for (let i = 0; i < contexts.length; ) {
    let j = i + 1;
    // (粮食播种面积与产量稳定在318万亩、16.5亿斤以上: members of different units share it too, when
    // a verb of level stands before the list)
    const leveled = LEVEL_BEFORE_LIST.test(contexts[i].lead);
    // (煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上: quantities after a list of names, too)
    const named = /、[^等]*$/.test(contexts[i].lead) && isQuantityUnit(contexts[i].mention.unit);
    const member = (c: MentionContext) => leveled || c.mention.unit === contexts[i].mention.unit || (named && isQuantityUnit(c.mention.unit));
    while (j < contexts.length && continuesList(contexts[j]) && member(contexts[j])) j++;
    const last = out[j - 1];
    // (四成和近三成: a bound before the last member is its own, written after the list it is shared)
    const ownBound = /(?:近|约|超过?|逾|接近)$/.test(contexts[j - 1].lead.trim());
    if (j - i >= 2 && last && !ownBound && !contexts[j - 1].mention.qualifier && out.slice(i, j - 1).every((q) => q === null)) {
      for (let k = i; k < j - 1; k++) out[k] = last;
    }
    i = j;
  }
  // 分别突破7亿吨、3000万标箱, 分别超8万元、4.8万元: a cue after 分别 governs every value of the list;
  // so does a verb of crossing (连续跨越20亿元、30亿元台阶)
  for (let i = 0; i < contexts.length; i++) {
    // (城乡低保标准提高到不低于740元/月和485元/月: and so does a bound opening the list)
    // (分别不少于城市建成区面积的7.5%、22.5%、45%: or a bound on shares of one reference)
    // (农村自来水、卫生户厕普及率超过98%、85%: or a bound after a list of the names measured)
    if (!out[i] || !(RESPECTIVELY_CUE.test(contexts[i].lead) || CROSSING_CUE.test(contexts[i].lead) || NAMES_THEN_BOUND.test(contexts[i].lead) || /(?:不低于|不少于|不超过|不高于)(?:[^，。；0-9]{2,16}的)?$/.test(contexts[i].lead.trim()))) continue;
    for (let k = i + 1; k < contexts.length && continuesList(contexts[k]) && out[k] === null; k++) out[k] = out[i];
  }
  return out;
}

/** A verb of level right before a list: 稳定在, 保持在, 达到, 分别为. */
export const LEVEL_BEFORE_LIST = /(?:分别)?(?:稳定在|保持在|达到|达|为)\s*$/;

/** Names listed, then one measure of theirs and a bound: 农村自来水、卫生户厕普及率超过. */
const NAMES_THEN_BOUND = /、[^，。；、0-9]{2,16}(?:超过|超|逾|突破|不低于|不少于)\s*$/;

/** Verbs of crossing marks, which govern each mark listed after them (分别迈上四万亿元、三千亿元、两千亿美元新台阶). */
const CROSSING_CUE = new RegExp(`(?:${[...CROSSING_VERBS, '突破'].join('|')})了?\\s*$`);

/**
 * A qualifying verb right after 分别, before the first value of a list (分别约为全国平均的70%、60%: or before
 * the reference the values are shares of).
 */
const RESPECTIVELY_CUE = /分别(?:增长|提高|下降|降低|减少)?(?:突破|超过|超|逾|达到?|近|约|接近|稳定在|保持在|不低于|不少于|控制在)(?:(?:为|是|占)[^，。；、0-9]{1,14}?的?)?\s*$/;
