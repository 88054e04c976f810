// The sentence around a number: names read outside the number's own lead, the fall-backs for a
// lead that names nothing by itself. The previous figure a bare fragment qualifies (qualifyPrevious,
// aggregateOfPrevious: 增速, 省级, 占全国…), the object or subject of the clause before
// (previousClauseObject, previousClauseSubject, objectOfClause, subjectOfClauseBefore, ownerOfKind),
// a clause of the number's own (namesOfOwnClause, actionReached) and the sentence before
// (outputOfCrop, shareSpokenOf, actionNamedBefore).
import { ACQUIRING_VERBS, ACTS_ON_DOCUMENTS, CAPACITY_CUT_VERBS, CAPACITY_INDUSTRIES, NOMINAL_VERBS, SCOPE_LEVELS, WORK_STAGES } from '../../lexicon/cues.js';
import { measureHeads } from '../../lexicon/measure-heads.js';
import { YEAR_IN_WORDS } from '../../text/report-years.js';
import type { Segmenter } from '../../types.js';
import { clauseBefore, type MentionContext } from '../context.js';
import { cleanLead, POINT_LABEL } from './cues.js';
import { CROSSING_VERB } from './events.js';
import { LEVEL } from './lists.js';
import { STAGE_ALONE, STAGE_OPENING } from './name.js';
import { ACTION_TAGS, cutAtVerb, GOODS_ALONE, KEEP_IN_PHRASE, MANNER_TAGS, NAMING_TAGS, withoutVerbs } from './phrases.js';

/** 粮食生产实现“二十连丰”，总产量为1557.6亿斤 → 粮食总产量: a bare output is the crop's its sentence names. */
export function outputOfCrop(lead: string, sentenceBefore: string): string {
  const crop = /^(?:总产量|产量|总产)$/.test(lead) ? /(粮食|油料|棉花|蔬菜|茶叶|水果|水产品|肉类)/.exec(sentenceBefore)?.[1] : undefined;
  return crop ? crop + lead : '';
}

/**
 * The aggregate a bare level word names of the sentence's previous figure: after a growth rate,
 * the level of what grew (跨境寄递业务增速全国第一、总量全国第九 → 跨境寄递业务总量); after a count,
 * the total of what was counted (新增国家级孵化器13家、增量居全国第2位 → 国家级孵化器增量).
 * '' when the lead is no bare level word.
 */
export function aggregateOfPrevious(lead: string, previous: string): string {
  const level = /^[、，,]?\s*(总量|规模|总额)/.exec(lead);
  const growth = /^(.{2,}?)(?:增速|增幅)$/.exec(previous);
  // (高新技术企业数增长28%、总量居全国第8位 → 高新技术企业总量: the count's 数 is in 总量)
  if (level && growth) return countedThing(growth[1]) + level[1];
  // 新增国家级孵化器13家、增量居全国第2位 → 国家级孵化器增量; 总数居全国第4位 → …总数: a bare
  // aggregate ranked or measured after a count of new things is the aggregate of those things
  const aggregate = /(?:^|[、，,])\s*(总数|总量|增量|数量)(?:均|仍|连续\S{1,3}年)?(?:居|位居|跃居|稳居|位列|排名|列|排)/.exec(lead);
  return aggregate && previous ? countedThing(previous) + aggregate[1] : '';
}

/** The things a count or its growth counts: 新增境内上市公司 → 境内上市公司, 高新技术企业数 → 高新技术企业. */
function countedThing(previous: string): string {
  return previous.replace(/^(?:新增|净增|新培育|新认定)(?=.{2})/, '').replace(/(?<=(?:企业|公司|机构|单位|主体))数$/, '');
}

/** True when a lead is a verb of change or level (达到, 增长, 突破): it goes on about a subject. */
export function isChangeOrLevel(lead: string): boolean {
  return CHANGE_OR_LEVEL.test(lead.trim());
}

/** A share of a whole scope: 占全国, 占全盟, 占全球, 占世界, 占地区生产总值. */
export const SHARE_OF_SCOPE = new RegExp(`^占(?:全[${SCOPE_LEVELS}]|全球|全?世界|全部|(?:常住|户籍|总)人口|(?:地区|国内)?生产总值|GDP)`);

/** Measures of one product or trade that a report gives side by side: 产量…、销量…; 出口…、进口…; of a service's red tape: 减时间…、减材料…. */
const SIBLING_MEASURES = measureHeads('sibling');
const SIBLING_MEASURE = new RegExp(`年?(?:${SIBLING_MEASURES})$`);
const SIBLING_MEASURE_ALONE = new RegExp(`^(?:${SIBLING_MEASURES})$`);

/** Verbs of change or level, which say how much, not what was done: 增至, 恢复到, 扩大. */
// (连续5年超(万亿斤): a bound verb of one character ends the lead)
const CHANGE_OR_LEVEL = /^(?:由|从)?.*(?:到|至|为)$|超$|增长|增加|下降|减少|提高|提升(?!改造)|降低|扩大|缩小|恢复|上升|前移|前进|突破|超过|达到|以上|以下|以内|左右|占|比|排|居|列|跃|达$/;

/** A rate of growth, averaged, real or nominal: 年均增速, 实际增速, 名义增速, 增幅. */
const RATE_WORD = '(?:年均|实际|名义)?(?:增速|增幅|降幅|增长率)';
const RATE_AT_START = new RegExp(`^${RATE_WORD}`);
const RATE_AT_END = new RegExp(`(?<=.{2})${RATE_WORD}$`);

/**
 * A fragment that qualifies what the sentence's previous number measured:
 * 中欧班列开行量增长19.3%、增速全省第一 → 中欧班列开行量增速;
 * 新增国家级“专精特新”企业21家、省级129家 → 省级“专精特新”企业;
 * 大科学装置投运一个、开工一个 → 大科学装置开工 (the work done on the same thing:
 * the previous indicator without its own verb, then this verb).
 * `fragmentOnly`: the lead names nothing by itself (投入 does, as a quantity).
 * Returns '' when the fragment is no such qualifier.
 */
export function qualifyPrevious(fragment: string, previous: string, segmenter?: Segmenter, fragmentOnly = true): string {
  if (!previous || !fragment) return '';
  // (施工的工矿建设单位有一万多个，其中限额以上的(有九百二十一个) → 限额以上工矿建设单位: a bound ending in 的,
  // its noun left out, bounds the thing just counted)
  const bound = /^(.{2,8}?(?:以上|以下))的?$/.exec(fragment);
  if (bound) return bound[1] + previous.slice(previous.lastIndexOf('的') + 1);
  // 地区生产总值完成87.4亿元，…，年均增速达到8% → 地区生产总值年均增速
  // (全市地区生产总值实现5121.61亿元，…，实际增速9.2%、…，名义增速23.3%: real or nominal, the rate is the thing's)
  const rate = RATE_AT_START.exec(fragment);
  if (rate) return previous.endsWith(rate[0]) ? previous : previous.replace(RATE_AT_END, '') + rate[0];
  // 粮食产量稳定在…，亩产提高5斤 → 粮食亩产: a per-unit measure of the thing just measured
  const perUnit = /^(?:亩产|单产|单价|均价)$/.exec(fragment);
  const owner = /^(.{2,}?)(?:总产量|产量|总产|产值|价格)$/.exec(previous);
  if (perUnit && owner) return owner[1] + fragment;
  // 粮食播种面积稳定在385万亩以上、产量稳定在25.16亿斤以上 → 粮食产量: the crop sown yields it
  const output = /^(?:总产量|产量|总产|(?:综合)?总?产值|单产|亩产)$/.exec(fragment);
  const crop = /^(.{2,}?)(?:播种面积|种植面积|面积)$/.exec(previous);
  if (output && crop) return crop[1].replace(/^(?:完成|保持|实现|稳定)/, '') + fragment;
  // 红旗品牌汽车产量10.4万辆、销量10.02万辆 → 红旗品牌汽车销量: a sibling measure of the same thing
  const sibling = SIBLING_MEASURE.exec(previous);
  if (sibling && SIBLING_MEASURE_ALONE.test(fragment) && previous.length > sibling[0].length + 1) return previous.slice(0, -sibling[0].length) + fragment;
  // 粮食总产稳定在1300亿斤以上，播种面积保持在1.6亿亩 → 粮食播种面积: and the crop yielded was sown
  const sown = /^(?:播种|种植)?面积$/.test(fragment) ? owner : null;
  if (sown) return sown[1] + fragment;
  // 光伏项目获批14个，占全省新批53%: a share of a scope is the previous thing's share
  if (SHARE_OF_SCOPE.test(fragment) && !/^占/.test(previous)) {
    // 钾肥产量…，占全国总产量的77% → 钾肥占全国总产量比重: the measure is said once, in the share
    const measure = /(?:产量|产值|收入|总额|规模|总量)$/.exec(previous)?.[0];
    // (工业投资占全社会固定资产投资比重36%…，占全省工业投资比重6.2%: a share of another whole is
    // the thing's, not the share's)
    // (企业总数289.2万户、占全部经营主体的比重达到85%: the things' share, not their total's)
    // (民营经济总量…，占生产总值60%: the economy's share, not its total's; 经济总量 alone stays whole)
    // (战略性新兴产业增加值增长15%…，占生产总值比重: the thing's share, not its growth rate's)
    const thing = previous.replace(/(?<=.{2})占[^占]{2,}?(?:比重|比例|份额)$/, '').replace(/(?<=.{2})总数$/, '').replace(/(?<=.{3})总量$/, '').replace(/(?<=.{2})(?:增速|增幅)$/, '');
    const owner = measure && fragment.includes(measure) && previous.length > measure.length + 1 ? previous.slice(0, -measure.length) : thing;
    return owner + fragment + (/(?:比重|比例|份额)$/.test(fragment) ? '' : '比重');
  }
  // 创建国家一级博物馆1家、二级3家 → 国家二级博物馆: a grade alone is the previous thing at that grade
  const grade = GRADE.exec(fragment);
  const previousGrade = grade ? GRADE_WORD.exec(previous) : null;
  if (grade && previousGrade && previousGrade[0] !== grade[0] && sameGradeFamily(previousGrade[0], grade[0])) {
    return previous.slice(0, previousGrade.index) + grade[0] + previous.slice(previousGrade.index + previousGrade[0].length);
  }
  const level = LEVEL.exec(fragment);
  // 新建国家级技能大师工作室5个、省级工作室60个 → 省级技能大师工作室: a level with the previous
  // thing's head alone is that thing at the other level
  const previousLevel = LEVEL.exec(previous);
  const head = level ? fragment.slice(level[0].length) : '';
  if (level && previousLevel && head.length >= 2 && previousLevel[0] !== level[0] && previous.endsWith(head) && previous.length > previousLevel[0].length + head.length) {
    return level[0] + previous.slice(previousLevel[0].length);
  }
  if (level && fragment === level[0]) {
    // (现有国家级…龙头企业3家、省级74家: the stock word before the level goes with it; 创成国家级绿色工厂9家、
    // 省级17家: so does the verb that won the title)
    const thing = (segmenter ? withoutVerbs(previous, segmenter) : previous).replace(/^(?:现有|共有|拥有|创成|新创成|获评|认定|新认定)(?=国家级|省级|市级|州级|县级|自治区级)/, '');
    const own = LEVEL.exec(thing);
    return own ? level[0] + thing.slice(own[0].length) : level[0] + thing;
  }
  // 引进外资45亿美元、内资1375亿元 → 引进内资: a word of two characters ending as the previous object
  // does is a sibling of it, taken by the same verb
  const acquired = fragment.length === 2 ? ACQUIRED_OBJECT.exec(previous) : null;
  if (acquired && acquired[2].endsWith(fragment[1])) return acquired[1] + fragment;
  // 实施藏香猪产业项目23个、完成投资5330万元: a bare measure of the same thing
  const measure = RELATIONAL.exec(fragment);
  // (全社会固定资产投资五年完成58360亿元…，2010年完成投资(16113亿元): the same measure again, of the same thing)
  if (measure && previous.endsWith(measure[1]) && previous.length > measure[1].length + 1) return previous;
  if (measure && segmenter) {
    // the owner must be a thing of its own (not 项目 alone, not 年产量: a measure owns nothing)
    const object = withoutVerbs(previous, segmenter);
    return object.length >= 3 && !MEASURE_END.test(object) ? object + fragment : '';
  }
  // 制造业投资增速…保持18%以上，占比提高到31.1% → 制造业投资占比: a bare share of the thing just measured
  // (新能源发电装机新增147万千瓦，占比提高到9.5%: the share of the whole thing, not of what was added)
  if (/^(?:占比|比重)$/.test(fragment)) return previous.replace(/(?<=.{2})(?:增速|增幅|新增|净增)$/, '') + fragment;
  // 技术合同成交额达到6121亿元、金额居全国第3位: a bare amount word after a figure that is itself an
  // amount or volume restates it
  if (/^(?:金额|总额|总量|规模|数量)$/.test(fragment) && /(?:额|量|规模|值)$/.test(previous)) return previous;
  // 中欧班列开行868列、净增100列: a net rise of the same measure
  // (4项指标中有3项获全省第三: what was won, or placed, is the thing before)
  if (/^(?:净增(?:加)?|获|获得|荣获)$/.test(fragment)) return previous;
  // 淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨 → 淘汰落后水泥产能: a good alone after capacity cut is that
  // good's capacity cut the same way
  const cut = CAPACITY_CUT.exec(previous);
  // (水产品产量, 产量: a measure of its own is no good alone; 生铁, 焦化: a good of two characters the small
  // word list does not know is one word all the same, 火电装机 and 小火电 are not goods alone)
  const good = (w: { word: string; tag: string }) => /^nz?$/.test(w.tag) || (w.tag === 'x' && w.word.length === 2 && fragment.length === 2);
  // (造纸, 制革: an industry named by its process is a good all the same)
  if (cut && segmenter && fragment.length <= 5 && !MEASURE_END.test(fragment) && ((CAPACITY_INDUSTRIES as readonly string[]).includes(fragment) || segmenter.tag(fragment).every(good))) return cut[1] + fragment + cut[2];
  // (城镇保障性住房基本建成432万套，新开工建设1043万套: building, 建设, after a stage says nothing more)
  const action = fragment.replace(/(?<=.{2})建设$/, '');
  // (进入全国前10, 跻身全国百强: a verb of entering a list is no action done to the previous thing)
  if (!segmenter || action.length > 4 || CHANGE_OR_LEVEL.test(fragment) || /^(?:进入|跻身|迈入|迈进|入围|入选|位列|晋级)$/.test(fragment)) return '';
  // 东城GDP超过700亿元，虎门(加快向)800亿元迈进 → 虎门GDP: another place alone, after a place's measure, has
  // that measure (a town jieba knows, or an unknown word when what the place had was a measure)
  const parallelPlace = placeInsteadOf(fragment, previous, segmenter);
  if (parallelPlace) return parallelPlace;
  // 清理地方性法规20件，废止7件 → 废止地方性法规: an act on documents reads first, and the review that
  // counted them (清理, 梳理) and who did it are no part of it (废止71件，宣布失效80件: after a figure
  // named by another act, the things are that name's own); so does a cut of capacity (关停5000万千瓦
  // 小火电机组，今年要关停1000万千瓦 → 关停小火电机组)
  if (ACT_READ_FIRST.test(action)) {
    const otherAct = ACT_OPENING_NAME.exec(previous);
    const acted = otherAct ? previous.slice(otherAct[0].length) : withoutVerbs(previous, segmenter).replace(REVIEW_OF_DOCUMENTS, '');
    return acted.length >= 2 ? action + acted : '';
  }
  // verbs alone (开工, 改造提升), or one word the segmenter does not know (续建, 投运, 谋定):
  // an action in a list
  const words = segmenter.tag(action);
  // (呢绒增长百分之十二，毛线增长百分之四十二: a good is no action)
  const unknownWord = words.length === 1 && words[0].tag === 'x' && action.length === 2 && !NOMINAL_VERBS.test(action) && !CROSSING_VERB.test(action) && !GOODS_ALONE.test(action);
  // (棚改安置房开工66.33万套、基本建成38.42万套: how far it went, 基本, goes with the action)
  if (!unknownWord && (!fragmentOnly || !words.every((w) => /^v[dig]?$/.test(w.tag) || /^(?:[新再已]|基本)$/.test(w.word)))) return '';
  // 完成重点项目前期930个、新开工547个、在建433个: the phase of the previous item goes with it
  // (新开工保障性安居工程: a stage opening the name is a verb the segmenter may not tag as one)
  // (水库除险加固开工559座，完工303座 → 水库除险加固完工: a name ending in its phase keeps the work done
  // before the phase, 除险加固, whatever the segmenter tags it)
  const phased = PHASES_AT_END.exec(previous);
  const thing = phased && phased.index >= 2 ? previous.replace(STAGE_OPENING, '') : withoutVerbs(previous, segmenter).replace(STAGE_OPENING, '');
  const object = thing.replace(PHASES_AT_END, '');
  if (object.length < 2 || ACTION_TAGS.test(segmenter.tag(object).map((w) => w.tag).join(''))) return '';
  // 特困人员集中供养标准每人每年不低于9600元，分散供养…7200元 → 特困人员分散供养标准: the previous name
  // ends in an action and its measure (标准, 水平); the sibling action takes the action's place
  const measured = MEASURE_OF_ACTION.exec(previous);
  if (measured && !STAGE_ALONE.test(fragment)) {
    const words = segmenter.tag(previous.slice(0, measured.index));
    let end = words.length;
    while (end > 0 && /^(?:v|vd|vn|vi|ad|d)$/.test(words[end - 1].tag)) end--;
    if (end < words.length) return words.slice(0, end).map((w) => w.word).join('') + fragment + measured[0];
  }
  // a stage of works takes the place the previous name gave its own: before the thing when that name
  // opened with its verb (新开工保障性安居工程740万套，基本建成511万套 → 基本建成保障性安居工程; 新建改造提升高标准农田…、
  // 开工建设252.5万亩 → 开工建设高标准农田), else after it (大科学装置开工, 高标准农田改造, as 重点项目开工 reads)
  // (新开工棚户区改造14.7万户、完工11.9万户 → 棚户区改造完工: a work named by its action reads with its stage after)
  // (建成变电站26座、在建31座 → 在建变电站: 在建 reads before the thing always, golds 72 of 72)
  const verbFirst = STAGE_ALONE.test(fragment) && ((previous.endsWith(thing) && previous.length > thing.length) || fragment === '在建') && !WORK_AT_END.test(object);
  return verbFirst ? fragment + object : object + action;
}

/** A measure of an action, ending a name after it: (集中供养)标准, (补助)水平. */
const MEASURE_OF_ACTION = /(?<=[\u4e00-\u9fff]{2})(?:标准|水平|比例|比重|覆盖率|金额)$/;

/** Acts that read before what they act on: on documents (废止, 修订), on capacity (关停, 淘汰). */
const ACTS_READ_FIRST = [...ACTS_ON_DOCUMENTS, ...CAPACITY_CUT_VERBS].join('|');
const ACT_READ_FIRST = new RegExp(`^(?:${ACTS_READ_FIRST})$`);
/** The acts opening a name, one or several (制定修改政府规章, 清理废止市政府规章, 制定、修改和废止). */
const ACT_OPENING_NAME = new RegExp(`^(?:(?:${ACTS_READ_FIRST}|清理)[、和及]?)+(?=[\\u4e00-\\u9fff“]{2})`);
/** The review a count of documents came from, with whoever did it: (国务院各部门共)清理, (全面)梳理, (提请省人大常委会审议)通过. */
const REVIEW_OF_DOCUMENTS = /^[^，。；]*?(?:清理|梳理|审查|整理|审议通过|通过)(?:了)?(?=[\u4e00-\u9fff“]{2})/;

/** A capacity (cut), its good between the cut and the capacity: 淘汰落后(炼钢炼铁)产能, 化解(钢铁)过剩产能, (粗钢)产能. */
// (压减退出钢铁产能: verbs of a cut may come in a run, each kept)
const CAPACITY_CUT = new RegExp(`^((?:.{0,6}?(?:${CAPACITY_CUT_VERBS.join('|')})+的?)?)[\\u4e00-\\u9fff]{1,6}?((?:过剩|落后|低效)?产能)$`);

/** The capacity a list of goods ends in, named after its last figure: (…平板玻璃3500万标准箱)等落后产能, (…PC机300万台)产能. */
const CAPACITY_AFTER_LIST = /^(?:左右|以上|多)?(?:等((?:落后|过剩|低效)?产能)|(产能))/;
/** The verb of a cut and the first good, as the first figure of such a list is named: 淘汰(钢铁). */
const CUT_OF_GOOD = new RegExp(`^(${CAPACITY_CUT_VERBS.join('|')})([\\u4e00-\\u9fff]{1,6})$`);
/** A verb of forming capacity and the first good: 形成(服务器); the capacity formed is the good's, the verb no part of it. */
const FORMED_GOOD = /^(?:形成|新增|建成)([\u4e00-\u9fff\w]{1,6})$/;

/**
 * 今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能 → 淘汰钢铁落后产能, 淘汰水泥落后产能, …:
 * goods listed with their figures, then the capacity they are of after 等, are each that good's capacity
 * cut (rewrites `indicators` in place).
 */
export function capacityAfterList(contexts: MentionContext[], indicators: string[]): void {
  for (let last = 1; last < contexts.length; last++) {
    const after = CAPACITY_AFTER_LIST.exec(contexts[last].after);
    const kind = after?.[1] ?? after?.[2];
    if (!kind) continue;
    let first = last;
    while (first > 0 && /^、[\u4e00-\u9fff\w]{1,6}$/.test(contexts[first].lead.trim())) first--;
    // (形成服务器150万台、PC机300万台产能 → 服务器产能, PC机产能: capacity formed, listed without 等, keeps no verb;
    // a cut keeps its verb for every good: 淘汰钢铁落后产能, 淘汰水泥落后产能)
    const formed = after?.[2] ? FORMED_GOOD.exec(indicators[first] ?? '') : null;
    const cut = after?.[1] ? CUT_OF_GOOD.exec(indicators[first] ?? '') : null;
    const firstGood = formed?.[1] ?? cut?.[2];
    if (!firstGood || first === last) continue;
    const verb = cut?.[1] ?? '';
    indicators[first] = verb + firstGood + kind;
    for (let k = first + 1; k <= last; k++) indicators[k] = verb + contexts[k].lead.trim().slice(1) + kind;
  }
}

/** The phases a previous item's name ends in: 重点项目前期, …新开工, …基本建成, …新. */
const PHASES_AT_END = new RegExp(`(?<=.{2})(?:前期|基本|${WORK_STAGES.join('|')}|(?<![更创革翻刷])新)+$`);

/** A grade of a ranked kind of thing: 一级, 二级 (博物馆, 医院), 甲级, 4A级 (景区), 五星级 (酒店). */
const GRADE_WORD = /[一二三四五]级|[甲乙丙]级|[1-5]A级?|[一二三四五]星级/;
/** A grade alone. */
const GRADE = new RegExp(`^(?:${GRADE_WORD.source})$`);

/** Two grades of one scale: 一级 and 二级, 4A and 5A级 (not 一级 and 5A). */
function sameGradeFamily(a: string, b: string): boolean {
  const scale = (g: string) => (/星级$/.test(g) ? 'star' : /A/.test(g) ? 'A' : /[甲乙丙]/.test(g) ? 'letter' : 'number');
  return scale(a) === scale(b);
}

/** An acquiring verb and the two-character object it took: 引进|外资. */
const ACQUIRED_OBJECT = new RegExp(`^(${ACQUIRING_VERBS.join('|')})([\\u4e00-\\u9fff]{2})$`);
/** A measure that needs an owner, with the verb that reports it: 完成投资, 实现年度产值. */
const RELATIONAL = new RegExp(`^(?:完成|实现|累计完成|累计|共)?(?:年度)?(?:计划)?(${measureHeads('owned')})$`);
/** Phrases that are measures themselves: 年产量, 营业收入, 增加值. */
const MEASURE_END = new RegExp(`(?:${measureHeads('named')})$`);

/** Things that name only their kind: 重点任务, 年度重点任务, 主要任务. */
const KIND_ONLY = /^(?:年度)?(?:重点|主要|具体)?任务$/;

/**
 * 对政府工作报告180项重点任务 → 政府工作报告重点任务; 落实中部城市群高质量发展64项年度重点任务 →
 * 中部城市群高质量发展年度重点任务: things counted by their kind alone are the tasks of what the lead
 * works on (a preposition and verbs off its front), or, for a count opening its clause, of what `before` (the
 * clause before) is about. '' when neither names anything of its own.
 */
export function ownerOfKind(lead: string, after: string, segmenter?: Segmenter, before = ''): string {
  if (!segmenter || !KIND_ONLY.test(after)) return '';
  // (长三角一体化发展加快推进，83项重点任务全面实施: a count opening its clause names the tasks of what the clause
  // before is about, that clause without the verbs and adverbs that end it)
  if (!cleanLead(lead) && before) {
    const clause = [...segmenter.tag(before.trim())];
    while (clause.length && /^(?:v|vd|vi|d|a|ad)$/.test(clause.at(-1)!.tag)) clause.pop();
    const subject = cleanLead(clause.map((w) => w.word).join(''));
    return clause.some((w) => NAMING_TAGS.test(w.tag)) && subject.length >= 2 ? subject + after : '';
  }
  const words = segmenter.tag(cleanLead(lead).replace(/^(?:对|针对|围绕|就|按照)/, ''));
  let from = 0;
  while (from < words.length - 1 && /^(?:v|vd|ad|d)$/.test(words[from].tag)) from++;
  const owner = words.slice(from).map((w) => w.word).join('');
  return owner.length >= 2 ? owner + after : '';
}

/**
 * 从今年开始拟连续几年发行超长期特别国债，今年先发行1万亿元 → 超长期特别国债: when the clause
 * of a number names nothing, the thing its verb works on is the object of the clause before
 * (the words after that clause's last verb, as the segmenter tags them). '' when none is found.
 */
export function previousClauseObject(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  // 经济总量实现历史性突破，达到1298.8亿元: a verb of level or change goes on about the subject
  // of the clause before, which the sentence's opening names; only a verb of action takes the object
  if (!segmenter || CHANGE_OR_LEVEL.test(ctx.lead.trim())) return '';
  // 城市居民最低生活保障的覆盖人数，由年初的400多万人扩大到…: a level a change starts from measures the
  // clause before whole when that clause is a measure (its last verb is inside the name)
  const measured = FROM_LEVEL.test(ctx.lead.trim()) ? cleanLead(clauseBefore(ctx, scan)).replace(/(?<=.{4})的(?=[\u4e00-\u9fff]{2,4}$)/, '') : '';
  if (measured.length >= 4 && MEASURE_NOUN_AT_END.test(measured)) return measured;
  return objectOfSameVerb(ctx, scan, segmenter) || objectOfClause(clauseBefore(ctx, scan), segmenter);
}

/**
 * …发行超长期特别国债，专项用于…建设，今年先发行1万亿元 → 超长期特别国债: a clause whose verb
 * repeats one said earlier in the sentence works on what that verb took then, however many
 * clauses stand between. '' when the lead ends in no verb said before.
 */
function objectOfSameVerb(ctx: MentionContext, scan: string, segmenter: Segmenter): string {
  const verb = segmenter.tag(ctx.lead.trim()).at(-1);
  if (!verb || verb.word.length < 2 || !/^v[di]?$/.test(verb.tag)) return '';
  const earlier = scan.slice(ctx.sentence.span.start, ctx.clauseStart);
  const at = earlier.lastIndexOf(verb.word);
  if (at < 0) return '';
  const clause = earlier.slice(at).split(/[，,：:；;。]/)[0];
  return clause.length > verb.word.length ? objectOfClause(clause, segmenter) : '';
}

/** A level a change starts from, opening the clause: 由(年初的)…, 从(上年的)…. */
const FROM_LEVEL = new RegExp(`^(?:由|从)(?:年初|上年|去年|\\d{4}年|${YEAR_IN_WORDS}年)?的?$`);
/** A measure at the end of a phrase: 覆盖人数, 参保率, 总量, (财政收入占国民收入的)比重. */
const MEASURE_NOUN_AT_END = new RegExp(`(?:${measureHeads('level')})$`);

/** A word that gives an example, opening a clause: 例如, 比如, 譬如. */
const EXAMPLE_OPENING = /^\s*(?:例如|比如|譬如)[，,：:]?/;

/** A trend shown by the thing before it: (增速)快于全省的势头, (收入)稳定增长的良好态势. */
const TREND_SHOWN = /(?:(?:[快高好优]于|领先于?)[^，。；的]{0,6}|(?:稳定|持续|较快|快速)?(?:增长|发展|回升|向好))的(?:良好|强劲|稳定)?(?:势头|态势|趋势)/;

/** A steady state said of the thing before it, ending its clause: 稳中提质, 稳中有升, 量质齐升, 持续向好. */
const STATE_AT_END = /(?:稳中(?:提质|有进|向好|有升|有增|趋好)|量质齐升|持续向好)$/;

/**
 * 克服…影响，粮食产量再创历史新高，达到837.3亿斤: a verb of level or change goes on about the
 * subject of the clause before, when that clause opens with one (a noun phrase, then its verb).
 */
export function previousClauseSubject(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  if (!segmenter || !CHANGE_OR_LEVEL.test(ctx.lead.trim())) return '';
  // (…有了巨大的发展，例如高等学校的毕业生，第一个五年合计为(二十八万人): a word that gives an example opens
  // the clause, the subject follows it)
  const clause = clauseBefore(ctx, scan).replace(EXAMPLE_OPENING, '');
  if (!clause || /[0-9]/.test(clause)) return '';
  // 下调城镇职工基本养老保险单位缴费比例，各地可降至16%: a clause that changes a thing names it as its object
  // (加大高标准农田投入和管护力度，新建和改造提升200万亩: the effort put into a thing names it too)
  // (逐步降低农业税税率，平均每年降低1个百分点: an adverb may come first)
  if (/^(?:逐步|进一步|适当|继续|稳步|大幅)?(?:下调|上调|降低|提高|调整)/.test(clause) || EFFORT_AT_END.test(clause)) return objectOfClause(clause, segmenter);
  if (/^v/.test(segmenter.tag(clause)[0]?.tag ?? 'v')) return '';
  // (粮食每亩平均年产量，在三种不同的地区，分别达到…: a clause of the setting, opened by 在 or 按照, has no subject)
  if (/^(?:在|按照|根据)/.test(clause.trim())) return '';
  // (实际使用外资稳中提质，总量达257亿美元: the state a thing is in, after it, is the thing's)
  const state = STATE_AT_END.exec(clause);
  if (state && state.index >= 2) return cleanLead(clause.slice(0, state.index));
  // 地区生产总值增速快于全省的势头不断巩固提升，全年增长7.8%: the trend a thing shows is the thing's
  return subjectOpening(clause.replace(TREND_SHOWN, ''), clause.length, segmenter);
}

/** The noun phrase a clause opens with, up to its verb, when a verb follows it within `length`; '' else. */
function subjectOpening(clause: string, length: number, segmenter: Segmenter): string {
  const { text, named } = cutAtVerb(clause, segmenter);
  return named && text.length < length ? cleanLead(text) : '';
}

/**
 * 中欧班列长安号打通跨里海、黑海贸易通道，全年开行(4639列) → 中欧班列长安号开行: a lead that is one verb alone
 * (开行, 接待, 完成) acts on what the clause before names as its subject, when that clause opens with one.
 * '' when the clause before opens with a verb or names no subject.
 */
export function actorOfClauseBefore(ctx: MentionContext, scan: string, verb: string, segmenter?: Segmenter): string {
  if (!segmenter || !/^[\u4e00-\u9fff]{2}$/.test(verb)) return '';
  const own = segmenter.tag(verb);
  if (own.length !== 1 || own[0].tag !== 'v') return '';
  const clause = clauseBefore(ctx, scan).replace(EXAMPLE_OPENING, '');
  if (!clause || /[0-9]/.test(clause) || /^v/.test(segmenter.tag(clause)[0]?.tag ?? 'v')) return '';
  // (今年的全国社会集团购买力，要…压缩20%: a clause that is a measure alone is the topic the verb acts on)
  if (/(?:率|度|量|额|数|值|力|规模)$/.test(clause.trim())) return '';
  const actor = ownerOfCapacity(subjectOpening(clause, clause.length, segmenter), segmenter);
  return actor.length >= 2 && !actor.includes('、') ? actor + verb : '';
}

/**
 * 中欧（中亚）班列货运通道能力(稳步提升，累计过境…): a subject that is a capacity or level of something acts
 * through its owner, the first thing it names after any places (中欧（中亚）班列).
 */
function ownerOfCapacity(subject: string, segmenter: Segmenter): string {
  if (!/(?:能力|水平)$/.test(subject)) return subject;
  let owner = '';
  for (const { word, tag } of segmenter.tag(subject)) {
    owner += word;
    if (/^n[^s]?$|^x$/.test(tag) && /[\u4e00-\u9fff]/.test(word) && tag !== 'ns') return owner.length < subject.length ? owner : subject;
  }
  return subject;
}

/** A lead that is an aggregate alone: 总量(达), 规模(达), 总额(为). */
const AGGREGATE_ALONE = /^(?:总量|规模|总额|总数)$/;

/** A verb of reach alone, how many an action reached: 惠及约(30万人), 覆盖(1.2万户). */
const REACH_ONLY = /^(?:惠及|覆盖|受益|带动)(?:约|近|超过?|逾)?$/;

/**
 * Names a clause of its own between the previous figure and this one gives, best first: whom an
 * action reached counts for what it acted on (投入3489万元，开展文化演出，惠及约30万人 → 文化演出); a
 * level or change is its clause's subject's (…；原油产量继续增长，达到1.42亿吨 → 原油产量; 一般公共预算收入
 * 跨越六个百亿元台阶，从453亿元… → 一般公共预算收入), unless the clause opens with a preposition or a
 * verb (按可比价格计算, 创历史新高) or the figure is a rank. [] when no such clause stands between.
 */
export function namesOfOwnClause(ctx: MentionContext, scan: string, kind: string, before: string, segmenter?: Segmenter): string[] {
  if (!segmenter || ctx.clauseStart <= (ctx.previous ? ctx.previous.mention.span.end + 1 : ctx.sentence.span.start)) return [];
  const clause = clauseBefore(ctx, scan);
  const lead = ctx.lead.trim();
  const reached = REACH_ONLY.test(lead) ? actionReached(clause, segmenter) : '';
  // (实际使用外资稳中提质，总量达257亿美元: an aggregate alone names no thing, the clause before does)
  const bare = !before || AGGREGATE_ALONE.test(before);
  const opening = bare && kind !== 'rank' ? segmenter.tag(clause.replace(/^[，,\s]+/, ''))[0] : undefined;
  if (!opening || /^(?:p|v|d)/.test(opening.tag)) return [reached];
  const fromLevel = /^(?:由|从)$/.test(lead) ? cleanLead(clause) : '';
  return [reached, previousClauseSubject(ctx, scan, segmenter) || (fromLevel.length <= 16 ? fromLevel : '')];
}

/**
 * What the action of a clause works on: its object (组织文化培训 → 文化培训), or, when the segmenter
 * ends it in a verb, the clause after its opening verb (开展文化演出 → 文化演出). '' when the clause
 * holds a figure or opens with no verb.
 */
export function actionReached(clause: string, segmenter: Segmenter): string {
  const object = objectOfClause(clause, segmenter);
  if (object || /[0-9]/.test(clause)) return object;
  const words = segmenter.tag(clause.replace(/^[，,\s]+/, ''));
  return words.length >= 2 && /^v/.test(words[0].tag) ? words.slice(1).map((w) => w.word).join('') : '';
}

/**
 * The object of a clause: the words after its last verb, when they end in a noun (发行超长期特别
 * 国债 → 超长期特别国债, 接受国家基本公共卫生服务项目绩效评价 → the 评价). '' when there is none.
 */
export function objectOfClause(written: string, segmenter: Segmenter): string {
  // (（8）继续提高企业最低工资标准: a point's label opening the clause, POINT_LABEL, is no figure in it)
  const clause = written.trim().replace(POINT_LABEL, '');
  if (!clause || /[0-9]/.test(clause)) return '';
  const words = segmenter.tag(clause);
  // the object runs back to a verb; 推进品质养老服务创新工程: one that leaves a bare head (工程,
  // 计划) is inside the name, so the cut goes back to the verb before
  let from = 0;
  // 打好“保交房”攻坚战: a verb inside quotes is part of a quoted name, never the clause's verb
  const quoted: boolean[] = [];
  let open = 0;
  for (const w of words) { quoted.push(open > 0); for (const ch of w.word) open += ch === '“' ? 1 : ch === '”' ? -1 : 0; }
  for (let i = words.length - 2; i >= 0; i--) {
    if (quoted[i]) continue;
    // 超长期特别国债: a one-character verb before an adverb is a prefix inside the name
    // (推进保障性安居工程建设: nor is a verb before 性, which makes an adjective of it)
    // (垃圾处理场项目: nor before a one-character head, 场 or 厂, with which it makes a noun)
    const prefix = (words[i].word.length === 1 && MANNER_TAGS.test(words[i + 1].tag)) || words[i + 1].word.startsWith('性') || (words[i + 1].word.length === 1 && words[i + 1].tag === 'q' && i + 2 < words.length);
    if (/^v[di]?$/.test(words[i].tag) && !prefix && !KEEP_IN_PHRASE.test(words[i].word) && !NOMINAL_VERBS.test(words[i].word)) {
      from = i + 1;
      // (推进保障性安居工程建设: the work done to it, 建设, is no part of the length; 工程建设 is a bare head)
      const named = words.slice(from, words.length - (words.length - from > 1 && /^(?:建设|改造)$/.test(words[words.length - 1].word) ? 1 : 0));
      if (named.reduce((n, w) => n + w.word.length, 0) >= 3) break;
    }
  }
  // 经济增速逐季回升: what follows the last verb must end in a noun to be its object, or in a
  // work done to one (参与老旧小区改造 → 老旧小区改造)
  if (from === 0) return '';
  // 加大保障性安居工程建设力度 → 保障性安居工程, 加大高标准农田投入和管护力度 → 高标准农田: the effort
  // put into a thing names the thing
  const object = words.slice(from).map((w) => w.word).join('');
  const effortOn = object.replace(EFFORT_AT_END, '');
  if (effortOn !== object) return effortOn.length >= 2 && NAMING_TAGS.test(segmenter.tag(effortOn).at(-1)?.tag ?? '') ? cleanLead(effortOn) : '';
  const last = words[words.length - 1];
  const work = KEEP_IN_PHRASE.test(last.word) && words.length - from >= 2 && NAMING_TAGS.test(words[words.length - 2].tag);
  // (向困难群众发放一次性生活补助: a verb that names a quantity, 补助, ends an object as a noun does)
  return NAMING_TAGS.test(last.tag) || work || NOMINAL_VERBS.test(last.word) ? cleanLead(object) : '';
}

/** The effort put into a thing, after it: 建设力度, 投入和管护力度. */
const EFFORT_AT_END = /(?<=.{2})(?:(?:建设|工作|推进|投入|管护|保护|支持|监管|整治)[和、]?)*力度$/;

/**
 * 经济总量在全国百强城市中排名大幅提升，在省会城市中排名上升1位 → 经济总量在省会城市中排名:
 * a lead that opens with a preposition has lost its subject, which opens the clause before.
 * '' when the lead has a subject or none is found.
 */
export function subjectOfClauseBefore(ctx: MentionContext, scan: string, lead: string, previous = ''): string {
  if (!/^(?:在|于|对)/.test(lead)) return '';
  const clause = clauseBefore(ctx, scan);
  // (经济总量…，占全国比重由7.2%提升至7.4%，在北方地区占比…: after a clause of the thing's share, a share
  // in another scope is the same thing's)
  if (clause.startsWith('占') && /(?:占比|比重)$/.test(lead) && /^.{2,}?占/.test(previous)) return previous.replace(/(?<=.{2})占.*$/, '') + lead;
  // (占全国比重由…提升至7.4%，在北方地区占比…: the 比 of 比重 compares nothing, and a clause that opens
  // with its share has no subject of its own)
  const subject = /^([\u4e00-\u9fff“”]{2,10}?)(?:在|于|对|比(?![重例])|较)/.exec(clause)?.[1] ?? '';
  return subject && !subject.startsWith('占') ? subject + lead : '';
}

/**
 * 工业投资总量…，占全市固定资产投资比重连续四年提升，2023年占比为29.3% → 工业投资总量占全市固定资产
 * 投资比重: a bare 占比 names the share the sentence spoke of before, owned by its subject.
 * '' when the lead is no bare share word or the sentence names no share.
 */
export function shareSpokenOf(lead: string, sentenceBefore: string, owner: string): string {
  if (!/^(?:占比|比重|比例|占比重)$/.test(lead)) return '';
  const shares = sentenceBefore.match(/占[^，。；占]{2,20}?(?:比重|比例)/g);
  if (!shares) return '';
  const share = shares[shares.length - 1];
  return owner && !owner.includes(share) ? owner.replace(/(?:总量|总额|规模)$/, '') + share : share;
}

/** Actions that name a work when a thing stands before them: 老旧小区改造, 高标准农田建设. */
const WORK_ACTION = '(?:改造|建设|治理|整治|修复|提升|搬迁|安置)';
const WORK_ACTIONS = new RegExp(`^${WORK_ACTION}$`);
/** A work named by its action, last: 棚户区改造. */
const WORK_AT_END = new RegExp(`${WORK_ACTION}$`);

/** The latest phrase of the sentence before that ends in a bare action (老旧小区改造), or ''. */
export function actionNamedBefore(action: string, sentenceBefore: string, names: (phrase: string) => boolean): string {
  if (!WORK_ACTIONS.test(action)) return '';
  const found = [...sentenceBefore.matchAll(new RegExp(`[\\u4e00-\\u9fff“”]{2,8}?${action}`, 'g'))].map((m) => cleanLead(m[0]));
  const named = found.reverse().find((phrase) => phrase.length > action.length && names(phrase));
  return named ?? '';
}

/** A measure a place has: GDP, 生产总值, 产值, 营收, 总量… (not a count of projects or an action). */
const PLACE_MEASURE = new RegExp(`(?:${measureHeads('ofPlace')})$`);

function placeInsteadOf(fragment: string, previous: string, segmenter: Segmenter): string {
  // (长安、松山湖GDP超过900亿元，南城超过800亿元: all the places listed go, the measure stays)
  const words = segmenter.tag(previous);
  const places = words.findIndex((w) => w.tag !== 'ns' && !/^[、和及与]$/.test(w.word));
  const measure = words.slice(places).map((w) => w.word).join('');
  if (places < 1 || !PLACE_MEASURE.test(measure)) return '';
  const own = segmenter.tag(fragment);
  return own.length === 1 && (own[0].tag === 'ns' || (own[0].tag === 'x' && fragment.length === 2)) ? fragment + measure : '';
}

/** A list of fields named by two characters each, with the word for their whole: 科技、教育、文化事业. */
const FIELDS_LISTED = /(?:[\u4e00-\u9fff]{2}、){2,}[\u4e00-\u9fff]{2}(?:事业|领域|产业)?/g;

/**
 * 国家财政用于这些方面的经费 → 国家财政用于科技、教育、文化事业的经费: a pointer back to several fields
 * (这些方面) stands for the last list of fields said before it in the paragraph (我国科技、教育、文化事业
 * 重新出现了…). The name unchanged when no such list stands before the pointer.
 */
export function fieldsPointedTo(name: string, paragraphBefore: string): string {
  if (!name.includes('这些方面')) return name;
  const before = paragraphBefore.slice(0, paragraphBefore.lastIndexOf('这些方面'));
  const fields = [...before.slice(-160).matchAll(FIELDS_LISTED)].at(-1)?.[0];
  return fields ? name.replace('这些方面', fields) : name;
}

/** Money named only by its payer and kind: 中央财政投入, 中央财政补贴资金 (拟安排 gone before). */
const BARE_MONEY = /^((?:全国|国家|中央|地方|各级|省级|市级|自治区|省|市|县)?(?:财政|政府))(?:预算)?(补贴资金|补助资金|补贴|补助|投入|支出)$/;
/** The sentence before raising a kind of money for a topic: 三要进一步增加农业补贴。, 各级政府都要增加对“三农”的投入。 */
const TOPIC_RAISED = /(?:增加|加大)(?:对)?([^，。；、对]{2,10}?)的?(补贴|补助|投入|支出)(?:力度)?。$/;

/**
 * 三要进一步增加农业补贴。中央财政拟安排补贴资金1230亿元 → 中央财政农业补贴资金: money named only by its payer
 * and kind, right after a sentence that raises that kind of money for a topic, is the topic's. The name
 * unchanged otherwise.
 */
export function topicOfBareMoney(name: string, paragraphBefore: string): string {
  const bare = BARE_MONEY.exec(name);
  if (!bare) return name;
  const end = paragraphBefore.lastIndexOf('。');
  const previous = end < 0 ? '' : paragraphBefore.slice(paragraphBefore.lastIndexOf('。', end - 1) + 1, end + 1);
  const topic = TOPIC_RAISED.exec(previous);
  return topic && bare[2].startsWith(topic[2]) ? bare[1] + topic[1] + bare[2] : name;
}

/** Names that say only a kind of work or money, no field: 完成投资, 投资, 项目. */
const GENERIC_WORK = /^(?:(?:力争)?完成)?投资$|^(?:重大|重点)?项目$/;

/**
 * 高速公路，建设长春至烟筒山等8个项目730公里 → 高速公路, 工业发展，力争完成投资7200亿元 → 工业投资: a sentence
 * opened by a topic alone (a noun phrase, then a comma) is about that topic; a figure its clause names only by
 * a kind of work or money (项目, 完成投资) is the topic's. The name unchanged otherwise.
 */
export function topicOfSentenceOpening(name: string, unit: string, ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  // (高速公路方面，新开工平果至南宁、南宁经玉林至珠海（广西段）等14条1100公里: examples listed before 等 and a count with no
  // noun name nothing either; the topic does, after the stage of the works, 新开工高速公路)
  // (建成玉林至钦州等6条: one example is enough after a stage of works)
  const lead = ctx.lead.trim();
  const examplesOnly = (/、[^，。；]*等$/.test(lead) || (/等$/.test(lead) && WORK_STAGES.some((stage) => lead.startsWith(stage)))) && !/^[\u4e00-\u9fff“]/.test(ctx.after);
  if (!segmenter || !(GENERIC_WORK.test(name) || examplesOnly)) return name;
  // (a list label before the topic opens nothing: 一是, （二）)
  const opening = /^([\u4e00-\u9fff]{2,10})，/.exec(scan.slice(ctx.sentence.span.start, ctx.mention.span.start).trim().replace(LIST_LABEL, ''));
  if (!opening) return name;
  // (a noun first and last, a noun of action inside or 建设/发展 at the end: 基础设施建设; 深化央地合作, 适港产业提质升级 are deeds)
  const topic = opening[1].replace(/方面$/, '');
  const words = segmenter.tag(topic);
  const nounish = (tag: string) => /^(?:n|nz|ns|nt|j|l|x)$/.test(tag);
  if (!nounish(words[0]?.tag ?? '') || !words.every((w, i) => nounish(w.tag) || (w.tag === 'vn' && (i < words.length - 1 || /^(?:建设|发展)$/.test(w.word))))) return name;
  // (工业发展，…完成投资: the industry's investment, 发展 no part of it; projects counted or at a stage, 开工…等216公里项目,
  // keep the names the stage gives them)
  if (/投资$/.test(name)) return `${topic.replace(/(?<=.{2})发展$/, '')}投资`;
  if (examplesOnly) return `${WORK_STAGES.find((stage) => lead.startsWith(stage)) ?? ''}${topic}`;
  return /^[个项]$/.test(unit) || WORK_STAGES.some((stage) => ctx.lead.includes(stage)) ? name : topic;
}

/** A list label opening a sentence: 一是, （二）, 3. */
const LIST_LABEL = /^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])/;

/**
 * 一是经济总量跨上新台阶。首次突破3万亿，达到3.12万亿元 → 经济总量: a figure left with no name, in a
 * sentence that names no subject, is the subject of the sentence before it when that sentence states a
 * topic (no figure of its own). The name unchanged otherwise.
 */
export function topicOfSentenceBefore(name: string, paragraphBefore: string, segmenter?: Segmenter): string {
  if (name || !segmenter) return name;
  const end = paragraphBefore.lastIndexOf('。');
  if (end < 0) return name;
  const topic = topicOfSentence(paragraphBefore.slice(paragraphBefore.lastIndexOf('。', end - 1) + 1, end).trim(), segmenter);
  // (the heading of the nearest list item: （五）加快城乡保障性住房建设。一是…。二是加快推进棚户区改造。…)
  // (办好10件为民实事：一是提高…最低标准。: or the first item of a list a colon opens)
  const headings = paragraphBefore.split('。').map((sentence) => sentence.trim().replace(/^[^：]*：(?=[一二三四五六七八九十]+是)/, '')).filter((sentence) => LIST_LABEL.test(sentence));
  return topic || objectOfHeading(headings.at(-1) ?? '', segmenter) || name;
}

/**
 * 二是加快推进棚户区改造。…今年改造完成400万平方米 → 棚户区改造: failing a topic in the sentence before,
 * a figure with no name is about the object of the short heading that opens its list item. '' for a
 * heading that is long, holds a figure or a comma, or is all verbs.
 */
function objectOfHeading(opening: string, segmenter: Segmenter): string {
  // (一是提高城乡居民省级基础养老金最低标准: the length is the heading's own, its label aside)
  if (!LIST_LABEL.test(opening) || opening.replace(LIST_LABEL, '').length > 20 || /[，,；0-9]/.test(opening)) return '';
  // the verbs and adverbs that open the heading off (加快|推进), the rest whole (棚户区|改造: jieba tags 改造 v)
  const words = segmenter.tag(opening.replace(LIST_LABEL, ''));
  const first = words.findIndex((w) => !/^(?:v|vd|d|ad)$/.test(w.tag));
  const object = first > 0 ? words.slice(first).map((w) => w.word).join('') : '';
  return object.length >= 2 && words.slice(first).some((w) => !/^[vdu]/.test(w.tag)) ? object : '';
}

/** The topic a sentence with no figure states, its subject before the verb; '' when it states none. */
function topicOfSentence(sentence: string, segmenter: Segmenter): string {
  const previous = sentence.replace(LIST_LABEL, '');
  // (根据这个要求，今年计划国内生产总值增长百分之九: a figure in words is a figure too)
  if (!previous || previous.length > 30 || /[0-9０-９]|百分之/.test(previous)) return '';
  // (鼓励金融机构向…提供贷款: a sentence that opens with its verb states no topic; 改造 (vn) may open one)
  if (/^(?:v|vd)$/.test(segmenter.tag(previous)[0]?.tag ?? '')) return '';
  const { text, named } = cutAtVerb(previous, segmenter);
  const topic = named && text.length < previous.length ? cleanLead(text) : '';
  return topic.length >= 2 ? topic : '';
}

/**
 * 加强…铁路专用线建设，确保到2020年铁路货运周转量比重，比2017年提高(7个百分点) → 铁路货运周转量比重: a
 * clause right before the figure's own that is a measure alone (its time and cue words off) names the figure
 * its clause names nothing of, before the sentence's opening words do.
 */
export function measureOfClauseBefore(ctx: MentionContext, scan: string): string {
  const clause = cleanLead(clauseBefore(ctx, scan, 60));
  return clause.length >= 4 && MEASURE_END.test(clause) ? clause : '';
}
