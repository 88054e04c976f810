// Phrases read word by word: the noun phrase after a measure word (围绕68个课题开展调查研究 → 课题)
// and its variants after 的, a purpose, a rate or a time span (phraseAfterOf, phraseAfterPurpose,
// objectOfRate, doneWithin, timesOfAction), with the helpers the other modules cut phrases with
// (cutAtVerb, withoutVerbs, wholeWordsWithin, wordsWithin, trimPredicates) and the part-of-speech
// tags they test. They are kept together because nounAfter, cutAtVerb, sharedHead and closeQuote
// call each other and share one stop list (AFTER_STOP) and one set of tags.
import { EFFORT_WORDS, MANNER_BEFORE_VERB, MOSTLY_DONE_VERBS, NOMINAL_VERBS, NON_CONTENT_WORDS, PHRASE_ENDING_VERBS, PREDICATE_ADVERBS, RATE_OF_ACTION, TIMES_OF_ACTION } from '../../lexicon/cues.js';
import { GOODS_OF_OUTPUT } from '../../lexicon/measure-heads.js';
import type { Segmenter } from '../../types.js';
import { endingAt, type MentionContext } from '../context.js';
import { isCountUnit, isDurationUnit, isMoneyUnit, PEOPLE_WORDS } from '../../lexicon/units.js';
import { PEOPLE_AFTER } from '../unit.js';
import { cleanLead } from './cues.js';

/** Part-of-speech tags that end a noun phrase: verbs, prepositions, conjunctions, particles. */
const PHRASE_BREAK_TAGS = /^(?:v|vd|vi|vg|p|c|u|uj|ul|uz|ug|uv|ud|d|r|y|a|ad)$/;
/** Verbs that jieba tags as such but that name things inside indicator phrases. */
export const KEEP_IN_PHRASE = /^(?:支出|收入|建设|改造|提升|配套|发展|振兴|服务|保护|治理|管理|规划|示范|监测|养老|就业|创业|制造|集聚|转移|播种|建|改|修)$/;
/** Tags of words that name things: nouns, names, nominal verbs, idioms, abbreviations. */
export const NAMING_TAGS = /^(?:n|nr|nr[a-z]+|ns|nt|nz|ng|vn|an|eng|j|l|i|zg)$/;
const NON_CONTENT = new Set<string>(NON_CONTENT_WORDS);
const MANNER = new Set<string>(MANNER_BEFORE_VERB);
const EFFORT = new Set<string>(EFFORT_WORDS);
/** A threshold or size class before a head noun: 亿元以上, 二级及以上, 百亿元级. */
const THRESHOLD = /^[0-9.十百千万亿]*(?:亿元|万元|元|级)?(?:及)?(?:以上|以下|级)$/;

/** Punctuation ends an after-phrase wherever it stands. */
const PUNCTUATION_STOP = '[，。、；：！？,;:!?]';
/** A bracket after a place's level ends it, 县（市）; a short bracket inside a word does not, 探（采）矿权. */
const BRACKET_STOP = '(?<=[省市县区乡镇村居州旗])[（(]|[（(](?![\\u4e00-\\u9fff]{1,3}[）)][\\u4e00-\\u9fff])';
/** A digit ends it, but not one glued to letters, minutes or 强: 省级5G全连接工厂, 15分钟便民生活圈, 500强. */
const DIGIT_STOP = '[0-9](?![0-9.]*(?:[A-Za-z]|分钟|强))';
/** A bound ending the clause is the number's, not the noun's: 联通60个县(以上)。 (县以上医院 keeps it). */
const BOUND_STOP = '(?:以上|以下|以内|左右)(?=$|[，。；、,;])';
/** The currency restated after a sum ending its clause names nothing: 闽台贸易额2377.6亿元(人民币)。 (人民币贷款 does). */
const CURRENCY_STOP = '人民币(?=$|[，。；、,;])';
/** A move to a level: (…)提升到, 降至 (read before the verbs, so that 下降到 stops as one). */
const MOVED_TO_STOP = '(?:发展|上升|扩大|提升|降|下降|降低)(?:到|至)';
/** A time: (…)当年, 今年, 同期, 冬季. */
const TIME_STOP = '当年|当月|今年|明年|同期|[春夏秋冬]季';
/**
 * A place in a ranking: 第(3), (…)中排, 前(10), 排名, 获(全国…), 位居, 首位 (not 首位度); 中 at the end
 * only after two characters and not as 高中, 初中, 集中.
 */
const RANKING_STOP = '第(?=[0-9一二三四五六七八九十首])|中(?=排|位居|居|有|[0-9])|(?<=[\\u4e00-\\u9fff]{2})(?<![高初集])中$|前(?=[0-9一二三四五六七八九十])|排第|排名|名列|获(?=全[国省市区州]|第[一二三四五六七八九十\\d])|位居|位列|居第|首位(?!度)|末位';
/** Words of a predicate: adverbs, 基本 before a deed, verbs; 建设 not after 基本 nor before 项目 or 用地, 增加 not as 增加值; the end of a list (以及, 等). */
const PREDICATE_STOP = [
  ...PREDICATE_ADVERBS,
  `基本(?=${MOSTLY_DONE_VERBS.join('|')})`,
  ...PHRASE_ENDING_VERBS,
  '(?<!基本)建设(?!项目|用地)',
  '增加(?!值)',
  '以及',
  '等',
].join('|');

/**
 * What ends an after-phrase when no segmenter is given: punctuation, brackets, digits, a move to a
 * level, a time, a ranking, a predicate. Alternatives that can begin at the same character keep this
 * order (下降到 before 下降), since the match's length decides whether it begins a word.
 */
const AFTER_STOP = new RegExp([PUNCTUATION_STOP, BRACKET_STOP, BOUND_STOP, CURRENCY_STOP, DIGIT_STOP, MOVED_TO_STOP, TIME_STOP, RANKING_STOP, PREDICATE_STOP].join('|'));
/** A bound written before a figure: 近(千人), 约, 超过, 达. */
const BOUND_BEFORE_FIGURE = /(?:近|约|超过|超|逾|达|共|计|多达)$/;

/**
 * Where a figure of its own ends the phrase after a number: the next figure of the sentence, with
 * its bound, when nouns alone lead to it and it ends its clause (累计接诊54个国家及地区外籍患者近千人，
 * → 国家及地区外籍患者). A figure inside the name stays (年营收超亿元农业龙头企业: a threshold before
 * the noun; 6个产业链突破百亿: a verb makes it what the things did). The sentence's end otherwise.
 */
function figureAfterNoun(ctx: MentionContext, scan: string, start: number, segmenter?: Segmenter): number {
  const end = ctx.sentence.span.end;
  const next = ctx.next;
  if (!segmenter || !next || next.span.start <= start || !/^(?:左右|以上|多|余)?(?:[，。；：,;:！？!?]|$)/.test(scan.slice(next.span.end, next.span.end + 3))) return end;
  const bound = BOUND_BEFORE_FIGURE.exec(scan.slice(Math.max(start, next.span.start - 2), next.span.start))?.[0].length ?? 0;
  const between = scan.slice(start, next.span.start - bound);
  if (!between || segmenter.tag(between).some(({ word, tag }) => /^v/.test(tag) && !KEEP_IN_PHRASE.test(word))) return end;
  return next.span.start - bound;
}

/** A note's reference in brackets: ［1］, [12]. */
const NOTE_REFERENCE = /［\d{1,2}］|\[\d{1,2}\]/g;

/** A count that follows a count with nothing between: (15项)46个, (十大类)49项, (2800户)7700人, (320个)11.1万套 (not a threshold: 50户以上). */
const CHAINED_COUNT = /^(?:\d+(?:\.\d+)?万?|[一二两三四五六七八九十百]+)(?:个|项|件|家|条|所|座|处|批|大类|类|户|人|名|套|栋)(?!以[上下]|及以[上下])(?=[\u4e00-\u9fff“])/;

/** A size class of the things counted, before their noun: (6个)超50亿元(项目), (12个)10亿元以上(项目). */
// (100户)营业收入100亿元以上的(大型骨干企业集团), (30家)年销售收入超10亿元的(龙头企业): or by a measure of theirs, then 的
const SIZE_CLASS = /^(?:超|超过)?\d+(?:\.\d+)?[万亿]?(?:元(?:以上|级)?|级)的?(?=[\u4e00-\u9fff、])|^年?(?:主营业务|营业|销售)?(?:收入|营收|产值|销售额|营业额)(?:超过?|过|达)?\d+(?:\.\d+)?[万亿]?元(?:以上|及以上)?的(?=[\u4e00-\u9fff])/;
/** Further items of a list of size classes, to the noun they share: (1个400亿级)、3个100亿级(产业名镇). */
const MORE_SIZE_CLASSES = /^(?:[、和](?:\d+个)?(?:超|超过)?\d+(?:\.\d+)?[万亿]?(?:元(?:以上|级)?|级)的?)+(?=[\u4e00-\u9fff])/;

/** People, then their income: 农村低收入人口|人均收入. */
const PEOPLE_THEN_INCOME = /^(.{2,}?(?:人口|群众|居民|农民|职工|人员))(?:人均)?(?:可支配)?收入$/;

/** The noun phrase after a measure word: 68个课题开展调查研究 → 课题; 6个超50亿元项目 → 超50亿元项目. */
export function phraseAfter(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  const at = ctx.mention.span.end;
  const sized = SIZE_CLASS.exec(scan.slice(at, at + 12));
  // 有2项指标增速居全省第1位: the things counted are the 指标, their growth is what the rank is of
  // (60万以上的建档立卡农村低收入人口人均收入(提高到6000元): a bare count before people and their income
  // counts the people)
  if (!sized) {
    const noun = nounAfter(ctx, scan, segmenter).replace(/(?<=.{2})(?:增速|增幅)$/, '');
    return ctx.mention.unit ? noun : noun.replace(PEOPLE_THEN_INCOME, '$1');
  }
  const more = MORE_SIZE_CLASSES.exec(scan.slice(at + sized[0].length, at + sized[0].length + 40))?.[0] ?? '';
  const noun = nounAfter(endingAt(ctx, at + sized[0].length + more.length), scan, segmenter);
  return noun ? sized[0] + noun : '';
}

/** Kinds listed, then the people noun they share: 智力、精神和重度肢体(残疾人). */
const PEOPLE_KINDS_LISTED = new RegExp(`^([^，。；、\\d]{1,6})[、和及与](?:[^，。；、\\d]{1,6}[、和及与])*[^，。；、\\d]{0,8}?(${PEOPLE_WORDS.join('|')})`);

/** A kind of the things counted (a size or a level), then 、, another count and kind: 220千伏、(11个66千伏), 省级、(69个市级). */
const KIND_OF_COUNTED = '(?:\\d+(?:\\.\\d+)?[万亿]?(?:千伏|千瓦|兆瓦|万吨|吨)|(国家级|省级|市级|县级|州级))';
const KINDS_COUNTED_IN_LIST = new RegExp(`^(${KIND_OF_COUNTED})、(?:\\d+(?:\\.\\d+)?[个家所项座条台])${KIND_OF_COUNTED}(?=[\u4e00-\u9fff“])`);

/** A setting after 的, the ground or the times a figure is given in: 情况下, 前提下, 条件下, 背景下, 基础上. */
const SETTING = /^的?(?:情况下|前提下|条件下|背景下|基础上)/;

/** A lead ending in a verb (全面完成) is a predicate: the noun after the counts is its object. */
function endsInVerb(lead: string, segmenter?: Segmenter): boolean {
  return !!segmenter && !!lead && segmenter.tag(lead).at(-1)?.tag === 'v';
}

/** The heads that name a fund: 基金, 资金, 债券. */
const FUND_HEADS = '基金|资金|债券';
/** A fund or a sum's other holders, then 的 and the work done with it: 授信额度的(落实工作). */
const FUND_BEFORE_WORK = new RegExp(`^([\\u4e00-\\u9fff]{0,6}?(?:额度|${FUND_HEADS}|贷款|经费|补贴|补助))的(?=[\\u4e00-\\u9fff])`);
/** A fund named whole to the end of its clause, with no 的 inside: (的)民营企业纾困基金，. */
const FUND_NAMED_WHOLE = new RegExp(`^的?((?:(?!的)[\\u4e00-\\u9fff“”]){2,14}?(?:${FUND_HEADS}))(?=[，。；、]|$)`);

function nounAfter(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  let start = ctx.mention.span.end;
  // 1万个左右的行政村, 350名左右本土高层次人才: a qualifier may stand between number and noun
  const qualifier = /^(?:左右|以上|多|余)(?:的)?(?![，。、；])/.exec(scan.slice(start, start + 4));
  if (qualifier) start += qualifier[0].length;
  // (人口将比1980年增长3亿左右的情况下: the setting a figure is given in is no thing it counts)
  if (SETTING.test(scan.slice(start, start + 4))) return '';
  // 1800多万人通过多种渠道和方式实现了再就业 → 实现再就业: the means (通过…) between people counted and what
  // they achieved names nothing; what they achieved does, without 了
  const achieved = /^(?:通过|经过|借助|依托)[^，。；]{1,14}?(实现|获得|完成)了?([\u4e00-\u9fff]{2,6})(?=[，。；]|$)/.exec(scan.slice(start, start + 28));
  if (achieved) return achieved[1] + achieved[2];
  // 10大类45项民生实事, 15项46个重点民生实事: a count right before another counts the same things
  // (a count of classes always; others when nothing before names them: 营商环境升级行动75条223项
  // 攻坚举措 keeps its action)
  // (年初确定的9大类、193项重点改革: classes, then a list comma and the items they hold)
  const classes = /类$/.test(ctx.mention.unit) && scan[start] === '、' ? 1 : 0;
  const items = CHAINED_COUNT.exec(scan.slice(start + classes, start + classes + 8));
  // (全面完成15项26个为民办实事项目: so when a verb ends the lead)
  // (着力消除2800户7700人返贫风险: households, then their people, count the same group)
  // (320个11.1万套保交房项目、142个12.8万套保交楼项目: a lead ending in list glue is the previous item's)
  if (items && (/类$/.test(ctx.mention.unit) || !cleanLead(ctx.lead) || endsInVerb(ctx.lead.trim(), segmenter) || /[、，,]$/.test(ctx.lead.trim()) || (ctx.mention.unit === '户' && /[人名]$/.test(items[0])))) start += classes + items[0].length;
  // (建设2个220千伏、11个66千伏变电站, 6个省级、69个市级中试平台: kinds listed each with its count share the noun after
  // the last; a level names the kind, a size does not, as below)
  const kindsListed = KINDS_COUNTED_IN_LIST.exec(scan.slice(start, start + 24));
  if (kindsListed) {
    const noun = nounAfter(endingAt(ctx, start + kindsListed[0].length), scan, segmenter);
    return noun && kindsListed[2] ? kindsListed[2] + noun : noun;
  }
  // 5个770万千瓦抽蓄电站: the size of each thing may stand between count and noun
  // (全省37台30万千瓦以上火电机组: and so may a bound on it; 7条500千伏省内特高压配套线路: or a voltage)
  const size = /^\d+(?:\.\d+)?[万亿]?(?:千瓦|兆瓦|千伏|吨|亩|平方米|立方米|公里|米)(?:及)?(?:以[上下])?(?=[\u4e00-\u9fff])/.exec(scan.slice(start, start + 12));
  if (size) start += size[0].length;
  // 7县（市、区）县城污水处理设施: a bracketed note on the count comes before the noun
  const note = /^[（(][^）)]{1,8}[）)]/.exec(scan.slice(start, start + 10));
  if (note) start += note[0].length;
  // 3046公里世界最长环沙漠生态屏障: a superlative before the noun praises it, it names nothing
  const superlative = /^(?:全国|全球|世界|亚洲|国内|全省)?(?:最长|最大|最高|最深|最宽|最早|规模最大)的?(?=[\u4e00-\u9fff]{2})/.exec(scan.slice(start, start + 8));
  if (superlative) start += superlative[0].length;
  // 7万名35-64岁妇女, 14台35蒸吨/小时以下燃煤锅炉: an age or threshold before the noun is part of its name
  // (41.3万0－59周岁残疾人: an age range in full-width or 周岁 too)
  const age = /^\d+(?:\.\d+)?(?:[-—–~－至]\d+)?(?:周?岁(?:以[上下])?|[^，。、；0-9]{1,6}?以[上下])(?=[\u4e00-\u9fff])/.exec(scan.slice(start, start + 16));
  if (age) start += age[0].length;
  // 500个以上5G基站, 38家A级景区: a name may open with letters, or digits glued to them
  // (16个15分钟便民生活圈: or with the minutes of a service radius)
  // (引进100个500强企业: or with the rank that sizes firms)
  if (!/^(?:[\u4e00-\u9fff“"]|\d*[A-Za-z]|\d+分钟|\d+强)/.test(scan.slice(start, start + 6))) return '';
  // 240万户林区、垦区、煤矿等棚户区居民: places or kinds listed as examples before 等 and the noun
  // counted after it stand before that noun
  // (only for things counted, and only names: 5万吨浆粕、…等项目 sizes the first; 18所高中开办科技、…等特色班
  // holds a verb; 98个中央部门和北京、上海等省市: the things counted end at 和, the list is the next subject's)
  // (启动178项节能、节水和资源综合利用等重大项目: a verb that is a whole item, 节能, names a field; a verb inside an
  // item, 高中开办科技, is a predicate)
  const examples = isCountUnit(ctx.mention.unit) ? /^(?:[^，。；、\d和及与]{1,8}、)+[^，。；、\d]{1,12}等(?=[\u4e00-\u9fff])/.exec(scan.slice(start, start + 40)) : null;
  const nameOnly = (item: string) => segmenter!.tag(item).every((w, _, words) => words.length === 1 || w.word.length < 2 || !/^v[di]?$/.test(w.tag));
  const onlyNames = examples && segmenter ? examples[0].slice(0, -1).split(/、|和(?=[\u4e00-\u9fff]{2})/).every(nameOnly) : !!examples;
  if (examples && onlyNames) start += examples[0].length;
  // 117项与群众密切相关的高频事项: a description ending in 的 stands before the noun
  const described = /^(?:与|和|同|对)[^，。；、0-9]{1,12}?的(?=[\u4e00-\u9fff“])/.exec(scan.slice(start, start + 16));
  if (described) start += described[0].length;
  // 165项国务院部门及其指定地方实施的审批事项: a clause ending in its verb, then 的, describes the noun after
  // (300个设施完善的服务站, 500个产业强、农民富、环境美的示范村: so does what the things are like,
  // one quality or several listed)
  const clauseOf = segmenter && !described ? /^((?:[^，。；、：0-9的“”]{3,6}、)*[^，。；、：0-9的“”]{3,16})的(?=[\u4e00-\u9fff])/.exec(scan.slice(start, start + 36)) : null;
  const listed = clauseOf?.[1].includes('、') ?? false;
  // (特色鲜明、设施完善、功能齐全的中心镇: in a list one quality ending in a verb or adjective is
  // enough, the segmenter mistags some: 齐全 comes back a name)
  const qualities = clauseOf ? (listed ? clauseOf[1].split('、') : [clauseOf[1]]).map((item) => segmenter!.tag(item)) : [];
  // (5个具有自贸港辨识度和全国影响力的一流园区, 3—5项更具全局性、引领性的制度创新成果: so does what they have)
  // (172项含金量大的改革举措, 300个设施完善的服务站: one quality of two words, a noun and what it is like, too)
  const describes = qualities.some((tags) => (tags.length >= (listed ? 2 : 3) || (tags.length === 2 && /^n/.test(tags[0].tag))) && /^(?:v|a)$/.test(tags[tags.length - 1].tag)) || (clauseOf !== null && /^(?:具有|更具|具备|富有|极具)/.test(clauseOf[1]));
  // (新疆2600多万各族儿女共有的精神家园: a bare number with people right after it counts them, not
  // the thing they share)
  // (600多万香港人的共同努力: so does one with people right after it and then 的)
  const peopleThenOf = !ctx.mention.unit ? PEOPLE_AFTER.exec(scan.slice(start, start + 12))?.[0] : undefined;
  if (peopleThenOf && scan.startsWith('的', start + peopleThenOf.length)) return peopleThenOf;
  const people = clauseOf && describes && !ctx.mention.unit ? PEOPLE_AFTER.exec(clauseOf[1])?.[0] : undefined;
  if (people) return people;
  if (clauseOf && describes) start += clauseOf[0].length;
  // 8家企业的服务和支持力度, 53个国家的人员, 1200家企业的研发投入: a noun of one word right after a count, then
  // 的, is what the count counts; what follows 的 belongs to those things (优秀的教师: an adjective is no noun)
  const counted = isCountUnit(ctx.mention.unit) && segmenter ? /^([\u4e00-\u9fff]{1,3})的(?=[\u4e00-\u9fff])/.exec(scan.slice(start, start + 6)) : null;
  const countedWord = counted ? segmenter!.tag(counted[1]) : [];
  if (counted && countedWord.length === 1 && /^(?:n|ns|nt|nz|j)$/.test(countedWord[0].tag)) return counted[1];
  // 2800亿元授信额度的落实工作: a sum glued to a fund, then 的 and the work done with it, is the fund
  const fund = isMoneyUnit(ctx.mention.unit) ? FUND_BEFORE_WORK.exec(scan.slice(start, start + 16)) : null;
  if (fund) return fund[1];
  // (100亿元的民营企业纾困基金, 50亿元的融资担保发展基金: a sum glued to a fund named whole up to the clause's end is
  // that fund, whatever verbs its name holds, 纾困, 担保)
  const fundNamed = isMoneyUnit(ctx.mention.unit) ? FUND_NAMED_WHOLE.exec(scan.slice(start, start + 18)) : null;
  if (fundNamed) return fundNamed[1];
  // 100个人口1000人以上行政村: a threshold of the things, ending in 以上, stands before the noun
  const bounded = /^(?:人口|常住人口|投资|总投资|年产值|产值|营收|营业收入|面积|规模)[0-9.]+[万亿]?[\u4e00-\u9fff]{1,2}?以[上下](?=[\u4e00-\u9fff“])/.exec(scan.slice(start, start + 20));
  if (bounded && !described) start += bounded[0].length;
  // 6个年度计划总投资100亿元的装备制造项目: a measure of each thing, ending in 的, stands before the noun
  // (从1949年的二千四百多万人增加到1956年的(六千三百多万人): a year is no measure, the level reached is no noun)
  const measured = /^[\u4e00-\u9fff]{1,8}?(?!(?:19|20)\d\d年)[0-9.]+[万亿]?[\u4e00-\u9fff/]{1,4}?的(?=[\u4e00-\u9fff“])/.exec(scan.slice(start, start + 24));
  if (measured) start += measured[0].length;
  // (突破40万亿元并连续多年居世界首位: a conjunction or a rank verb opens another predicate, no noun; 前沿, 前端 are words)
  // (浪费数字就达五十七万元之多: 之多 stresses the figure, it is no noun)
  // (1000个和美乡村, 和谐社区: 和 opening a word is no conjunction)
  // (25条次支路: 次 opening 次支路, 次干路 is no count of times)
  if (/^(?:之多|以上|以下|以内|左右|多|余|的|和(?![美谐睦])|及(?!时)|与|或|等|是|为(?!民)|在(?![建营运产库校园职岗线])|到|至|次(?![支干])|后(?!期|续)|前(?!期|沿|端|瞻|置)|内|里|并(?![购网联])|且|连续|[位稳跃]居|居(?=[全世第首前]))/.test(scan.slice(start, start + 2))) return '';
  // 突破5000公里规划目标: a goal after a number is what it meets, not what it counts (nor a band
  // it is kept in: 保持在16万头合理区间)
  if (/^(?:规划|年度|预期|既定)?(?:目标|任务)|^(?:合理|正常)(?:区间|水平)/.test(scan.slice(start, start + 4))) return '';
  // (94个“两重”“两新”［1］项目: a note's mark inside the name is no part of it, nor its end)
  const window = scan.slice(start, Math.min(ctx.sentence.span.end, start + 34)).replace(NOTE_REFERENCE, '');
  // 由115家优化整合至90家: a level moved to another says what became of the things, no noun names them
  const movedTo = /^[\u4e00-\u9fff]{0,6}?(?:至|到|为)[0-9.]+([^0-9.，。；、]{1,2})/.exec(window);
  if (movedTo && ctx.mention.unit.startsWith(movedTo[1])) return '';
  // (为6500名智力、精神和重度肢体残疾人提供托养服务: kinds listed before the people noun they share, the
  // first naming no people itself, count those people)
  const kinds = ctx.mention.unit === '人' ? PEOPLE_KINDS_LISTED.exec(window) : null;
  if (kinds && !PEOPLE_AFTER.test(kinds[1])) return kinds[2];
  // 14亿人口的发展中国家, 14亿多人口大国: a population, then what holds it, counts the population
  const population = /^(人口|中国人)(?:的|大国|大省)/.exec(window);
  if (population) return population[1];
  // (10项中、省生态环保督察任务: levels of government listed one character each open the name)
  // (30项国家级、省级大科学计划: so do levels of government written whole, before the noun they share)
  // (10个企业级、行业级、区域级工业互联网平台: or grades of any kind, each ending in 级)
  const levels = /^(?:[中国省市县][、和])+(?=[省市县区])|^(?:(?:国家级|省级|市级|县级|州级)[、和])+(?=(?:国家级|省级|市级|县级|州级)[\u4e00-\u9fff])|^(?:[\u4e00-\u9fff]{1,3}级[、和])+(?=[\u4e00-\u9fff]{1,3}级[\u4e00-\u9fff])/.exec(window)?.[0].length ?? 0;
  const punctuation = window.slice(levels).search(/[，。、；：！？,;:!?]/);
  const figure = figureAfterNoun(ctx, scan, start, segmenter) - start;
  const stop = Math.min(punctuation >= 0 ? punctuation + levels : Infinity, figure);
  // 4.56万户住房困难群众圆了“安居梦”, 217.6万户城乡家庭改善了居住条件: the word before 了 is a
  // verb, so the name ends before it
  const piece = beforeVerbOfLe(window.slice(0, stop), segmenter);
  // 5G基站: digits glued to letters open a name, they do not stop it
  // (P2P平台: letters and digits mixed make one code)
  const code = /^\d*[A-Za-z][A-Za-z0-9]*/.exec(piece)?.[0].length ?? levels;
  // (12人入选国家高层次人才: people counted by the list they were chosen for are named with it, as 获评… are)
  const chosen = /^[人名位]$/.test(ctx.mention.unit) && piece.startsWith('入选', code) ? 2 : 0;
  const found = stopAtWordBoundary(piece.slice(code + chosen), segmenter);
  const verb = found >= 0 ? found + code + chosen : -1;
  // (企业“老工伤”人员和工亡职工供养亲属: a phrase cut at its length limit ends at a whole word, not 职)
  const whole = verb >= 0 ? piece.slice(0, verb) : piece;
  const phrase = whole.length > 16 + levels && segmenter ? wholeWordsWithin(whole, 16 + levels, segmenter) : whole.slice(0, 16 + levels);
  let segmented = segmenter ? cutAtVerb(phrase, segmenter) : null;
  // 15个配套实施细则, 6次集中开工活动, 永久基本农田: the stop words cut before any noun; the
  // segmenter finds the head instead
  // (44项具体任务全部完成: an adverb still ends the phrase the segmenter reads again)
  if (segmenter && segmented && verb > 0 && !segmented.named) segmented = cutAtVerb(wholeWordsWithin(piece.split(/[0-9(（]|(?<=.{2})(?:全部|全线|相继|陆续|率先|正在|已经|顺利|(?:全面|基本|如期|按期|提前|圆满)(?=[\u4e00-\u9fff]{2}$))/)[0], 16, segmenter), segmenter);
  // (拓展到10个行业以上: 以上 after the things counted bounds the count, it is no part of their name)
  const cut = closeQuote(segmented ? segmented.text : phrase, piece, segmenter).replace(/(?<=[\u4e00-\u9fff]{2})以上$/, '');
  if (EFFORT.has(cut)) return '';
  // (37个省级和市级示范点 is one count with two modifiers: the list must hold a count of its own)
  const listModifier = MODIFIER_BEFORE_LIST.exec(piece)?.[0];
  const countFollows = listModifier !== undefined && /\d[个家项所座处条]/.test(window.split(/[，。；：]/)[0]);
  const modifier = (countFollows ? listModifier : undefined) ?? cut.replace(/[和及与]$/, '');
  if (!MODIFIER_ONLY.test(modifier) || !piece.startsWith(modifier)) return cut;
  const head = sharedHead(scan, start + modifier.length, ctx.sentence.span.end, segmenter);
  return head ? modifier + head : cut;
}

/**
 * Where a stop word ends an after-phrase: the first AFTER_STOP that begins a word, when the
 * segmenter is there to say (随迁子女平等接受义务教育: 等 inside 平等 stops nothing).
 */
function stopAtWordBoundary(text: string, segmenter?: Segmenter): number {
  const first = text.search(AFTER_STOP);
  // (punctuation, digits and brackets stop wherever they stand; the text is segmented only when a
  // stop word is met)
  if (!segmenter || first < 0 || !/[\u4e00-\u9fff]/.test(text[first])) return first;
  // (超80%建成区完成…: a stop word of two characters or more opening a longer word, 建成 of 建成区, stops
  // nothing either; 第 and 中 are cut by their context, not by words)
  const wordEnds = new Map<number, number>();
  let at = 0;
  for (const { word } of segmenter.tag(text)) {
    wordEnds.set(at, at + word.length);
    at += word.length;
  }
  const stops = new RegExp(AFTER_STOP.source, 'g');
  for (let m = stops.exec(text); m; m = stops.exec(text)) {
    if (m[0].length === 0) stops.lastIndex++;
    else if (!/^[\u4e00-\u9fff]/.test(m[0])) return m.index;
    else if (wordEnds.has(m.index) && (m[0].length < 2 || wordEnds.get(m.index)! <= m.index + m[0].length)) return m.index;
  }
  return -1;
}

/** The longest run of whole words at the start of `text` within `limit` characters. */
function wholeWordsWithin(text: string, limit: number, segmenter: Segmenter): string {
  let kept = '';
  for (const { word } of segmenter.tag(text.slice(0, limit + 8))) {
    if (kept.length + word.length > limit) break;
    kept += word;
  }
  return kept || text.slice(0, limit);
}

/** The text before the verb that 了 follows (one character unless the segmenter knows a longer verb). */
function beforeVerbOfLe(text: string, segmenter?: Segmenter): string {
  const at = text.search(/[\u4e00-\u9fff]了/);
  if (at < 0) return text;
  const before = text.slice(0, at + 1);
  // a word the dictionary knows as a verb (改善); otherwise one character (圆, 县|通)
  const last = segmenter?.tag(before).at(-1);
  const verb = last && /^v/.test(last.tag) ? last.word.length : 1;
  return before.slice(0, before.length - verb);
}

/** A modifier that needs a head: 国家级, 百亿元级, 示范类, 4A级, 市（地）级. */
const MODIFIER = '(?:国家级|省级|市级|州级|县级|自治区级|[省市县州]（[\u4e00-\u9fff]{1,3}）级|大中型|中小型|大型|中型|小型|[0-9]A级|[0-9.十百千万亿]*(?:亿元|万元|元)?级|[\\u4e00-\\u9fff]{1,3}类)';
const MODIFIER_ONLY = new RegExp(`^${MODIFIER}$`);

/**
 * 4个国家级、13个省级开发区; 87个百亿元级、964个十亿元级、1965个亿元级项目: modifiers in a list
 * share the head noun of its last item. Returns that head, or '' when the list has none.
 */
function sharedHead(scan: string, from: number, sentenceEnd: number, segmenter?: Segmenter): string {
  if (!/^[、和]/.test(scan.slice(from, from + 1))) return '';
  const rest = scan.slice(from, Math.min(sentenceEnd, from + 60));
  const list = rest.slice(0, rest.search(/[，。；：！？,;:!?]|$/));
  // (5个千亿级和乳制品、食用菌3个百亿级产业链群: the last item may open with examples before its count)
  const counted = /\d+(?:\.\d+)?[个家项所座处条]([^0-9、和]+)$/.exec(list);
  const last = counted ? counted[1] : list.slice(Math.max(list.lastIndexOf('、'), list.lastIndexOf('和')) + 1);
  const head = last.replace(/^[0-9.一二三四五六七八九十百千万亿]+[个家项所座处条]?/, '').replace(MODIFIER_PREFIX, '');
  if (head === last || head.length < 2) return '';
  // (…疾病预防控制中心基本建成: a stop word ends the head as it ends any phrase after a number)
  const stop = head.search(AFTER_STOP);
  const stopped = stop >= 2 ? head.slice(0, stop) : head;
  return segmenter ? cutAtVerb(stopped, segmenter).text : stopped.slice(0, 12);
}
const MODIFIER_PREFIX = new RegExp(`^${MODIFIER}`);
/** A modifier, then the list goes on: 千亿级和(乳制品…3个百亿级产业链群). */
const MODIFIER_BEFORE_LIST = new RegExp(`^${MODIFIER}(?=[、和])`);

/** 村河湖管护“解放模式”: a phrase cut inside a quotation takes the quotation whole. */
function closeQuote(phrase: string, piece: string, segmenter?: Segmenter): string {
  const open = phrase.lastIndexOf('“');
  if (open < 0 || phrase.indexOf('”', open) >= 0) return phrase;
  const close = piece.indexOf('”', open);
  if (close < 0 || close >= 24) return phrase.slice(0, open);
  // 50家“三类500强”企业: the quotation modifies the noun after it
  const rest = piece.slice(close + 1).split(AFTER_STOP)[0];
  // (企业“老工伤”人员和工亡职工供养亲属: the noun after the quotation ends at a whole word)
  const head = segmenter && rest ? cutAtVerb(wholeWordsWithin(rest, 10, segmenter), segmenter).text : /^[\u4e00-\u9fff]{1,6}/.exec(rest)?.[0] ?? '';
  return piece.slice(0, close + 1) + head;
}

/** Words for people that verbs before them describe (转移人口, 失业人员, 外出务工人员). */
const PEOPLE_HEADS = /^(?:人口|人员|劳动力)$/;

/** Head nouns of things counted, after which a predicate follows: 企业, 央企, 事项, 项目, 作品, 家庭. */
const COUNTED_HEAD_AT_END = /(?:企业|央企|民企|国企|事项|项目|作品|家庭|干部|科学家|单位|学校|医院|成果|国家|城市|社区|指标|产品|平台|园区|基地|人员)$/;

/**
 * Word segmentation cuts what the stop list missed: 作品荣获省群星奖 → 作品.
 * The phrase ends before the first verb, preposition or particle once it holds a word.
 */
/** People or households a count stands before, then 的 and what they have: 棚户区居民(的住房问题). */
const PEOPLE_COUNTED_BEFORE_OF = /(?:居民|群众|家庭|农户|人口|农民|职工|学生)$/;

export function cutAtVerb(phrase: string, segmenter: Segmenter): { text: string; named: boolean } {
  let kept = '';
  // 四场现象级的开闭幕式: what stands before 的 describes the head noun after it
  let described = '';
  let named = false;
  const tagged = segmenter.tag(phrase);
  for (let k = 0; k < tagged.length; k++) {
    const { word, tag } = tagged[k];
    // 农村贫困人口: an adjective before a noun is part of the name
    // (经济薄弱村: and before a one-character thing, which the segmenter may tag otherwise)
    // (入选国家高层次人才: one character too, before a word jieba tags a numeral, then the noun: 高/a 层次/m 人才/n)
    // (省重大建设项目: and before a noun of action, 建设/vn, that itself modifies a noun, 项目)
    const modifies = /^a$/.test(tag) && ((word.length >= 2 && (/^n/.test(tagged[k + 1]?.tag ?? '') || ONE_CHARACTER_THINGS.test(tagged[k + 1]?.word ?? '') || (tagged[k + 1]?.tag === 'vn' && /^n/.test(tagged[k + 2]?.tag ?? '')))) || (tagged[k + 1]?.tag === 'm' && !/\d/.test(tagged[k + 1].word) && /^n/.test(tagged[k + 2]?.tag ?? '')));
    // (240万户…棚户区居民的住房问题: people or households before 的 are what is counted, not described)
    if (word === '的' && kept.length >= 2 && PEOPLE_COUNTED_BEFORE_OF.test(kept)) break;
    if (word === '的' && kept.length >= 2) {
      described = kept;
      kept = '';
      continue;
    }
    // 国家级先进制造业产业集群, 重要保障道路, 外出务工劳动力: until a naming word is kept
    // (a level, an adjective or a verb only modifies), the phrase goes on to its head noun
    // 8个村被评为…, 三分之二的县通了高速公路: a one-character head (县, 村) ends at a verb too
    // 农业转移人口, 失业人员: a verb right before a word for people says which people, it is no predicate
    const whichPeople = [1, 2].some((n) => PEOPLE_HEADS.test(tagged[k + n]?.word ?? '') && tagged.slice(k + 1, k + n).every((w) => /^v/.test(w.tag)));
    // 重点民生实事高质量(完成): a word of manner before a verb, or where the phrase was cut at the verb, ends it
    // (项目全面投产: so before a last word jieba tags a noun of action)
    if (named && MANNER.has(word) && (k === tagged.length - 1 || ((tagged[k + 1].tag === 'v' || (tagged[k + 1].tag === 'vn' && k + 2 === tagged.length)) && !KEEP_IN_PHRASE.test(tagged[k + 1].word)))) break;
    // (上榜中国民营企业500强: digits, then 强, are one class of the strongest, no adjective that ends the phrase)
    const strongest = word === '强' && /^\d+$/.test(tagged[k - 1]?.word ?? '');
    // (国有企业负债率: a rate closing the phrase, which the segmenter tags a verb, is its head)
    const rateHead = word === '率' && k === tagged.length - 1;
    if ((kept.length >= 2 || ONE_CHARACTER_THINGS.test(kept)) && PHRASE_BREAK_TAGS.test(tag) && !modifies && !whichPeople && !strongest && !rateHead && !KEEP_IN_PHRASE.test(word) && (named || ONE_CHARACTER_THINGS.test(kept))) break;
    // 225个村启动乡村振兴试点: after a one-character head, an action jieba tags a noun (启动/vn) is its verb
    // (78万农牧户发展庭院经济: so after households or people, whose words end in 户 or 民)
    if (ONE_CHARACTER_THINGS.test(kept) && tag === 'vn' && ACTIONS_AFTER_HEAD.test(word)) break;
    // 地区生产总值连跨两个万亿元台阶: a lone character the segmenter reads as a surname (连/nr) before a
    // verb is an adverb of the predicate, not a name
    // (after a noun: 择吉留吉就业 keeps its 吉)
    if (named && tag === 'nr' && word.length === 1 && /^v/.test(tagged[k + 1]?.tag ?? '') && /^n/.test(tagged[k - 1]?.tag ?? '') && tagged[k - 1].word.length >= 2) break;
    // 8个水域临时(对境外游艇开放): a word that only distinguishes (临时/b), after the name and before a verb or a
    // preposition, says how the predicate holds; before a noun it stays (临时救助对象)
    if (named && tag === 'b' && /^(?:v|p|d)$/.test(tagged[k + 1]?.tag ?? '')) break;
    // 3家企业境外上市, 25家央企签署投资协议, 3个项目获鲁班奖: after the head noun of things counted, a word
    // the segmenter does not know (获鲁班奖/x, 跨市/x) or a place word (境外/s, 上市/ns) opens the predicate
    if (kept.length >= 2 && COUNTED_HEAD_AT_END.test(kept) && /^(?:x|s|ns)$/.test(tag) && /^[\u4e00-\u9fff“]/.test(word)) break;
    if (kept.length >= 2 && /[户民]$/.test(kept) && tag === 'vn' && (ACTIONS_AFTER_HEAD.test(word) || word === '发展')) break;
    // (88个城市启动城镇居民基本医疗保险试点: and after places counted)
    if (/^(?:城市|县市|县区|区县|乡镇|社区|村庄)$/.test(kept) && tag === 'vn' && ACTIONS_AFTER_HEAD.test(word)) break;
    kept += word;
    // 虹鳟鱼成功“盐化”: a word of three characters the dictionary lacks is a name (a species, a product)
    // (孕妇, a word for people the segmenter does not know, names them too)
    // (国家级, 省级 only modify what follows; 与16个国家开展…合作: but countries counted, a verb after them, are named)
    const levelOnly = /^(?:(?:国家|自治区)级?|[省市州县]级)$/.test(kept) && !(kept === '国家' && /^(?:v|p)$/.test(tagged[k + 1]?.tag ?? ''));
    named ||= (NAMING_TAGS.test(tag) || (tag === 'x' && (word.length >= 3 || /[妇童员民工农者]$/.test(word)))) && !levelOnly && !THRESHOLD.test(kept) && !NON_CONTENT.has(word);
  }
  // (加大对10个试点县的支持力度: an effort or quality after 的 is of the things counted before it)
  // (办好10件民生实事的基础上, 1870万吨粮食产量的底线目标: and so is a head that names nothing, the ground a clause
  // stands on, a goal or a line held)
  return { text: kept.length >= 2 && !(described && (EFFORT_HEAD.test(kept) || NON_CONTENT.has(kept))) ? kept : described || kept, named };
}

/**
 * Heads that are an effort, a quality, a showing, the state or the pace of something, not a thing counted:
 * 支持力度, 水平, 积极性; (160家创新型领军企业的)支持; (18块金牌的)优异成绩; (工农业总产值的)情况; (工农业总产值的)增长速度, a change's own word.
 */
const EFFORT_HEAD = /^(?:支持|扶持|投入|帮扶|工作)?(?:力度|水平|能力|积极性|效率|效能)$|^(?:支持|扶持|帮扶|服务)$|^(?:优异|良好|优秀|历史最好|最好)?(?:成绩|佳绩|战绩)$|^(?:情况|状况|情形|(?:增长|发展)?速度)$/;

/** Actions that jieba may tag nouns (vn) but that open a predicate after a one-character head. */
const ACTIONS_AFTER_HEAD = /^(?:启动|开展|实施|推进|完成|实现|建设|创建|开通)$/;

/** Goods named alone (GOODS_OF_OUTPUT): 棉花, 纱, 钢材. */
export const GOODS_ALONE = new RegExp(`^(?:${GOODS_OF_OUTPUT.join('|')})$`);

/**
 * A one-character noun that can stand as the thing counted or measured: 在115个县建设…; a good named by
 * one character (钢三千九百万吨, 纱增长百分之十三点三).
 */
export const ONE_CHARACTER_THINGS = new RegExp(`^(?:[县市区村镇乡省州校户房]|${GOODS_OF_OUTPUT.filter((good) => good.length === 1).join('|')})$`);

/** 64.2%的县医院达到…: a share followed by 的 and what it is a share of. */
export function phraseAfterOf(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  const at = ctx.mention.span.end;
  // 60%以上村集体经济组织, 75%以上财力: a bounded share before what it is a share of
  // 总投资6747亿元的2265个项目: a count between 的 and the noun is the noun's own (年度投资4670亿元以上的924个…项目: after a bound too)
  // 近八成工业行业实现盈利: tenths glue to the noun they are a share of
  const glue = /^(?:(?:以上|以下|左右)?的(?:\d+[个项家所座处])?|以上|以下|左右)(?=[\u4e00-\u9fff“A-Z])/.exec(scan.slice(at, at + 10)) ??
    (ctx.mention.rule === 'tenths' && /^[\u4e00-\u9fff]/.test(scan.slice(at, at + 1)) ? /^/.exec('') : null) ??
    // 推动70%村集体经济组织收入超过50万元, 90%学校达到…标准: a share glued to the noun it is a share of
    // (政务服务事项100%“跨层联办”、90%“一网通办”: or to a quoted term, what the share of things achieved)
    (ctx.mention.unit === '%' && (/^[\u4e00-\u9fff](?<!^(?:以|左|上|和|与|及|或|的|用|预))/.test(scan.slice(at, at + 1)) || /^“[^”，。；]{2,10}”/.test(scan.slice(at, at + 13))) ? /^/.exec('') : null);
  if (!glue) return '';
  // 争取实现7%的更好结果: a result or goal after 的 judges the number, it is no share of anything
  // (平均每年递增7.9%的基础上, 增长3.2%的速度: the ground built on, the pace kept, name nothing either)
  const following = scan.slice(at + glue[0].length, at + glue[0].length + 6);
  if (/^(?:更好|更高|较好|较高|良好)?(?:结果|成绩|成效|水平|目标|任务|速度(?![^，。；]{0,2}[指率])|幅度)/.test(following) || SETTING.test(following)) return '';
  const phrase = phraseAfter(endingAt(ctx, at + glue[0].length), scan, segmenter);
  // (从一九五〇年的百分之二十五点五增加到一九五四年预算的百分之四十五点四: the next figure, in words, is no
  // noun the share is of)
  const next = ctx.next ? scan.slice(ctx.next.span.start, ctx.next.span.end) : '';
  return next && phrase.includes(next) ? '' : phrase;
}

/**
 * 统筹20亿元实施6个重大科技专项 → 重大科技专项; 100%利用清洁能源 → 利用清洁能源: what follows
 * a number that nothing before names (a verb of spending, then the thing, past a count).
 */
export function phraseAfterPurpose(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  const at = ctx.mention.span.end;
  const spent = /^(?:用于|实施|支持|建设|投向|投入)[0-9一二三四五六七八九十]+[个项家所座条]/.exec(scan.slice(at, at + 10));
  const shift = spent ? spent[0].length : 0;
  const shifted = endingAt(ctx, at + shift);
  if (!shift) {
    const window = scan.slice(at, Math.min(ctx.sentence.span.end, at + 16));
    // (在连续两年增长13%的基础上, 保持7%的增长速度: what follows 的 is the figure's setting or pace, no purpose)
    if (window.startsWith('的')) return '';
    const piece = window.slice(0, Math.max(0, window.search(/[，。、；：！？,;:!?]|$/)));
    return segmenter ? cutAtVerb(piece, segmenter).text : piece;
  }
  return phraseAfter(shifted, scan, segmenter);
}

/** 按不低于5%的幅度压减一般性支出 → 一般性支出: a rate stated before its verb changes the object after. */
export function objectOfRate(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  const at = ctx.mention.span.end;
  const rate = RATE_OF_ACTION.exec(scan.slice(at, at + 12));
  return rate ? phraseAfter(endingAt(ctx, at + rate[0].length), scan, segmenter) : '';
}

/** Units whose numbers count things that a following noun names: 个, 家, 所, 万人… */
export function countsThings(unit: string): boolean {
  return !/^(?:%|百分点|倍|位|小时|分钟|天|工作日|岁|年|月)$/.test(unit);
}

/** Tags of an action word at the edge of a phrase: verbs, and unknown words (投运, 续建). */
export const ACTION_TAGS = /^(?:v|vd|vi|vg|vn|x)$/;

/**
 * 查处生态环境违法案件 → 生态环境违法案件; 大科学装置投运 → 大科学装置; 新建高标准农田 →
 * 高标准农田: the thing a verb phrase works on (verbs and cue words off both ends).
 */
export function withoutVerbs(phrase: string, segmenter: Segmenter): string {
  const words = segmenter.tag(phrase);
  // an unknown word (x) opening a phrase is more often a place (省州) than a verb; a quote mark, which the segmenter
  // also tags x, is none (“四好农村路” keeps its closing quote)
  const isAction = (w: { word: string; tag: string }, end: boolean) =>
    /^[\u4e00-\u9fff]/.test(w.word) && ((end ? ACTION_TAGS : /^v[dgi]?$/).test(w.tag) && w.word.length <= 2 && !NOMINAL_VERBS.test(w.word) && !(end && (/[预]/.test(w.word) || KEEP_IN_PHRASE.test(w.word))) || /^(?:新建|新增|新开工|开工|续建|竣工|建成|完成|实施|启动|建设|推进|谋划|储备|启动实施)$/.test(w.word));
  let from = 0;
  let to = words.length;
  // (保障性安居工程: a verb before 性 is part of an adjective)
  while (from < to - 1 && isAction(words[from], false) && !words[from + 1].word.startsWith('性')) from++;
  while (to > from + 1 && isAction(words[to - 1], true)) to--;
  return words.slice(from, to).map((w) => w.word).join('');
}

/** Tags of a word that says how, never what: adverbs and adjectives (高, 强, 好). */
export const MANNER_TAGS = /^(?:d|ad|a)$/;

/**
 * A one-character adverb or adjective at the end of a lead, the verb 有 or the locative 中, comes off when what
 * remains still names a thing: 指标有 → 指标, 示范性强 → 示范性, 创建指标中 → 创建指标. Longer words stay: jieba tags
 * 重建 an adjective and 急救站, 大礼包 end in what it tags verbs, and they are the report's own
 * names. `names` is the fragment test of the caller.
 */
export function trimPredicates(phrase: string, segmenter: Segmenter | undefined, names: (phrase: string) => boolean): string {
  if (!segmenter || phrase.length < 3) return phrase;
  // a one-character word keeps its dictionary tag in any context: most phrases end in none of these
  const lastChar = phrase[phrase.length - 1];
  if (lastChar !== '有' && lastChar !== '中' && !MANNER_TAGS.test(segmenter.tag(lastChar)[0]?.tag ?? '')) return phrase;
  const words = segmenter.tag(phrase);
  const last = words[words.length - 1];
  if (!last || words.length < 2 || last.word.length > 1) return phrase;
  // 38项创建指标中: the locative 中 says where among, not what
  if (!(MANNER_TAGS.test(last.tag) || last.word === '有' || last.word === '中') || NOMINAL_VERBS.test(last.word)) return phrase;
  const rest = phrase.slice(0, -last.word.length);
  return rest.length >= 2 && names(rest) ? rest : phrase;
}

/** What says a span is the time a thing took, before it: 用(36天时间), 仅用, 用不到, 历时, 震后(10分钟). */
const TOOK_BEFORE = /(?:(?:仅|只|再)?(?:用|花)(?:了|时)?(?:不到)?|历时|耗时|[震灾]后)$/;
/** …and after it: (36天)时间, (1天)内, (一个月)左右的时间, then 就 or 即 (可). */
const TOOK_AFTER = /^(?:左右|多)?(?:的)?(?:时间)?(?:之?内)?(?:就|即|便)?可?/;
/** A span opening its clause is a time taken only before a verb of getting done: (，41天)实现本土确诊病例清零. */
const DONE_OPENING = /^(?:实现|完成|基本|控制|转入|转为|建成|取得)/;
/** Words inside the action that say how or where it stands, not what: 在全国较早, 在全国第5个, 实现, 了. */
const ACTION_NOISE = /在全[国省市区][^，。；]{0,4}?(?:较早|率先|第[0-9一二三四五六七八九十]+个)|(?<=[\u4e00-\u9fff])了|实现|完成(?=[\u4e00-\u9fff“])/g;

/**
 * 用36天时间基本消除本土新发病例 → 基本消除本土新发病例用时, (，)41天实现本土确诊病例清零 → 本土确诊病例清零用时,
 * 1天内供电线路全部恢复通电 → 供电线路全部恢复通电用时, 分别用45天和24天实现… → both: a span a thing took is
 * named by what was done in it and 用时, as the golds name it (59 rows). '' when the span times nothing done
 * (优良天数保持在325天以上 is a level, not a time taken).
 */
export function doneWithin(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  // (仅用一个多月就…: months, which reports count as a date's part, are a span too)
  if (!isDurationUnit(ctx.mention.unit) && ctx.mention.unit !== '月') return '';
  const lead = ctx.lead.trim();
  // (分别用45天和24天实现…: a span listed before another is timing the same work)
  let end = ctx.mention.span.end;
  if (/^[和、]/.test(ctx.after) && ctx.next && ctx.next.span.start === end + 1 && ctx.next.unit === ctx.mention.unit) end = ctx.next.span.end;
  const cue = TOOK_AFTER.exec(scan.slice(end, end + 8))?.[0] ?? '';
  const rest = scan.slice(end + cue.length, Math.min(ctx.sentence.span.end, end + cue.length + 40));
  const took = TOOK_BEFORE.test(lead) || /内/.test(cue) || (lead === '' && DONE_OPENING.test(rest));
  if (!took || !/^[\u4e00-\u9fff“]/.test(rest) || /^(?:以[上下内]|左右|之多)/.test(rest)) return '';
  // the work done, to the end of its clause or list item, past its verbs of completion and the examples' 等
  const action = rest.split(/[，。；：、,;:]/)[0].replace(ACTION_NOISE, '').replace(/等.*$/, '');
  // (不动产一般登记实现5个工作日内办结: a bare verb after the span leaves the name to what stands before it)
  const named = wordsWithin(action, 18, segmenter);
  return named.length >= 3 ? `${named}用时` : '';
}

/** 两次全面降准(，…): the action counted by its times names what the count measures. '' otherwise. */
export function timesOfAction(ctx: MentionContext, scan: string): string {
  if (ctx.mention.unit !== '次' || !TIMES_OF_ACTION.test(ctx.after)) return '';
  return /^[^，。；、]{2,16}/.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 16))?.[0] ?? '';
}

/** The first words of a text, as many whole words as fit in `max` characters (never 粮食安 of 粮食安全). */
export function wordsWithin(text: string, max: number, segmenter?: Segmenter): string {
  if (!segmenter) return text.slice(0, max);
  let out = '';
  for (const { word } of segmenter.tag(text.slice(0, max + 8))) {
    if (out.length + word.length > max) break;
    out += word;
  }
  return out;
}
