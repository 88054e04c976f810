import { APPROX_WORDS, FOOTNOTE_MARK_PATTERN, NEEDS_MET, PREDICATE_ADVERBS, ROUTE_KINDS, WORK_STAGES } from '../../lexicon/cues.js';
import { cleanLead, RECKONED_BY } from './cues.js';
import { GOODS_ALONE } from './phrases.js';
import { measureHeads } from '../../lexicon/measure-heads.js';
import type { ClaimKind, Segmenter } from '../../types.js';
import { PEOPLE_GROUPS } from '../../lexicon/units.js';

// Finishing a name: once the sentence's names are paired, finishedName gives each claim its name
// as readers write it (quotes balanced, footnote marks off, projects named stage first, no list
// comma before a closing measure, insurances named whole, 平均每人 as 人均, a good weighed or grown as its
// output), kindOfPrevious lends a kind named after 其中 the measure of the thing before it, and
// perHeadOfTopic puts 人均 after the people of a topic measured per head. These steps read the name alone
// (with its unit and kind, the previous name or the lead), never the text, so they stand apart from the
// readers of the text.

/** Footnote marks, dropped from a finished name: ①, [3], ［3］ (FOOTNOTE_MARK_PATTERN). */
const FOOTNOTE_MARKS = new RegExp(FOOTNOTE_MARK_PATTERN, 'g');

/** A bracketed note of how a good is reckoned: （按有效成份计算）, (按可比价格计算) (（折纯） stays: the golds keep it 3 of 3). */
const RECKONING_NOTE = new RegExp(`(?<=.)[（(]${RECKONED_BY}[）)]`, 'g');

/**
 * A phrase cut just inside an opening quote keeps the quote whole: 四上企业” → “四上企业”,
 * 走出去”“请进来”团组 → “走出去”“请进来”团组 (the cut fell after the “ that opened it).
 */
function balanceQuotes(written: string): string {
  // 省级“两化融合”㉜试点示范企业, 表单式+: footnote marks and a trailing + are no part of a name
  // (村（: a bracket left open at the end, its words cut off, goes; 桥梁（含渡改桥 keeps what it holds)
  // (化肥（按有效成份计算）: a note of how a good is reckoned is no part of its name)
  // (工业总产值（不包括手工业产值，下同）: nor a note of what is left out, cut open at its comma)
  const indicator = written.replace(FOOTNOTE_MARKS, '').replace(/(?<=.)[+＋]$/, '').replace(/(?<=.)[（(][^（()）]?$/, '').replace(/(?<=.)[（(](?:不包括|不含)[^（()）]*$/, '').replace(RECKONING_NOTE, '');
  const close = indicator.indexOf('”');
  return close >= 0 && !indicator.slice(0, close).includes('“') ? '“' + indicator : indicator;
}

/**
 * Projects counted by their stage name the stage first, as a kind of project: 重点项目新开工(547个)、
 * 在建(433个) → 新开工重点项目, 在建重点项目 (golds of the 41 reports 9 of 10 so; firms that 上市 or
 * 新增 are split, and keep the order written).
 */
const PROJECT_THEN_STAGE = new RegExp(`^(.*?(?:项目|工程))(${[...WORK_STAGES, '新签约', '签约'].join('|')})$`);

/** A stage of works alone, with how far it went: 基本建成, 新开工, 开工建设 (建设 says nothing more). */
const STAGE = `(基本)?(${WORK_STAGES.join('|')})(?:建设)?`;
export const STAGE_ALONE = new RegExp(`^${STAGE}$`);
const STAGE_AT_END = new RegExp(`${STAGE}$`);
/** A stage of works opening a name, before the works' own name: 新开工(保障性安居工程) (建成区 is a place). */
export const STAGE_OPENING = new RegExp(`^${STAGE}(?!区)(?=[\u4e00-\u9fff]{2})`);

/**
 * 继续推进保障性安居工程建设，…，基本建成500万套 → 保障性安居工程基本建成: a stage of works alone names
 * the works the clause before pushed on, at that stage. The object unchanged when the lead is no stage.
 */
export function worksAtStage(object: string, lead: string): string {
  // (今年基本建成: a time or cue before the stage names nothing)
  const stage = STAGE_AT_END.exec(lead);
  if (!stage || cleanLead(lead.slice(0, stage.index))) return object;
  return object.replace(/(?<=.{2})(?:建设|工作)$/, '') + stage[0].replace(/建设$/, '');
}

function stageBeforeProjects(name: string, unit: string): string {
  if (unit !== '个' && unit !== '项') return name;
  const m = PROJECT_THEN_STAGE.exec(name);
  return m ? m[2] + m[1] : name;
}

/**
 * A list's comma left before the share or measure that ends a name: 规上工业企业实现“智改数转”、占比(达72.8%)
 * → 规上工业企业“智改数转”占比, 首创“园区贷”、授信金额(超220亿元) → 首创“园区贷”授信金额 (the measure is the
 * thing's, not a second item).
 */
function withoutCommaBeforeMeasure(name: string): string {
  // (进出口总额、出口总额, 人民币存款、贷款余额, “白名单”项目总数、融资金额: two measures listed stay a list)
  return name.replace(/(?<=.{2})(?<!额|量|数|性能|占比|比重|比例|规模)、(?=(?:[\u4e00-\u9fff]{0,2}(?:金额|性能)|占比|比重|比例)$)/, '');
}

/**
 * A social insurance named by its risk alone before 参保 is that insurance: 养老、医疗、失业、工伤参保人数
 * (分别为…) → 养老保险参保人数, … (the golds write 保险 in 18 of 18 such names).
 */
function insuranceNamed(name: string): string {
  // (养老、医疗、失业、工伤各项保险参保人数 → 养老各项保险参保人数 → 养老保险参保人数: the head shared with 各项 is each one's)
  // (养老、基本医疗保险覆盖率 → 养老医疗保险覆盖率 → 养老保险覆盖率: the next item's risk in the shared head is not this one's)
  return name
    .replace(/^((?:城乡居民|城镇职工|企业职工)?(?:基本)?(?:养老|医疗|失业|工伤|生育))(?:各项|各类)(?=保险)/, '$1')
    .replace(/^(养老|医疗|失业|工伤|生育)(?:基本)?(?!\1)(?:养老|医疗|失业|工伤|生育)(?=保险)/, '$1')
    .replace(/^((?:城乡居民|城镇职工|企业职工)?(?:基本)?(?:养老|医疗|失业|工伤|生育))(?=参保)/, '$1保险');
}

/**
 * 棉花(三百六十万吨) → 棉花产量, 纱(增长百分之十三点三) → 纱产量, 自行车(增长一点八倍) → 自行车产量: what a
 * bare good weighs, or how it grew, is how much of it was made (a count of goods, 万台 or 万辆, is left
 * as written).
 */
function outputOfGoods(name: string, unit: string, kind: ClaimKind): string {
  const weighed = /^(?:吨|斤|公斤)$/.test(unit) && (kind === 'amount' || kind === 'change');
  const grown = kind === 'change' && /^(?:%|倍)$/.test(unit);
  return (weighed || grown) && GOODS_ALONE.test(name) ? name + '产量' : name;
}

/** People said to benefit right after their count: (1700多万)人次受益, (6700万)群众受益. */
const BENEFIT_AFTER = /^(?:以上|多|余)?(?:群众|人次|人|户|名)?受益/;

/**
 * 价格补贴…，6700万群众受益 → 价格补贴受益: people counted as benefiting from what the clause names are
 * its beneficiaries, not the thing itself (national golds 4 of 5 name them so).
 */
export function beneficiariesOf(name: string, after: string): string {
  return name && BENEFIT_AFTER.test(after) && !/受益|惠及/.test(name) ? `${name}受益` : name;
}

/** A group of people opening a name, then at least two characters of what they did (医疗队 not cut out of 医疗队员). */
const PEOPLE_THEN_DEED = new RegExp(`^(.{0,10}?(?:${PEOPLE_GROUPS.join('|')})(?!员))(?=[\\u4e00-\\u9fff“]{2})`);
/** What may follow people in their own name: their households, dependants, numbers, incomes and aids (残疾人家庭, 职工医保). */
const PEOPLE_OWN = /^(?:家庭|户|子女|家属|人数|数|比例|比重|占比|收入|人均|消费|工资|补贴|补助|标准|医保|养老|保险|就业率|参保率)/;

/**
 * 254万农村人口饮用水安全问题(得到解决) → 农村人口, 1516名医务工作者白衣执甲 → 医务工作者, 千万群众喜迁新居 → 群众:
 * people counted are named by who they are when the name is read after their count; what they did or got
 * follows them there, and the golds put it before them or leave it out (解决饮水安全问题农村人口, 喜迁新居群众:
 * 40 of 45 such rows), so the people, which either holds, name the count. `following` is the text after the number.
 */
export function peopleCounted(name: string, unit: string, following: string): string {
  if (!/^(?:人|人次|户|)$/.test(unit)) return name;
  if (!following.replace(/^(?:左右|以上|多|余)?的?/, '').startsWith(name.slice(0, 4))) return name;
  // (选派796名优秀医护人员驰援湖北: praise of the people counted is no part of who they are)
  const who = /^(?:优秀|精干)(?=[\u4e00-\u9fff]{0,6}(?:人员|工作者|队员|医疗队))/.test(name) ? name.slice(2) : name;
  const people = PEOPLE_THEN_DEED.exec(who);
  // (150万人口安全饮水: 人口 alone names no group)
  return people && people[1].length >= 2 && people[1] !== '人口' && !PEOPLE_OWN.test(who.slice(people[1].length)) ? people[1] : who;
}

/** A lead that says only "per head": 每人平均达到, 平均每人, 人均为. */
const PER_HEAD_LEAD = /^[，,]?\s*(?:每人平均|平均每人|人均)(?:每年)?(?:达到?|为|是|超过|突破|接近|近|约)?$/;

/**
 * 农民从集体分得的收入，每人平均达到(83.4元) → 农民人均从集体分得的收入: a figure per head of the people a
 * topic names is that topic per head (人均 after the people, as 农民人均纯收入 is written).
 */
export function perHeadOfTopic(name: string, lead: string): string {
  if (!PER_HEAD_LEAD.test(lead.trim()) || name.includes('人均') || !name) return name;
  const ofPeople = name.replace(/^(农民|农村居民|城镇居民|居民|职工|城镇职工|市民|村民|牧民|农牧民)(?=[\u4e00-\u9fff]{2})/, '$1人均');
  // (地区生产总值…总量达9.96万亿元，人均达12.36万元 → 人均地区生产总值: an aggregate of a place, per head)
  // (全省经济总量跨过2万亿元台阶，人均超过(3000美元) → 人均生产总值: the economy per head is output per head)
  return ofPeople !== name ? ofPeople : `人均${name.replace(/^(?:全[省市区县国])?经济总量$/, '生产总值')}`;
}

/**
 * A kind of the thing measured before, after 其中, takes that measure: 汽车保有量由2552万辆增至3230万辆，
 * 其中新能源汽车(由45万辆…) → 新能源汽车保有量 (全市经营主体达120万户，其中企业: no measure, no change).
 */
export function kindOfPrevious(name: string, previous: string, lead: string): string {
  if (!/^[，,、；]?\s*其中/.test(lead.trim())) return name;
  const m = /^(.{2,}?)(保有量|总产量|产量|销量|总产值|产值|营业收入|营收|销售额|进出口额|出口额)$/.exec(previous);
  if (!m || name === m[1] || name.endsWith(m[2]) || !name.endsWith(m[1])) return name;
  return name + m[2];
}

/** A part's share named by the whole alone: 服务贸易占到全省, 金牌数量占全省 (not 占地, 占用, nor a share already named). */
// (海洋生产总值约占全国的(1/6): a word of approximation before 占 is the qualifier's, not the name's)
const SHARE_WITHOUT_MEASURE = new RegExp(`^(.{2,}?)(?:${APPROX_WORDS.join('|')})?占(?:到|了)?(?!地(?!区)|[用有领据比优])([^占，。；、]{2,16}?)的?$(?<!比重|比例|份额|占比|比)`);

/** A part reaching a share of a whole (a total, an average, or all of a place): 新开工面积达到总建筑面积, 总量达全国. */
const SHARE_REACHED = /^(.{2,}?)(?:达到|达)((?:全国|全省|全市|全区|全体|总)[^达，。；、]{0,12}|[^达，。；、]{2,12}?(?:总数|总量|总额|总面积|总人口|平均工资|平均水平))$/;
/**
 * Things reaching a share of another quantity named whole (随机抽查事项达到市场监管执法事项的(70%以上), 电力市场化交易达到全社会用电量
 * 的(20%)): the same share, 达到 written out before a whole that is no rate or standard itself (达标率 reaches nothing).
 */
const SHARE_OF_WHOLE_REACHED = /^(.{2,}?)达到([^达，。；、]{2,12})$(?<![率例重准平])/;

/** 问题 after a need met: (饮水安全)问题. */
const NEED_MET_PROBLEM = new RegExp(`(?<=${NEEDS_MET.join('|')})问题$`);

/**
 * What a note in brackets says it holds or leaves out, opening a name: （不含海关税收等612.3亿元）, （含土地出让收入120亿元）.
 * A figure in the note is named by what it counts, not by 含 or 不含 (read only inside brackets: 含硫过多 outside is a verb).
 */
export const NOTE_SCOPE = /^(?:不|并不)?(?:含|包含|包括)(?=[\u4e00-\u9fff“]{2})/;

/**
 * A name as the claim gives it, once the sentence's names are paired: quotes balanced, projects
 * named stage first, no list comma before a closing measure, insurances named whole, 平均每人 as 人均.
 */
export function finishedName(written: string, unit: string, kind: ClaimKind): string {
  // (a part that reaches a share of a whole, SHARE_REACHED or SHARE_OF_WHOLE_REACHED, reads part 占 whole 比重 as a level in %)
  const shareReached = (whole: string, part: string, of: string): string => (kind === 'ratio' && unit === '%' ? `${part}占${of}比重` : whole);
  // (平均每人占有粮食 → 人均占有粮食: per head, written out)
  // (农民人均的纯收入 → 农民人均纯收入: the 的 of a per-head measure is dropped; the 的 of a share,
  // 占国内生产总值的比重, stays as written: where the text has it the golds keep it 31 : 2)
  return outputOfGoods(insuranceNamed(withoutCommaBeforeMeasure(stageBeforeProjects(balanceQuotes(written), unit))), unit, kind)
    .replace(/平均每人(?=[\u4e00-\u9fff])/g, '人均')
    // (24个项目入选第五批国家非遗名录 → 国家非遗名录: the batch a list is published in opens no name; the golds
    // name the list, or what entered it, 入选国家非遗名录项目)
    .replace(/^(入选)?第[一二三四五六七八九十\d]{1,3}批次?(?=[\u4e00-\u9fff“])/, '$1')
    // (成为全国第6个存贷款(突破2万亿元)的城市, 第一个常住人口(突破2000万人)的: the place's order of arrival opens no
    // name; what passed the mark is measured, 存贷款 and 常住人口)
    // (武汉成为第二个经济总量… → 武汉经济总量: the place named before 成为 stays)
    .replace(/^(?:([\u4e00-\u9fff]{2,4}?)成为|成为)?(?:全国|全省|全球|中西部|西部|东部)?(?:第[一二三四五六七八九十\d]{1,2}个|首个)(?=[\u4e00-\u9fff“]{2})/, '$1')
    // (地区生产总值年均增速高于全国(0.8个百分点) → 地区生产总值增速: a rate compared or ranked is named without
    // the years it averages over, as the golds name growth rates 216 : 3)
    // (年均增速达到(7.5%) is the average itself, a change, and keeps its 年均)
    .replace(/(?<=[\u4e00-\u9fff]{2})年均(?=(?:增速|增幅|占比)$)/, (average) => (kind === 'change' ? average : ''))
    // (在工农业生产总值中现代工业所占比重, 生产资料的生产在工业总产值中所占比重 → 现代工业占工农业生产总值比重: a share
    // said of the part within the whole reads part 占 whole, as the golds name shares)
    .replace(/^在([^，。；在中]{2,16}?)中(?:的)?([^，。；]{2,16}?)所占的?比重$/, '$2占$1比重')
    .replace(/^([^，。；在]{2,16}?)在([^，。；在中]{2,16}?)中所占的?比重$/, '$1占$2比重')
    // (在…发放价格临时补贴的基础上，省财政(再安排2.8亿元): the ground built on, up to its comma, is a setting, no name)
    .replace(/^[^。；]*?的?基础上[，,]\s*(?=[\u4e00-\u9fff]{2})/, '')
    .replace(/人均的(?=[\u4e00-\u9fff]{2})/, '人均')
    // (新建光伏电站村级(1000个)、户用(5万户) → 村级光伏电站, 户用光伏电站: a level or use said after the works it sorts
    // goes before them, in place of the one the works were named with)
    .replace(/^(?:村级|户用|县级|乡级|省级|市级|国家级)?([\u4e00-\u9fff]{1,10}?(?:站|园|区|点|所|中心|基地|工程|项目))(村级|户用|县级|乡级|省级|市级|国家级)$/, '$2$1')
    // (30个县通天然气管道 → 通天然气管道的县: counties counted by a link they have are named by it, as the golds name them)
    .replace(/^(县|县区|县（市、区）|县\(市、区\))(不?通[\u4e00-\u9fff“”]{2,12})$/, (whole, county: string, link: string) => (unit === '个' ? `${link}的${county}` : whole))
    // (飞机、船舶和海工平台跨境租赁资产均占全国(80%): 均, all of them, says how many share it, no part of the share's name;
    // 人均占有粮食, 平均占比 keep theirs)
    .replace(/(?<=[\u4e00-\u9fff]{2})(?<![人平])均(?=占(?!有))/, '')
    // (完成科尔沁沙地综合治理任务398.2万亩, 完成培训任务100万人: a task measured in its own units is the work done,
    // its 任务 (and the years it spans) no part of the name; tasks counted (20项重点任务), a share of the task done, a goal's
    // or plan's task stay)
    .replace(/(?<=[\u4e00-\u9fff”]{2})(?<!目标|总|计划|行动|重点|主要)(?:年度|[一二三四五两]年)?任务$/, (task) => (/^(?:项|个|件|条|批|%)$/.test(unit) ? task : ''))
    // (发放廉租住房租赁补贴(3万户): households or people counted are those paid, the verb of paying no part of the name;
    // a sum paid keeps it, 发放租赁补贴(2亿元), as the golds write it)
    .replace(/^发放(?=[\u4e00-\u9fff“”]{2,}(?:补贴|补助|资金|救助金|奖励)$)/, (pay) => (/^(?:户|人|人次|户次|家)$/.test(unit) ? '' : pay))
    // (17个重点城市PM2.5平均浓度…: the pollutant's name cut at its digits, PM or PM_, opens the next measure, no part
    // of the things counted)
    .replace(/(?<=[\u4e00-\u9fff]{2})PM_?$/, '')
    // (29个老旧小区综合整治试点进展顺利, 52个合作项目进展顺利: the progress said of the things counted is no part of
    // their name)
    .replace(/(?<=[\u4e00-\u9fff”]{2})进展$/, '')
    // (…糖等的价格补贴(共二百三十四亿元): a 的 left opening a name whose owners were a list cut off opens nothing)
    .replace(/^的(?!士)(?=[\u4e00-\u9fff]{2})/, '')
    // (解决254万农村人口饮水安全问题 → 农村人口饮水安全: a need met is named without 问题, NEEDS_MET)
    .replace(NEED_MET_PROBLEM, '')
    // (服务贸易占到全省的(50%), 金牌数量占全省的(56%) → …占全省比重: a share named by its whole alone is the
    // share of it, as the golds name it 37 of 40 times; 占地, 占用 are no shares, 占地区生产总值 is)
    // (十大生态产业增加值占到地区生产总值(的27%) → …占地区生产总值比重: a share reads 占 alone, as every gold name
    // with 占 does, 1738 of 1738)
    .replace(/(?<=[\u4e00-\u9fff“”]{2})占(?:到了?|了)(?=[\u4e00-\u9fff“”]{2})/, '占')
    .replace(SHARE_WITHOUT_MEASURE, (whole, part: string, of: string) => (unit === '%' ? `${part}占${of}比重` : whole))
    // (装配式建筑新开工面积达到总建筑面积的(30%), 对外贸易总量达全国的(七分之一) → …占总建筑面积比重: a part that
    // reaches a share of a whole is named as a share, as the golds name it)
    .replace(SHARE_REACHED, shareReached)
    .replace(SHARE_OF_WHOLE_REACHED, shareReached)
    // (中央财政安排资金 → 中央财政资金: the verb of spending between the payer and its money, golds 4 : 1;
    // 中央财政投入社会保障资金 → 中央财政社会保障资金, 投入国债资金 → 国债资金: so is 投入 before money named as
    // such, after the payer or opening the name)
    // (省财政共统筹安排“三农”投入, 拟统筹安排: with how it is arranged, the verb goes all the same)
    .replace(/(?<=财政)(?:共|拟|还|将|再)?(?:统筹)?安排(?=[\u4e00-\u9fff“”]{2})/, '')
    .replace(/(?:^|(?<=财政))(?:投入|拨付|下拨|下达)(?=[\u4e00-\u9fff“”]{2,}(?:资金|经费)$)/, '')
    // (出台了建设资源节约型社会…的政策措施: a name never opens with the particle of a verb before it)
    .replace(/^了(?=[\u4e00-\u9fff“]{2})/, '')
    // (淘汰落后的水泥产能 → 淘汰落后水泥产能: the golds never keep the 的 of 落后, 13 : 0)
    .replace(/落后的(?=[\u4e00-\u9fff]{2})/, '落后')
    // (公园绿地共新增球类场地 → 公园绿地新增球类场地: 共 inside a name, before the verb, says the figure is a sum,
    // it names nothing; 累计 stays, as the golds keep it 12 : 5)
    .replace(/(?<=[\u4e00-\u9fff]{2})(?:共计|共)(?=新增|新建|完成|建成|实现|开工|改造|投入|发放|培训|带动|引进|减少|帮助)/, '')
    // (为困难群众发放救助金, 为农民工…开展免费体检 → 困难群众救助金, 农民工…免费体检: the people served, then what
    // was given them; 为经营主体减负 and 为民办实事 stay, as the golds keep them)
    .replace(/^为([^，。；为]{2,16}?)(?:发放|开展)([\u4e00-\u9fff]{2,})$/, '$1$2')
    // (民营经济发展保持领先优势，全年增长(7.8%) → 民营经济, 支持150个重点项目发展 → 重点项目: the growth of a
    // thing is measured by a figure, 发展 names nothing more; 高质量发展, 融合发展 stay, a kind of it)
    .replace(/(?<=[\u4e00-\u9fff]{2})(?<!质量|协调|融合|一体化|绿色|创新|集群|转型)发展$/, '')
    // (粮食总产量即(从…增加到…), 全国粮食总产量应该有(七千二百亿斤): a word of restating, of what should be
    // or of having, left at a name's end, names nothing)
    .replace(/(?<=[\u4e00-\u9fff”]{2})(?:即|应该|应当|还有|也有|都有|已经有|已有)$/, '')
    // (82项年度重点任务全部(完成) → 年度重点任务: "all of them" says how many, it names nothing)
    .replace(/(?<=[\u4e00-\u9fff]{2})(?:全部|全都)$/, '')
    // (同30个国家建立或(恢复了外交关系), 重点商圈和(…): a name cut before the second of two joined words ends in
    // no conjunction; 参与, 惠及, 涉及, 普及, 合并 are words)
    .replace(/(?<=[\u4e00-\u9fff”]{2})(?<![参惠涉普以顾波触企合兼吞归])[或和及与并]$/, '');
}

/** A measure after 的, with up to four words of its own before the head: (职工的)年平均工资, (煤炭的)外运能力. */
const MEASURE_AFTER_OF = new RegExp(`^(.{2,}?)的([\\u4e00-\\u9fff]{0,4}?(?:${measureHeads('ofOwner')}))$`);
/** Words that make what stands before 的 a relation, not an owner: 对经济增长的贡献率, 占…的比重, 超30万元的. */
const RELATION_BEFORE_OF = /对|占|与|用于|以[上下]|超/;

/**
 * 职工的工资总额 → 职工工资总额, 粮食的年平均产量 → 粮食年平均产量: a measure owned by a noun phrase is named
 * without the 的 between them (national golds 33 : 6). A verb or adjective before 的 makes a clause
 * that describes the measure, and the 的 stays: 上缴国家的利润, 从集体分得的收入, 固定职工的比例.
 */
export function ownerOfMeasure(name: string, segmenter?: Segmenter): string {
  const m = MEASURE_AFTER_OF.exec(name);
  if (!m || !segmenter || RELATION_BEFORE_OF.test(m[1])) return name;
  const describes = segmenter.tag(m[1]).some((w) => /^(?:v|vd|vi|a|ad|d|p|m|q|u[a-z]*)$/.test(w.tag));
  return describes ? name : m[1] + m[2];
}

/** A thing, then a list comma and a second verb of two characters on it: 城乡低保标准、覆盖(119.2万人). */
const SECOND_VERB_ON_THING = /^(([^、，]{2,16}?)(?:标准|水平|力度)?)、([\u4e00-\u9fff]{2})$/;

/**
 * 提高城乡低保标准、覆盖(119.2万人) → 城乡低保覆盖: two verbs share one thing, and the figure after the second
 * counts what the second did to it (the measure the first raised, 标准, is no part of it). The name is left
 * when the last word is no verb or the first part ends in no noun.
 */
export function secondVerbOnThing(name: string, segmenter?: Segmenter): string {
  const m = SECOND_VERB_ON_THING.exec(name);
  if (!m || !segmenter) return name;
  const verb = segmenter.tag(m[3]);
  const thing = segmenter.tag(m[1]);
  if (verb.length !== 1 || verb[0].tag !== 'v' || !/^(?:n|nz|x|j|vn)$/.test(thing.at(-1)?.tag ?? '')) return name;
  return m[2] + m[3];
}

/** An adverb of a predicate at a name's end: 逐步, 一律, 全面 (PREDICATE_ADVERBS). */
const ADVERB_AT_END = new RegExp(`(?<=.{2})(?:${PREDICATE_ADVERBS.join('|')})$`);

/**
 * 中小微企业政策性融资担保基金的规模逐步(扩大到100亿元) → …的规模, 政府部门的一般性支出一律(压减5%以上) → …一般性支出: an
 * adverb that opens a predicate, left at a name's end, belongs to the verb after it, never to the name.
 */
export function withoutTrailingAdverb(name: string): string {
  return name.replace(ADVERB_AT_END, '');
}

/** A length named by its stage alone: 新增里程, 新增通车里程 (总里程 and 通车里程 alone are left: golds write the route in 4 ways). */
const BARE_MILEAGE = /^(新增|新建|建成|开通|新开工|开工)(通车|运营|营运)?里程$/;
const ROUTE_NAMED = new RegExp(ROUTE_KINDS.join('|'), 'g');

/**
 * 在工农业总产值中，农业所占比重(由…提高到…)，轻工业所占比重… → 农业占工农业总产值比重: a share said of the part, its
 * whole set first in the sentence, reads part 占 whole, as the golds name shares (and as 在…中…所占比重 in one clause does).
 */
export function wholeOfShare(name: string, sentenceBefore: string): string {
  const part = /^([^，。；]{1,16}?)所占的?比重$/.exec(name);
  const whole = part ? /^[^，。；在]{0,6}?在([^，。；在中]{2,16}?)中[，,]/.exec(sentenceBefore) : null;
  return whole ? `${part![1]}占${whole[1]}比重` : name;
}

/**
 * 新开工高速公路项目7个、建成7个，新增通车里程(635公里) → 新增高速公路通车里程: a length named by its stage
 * alone is of the last kind of route the sentence named before it (…等高速公路，新开工里程500公里以上 → 新开工高速公路里程).
 */
export function routeOfMileage(name: string, sentenceBefore: string): string {
  const bare = BARE_MILEAGE.exec(name);
  const route = bare ? [...sentenceBefore.matchAll(ROUTE_NAMED)].at(-1)?.[0] : undefined;
  return route ? `${bare![1]}${route}${bare![2] ?? ''}里程` : name;
}
