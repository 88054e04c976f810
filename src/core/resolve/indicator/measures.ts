// Measures and their owners: a measure whose owner is written outside its lead, after 的 (measureOf:
// 全长66公里的三环路; rateAfterLevel: 16%的增值税税率; ownerAfterMeasures), at the sentence's opening
// (measureOfOpening), in the verb and object before it (measureOfAction: 播种粮食 → 粮食播种面积) or
// in what a spending verb puts money up for (moneyPutUp); and measures named in the report's own
// words (structureShareName: 三次产业结构中第一产业比重; growthGoalNamed: 经济增长).
import type { Segmenter } from '../../types.js';
import type { MentionContext } from '../context.js';
import { measureHeads } from '../../lexicon/measure-heads.js';
import { isMoneyUnit } from '../../lexicon/units.js';
import { objectOfClause } from './clauses.js';
import { cleanLead } from './cues.js';
import { ACTION_TAGS, cutAtVerb, phraseAfterOf } from './phrases.js';

/**
 * Verbs whose object, with a number of some units, is measured by a quantity of it: an area
 * sown, an output produced. `{verb}` stands for the verb found.
 */
const ACTION_MEASURES = [
  // 播种粮食91.2万亩 → 粮食播种面积, 种植茶叶10万亩 → 茶叶种植面积
  { verbs: ['播种', '种植', '栽种', '栽植'], units: ['亩', '公顷', '平方公里'], measure: '{verb}面积' },
  // 生产钾肥706万吨 → 钾肥产量, 生产原煤1亿吨 → 原煤产量
  { verbs: ['生产', '产出'], units: ['吨', '斤', '公斤', '立方米', '千瓦时', '度', '辆', '台', '件'], measure: '产量' },
] as const satisfies readonly { verbs: readonly string[]; units: readonly string[]; measure: string }[];

/**
 * 播种粮食91.2万亩 → 粮食播种面积, 生产钾肥706万吨 → 钾肥产量: a verb and its object before a
 * quantity in the units it yields name the measure of the object. Other leads come back as they are.
 */
export function measureOfAction(lead: string, unit: string): string {
  for (const rule of ACTION_MEASURES) {
    if (!(rule.units as readonly string[]).includes(unit)) continue;
    // (播种面积 names its measure already; so does 生产生活用水总量, a measure of production and living alike)
    const verb = rule.verbs.find((v) => lead.startsWith(v) && /^[\u4e00-\u9fff]{2,8}$/.test(lead.slice(v.length)) && !lead.endsWith(rule.measure.replace('{verb}', v)) && !/(?:量|额|率)$/.test(lead));
    if (verb) return lead.slice(verb.length) + rule.measure.replace('{verb}', verb);
  }
  return lead;
}

/** A fund, project or works after 的, named up to the end of its clause: 的(市人才创新创业基金)。 */
const WHOLE_NAME_AFTER_OF = /^的([\u4e00-\u9fff“”]{2,18}?(?:基金|项目|工程|电站|产业园|公司))(?=[，。；]|$)/;
/** …or the kind after examples and 等: 的(集成电路、高端装备制造等六支)产业基金 → 产业基金. */
const KIND_AFTER_EXAMPLES_OF = /^的[^，。；]{2,30}?等(?:[一二三四五六七八九十\d]+[支个家只项])?([\u4e00-\u9fff]{2,10}?(?:基金|项目|工程))(?=[，。；]|$)/;

/** Measures of one thing that a report writes before it and 的: 总投资113亿元的…项目, 全长66公里的三环路, 年度投资807亿元的…项目. */
const MEASURE_BEFORE_OF = /((?:年度)?(?:计划)?总投资|年度投资|计划投资|全长|总长度?|总面积|建筑面积|占地面积|总规模|总库容|库容|总装机(?:容量)?|装机容量|注册资本)(?:约|超|达|近)?$/;

/**
 * 实施总投资113亿元的襄垣源网荷储一体化项目, 签约引进总投资1929.8亿元的582个项目, 全长66公里的
 * 三环路, 注册资本100亿元的融资担保集团公司: a measure written before 的 belongs to what follows it (三环路全长). '' when the lead
 * ends in no such measure.
 */
export function measureOf(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  const measure = MEASURE_BEFORE_OF.exec(ctx.lead.trim())?.[1];
  if (!measure) return '';
  // (总规模50亿元的市人才创新创业基金: a fund, project or works named to the clause's end is whole,
  // whatever verbs the segmenter finds inside its name)
  const after = scan.slice(ctx.mention.span.end, ctx.mention.span.end + 40);
  const named = WHOLE_NAME_AFTER_OF.exec(after.slice(0, 24))?.[1] ?? KIND_AFTER_EXAMPLES_OF.exec(after)?.[1];
  const of = named ?? phraseAfterOf(ctx, scan, segmenter);
  if (of.length < 2) return '';
  // a total investment of several projects (的582个项目) names the projects alone
  if (measure.endsWith('投资') && !/(?:项目|工程)$/.test(of)) return of;
  return `${of}${measure}`;
}

/** A verb setting up a fund, with its first tranche or a bound: 设立, 组建首期不低于, 设立超过. */
const FUND_SET_UP = /(?:设立|组建|成立|发起设立)(?:首期)?(?:规模)?(?:超过|不低于|约|近|达)?$/;

/**
 * 省市共设立超过1000亿元的纾困基金, 设立首期1亿元的海洋科创基金 → 纾困基金, 海洋科创基金: money a fund is
 * set up with, named after 的 to its clause's end, is the fund's. '' for any other mention.
 */
export function fundSetUp(ctx: MentionContext, scan: string): string {
  if (!isMoneyUnit(ctx.mention.unit) || !FUND_SET_UP.test(ctx.lead.trim())) return '';
  const named = WHOLE_NAME_AFTER_OF.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 24))?.[1] ?? '';
  return named.endsWith('基金') ? named : '';
}

/** Places a scheme reaches a share of: (覆盖全国10%左右)的县, (扩大到60%)的县（市、区）. */
const SHARE_OF_PLACES_AFTER = /^(?:左右|以上)?的((?:县|市|区|乡镇|村|城市|地市|县市区?)(?:（[^）]{1,6}）)?)(?![\u4e00-\u9fff])/;
/** The scheme, then its verb of reach and the scope: 新型农村社会养老保险试点要覆盖全国, …试点范围扩大到. */
const SCHEME_REACHES = /^(.{4,}?)(?:要|将|已|已经)?(覆盖|扩大到|扩大至|扩展到|推广到)(?:全国|全省|全区|全市)?(?:约|近|超过)?$/;

/**
 * 新型农村社会养老保险试点要覆盖全国10%左右的县 → 新型农村社会养老保险试点覆盖县比例; 免费孕前优生健康检查试点范围
 * 扩大到60%的县（市、区） → 免费孕前优生健康检查试点县（市、区）比例: a share of places a scheme reaches is the
 * share of those places in it (its 范围 or 制度 off, 覆盖 kept when the text says it). '' otherwise.
 */
export function shareOfPlacesReached(ctx: MentionContext, scan: string): string {
  if (ctx.mention.unit !== '%') return '';
  const places = SHARE_OF_PLACES_AFTER.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 14))?.[1];
  const reach = places ? SCHEME_REACHES.exec(ctx.clauseBefore.trim().replace(/^(?:将|把)/, '')) : null;
  const scheme = reach ? cleanLead(reach[1], 60).replace(/(?<=.{2})(?:范围|制度|覆盖面)$/, '') : '';
  if (scheme.length < 2) return '';
  return `${scheme}${reach![2] === '覆盖' ? '覆盖' : ''}${places}比例`;
}

/** A rate named after its level and 的: (16%)的增值税税率, (10%)的税率. */
const RATE_AFTER_OF = /^的([\u4e00-\u9fff]{0,8}?(?:税率|费率|利率|缴费比例|比例))/;
/** A rate named whole after a level and 的: 69.6%的常住人口城镇化率 (two words at least before 率). */
const NAMED_RATE_AFTER_OF = /^的([\u4e00-\u9fff]{4,12}?(?:化率|覆盖率|普及率|达标率|利用率|处理率|参保率|入园率|保有率|贡献率))(?=[，。；、]|$)/;

/**
 * 将制造业等行业现行16%的增值税税率降至13% → 制造业等行业增值税税率 for both numbers: a rate
 * written after its current level (N%的…税率) is what the level and the new level measure.
 * '' for any other mention.
 */
export function rateAfterLevel(ctx: MentionContext, scan: string): string {
  if (ctx.mention.unit !== '%') return '';
  const own = RATE_AFTER_OF.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 12));
  const previous = ctx.previous;
  const earlier = !own && previous && previous.mention.unit === '%' ? RATE_AFTER_OF.exec(ctx.lead) : null;
  const rate = own?.[1] ?? earlier?.[1];
  // 把44.6%的户籍人口城镇化率提高到69.6%的常住人口城镇化率: a rate named whole after 的 is the level's own
  const named = NAMED_RATE_AFTER_OF.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 16));
  if (!rate) return named ? named[1] : '';
  const written = (own ? ctx.lead : scan.slice(ctx.clauseStart, previous!.mention.span.start)).replace(/现行|原$/g, '').replace(/^[\s，、]*(?:将|把|对)/, '').trim();
  // 将制造业等行业现行16%的税率降至13%: the industries listed before 等行业 say whose rate it is, and
  // the tax the sentence reforms which rate (深化增值税改革 → 制造业等行业增值税税率)
  const owner = /^[\u4e00-\u9fff、]{2,16}等行业$/.test(written) ? written : cleanLead(written);
  const tax = rate === '税率' ? /(增值税|企业所得税|个人所得税|所得税|消费税|资源税|关税)/.exec(ctx.sentenceBefore)?.[1] ?? '' : '';
  return owner + tax + rate;
}

/**
 * The three sectors' structure named before its shares: 三次产业结构, 三次产业比, 产业结构, 一二三产业比重,
 * 一、二、三次产业增加值比重 (a structure of value added names its parts' value added).
 */
// (三次产业的比重由17.1∶45.3∶37.6调整为…: the name is written without its 的)
const SECTOR_STRUCTURE = /(?:一、?二、?三次?产业|三次产业|三产|产业)(?:增加值)?的?(?:结构比例|结构比|结构|比例|比重|构成|比)/;
const SECTOR_STRUCTURES = new RegExp(SECTOR_STRUCTURE, 'g');
const SECTOR_PARTS = ['第一产业', '第二产业', '第三产业'];

/**
 * A share of the three sectors' structure names the structure in the report's words, then its
 * sector: 三次产业结构调整为11.8∶48.3∶39.9 → 三次产业结构中第一产业比重 (…第二产业…, …第三产业…);
 * 三次产业比例为26:27:47 → 三次产业比例中第一产业比重. '' for any other mention.
 */
export function structureShareName(ctx: MentionContext, scan: string): string {
  const share = ctx.mention.share;
  if (!share || share.of !== SECTOR_PARTS.length) return '';
  // the colons break clauses: the structure is named before the chain's first share, in its clause
  // (三次产业比由2012年的14.6:53.1:32.3调整为…: of the second chain's too) or a clause before in the
  // sentence (三次产业结构发生变化，由2000年的21.3∶39.6∶39.1调整为…); the nearest naming counts
  const named = scan.slice(Math.max(ctx.sentence.span.start, share.chainStart - 60), share.chainStart).split(/[。；;]/).pop()!;
  const structure = [...named.matchAll(SECTOR_STRUCTURES)].pop();
  // in the report's own words, then the part: 三次产业比例中第一产业比重
  return structure ? `${structure[0].replace('的', '')}中${SECTOR_PARTS[share.index]}${structure[0].includes('增加值') ? '增加值' : ''}比重` : '';
}

/** A bare measure of output, which a verb completes (完成增加值910亿元) without naming its owner. */
const BARE_MEASURE = new RegExp(`^(?:预计)?(?:完成|实现|创造|达到?)?((?:${measureHeads('ofOpening')}))((?:已|均)?占[^，。；]*)?$`);

/** Words jieba tags as nouns that open a predicate, not a subject: 大力发展…. */
const PREDICATE_OPENING = /^(?:大力|着力|全力|加快|加速|持续|全面|深入|积极)/;

/**
 * 五大支柱产业不断做大做强，预计完成增加值910亿元 → 五大支柱产业增加值; 化工及新能源电池材料产业方面，
 * …，力争全年产值达150亿元 → 化工及新能源电池材料产业产值: a bare measure in a later clause is owned by
 * the subject that opens the sentence (its words before the first adverb, trailing verbs off); so
 * is its share (…战略性新兴产业快速发展，产值已占规模以上工业的11.7%). '' when the lead is no bare
 * measure or the opening is no subject.
 */
export function measureOfOpening(lead: string, sentenceBefore: string, segmenter?: Segmenter): string {
  const clauses = sentenceBefore.split(/[，,；;：:]/);
  const bare = BARE_MEASURE.exec(lead);
  // (公路水运方面，完成投资220亿元: under a topic said with 方面, investment done is the topic's too)
  // (基础设施，着力提高承载能力，力争完成投资1480亿元: so under a short topic opening the sentence alone)
  const topicInvested = !bare && (/方面$/.test(clauses[0]) || (clauses[0].length <= 6 && clauses.length > 2)) && /^(?:完成|实现)?投资$/.test(lead);
  if (!segmenter || !(bare || topicInvested) || clauses.length < 2) return '';
  const measure = bare ? bare[1] + (bare[2] ?? '').replace(/^(?:已|均)/, '') : '投资';
  // 重点改革成效明显，省属国企加快…转型，营业收入增长41.7%: a verdict opening the sentence is a
  // heading, the subject opens the clause after it
  const first = VERDICT.test(clauses[0]) && clauses.length > 2 ? clauses[1] : clauses[0];
  // 新能源产业重点发展…, 轻纺服饰产业以利辛县为重点: an industry opening a sentence ends where its
  // plan begins, whatever the segmenter makes of the words after it
  const industry = INDUSTRY_OPENING.exec(cleanLead(first, 60));
  if (industry) return industry[1] + measure;
  // 推动绿色铝向精深加工…延伸: a movement 向 somewhere ends the subject (jieba reads 铝向 as one word)
  // 聚焦…体系建设，大力发展铝基新材料首位产业，力争实现产值350亿元: the work on an industry in the clause
  // right before the measure's lends it the measure first
  const nearest = clauses.length > 2 ? segmenter.tag(cleanLead(clauses[clauses.length - 2], 60)) : [];
  const nearIndustry = nearest.length >= 2 && (/^v$/.test(nearest[0].tag) || PREDICATE_OPENING.test(nearest[0].word)) ? workedIndustry(nearest, segmenter, measure) : '';
  if (nearIndustry) return nearIndustry;
  const opening = cleanLead(first.replace(/方面$/, ''), 60).split(/(?<![方导走趋面转指意动志倾去])向(?=[\u4e00-\u9fff])/)[0];
  const words = segmenter.tag(opening);
  // 推动绿色铝向精深加工…延伸产业链，产值达到1300亿元; 加速硅光伏产业垂直一体化布局，增加值增长15%:
  // an opening verb of work on an industry or product lends it the measure, its object up to the next verb
  if (words.length >= 2 && (/^v$/.test(words[0].tag) || PREDICATE_OPENING.test(words[0].word))) return workedIndustry(words, segmenter, measure);
  if (!words.length || /^(?:v|vd|vi|d|p|c|u)$/.test(words[0].tag)) return '';
  // (省属国企加快由平台向实体转型: the subject ends at its first adverb, verb or preposition)
  let end = words.findIndex((w, i) => w.tag === 'd' || (i > 0 && /^(?:n|j)/.test(words[i - 1].tag) && /^(?:v|vd|vi|p)$/.test(w.tag)));
  if (end < 0) end = words.length;
  while (end > 0 && /^(?:v|vd|vi|vn|a|ad)$/.test(words[end - 1].tag)) end--;
  // (文化产业规模快速膨胀，实现增加值…: the size said of the subject is no part of whose measure it is; nor is
  // its pace, 高新技术产业发展增速，实现增加值…)
  const subject = words.slice(0, end).map((w) => w.word).join('').replace(/(?<=[\u4e00-\u9fff]{2})(?:规模|总量|(?:发展)?(?:增速|提速|加速))$/, '');
  // (主要农产品产量稳步增加，…产量: a subject that is the measure already takes it once)
  return end > 0 && subject.length >= 2 && /^(?:n|j)/.test(words[end - 1].tag) ? (subject.endsWith(measure) ? subject.slice(0, -measure.length) : subject) + measure : '';
}

/** The industry or product a clause opening with a verb works on (大力发展铝基新材料首位产业 → 铝基新材料首位产业), with the measure; '' when its object is none. */
function workedIndustry(words: readonly { word: string; tag: string }[], segmenter: Segmenter, measure: string): string {
  let from = 0;
  while (from < words.length - 1 && (/^v[ndi]?$/.test(words[from].tag) || PREDICATE_OPENING.test(words[from].word))) from++;
  const object = cutAtVerb(words.slice(from).map((w) => w.word).join(''), segmenter);
  return object.named && /(?:产业|行业|产品|[铝铜锌铁钢硅煤油气电茶糖酒])$/.test(object.text) ? object.text + measure : '';
}

/** A verdict that heads a passage: 重点改革成效明显, 创新动力显著增强, 开放活力逐步提升. */
const VERDICT = /(?:成效|成果|进展|态势|动力|活力|势头)(?:更加|持续|显著|明显|逐步|不断)?(?:明显|显著|突出|向好|增强|提升|彰显|强劲)$/;

/** An industry, then the words that open its plan: 新能源产业重点发展, 轻纺服饰产业以…为重点. */
const INDUSTRY_OPENING = /^([\u4e00-\u9fff]{2,12}?(?:产业|行业|产业链|产业集群))(?:重点|以|要|着力|主要|聚焦|加快|围绕|坚持)/;

/** Measures listed after a count up to 的 and their owner: (29处)、覆盖88.4万人、投资34亿元的农村集中供水工程. */
const MEASURES_TO_OWNER = /^(?:[^，。；、的]{0,3}、(?:覆盖|投资|总投资|惠及|涉及|带动|新增|容纳|服务|建筑面积|总面积|全长|总长)[^，。；、的]{1,14}?)*的(?=[\u4e00-\u9fff“])/;
/** A measure verb before a number that an owner after 的 has: 覆盖(88.4万人), 投资(34亿元), 投资近(千亿元). */
const MEASURE_VERB = /(覆盖|总投资|投资|惠及|涉及|带动|容纳|服务)(?:近|约|超过?|逾)?$/;

/**
 * 实施29处、覆盖88.4万人、投资34亿元的农村集中供水工程 → 农村集中供水工程, …覆盖, …投资: figures listed
 * before 的 describe the thing after it, each in its own measure. '' when the mention opens no such list.
 */
export function ownerAfterMeasures(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  // (高铁营业里程达到3万公里、覆盖80%以上的大城市: a measure named before its level owns the figure)
  if (/(?:达到?|为|是)$/.test(ctx.lead.trim())) return '';
  const listed = MEASURES_TO_OWNER.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 60));
  const measure = MEASURE_VERB.exec(ctx.lead.trim())?.[1] ?? '';
  if (!listed || (!listed[0].includes('、') && !measure)) return '';
  // (重点项目1900个、投资2000万元以上的技改项目3000个: a threshold before 的 sizes the next item's things,
  // it measures no owner of this figure)
  if (/以[上下]的$/.test(listed[0])) return '';
  // (the owner runs to the clause's end or a list: 的恒力聚酯园等506个项目, 的农村集中供水工程，实现…)
  const at = ctx.mention.span.end + listed[0].length;
  // (的德国负碳材料项目是…最大外商独资项目: the owner ends at its verb)
  // (涉及4.5万户的村庄改造和18.8万户的…: and before the next figure and the word joining it)
  const written = /^(?:(?![和及与]?\d)[^，。；、等]){2,20}/.exec(scan.slice(at, at + 20))?.[0] ?? '';
  // (的三个一号旅游公路全线贯通: or at its completion)
  const owner = cleanLead(written.split(/(?<=.{2})(?:是|成为|位居|实现|达到|全线|建成|贯通|开通|投运|投产)/)[0]);
  // (盛翌达光储算: a name the dictionary lacks opens with an unknown word, no action)
  const first = segmenter?.tag(owner)[0];
  const action = first && ACTION_TAGS.test(first.tag) && !(first.tag === 'x' && (first.word.length >= 3 || owner.length >= 4));
  // 投资25亿元的盛翌达光储算、…等重大项目: the things listed are the projects the list ends in
  // (新材料产业园, …工程 name their kind already)
  const head = !/(?:项目|园|区|基地|工程|中心|厂|站|线|港|馆)$/.test(owner) && /^[^，。；]{0,40}?等[^，。；]{0,6}项目/.test(scan.slice(at, at + 60)) ? '项目' : '';
  // (涉及4.5万户的村庄改造 → 村庄改造: what a work involves is counted in its own unit, 涉及 names no measure)
  return owner.length >= 2 && segmenter && !action ? owner + head + (measure === '涉及' ? '' : measure) : '';
}

/**
 * 确定经济增长6%的预期目标, 提出增长5%左右的目标: growth set as a goal is named with its 增长 (the verb setting it goes);
 * (确定“十三五”时期经济增长年均7.5%的预期: an average over the plan's years, and the expectation alone, too).
 */
export function growthGoalNamed(ctx: MentionContext): string {
  if (ctx.mention.unit !== '%' || !/^(?:左右|以上)?的(?:(?:预期|发展)?目标|预期(?=[，。；、）)]|$))/.test(ctx.after)) return '';
  const growth = /(?:^|[，、])\s*(?:确定|提出|设定|锚定|把|将)?(?:“[^”]{1,8}”时期)?([\u4e00-\u9fff]{0,10}?增长)(?:年均|平均)?$/.exec(ctx.lead.trimEnd())?.[1];
  return growth === undefined ? '' : growth === '增长' ? '经济增长' : growth;
}

/** Verbs that put up money, with a plan's modal words: (还将)安排, 投入, 下达, 筹集, 筹措, 拨付, 拿出. */
const PUTS_UP_MONEY = /(?:还将|将|拟)?(?:安排|投入|下达|筹集|筹措|拨付|拿出)$/;

/**
 * Money a spending verb puts up, named by what follows it: the kind of money (安排30亿元建设资金 →
 * 建设资金), a payment it is used for with its payer (中央财政拿出396亿元用于转移支付 → 中央财政转移支付),
 * whom a subsidy goes to (拿出100亿元，直接补贴种粮农民 → 直接补贴种粮农民), or what the next clause adds
 * to or builds (安排150亿元，增加对产粮大县…的转移支付; 投入90亿元，用于农村寄宿制学校建设工程), or a payer's input by
 * the work it is used for (中央财政拟投入433亿元用于促进就业 → 中央财政促进就业投入). '' when the
 * lead ends in no such verb or nothing after it names the money.
 */
export function moneyPutUp(ctx: MentionContext, scan: string, names: (phrase: string) => boolean, segmenter?: Segmenter): string {
  if (!isMoneyUnit(ctx.mention.unit) || !PUTS_UP_MONEY.test(ctx.lead.trim())) return '';
  const after = scan.slice(ctx.mention.span.end, Math.min(ctx.sentence.span.end, ctx.mention.span.end + 40));
  // (安排500亿元设立中央预算稳定调节基金: a fund set up with it is named whole, its verb off)
  const kind = /^(?:设立|建立|组建)?([\u4e00-\u9fff]{0,8}?(?:资金|经费|奖补|补助|债券)|[\u4e00-\u9fff]{0,12}?基金)(?=[，。；、]|$|用于|支持)/.exec(after)?.[1] ?? '';
  if (kind.length >= 2 && names(kind)) return kind;
  const paidAs = /^用于([\u4e00-\u9fff]{0,6}?(?:转移支付|补助|补贴|奖补))(?=[，。；]|$)/.exec(after)?.[1] ?? '';
  const payer = /^(?:今年|全年)?((?:中央|地方|省级?|市级?|县级?|各级)?财政)/.exec(cleanLead(ctx.lead.trim().replace(PUTS_UP_MONEY, '')))?.[1] ?? '';
  if (paidAs && payer) return payer + paidAs;
  // 中央财政拟投入423亿元，用于扶助和促进就业 → 中央财政扶助和促进就业投入: a payer's input is named by the
  // work it is used for (a verb phrase; money nouns after 用于 are taken below as written)
  const usedFor = /^[，,]?用于([\u4e00-\u9fff、]{2,12}?)(?=[，。；]|$)/.exec(after)?.[1] ?? '';
  if (payer && usedFor && /投入$/.test(ctx.lead.trim()) && !/(?:转移支付|补助|补贴|投入|资金|工程|项目|建设)$/.test(usedFor)) return payer + usedFor + '投入';
  const subsidy = /^[，,]((?:直接)?(?:补贴|补助|奖励)[\u4e00-\u9fff]{2,8}?)(?=[，。；]|$)/.exec(after)?.[1] ?? '';
  if (subsidy && names(subsidy)) return subsidy;
  // (省级财政安排1.2亿元，实施平安气象工程; …，加强动植物疫病防控: so is the work a verb of doing opens, the
  // programme of a province's list of practical deeds)
  const work = segmenter ? /^[，,]((?:全面)?(?:支持|实施|开展|加强|推进|推广)[^，。；]{4,30})/.exec(after)?.[1] ?? '' : '';
  const workDone = work.replace(/(?<=.{4})(?:建设|工作)(?:和[^，。；]{2,8})?$/, '');
  const object = workDone ? objectOfClause(workDone, segmenter!) : '';
  // (支持欠发达地区“一县一场”垃圾处理场项目: an object cut inside a quote keeps the quote whole)
  const workNamed = object.includes('”') && !object.includes('“') ? workDone.slice(workDone.lastIndexOf('“', workDone.length - object.length)) : object;
  if (workNamed.length >= 2 && names(workNamed)) return workNamed;
  const addedTo = segmenter ? /^[，,](?:增加|加大|充实|补充|用于)([^，。；]{4,30})/.exec(after)?.[1] ?? '' : '';
  // (the segmenter misreads place names there, 对产|粮大县: a money noun or a work at the end takes the phrase as written)
  const added = /(?:转移支付|补助|补贴|投入|资金|工程|项目)$/.test(addedTo) ? addedTo : addedTo ? objectOfClause(addedTo, segmenter!) : '';
  return added.length >= 2 && names(added) ? added : '';
}
