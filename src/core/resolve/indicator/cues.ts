// The lead's cues: the words around an indicator in the clause before its number that are no part
// of its name (verbs and bounds at the end: 达到, 增长, 超过; scope, time and connectives at the
// start: 全年, 我市, 其中; time words, bracketed notes, the labels of points), and cleanLead, which
// strips them to leave the shortest phrase that names what the number measures. Every other module
// of this folder cleans what it reads through cleanLead, so this one imports none of its siblings.
import { APPROX_WORDS, CAPACITY_CUT_VERBS, FOOTNOTE_MARK_PATTERN, HOW_COUNTED, CHANGE_DOWN, CHANGE_UP, CROSSING_VERBS, MANNER_BEFORE_VERB, RATE_CHANGE_VERBS, YEARLY_RATE_WORDS, MORE_THAN_BASE, REACHING_VERBS, RANK_MOVE_TO, SCOPE_LEVELS, TASK_BEATEN, YUE_ENDS_VERB } from '../../lexicon/cues.js';
import { measureHeads } from '../../lexicon/measure-heads.js';
import { YEAR_IN_WORDS } from '../../text/written-years.js';

/** Words stripped from the end of a lead: the verb or cue between indicator and number. */
const TRAILING_CUES = [
  // (城乡居民基础养老金、惠及(549万人): a verb of reach goes whole, never its 及 alone)
  '惠及', '涉及', '波及',
  '由', '从', '成为', '是', '各', '继', '中有', '占到', '占', '平均为', '平均', '实际', '名义', '拟按', '拟安排', '安排', '按照', '按', '拟', '增产', '减产', '同比增长', '同比下降', '比增', '压降', '消降', '分别增长', '分别下降', '分别为', '分别达到', '分别达', '分别', '均为', '均达到', '均', '比上年增长', '比上年', '较上年', '年均增长', '年均', '同比', '环比增长', '环比下降', '环比',
  '稳定在', '保持稳定', '稳定', '稳控在', '控制在', '定在', '定为', '设定为', '确定为', '仅差', '相差', '高达', '多达', '最高达', '保持在', ...CROSSING_VERBS, '挺进', '跃升至', '跃升到', '发展到', '发展至', '精简', '拓宽', '增至', '提至', '降至', '降到', '缩至', '缩小为', '减为', '降为', '增为', '增至为', '精简为', '压缩为', '调整为', '回升到', '回升至', '达到', '达', '为', '是', '在',
  '增长', '下降', '递增', '递减', '增加', '净增加', '净增', '再添', '新添', '增添', '裁减了', '裁减', '减少', '减量', '提高', '提升', '降低', '降价', '上调', '调增', '上浮', '下调', '调减', '下浮', '降', '提速', '压减', '削减', '缩减', '缩短', '减轻', '上涨', '回落', '回升', '逐季回升', '稳步回升', '上升', '前移', '大幅提升', '涨幅', '突破', '首破', '超过', '超出', '超', '逾', '破', '接近', '近', '约', '大约', '不低于', '不少于', '不超过', '不高于', '不足', '还不到', '不到', '至少', '首次低于', '低于', '首次过半', '过半', '完成', '实现', '累计', '共计', '共', '合计', '总计', '总量达', '积累', '首次', '全部', '全都', '最快', '荣获', '获评', '继续', '持续', '仍然', '依然', '连年', '连续', '始终', '一直', '总体', '力争', '有望', '预计', '预期', '预定', '确保', '争取', '的', '了', '已经', '已', '将', '要', '再次', '再', '和', '及', '、', '“', '"', '（', '(',
  // examples before a count: 100万千瓦光伏等(14个…项目)
  '等',
  // (企业退休人员养老金月均(调增176元): the month a rise is averaged over names nothing)
  '月均',
  // (举报投诉必须在(七个工作日内)书面答复: a duty's modal names nothing)
  '必须',
  // (一般公共预算收入下降5.2%，好于(下降7%的预期): a comparison with the goal names nothing, the figure is the last one's)
  '好于', '优于', '高于', '快于', '慢于',
  // (预算外资金却大幅度(增加，由…): an adverb of contrast or of degree before the verb names nothing)
  '却', '大幅度', '大幅',
  // 航空货邮吞吐量历史性(突破100万吨): a record said of the figure names nothing
  '历史性',
  // the ordinal of a rank list: 百强县第4、第5、第15位
  '第',
  // (世界500强企业已有(300多家)在江苏投资, 学生…已经有(七百多万人): the things counted are had, 已有 names nothing)
  '已经有', '已有', '现有', '共有',
  // (各项税收共收到(12，745，390，000元): money received is named by what it is, 收到 names nothing)
  '共收到', '收到',
  // (消费率相应地由(60%)降到55%: what moves along with the figure before names nothing)
  '相应地', '相应',
  // (电力一百零八亿度，等于一九四九年的(二点五倍), 预计在一九五四年又将等于…: a level as a multiple of a past year's
  // is said with 等于 or 相当于, which name nothing; nor do 又 and 可以 before the verb)
  '等于', '相当于', '又', '可以',
  // (降幅由…收窄到(-1.4%): a rate narrowing to a level names nothing)
  '收窄到', '收窄至', '收窄',
  // (新建和改建的项目约有(六百个): about so many are had, 约有 names nothing)
  '约有', '大约有',
  // (行政审批事项由87项缩减为(25项): a cut to a level, not 减为 after a stray 缩)
  '缩减为', '缩减到', '缩减至', '压减为', '压减到', '压减至', '压缩到', '压缩至',
  // (最低工资标准调整到(1650元), 基本公共卫生服务项目拓展到(14项): a level a standard or a list is moved to names nothing)
  '调整到', '调整至', '拓展到', '拓展至', '扩大到', '扩大至', '扩展到', '扩展至',
] as const;

/** A subject and the verb it opens a list of examples with: 动力电池产业集聚了(比亚迪、…等), 新型化工产业要围绕(…等). */
const SUBJECT_BEFORE_EXAMPLES = /^[\u4e00-\u9fff]{2,12}?(?:产业|行业|企业|园区|集群)(?:已经|已)?(?:集聚了|聚集了|引进了|拥有|要围绕|要聚焦|围绕|聚焦)/;

/** A verb reaching a share of a whole, at the end of a lead: 要增加到全国人口的(72%). */
const SHARE_REACHED = new RegExp(`(?<=.{2})(?:要|将)?(?:${REACHING_VERBS})(?:到|至)(?:全[${SCOPE_LEVELS}]|世界|全球)[\\u4e00-\\u9fff]{0,4}的?$`);

/** A task or target beaten, at the end of a lead that names what beat it first. */
const TASK_BEATEN_AT_END = new RegExp(`(?<=.{2})${TASK_BEATEN.source}`);

/** Nearly a share of a whole, at the end of a lead: 接近全国(十分之一), 约全省(三成). */
const SHARE_NEARLY = new RegExp(`(?<=.{2})(?:接近|约|近)(全[${SCOPE_LEVELS}]|全球|世界)的?$`);

/** Words stripped from the start of a lead: scope, time and connectives. */
const LEADING_CUES = [
  '以上', '以下', '以内', '左右', '多', '余',
  // 今年的经济增长(预期为7%左右): what is left of 今年的 after the time goes opens no name
  '的',
  // 乡镇企业…现已吸纳农村劳动力(1亿多人): now, already
  '现已', '目前已', '已经',
  // (全年仍创汇(18亿美元): still)
  '仍然', '仍',
  // (预计可实现生产总值190亿元: what can be reached; 每年可减少(房贷利息支出约18亿元): each year it can)
  '预计可', '每年可', '可实现', '可完成', '可达到', '可达',
  // 就能够实现原定(2000年)国民生产总值比1980年翻两番: can, as first set
  '就能够', '能够', '原定',
  // (而国内财政收入(却下降了百分之三点三): a conjunction of contrast opens no name; nor does a causative
  // verb or a pointer back: 使这方面的招生人数(增加到…) → 招生人数 (使用率 stays, CUE_OPENS_WORD)
  '而', '使', '这方面的', '这些', '这方面',
  // (由于已经连续三年增长速度(在百分之十一以上): a conjunction of cause opens no name either)
  '由于',
  // (例如中央六个工业部的基本建设计划…: a word that gives an example opens no name)
  '例如', '比如', '譬如',
  // (特别是农村居民人均可支配收入(增长10.5%): a part singled out for stress, as 其中 is)
  '特别是', '尤其是',
  // (荣获国家和省市荣誉(112项), 荣登…百强县(榜首): a verb of winning before the things won)
  '荣获', '荣登',
  '拟安排', '安排', '拟', '还要', '也要', '要', '将', '把', '再', '计划', '实现了', '实现', '共有', '同口径', '其中', '但', '全年', '今年', '去年', '目前', '一年来', '过去一年', '我们', '同时', '此外', '另外', '并且', '并', '还', '即', '以及', '和', '及', '与', '、', '，', '”', '全州', '全省', '全市', '全县', '全区', '全盟', '全旗', '全国', '各地', '本市', '本州', '本省', '我国', '我省', '我市', '我州', '我区', '我县', '累计', '共', '均', '分别', '力争', '确保', '保证', '争取', '预计', '新增加',
  // (初步核算(2017年达到4.5万亿元): how a figure was counted names nothing
  ...HOW_COUNTED,
  // 完成老旧小区改造提升302个 → 老旧小区改造提升 (the gold's 完成整改 still contains 整改)
  '完成',
  // (确保不低于当地上年度农村居民人均可支配收入的(60%): a bound opening the lead is the qualifier's, no name)
  '不低于', '不少于', '不高于', '不超过',
  // 尽快实现制造业企业(100%)…: how soon a goal is to be met names nothing
  '尽快',
  // a goal as the report puts it forward: 提出居民消费价格涨幅控制在(4%左右)
  '提出',
  // a rule put in force over the things measured: 实行省级以上开发区(100%“标准地”供应)
  '实行',
  // (关于经济增长。目标定为(9%左右): a paragraph's topic, 关于 what, names what follows)
  '关于',
  // a change verb before its object: 压减一般性支出5% → 一般性支出, 增加就业岗位5000个 → 就业岗位
  '压减', '削减', '压缩', '净减少', '减少', '降低', '提高', '提升', '增加', '扩大', '缩小',
  // a verb of work before its object: 建成规范化门诊19家 → 规范化门诊, 实施城中村改造项目 → 城中村改造项目
  '新建成', '建成', '新建', '开展', '实施', '启动', '创建', '打造', '培育', '举办', '消除', '带动', '吸引',
  // effort said before the verb: 着力消除(2800户…返贫风险); the manner of it: 多措并举降低国有企业负债率(，同比下降1.7个百分点),
  // 积极降低… (not 多 of 300多亿元 left at the start)
  '着力', '多措并举', '积极',
  // a measure kept where it stands: 保持经济增速高于全区平均水平(3个百分点) → 经济增速
  '保持',
  // a verb of urging before its object: 促进增量绿电(80%以上就地转化) → 增量绿电 (助力我国营商环境国际排名 → 我国…)
  '促进', '推动', '助力',
  // the stage of projects counted: 在建、拟建亿元以上…项目(63个)
  '在建、拟建', '在建和拟建', '在建、新建', '拟建',
  // events in turn before what was done: 先后实现经济总量过万亿 → 经济总量 (接连, 相继 left at a lead's end are TRAILING_NOISE)
  '先后', '相继', '陆续', '依次',
  // (并于2024年)历史性(突破1万亿元)
  '历史性',
  // steadily, before the action: 稳定开行班列(1000列以上) → 开行班列
  '稳定',
  // 建设人才服务站点25个 → 人才服务站点, 举办各类展会 → 展会: the verb of building and "all kinds" open
  // no name (golds drop them 122 : 17 and 25 : 9 at a name's start; 建设用地, 建设筹集… stay, CUE_OPENS_WORD)
  '建设', '各类',
] as const;

const MAX_INDICATOR = 24;

/** Opening quotes and brackets, with their closers. */
const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '(': ')', '《': '》', '【': '】', '[': ']', '「': '」' };

/** A move in rank at the end of a lead: 县域经济百强榜进位至(第77位). */
const MOVED_TO_AT_END = new RegExp(`(?<=.{2})${RANK_MOVE_TO}$`);

/** How a figure was reckoned, any basis: 按可比价格计算, 按原核算方法计算, 按现行汇率计算. */
export const RECKONED_BY = '按[^，。；、（）()\\d]{1,12}?计算';

// Phrases between an indicator and its number that say how, not what. Each part is one kind of
// word; TRAILING_NOISE strips whichever of them ends a lead.

/**
 * Order of events: 接连, 相继 (the name before them stays: 相继建成…); 接连 and 相继 alone name nothing either
 * (…1.45万亿元接连(突破2万亿元)), 先后 and 依次 only after a name.
 */
const IN_TURN = '(?:接连|相继|(?<=.{2})(?:先后|依次))';
/** The way toward a level: 虎门加快向(800亿元迈进), 增加值朝着(2000亿元迈进); 面向, 导向 are words. */
const TOWARD = '(?<=.{2})(?:加快|加速|奋力|全力|努力|大步|稳步)?(?<![面导转流走指去方趋意倾取定纵横])(?:向|朝着)';
/** The basis or the former level: 可比口径, 同口径, 取消了原先(336亿元的农业税赋), 按可比价格计算. */
const BASIS = `可比口径|原先|原有|原来|同口径|${RECKONED_BY}`;
/** A run of years: 连续5年保持. */
const YEARS_IN_A_ROW = '连续(?:[0-9一两二三四五六七八九十]+|多)年(?:保持)?';
/** Ahead of time says when: 全省生产总值提前(1年实现…翻一番). */
const AHEAD = '(?<=.{2})提前';
/** The verb of a record set: 港口吞吐量创(3.2亿吨历史新高), 再创; 文创, 首创, 原创, 独创 are words. */
const RECORD_SET = '(?<=.{2})(?<![文首原开独])(?:再创|创下|创造|创)';
/**
 * One-character adverbs and verbs of having: 基本建设计划就(只完成了…), 成灾的农田有(三千万亩), 进度过(半);
 * 成就, 国有, 所有, 通过, 经过, 超过 are words.
 */
const JUST_HAVE_PAST = '(?<=.{2})(?<![成造迁将])就|(?<=.{2})(?<![通经超跨越错路难不])过|(?<=.{2})(?<![所拥共现已国私持占富])有';
/** Keeping, being able, being above: 保持, 可, 要高于; 许可, 认可 are words. */
const KEEP_CAN_ABOVE = '保持|(?<![许认])可|要?高于';
/** The year's task as the measure of a share: 完成年度任务(的…%). */
const YEARS_TASK = '(?<=.{4})年度任务';
/** A milestone passed: 地区生产总值迈上新台阶，总量突破5万亿元 → 地区生产总值; 跨越两个千亿级台阶. */
const MILESTONE_PASSED = `(?:${CROSSING_VERBS.join('|')})(?:[一二两三四五六七八九十\\d]+个)?(?:[十百千万亿]+元?级?)?新?(?:台阶|关口|大关)`;

/** A level kept from falling, said before the level: 比重只增不减(、达68.5%), 有增无减. */
const KEPT_FROM_FALLING = '(?<=.{2})(?:只增不减|有增无减|只增不降|只升不降)[、，]?';

const TRAILING_NOISE = new RegExp(
  `(?:${[IN_TURN, TOWARD, BASIS, YEARS_IN_A_ROW, AHEAD, RECORD_SET, JUST_HAVE_PAST, KEEP_CAN_ABOVE, YEARS_TASK, MILESTONE_PASSED, KEPT_FROM_FALLING].join('|')})$`,
);

/**
 * Time words are when, not what: 2022年达到312.6亿元, 到2027年突破450亿元, 是2017年的1.6倍, 从五年前的71.7岁;
 * a span of years at either end of a phrase (五年接待游客, 三年计划投资), not inside a name (学前三年毛入园率);
 * the older plans' periods too (增长较快的“一五”时期, “五五”时期, 六五计划期间, 比第五个五年计划期间的, 第一个五年合计的),
 * and 明年; a gap of years (时隔5年); the first years of a period (棉布的产量前三年共增加了, 在五年计划的前三年); a time
 * before which (在一九八五年底前);
 * a span of years before the total or figure it gives (五年合计建成住宅, 投资总额五年为); a month (10月份增长了10.6%).
 */
const N = '[0-9一两三四五六七八九十]';
const TEN_TO_NINETY_NINE = '[二三四五六七八九]?十[一二三四五六七八九]?';
/** A comparison or an end point before a time: 比, 较, 与; 到, 至, 截至, 于 (not 对于, 关于, 属于, 处于, 由于, 基于, 等于). */
const TIME_LEAD = '(?:比|较|与)?(?:到|至|截至|(?<![对关属处由基等])于)?';
/** Years: 用3年时间, 2021—2025年, 自2018年以来, 2022年底, 在一九八五年底前, 一九五七年, 五年前的. */
const YEARS = [
  `用${N}+年(?:时间)?、?`,
  String.raw`(?:从|自)?\d{4}(?:年)?[—–\-~至到]\d{4}年度?`,
  String.raw`(?:自|从)?\d{4}年以来`,
  // (14项成果获2019年度国家科学技术奖: a year's award or plan, 年度 whole)
  String.raw`\d{4}年(?:度|底|末|初|末期)?`,
  `(?:在|于)${YEAR_IN_WORDS}年(?:底|末|初)?(?:以前|之前|前)`,
  `${YEAR_IN_WORDS}年(?:底|末|初)?(?:以前|之前|前)?`,
  `${YEAR_IN_WORDS}(?:以前|之前|前)`,
  `${N}+年前的?`,
];
/** The first years of a period, not 学前三年: 前三年共增加了, 在五年计划的前三年. */
const FIRST_YEARS = String.raw`(?:在[^，。；在]{1,10}?的)?(?<!学)前[一两二三四五六七八九十]年(?=共|间|里|内|[^\u4e00-\u9fff]|$)`;
/** Five-year plans' periods: “一五”时期, 十三五期间, “九五”期末, 六五计划期间, 第一个五年合计的. */
const PLAN_PERIODS = [
  '[“"](?:十[一二三四五]?|[一二三四五六七八九])五[”"’](?:时期|期间|期末|末|以来)?的?',
  '(?:十[一二三四五]?|[六七八九])五(?:计划)?(?:时期|期间|期末|末|以来)的?',
  '第[一二三四五六七八九十]+个五年(?:计划)?(?:时期|期间|末|以来|内|合计)?的?',
];
/** Parts of a year and centuries: 上半年, 10月份, 去年底, 本世纪末, 二十一世纪初; a month closing the lead (由2015年8月的). */
const PARTS_OF_YEAR = ['[上下]半年', '(?:1[0-2]|[1-9])月份', '(?<![\\d.])(?:1[0-2]|[1-9])月(?:底|末|初)?(?=的?$)', '(?:去|今|上)年(?:末|底|初)', '(?:本|上)世纪末', '(?:十九|二十一?)世纪(?:初期?|中期|末期?|[一二三四五六七八九]十年代)?'];
/** Years named from the report's own: 今年, 明年, 全年, 年底前, 同期, 前三季度, 第二季度. */
const RELATIVE_YEARS = ['今年', '明年', '去年', '全年', '年内', '年底前?', '年末前?', '当年', '同期', '前三季度', '第?[一二三四]季度'];
/**
 * Spans of years at either end of a phrase: 近五年来, 今后三年, 提前一年, 十年来, (、)三年, 五年合计, (二产业)五年上升; runs and gaps:
 * 连续第5年, 时隔5年后, 连续3个季度, 连续12个月.
 */
const SPANS_OF_YEARS = [
  `(?:近|过去|今后|未来|这)(?:${TEN_TO_NINETY_NINE}|[两三四五六七八九十])年(?:来|间|内|里|中(?!央))?`,
  '提前[一两三四五六七八九十]年',
  String.raw`(?:${TEN_TO_NINETY_NINE}|[两三四五六七八九十]|\d{1,2})年(?:来|间|内|中(?!央))`,
  '(?<=^|[、，,“])[两三四五六七八九十]年(?!来|间|内)',
  '(?:[两三四五六七八九十]|(?<![0-9.])\\d)年(?=$|[提增下完实累就达共新接近翻净合为降]|上[升涨])',
  '连续第?[0-9一两二三四五六七八九十]+年',
  `时隔${N}+年后?`,
  '连续[0-9两三四五六七八九十]+个?季度',
  '连续[0-9一两二三四五六七八九十]+个月',
];
const TIME_WORDS = new RegExp(`${TIME_LEAD}(?:${[...YEARS, FIRST_YEARS, ...PLAN_PERIODS, ...PARTS_OF_YEAR, ...RELATIVE_YEARS, ...SPANS_OF_YEARS].join('|')})`, 'g');

/** Notes in brackets say how a figure was counted, not what: 同比（下同）, （按可比价格计算）. */
const BRACKETED_NOTE = /[（(](?:(?:热烈|长时间)?鼓掌|笑声|下同|同口径|按可比价(?:格)?计算|按不变价(?:格)?计算|现价|初步核算|预计|快报数|(?:不)?(?:含|包括)[^（()）]{1,12}|注[：:][^（()）]{1,24})[）)]/g;

/** A glossary reference inside a phrase: “首席服务员”（4）制度, 井盖（10）, “三类500强”企业[3]. */
export const FOOTNOTE_MARK = new RegExp(`[（(]\\d{1,2}[）)]|${FOOTNOTE_MARK_PATTERN}`, 'g');

/**
 * Words that open with a leading cue: 计划投资, 计划总投资 (planned investment: golds keep 计划 24 of 27 right before the figure), 和美, 和谐, 及时, 与会, 再生水, 再就业, 建设用地, 共建, 共享, 要素, 使用, 全省性 (压减全省性
 * 节会、活动、论坛36次: of the whole province, an adjective, not the scope 全省); and a
 * capacity cut (压减钢铁产能(3000万吨): counted as cut, its verb stays as 淘汰 and 退出 stay — golds 3 of 3).
 */
const CUE_OPENS_WORD = new RegExp(`^(?:计划(?:总投资|投资)|全[国省市区县州]性|增加值|各级|使[用命馆领]|和[美谐睦平]|及时|与会|建成区|建设(?:用地|筹|养护|改造|[^，。；]*的)|共[建享同治创]|要[素求点件]|再(?:生|次|度|就业|贷款|融资|制造|保险|担保)|(?:${CAPACITY_CUT_VERBS.join('|')})[^，。；]{1,8}产能$|完成[率值额度]|完成(?:年度)?(?:固定资产)?(?:${measureHeads('owned')})$)`);

/** Cue lists longest first, so that 下降到 is stripped whole and not as 降到. */
const TRAILING_LONGEST_FIRST = [...TRAILING_CUES].sort((a, b) => b.length - a.length);
const LEADING_LONGEST_FIRST = [...LEADING_CUES].sort((a, b) => b.length - a.length);

/** A measure head alone: 产量, 产值, 播种面积 (what a list of things may be measured by). */
export const MEASURE_ALONE = new RegExp(`^(?:${measureHeads('listed')})$`);
/** A per-unit base before a number: 每立方米, 每人每月, 每亩, (提高到)人均, (提高到)年人均, 每月人均, (处理能力)日均 (its unit keeps the day). */
const PER_UNIT_BASE = /(?:每(?:\d+(?:公斤|斤|吨))?(?:立方米|平方米|平方公里|亩|人|户|吨|千瓦时|月|年|天|日)?)+$|每\d*[十百千万]?人口?$|(?<=[到至为达])(?:每?[年月])?人均$|(?<=能力|规模)日均?$/;

/** The lead without the verbs and cues at its end: 地区生产总值达到 → 地区生产总值. */
/**
 * Any verb of change, then 到/至, before the level reached: 提高到, 下调至, 上浮到, 压降至 (one-character verbs, 降至,
 * 增至, are TRAILING_CUES); with the whole the level is a share or multiple of: 提高到全省的, 提高到当地农民人均纯收入的(8倍).
 */
const CHANGED_TO = new RegExp(`(?:${[...CHANGE_UP, ...CHANGE_DOWN].filter((w) => w.length === 2).join('|')})(?:到|至)(?:全[国省市区县]|[\\u4e00-\\u9fff]{2,12}的)?$`);
/**
 * 年均减少(入河泥沙120万吨): a yearly rate before a verb that opens a clause on what it changes is when,
 * the verb goes next (年均降水量, 年均增速 keep their 年均: no such verb follows).
 */
const YEARLY_RATE_BEFORE_CHANGE = new RegExp(`^(?:${YEARLY_RATE_WORDS.join('|')})(?=${RATE_CHANGE_VERBS.join('|')})`);

/**
 * A plan said between a measure and its figure is the figure's modality, not its name: 固定资产投资总额
 * 计划(为3600亿元), 粮食产量计划(达到…), 经费计划(为…) (a plan named as such stays: 招生计划, 投资计划).
 */
const PLANNED_AT_END = /(?<=[额量值费]|支出|收入)计划$/;

/** The base a change is counted from, left at the end once its verb is off: 金融机构存款余额比年初(增加732亿元). */
// (生产安全事故起数比上一个五年(下降37%): the last period, its years taken off as time words, is a base too)
const BASE_AT_END = /(?<=.{2})(?:比|较)(?:上年同期|上年末|去年末|上年底|去年底|上年|去年|同期|年初|上一?个)$/;

function withoutTrailingCues(text: string): string {
  let t = text;
  for (let changed = true; changed && t; ) {
    changed = false;
    if (CHANGED_TO.test(t) || PLANNED_AT_END.test(t) || BASE_AT_END.test(t)) {
      t = t.replace(CHANGED_TO, '').replace(PLANNED_AT_END, '').replace(BASE_AT_END, '').trim();
      changed = true;
      continue;
    }
    for (const w of TRAILING_LONGEST_FIRST) {
      // (城镇居民人均(4.5万元): 均 of 人均 is no cue, the per-person word stays whole; nor that of
      // 每人平均达到(83.4元): 均达到 is "all reached" only after no 平, 人 or 年)
      // (新签约(513个): 约 of a verb is no cue either; 经济增长(5.5%) is the growth's name, 经济 alone
      // names nothing — golds: 经济增长 19 times, 经济 never)
      const averaged = w.startsWith('均') && /[人平年]$/.test(t.slice(0, -w.length));
      if (t.endsWith(w) && !averaged && !(w === '约' && YUE_ENDS_VERB.test(t)) && !/(?:^|[的年])经济增长$/.test(t)) {
        t = t.slice(0, -w.length).trim();
        changed = true;
        break;
      }
    }
  }
  return t;
}

/** A measure, then the goal set for it, then the verb that sets it: 经济增长速度的宏观调控目标(，)定为. */
export const GOAL_OF_MEASURE = /^([^，。；]{2,}?)的(?:宏观调控|调控|预期|主要|奋斗|预定)?目标(?:[，,]?\s*(?:定为|定在|确定为|是|为))?$/;

/** A comparison names the reference, not the indicator: 比上年, 比去年预算, 较年初, 比“八五”时期. */
const COMPARISON = new RegExp(`^(?:同比|(?:比|较)(?:上年|去年|同期|上年同期|年初|上次|上一次|预算|\\d|全[${SCOPE_LEVELS}]|平均|“[^”]{1,6}”))`);

/**
 * The label of a point in a list of measures or of an annex's items, with any Markdown bold
 * before it: 一是…, 第三，…, 1.…, 一、…, （二）… (二是取消收费35项 → 取消收费; **地区生产总值增长 → 地区生产总值;
 * 1. 2023年地区生产总值增长 → 地区生产总值: a space and a year may follow the label; 71.“天府市民云”新增…: or a quote).
 */
export const POINT_LABEL = /^(?:[（(](?:[一二三四五六七八九十]{1,2}|\d{1,2})[）)]|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,]|首先[，,]?|其次[，,]?|\d{1,2}[.．、]\s*(?=[\u4e00-\u9fff“]|\d{4}年)|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))/;

/**
 * The end of a too-long name, cut where a word ends: at a joint (和, 的, 、) just after the cut, or
 * not at all when only a few characters over (沿边临港产业园区和…在建项目投资 loses no 沿, 中心城区… no 中).
 */
function withinLength(t: string, maxLength: number): string {
  const cut = t.length - maxLength;
  const joint = /[和与及的、]/.exec(t.slice(cut, cut + 6));
  if (joint) return t.slice(cut + joint.index + 1);
  return t.length <= maxLength + 4 ? t : t.slice(-maxLength);
}

/**
 * A thing, then its completion (一期建成投运、, 全面达产、完成), then its measure; group 1 is the thing. Not a list of
 * such verbs sharing their object (签约落地、新开工、新投产项目), nor a start (主体工程开工、全年完成投资: the works
 * begun are named apart from the year's investment).
 */
const COMPLETION_VERBS = ['建成', '竣工', '完工', '投产', '投运', '达产', '落地'] as const satisfies readonly string[];
const COMPLETION_BEFORE_MEASURE = new RegExp(`^([^，。；、]{2,16}?)(?:[一二三四五]期)?(?:全面|陆续|相继|顺利)?(?:建成)?(?:${COMPLETION_VERBS.join('|')})、(?:完成|实现)?(?=[\\u4e00-\\u9fff]{2}[^、]*$)(?!新|再)`);

/** How a figure was reckoned, opening a lead: 按可比价格计算(，), 扣除价格因素. */
const RECKONING_OPENING = new RegExp(`^(?:${RECKONED_BY}|扣除(?:物价上涨|价格)因素)[，,]?`);

/** More output of a product (增产原煤), not of 将近 or 约: a word of approximation after 增产 is the qualifier's. */
const MORE_OUTPUT_OF = new RegExp(`^(?:[^，。；]{0,8}?(?:保证|做到|力争|争取))?(?:每年|年均|平均每年)?增产(?!${APPROX_WORDS.join('|')}|超)([\\u4e00-\\u9fff]{1,6})$`);

/** A word of manner ending a lead: (任务)全面, (项目)如期. */
const MANNER_AT_END = new RegExp(`(?<=[\\u4e00-\\u9fff”]{2})(?:${MANNER_BEFORE_VERB.join('|')})$`);

export function cleanLead(text: string, maxLength = MAX_INDICATOR): string {
  // 比去年预算(高0.2个百分点): read before the time words go, which would take 比去年 with them
  if (/^(?:比|较)(?:上年|去年)(?:年初)?预算/.test(text.trim().replace(/^[，,、]/, ''))) return '';
  // (由115家)优化整合至(90家): a level moved to names nothing
  if (/^(?:优化)?(?:整合|合并|调整|精简|撤并)(?:至|到|为)$/.test(text.trim())) return '';
  // (千亿)大关、贷款增速(居全省第8): the milestone the figure before passed is no part of this name
  text = text.replace(/^新?(?:大关|关口|台阶)[、，,]\s*(?=[\u4e00-\u9fff]{2})/, '');
  // 从今年起，逐步降低…: a time from which something runs names nothing (its year goes with the time words)
  // (从一九五六年开始，…: so does a year in words, and 开始 for 起)
  text = text.replace(/(?:^|(?<=[，,]))(?:从|自)(?:今年|明年|\d{4}年|[一二][〇零○一二三四五六七八九]{3}年)?(?:起|开始)[，,]?/, '');
  // 《纲要（草案）》提出了…单位国内生产总值能源消耗(降低20%左右): the document that sets a goal is no part of its name
  text = text.replace(/^[^，。；]{0,16}?[》”](?:中)?(?:提出了?|明确了?|确定了?|要求)(?=[\u4e00-\u9fff“]{4})/, '');
  // 生物医药产业力争实现营业收入(3600亿元): a modal verb inside the lead is no part of the name
  // (累计 inside stays: the gold files keep 累计服务, 累计放贷 as written)
  text = text.replace(/(?<=[\u4e00-\u9fff]{2})(?:力争(?!取)|确保|预计|必须(?:争取)?)(?:实现|完成|达到)?(?=[\u4e00-\u9fff]{2}|$)/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?<![主重需必纲概摘只还也])要(?=投资|实现|完成|达到)/, '');
  // (郑州机场完成货邮吞吐量, 综合保税区完成进出口额: 完成 between an owner and its output or trade names nothing;
  // 完成投资 stays, the gold files keep it as written)
  text = text.replace(/(?<=[\u4e00-\u9fff]{2})完成(?=(?:货邮|旅客|货物|集装箱)?吞吐量|营业额|进出口(?:总)?额|(?:总)?产值|营业收入|交易额|销售额)/, '');
  // 中央政府拟新增(1.18万亿元), 中央财政为此将投入(120亿元) → 中央政府新增, 中央财政投入 (国家财政将每年安排支出,
  // 中央财政为此将增加支出 → …每年安排支出, …增加支出): a plan's
  // modal words between the spender and its verb of spending are no part of the name
  text = text.replace(/(?<=[\u4e00-\u9fff]{2})(?:为此(?:拟|将|还将|也将|计划)?|(?:拟|将|还将|也将|计划)(?:为此)?)(?=(?:每年)?(?:投入|安排|新增|增加|发行|下达|支出|筹集))/, '');
  // 各级财政对城镇居民医保和新农合的补助标准 → 城镇居民医保和新农合补助标准: what a payer pays to
  // is what the standard is of (中央和地方财政对参加合作医疗农民的补助标准 → 合作医疗补助标准: the
  // people who join it are no part of the name)
  text = text.replace(/^(?:各级|中央和地方|中央|地方|省级|市级)?(?:政府|财政)对(?:参加|参保)?([\u4e00-\u9fff“”、和]{2,16}?)(?:的?农民|的?居民)?的?((?:人均)?(?:财政)?(?:补助|补贴)标准)(?=$|由|从|提高|达到)/, '$1$2');
  // (参加合作医疗农民的补助标准 → 合作医疗补助标准: so when the payer stands in a clause before)
  text = text.replace(/^(?:参加|参保)?([\u4e00-\u9fff“”]{2,12}?(?:医疗|医保|保险))的?(?:农民|居民|群众)的?((?:补助|补贴)标准)$/, '$1$2');
  // 中央财政用于“三农”的投入(5955亿元) stays as written, as the national golds keep it (about 40 rows
  // of 50); 用于科技、教育…的支出 names a list to pair, each item the spender's (中央财政科技支出); a fund
  // is named by what it is for (中央财政用于城市低保的补助资金 → 中央财政城市低保补助资金: golds 7 : 2)
  text = text.replace(/^([\u4e00-\u9fff]{0,8}?)用于([^，。；的]*[、和][^，。；的]*?)的?(投入|支出)$/, '$1$2$3');
  text = text.replace(/^([\u4e00-\u9fff]{0,8}?)用于([^，。；的]{2,}?)的?(补助资金|专项资金|资金)(?=$|累计|达到?|为|由|从|比|增加|超过)/, '$1$2$3');
  // 中央财政安排“三农”支出, 中央财政累计补助养老保险专项资金: the spender's verb before what it spends names nothing
  // (中央财政预算拟安排补助资金: and so in the payer's budget)
  // (中央财政五年累计补助…专项资金, 中央财政安排就业补助资金五年累计: and so do the years it ran over)
  // (省财政安排的“四助”支出, 省财政五年“三农”投入: a province's purse too, its verb with 的, or the years alone)
  text = text.replace(/(?<=.{4}(?:支出|资金|投入))(?:[一二两三四五六七八九十\d]+年|连续[一二两三四五六七八九十\d]+年)累计$/, '');
  text = text.replace(/^((?:今年|去年|全年)?(?:中央|地方|各级|省级|市级|省|市|县|自治区)?(?:财政|政府)(?:预算)?)(?:拟|将)?(?:(?:[一二两三四五六七八九十\d]+年|连续[一二两三四五六七八九十\d]+年)(?:安排|累计)?|安排|累计)的?(?=[^，。；]{2,}?(?:支出|资金|投入)(?:$|从|由))/, '$1');
  // (实际工作中按照(5.5%推进): where a goal is worked to names nothing)
  if (/^(?:在)?实际工作中(?:按照?|要)?$/.test(text.trim())) return '';
  // (在国家财政收入下降的同时，预算外资金…: what happened meanwhile names nothing of this figure)
  if (/^在[^，。；]{2,16}的同时[，,]?$/.test(text.trim())) return '';
  // 全国冬运会连续十四届保持金牌、奖牌总数(第一名): a streak held between the subject and its measure names nothing
  text = text.replace(/(?<=[\u4e00-\u9fff]{2})连续第?[0-9一两二三四五六七八九十]+(?:年|届|次)(?:保持|蝉联)(?=[\u4e00-\u9fff“]{2})/, '');
  // 虞公港一期建成投运、吞吐量(500万吨), 揭阳…项目全面达产、完成年产值(1100亿元): a thing's completion said
  // before its measure is an event, not part of the measure's name (a phase, 一期, goes with it); a list
  // of such verbs is not (签约落地、新开工、新投产项目: 、 again after, or a verb opened with 新)
  text = text.replace(COMPLETION_BEFORE_MEASURE, '$1');
  // 仅中央财政当年就增加支出(621亿元): "only … alone" around the spender names nothing
  text = text.replace(/^仅(?=[\u4e00-\u9fff]{2,8}?就)([\u4e00-\u9fff]{2,8}?)就/, '$1');
  // 重要产品的产量都有显著增长，如铁(增长百分之五十六): 如 (for example) before an instance names nothing (如期, 如果, 如何 are words)
  text = text.replace(/^(?:比如|例如|譬如|如)(?![期果何今实此同下上])(?=[\u4e00-\u9fff]{1,8}$)/, '');
  // 国家财政共增加支出(540多亿元): 共 (in all) between a subject and its verb names nothing (no gold name holds it there)
  text = text.replace(/(?<=[\u4e00-\u9fff]{2})(?<![年月天内期间])共(?=增加|投入|安排|完成|实现|支出|筹集|下达|拨付|发放|减少|新增|落实|争取)/, '');
  // 为此中央财政支出(将由上年18亿元…): 为此 (for this) names nothing
  text = text.replace(/^为此(?=[\u4e00-\u9fff]{2})/, '');
  // 为退役军人提供就业岗位(1万个) → 退役军人就业岗位: who a thing is provided for opens its name
  text = text.replace(/^为([\u4e00-\u9fff]{2,8}?)(?:提供|新增|创造|开发)(?=[\u4e00-\u9fff]{2})/, '$1');
  // 果断地把军队裁减了(100万人): what 把 takes is what changed, the manner before it names nothing
  text = text.replace(/^[^，。；]*?把(?=[\u4e00-\u9fff“”]{2,10}$)/, '');
  // 按可比价格计算平均每年增长(11.1%), (地区生产总值增长6.1%)（按原核算方法计算增长6.4%）, 按现行汇率计算: how
  // the figure was reckoned (any basis, 按…计算) opens no name
  text = text.replace(RECKONING_OPENING, '');
  // 保证每年增产原煤(3000万吨), 努力做到每年增产钢(250万吨): more output of a product is its 产量's change
  text = text.replace(MORE_OUTPUT_OF, '$1产量');
  // 重点事项办理平均减时间(83%)、减材料(54%): a cut named by what was cut, the verb and 平均 go
  text = text.replace(/(?:平均)?(?:减少?|压减|压缩|精简)(时间|时限|材料|环节|跑动次数|跑动)$/, '$1');
  // 就业预期目标比去年多(100万人), 贷款余额较年初新增(超200亿元): more than a base is the change, not part of the name
  let t = text.trim().replace(/\*\*/g, '').replace(POINT_LABEL, '').replace(MORE_THAN_BASE, '').replace(TIME_WORDS, '').replace(BRACKETED_NOTE, '');
  // 取得重大科技成果(六千多项), 共取得的重要科研成果: results are counted by what they are, 取得 (gained) names
  // nothing (golds: no name opens with 取得)
  t = t.replace(/^(?:共|累计)?取得(?:了|的)?(?=[^，。；]{2,}成果$)/, '');
  // (英国的煤产量在二十世纪初期曾经两次接近(三亿吨): how often it once came near says nothing of what it is)
  t = t.replace(/在?(?:曾经|曾)(?:[一两二三四五六七八九十]+次)?(?=接近|达到|超过|突破|$)/, '');
  // (完成或超额完成(10项14件重点民生实事): done, or more than done, says how well, it names nothing)
  t = t.replace(/(?:完成|实现)或超额(?:完成|实现)?/, '');
  // 已积累资金(1242亿元), 远程教育工程已投入(80亿元): 已 (already) says when, it names nothing (已经有: never
  // its 已 alone, or 经有 is left)
  t = t.replace(/^(?:已经|已(?!经))(?=[\u4e00-\u9fff]{2})/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:已经|已)(?=(?:投入|完成|建成|开工|积累|累计|达到|实现|覆盖|惠及|安排|下达))/, '');
  // 货币发行比年初计划少了(近500亿元), 财政收入比预算多(120亿元): the reference compared with names nothing
  // (占比, 存贷比, 比重, 同比: a 比 inside a word compares nothing; 比…降低 is a change, read elsewhere)
  t = t.replace(/(?<=[\u4e00-\u9fff]{2})(?<![占之存贷比同])还?(?:比(?![重例率较])|较)[^，。；]{1,12}?(?<![降减提])(?:高|低|多|少)(?:出)?了?$/, '');
  // “夏季攻势”任务全面(完成129项), 民生实事如期(完成): a word of manner at the end is how the verb after it
  // was done (MANNER_BEFORE_VERB, as cutAtVerb reads it inside a phrase)
  t = t.replace(MANNER_AT_END, '');
  // 不动产登记限(5个工作日内办结): 限 (within, at most) before a span is how long is allowed, no part of the name (上限, 期限,
  // 年限 are nouns)
  t = t.replace(/(?<=[\u4e00-\u9fff]{2})(?<![上下期年时权界无有极])限(?:时|期)?$/, '');
  // 人员编制原则上减(一半): 原则上 (as a rule) is how, and a bare 减 after the thing is its verb of change
  t = t.replace(/(?<=[\u4e00-\u9fff]{2})(?:原则上|基本上)(?=[\u4e00-\u9fff]|$)/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?<![压缩削核递裁精消缓扣加调])减$/, '');
  // 全国财政比年度预算超收(7239亿元): the budget a revenue is over names nothing, the revenue over it does
  t = t.replace(/(?:比|较)(?:年度|年初)?预算(?=超收|增收|减收|短收|节支)/, '');
  // 均衡性转移支付、…奖补资金等增幅均超过(10%): a bare rise after 等 is the listed things', no kind of its own
  t = t.replace(/等(?:增幅|增速)(?=[均都]|$)/, '等');
  // 经济增长速度的宏观调控目标定为(8%): the goal set for a measure is that measure's figure
  t = t.replace(GOAL_OF_MEASURE, '$1');
  // 开工一批项目(339个), 新建一批5G基站: "a batch of" says how many, vaguely, and names nothing (第一批, 首批 count batches)
  t = t.replace(/(?<![第首每])一批(?=[\u4e00-\u9fff“A-Za-z0-9])/g, '');
  // 可吸入颗粒物平均浓度改善(13.8%): a concentration or index improved, the verb no part of its name
  t = t.replace(/(?<=浓度|指数)(?:同比)?改善了?$/, '');
  // 把增长预期目标定在(7.5%左右): growth alone, with its goal, is the economy's
  t = t.replace(/^(?:把|将)?增长(?=(?:预期)?目标)/, '经济增长');
  // 县级三甲医院实现零的突破、达到(5家): a first reached names nothing
  t = t.replace(/(?<=.{2})(?:实现|取得)?“?零的突破”?[、，]?(?:达到?)?$/, '');
  // 死亡人数在前几年连续大幅下降的基础上又(分别下降11.2%): the ground a change builds on names nothing
  // 新区预计可实现生产总值, 重大项目可完成投资: what can be reached, 可 is no part of the name
  t = t.replace(/可(?=实现|完成|达)/g, '');
  // (城乡居民收入在去年的基础上增长, 经济增长预期目标是在…的基础上年均增长: wherever it stands; no name holds 基础上)
  t = t.replace(/(?:在[^，。；在]{0,24}|^)的?基础上[，,]?(?:又|再|还)?/g, '');
  // (2020年在疫情严重冲击下(超过1.58亿人次): the circumstances a figure came about under name nothing either)
  t = t.replace(/在[^，。；在]{2,14}(?:冲击|影响|背景|情况|条件|形势|压力|带动|推动|引领|支持|帮助)下[，,]?/g, '');
  // 环境空气质量在全国168个重点城市排名(上升4位): a pool of places counted names nothing, the ranking stays
  t = t.replace(/(?<=.{2})在(?:全[国省市区])?[0-9一二三四五六七八九十百]+个[^，。；在0-9]{1,10}?中?(?=排名$|$)/, '');
  // 在经济大省中增速(第1), 在中部地区增速(第1): the pool a measure is ranked in names nothing
  t = t.replace(/^[、，]?在[^，。；在]{2,12}?(?:中|地区|城市|省份|省区)(?=增速|增幅|总量)/, '');
  // 粮食产量791.6亿斤、实现二十连丰、稳居全国(第6): a streak of good years names nothing
  t = t.replace(/^[、，]?(?:实现|夺得|取得)?“?[一二三四五六七八九十两]+连[丰增冠胜涨]”?(?=[、，]|$)/, '');
  // noise and cues alternate: 各类补助同口径增长 → 各类补助同口径 → 各类补助 (the cues are read
  // again only when noise came off)
  for (let stripped = withoutTrailingCues(t); ; ) {
    t = stripped.replace(/[“"]$/, '').replace(TRAILING_NOISE, '').trim();
    if (t === stripped) break;
    stripped = withoutTrailingCues(t);
  }
  t = t.replace(YEARLY_RATE_BEFORE_CHANGE, '');
  // (第一项是“全年接待游客总人数(增长13％，…”): a statement quoted after a copula or a colon is named from
  // inside its quotes; what introduces it (第一项是, 要求：) names nothing
  t = t.replace(/^[^“”]*?(?:是|为|[：:])“(?=[^“”]{2,}$)/, '');
  for (let changed = true; changed && t; ) {
    changed = false;
    for (const w of LEADING_LONGEST_FIRST) {
      // 和美小区, 和谐社区, 及时率: a cue word that opens a longer word is no cue
      if (t.startsWith(w) && t.length > w.length && !CUE_OPENS_WORD.test(t)) {
        t = t.slice(w.length).trim();
        changed = true;
        break;
      }
    }
  }
  // 死亡人数与前三年平均数相比(分别下降32%): the base compared with names nothing
  t = t.replace(/(?<=.{2})(?:与|同)[^，。；与]{2,12}?相比(?:较)?$/, '');
  // unbalanced quotes or brackets at the ends are noise: 《【（“全州地区生产总值, 达到51
  // (31.5万套（户）、发放廉租住房租赁补贴(4.5万户): the note on the previous figure's unit, and the list comma after it, open no name)
  t = t.replace(/^[（(][^（()）]{1,4}[）)][、，]\s*/, '');
  t = t.replace(/^[”’）)》】、，]+/, '').replace(/[“‘（(、，]+$/, '').replace(/(?<![A-Za-z0-9.,])[0-9.,]+$/, '');
  while (t && OPENERS[t[0]] !== undefined && !t.includes(OPENERS[t[0]])) t = t.slice(1);
  // spaces from PDF copies inside Chinese: 国内 生产总值 → 国内生产总值
  t = t.replace(/\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+/g, '');
  // 人大代表建议和政协提案全部办复、满意率(100%) → …满意率: after a clause that reports the things
  // done, a bare rate is theirs
  t = t.replace(/^([^，。；、]{2,16}?)(?:全部|全面|均|已)[\u4e00-\u9fff]{1,4}、([\u4e00-\u9fff]{0,4}率)$/, '$1$2');
  // 较“四经普”分别增长(101%、81.8%): the base of a comparison names nothing (比重, 比例 are words;
  // 较强村, 较大规模 say "rather": no base)
  t = t.replace(/^(?:较(?![强弱好差大小高低多少])|比(?![重例率值]))(?:“[^”]{1,8}”|[^，。；、“”]{1,6}?)(?=分别|同比|增长|下降|$)/, '');
  // 食品抽检达到每千人(5.5批次) → 每千人食品抽检: a per-capita base said last opens the name
  // (食品抽检量超每千人(6.6批次): and the bound before it, the qualifier's, names nothing)
  t = t.replace(/^([\u4e00-\u9fff]{2,}?)(?:达到?|为|是|超过?|逾|突破|不低于|不少于|低于|高于)?(每[十百千万]人口?)$/, '$2$1');
  // 清单管理措施比制度建立之初(压减64%): the time compared with at the end names nothing either
  t = t.replace(/(?<=[\u4e00-\u9fff]{2})(?:比|较)(?![重例率值])[^，。；、]{1,8}?(?:之初|以前|之前|初期)$/, '');
  // 资产过(500亿元): 过 before a sum is its bound (超过), not part of the name (通过, 经过 are words)
  t = t.replace(/(?<=[\u4e00-\u9fff]{2})(?<![通经度越跨错路难不])过$/, '');
  // 直接拉低了全市经济增速(约4个百分点): the drag is the change's sign, not its name
  t = t.replace(/^(?:直接)?(?:影响|拉低|拖累|下拉)了?/, '');
  // 百强榜进位至(第77位): a move in rank says where the place went, not what is ranked
  t = t.replace(MOVED_TO_AT_END, '');
  // 排168城市倒(17位): counting from the bottom says where, not what
  t = t.replace(/(?<=.{2})倒数?$/, '');
  // 其中一产增长3.9%，二产增长14.1%: a sector named alone by its short name grows in value added
  // (一产增加值 stays as the report writes it; the metric table knows both names)
  t = t.replace(/^([一二三])产$/, '$1产增加值');
  // 金融业在经济总量中占比(达15.4%) → 金融业占经济总量比重: a share said by its setting
  t = t.replace(/^([^，。；在]{2,12})在([^，。；在]{2,12})中的?(?:占比|比重)$/, '$1占$2比重');
  // 在实际工作中(争取实现7%的更好结果): a setting alone says where, not what
  if (/^在[^，。；、0-9]{2,8}中$/.test(t)) return '';
  // 新增上市公司22家、总数达302家: a bare aggregate word measures the previous indicator
  if (/^(?:总数|总量|数量|总规模|规模|总额|同口径|可比口径|按可比口径|两年平均|年均)$/.test(t)) return '';
  // 城镇新增就业9.86万人，为年计划的118.8%: a share of the plan measures the previous indicator
  if (/^(?:为|是|占|达到?|完成)?(?:全?年(?:度)?(?:计划|目标|任务)|目标任务|计划)的?$/.test(t)) return '';
  // 比上年年初预算(增加1800亿元): a comparison names the reference, not the indicator
  if (COMPARISON.test(t)) return '';
  // 累计提高总额不超过所在统筹地区大病保险原封顶线的(20%): a bound on a share of a reference says how much,
  // what is bounded stands before it
  t = t.replace(/^(.{4,}?)(?:不超过|不高于|最高不超过|不低于|不少于)[^，。；0-9]{2,20}?的?$/, '$1');
  // too long: drop leading list items (A、B、C), then leading characters
  // (a list of names a little over the limit stays whole, to be split: 工业战略性新兴产业、高新技术产业
  // 产值占规上工业比重提高到41.3%和49.9%)
  const limit = t.includes('、') ? maxLength + 8 : maxLength;
  while (t.length > limit && t.includes('、')) t = t.slice(t.indexOf('、') + 1);
  if (t.length > (t.includes('、') ? limit : maxLength)) t = withinLength(t, maxLength);
  // 藏羚羊由最少时的(不足2万只): a starting point after 由 or 从 says when, not what
  // (not the 由 of a word, nor one inside quotes: 新增“线下无理由退货店”(360家))
  // (标准分别从每人每月(209元): the cues before 从 go with it, as they would before a bare 从)
  const beforeFrom = t.replace(/^(.{2,}?)(?:(?<![理自经缘])由|(?<![服遵随])从)[^，。由从0-9”]{1,6}$/, '$1');
  if (beforeFrom !== t) t = withoutTrailingCues(beforeFrom);
  // (纯收入将由的一百九十一元增加到(二百五十五元): a level in words moved from names nothing either)
  t = t.replace(/^(.{2,}?)(?:将|要)?(?:(?<![理自经缘])由|(?<![服遵随])从)[^，。；由从”]*?[一二三四五六七八九十百千万亿零〇两][^，。；由从”]{0,3}(?:增加|提高|上升|下降|减少|降低|扩大|增长)?(?:到|至)$/, '$1');
  // PM2.5浓度降至每立方米(36微克), 低保标准提高到每人每年(6000元): a per-unit base written
  // before the number is part of the unit, and the verb before it goes with it
  if (PER_UNIT_BASE.test(t)) t = withoutTrailingCues(t.replace(PER_UNIT_BASE, ''));
  // 国有工矿棚户区改造每套（户）补助(2万元), 示范性创业孵化基地每个一次性奖补(50万元): what each one is paid
  // is the payment's unit, not its name (the golds name 补助, 奖补 without it)
  t = t.replace(/(?<=[\u4e00-\u9fff）”]{2})每(?:套（户）|户|人|岗|套|个|所|村)(?:每年|每月)?(?=(?:一次性)?(?:补助|奖补|补贴|奖励|资助)$)/, '');
  // 新增奥丰石墨精深加工、普凡硼业等规上工业企业 → 新增规上工业企业, 承办首届江西油茶文化节等活动 →
  // 承办活动, 山地文化旅游节等节会活动 → 节会活动 (as the gold files name them): examples before 等
  // name members, the kind after 等 is what is counted; quoted categories alone stay (“三大球”“三小球”等场地),
  // and so do words ending in 等 (农村公路优良中等路率, 高等教育); a contract's kind is its examples
  // (技术交易、预约采购等合同: 合同 alone names nothing)
  t = t.replace(/^((?:新增|新引进|引进|新建|扩建|改扩建|新改扩建|建成|培育|新签约|签约|实施|维修改造|改造提升|改造|推动|推进|支持|打造|举办|承办|获批|获评|入选|荣获|组织开展|开展|提升)*)(?!(?:“[^“”]{1,10}”)+等)([^，。；：]{2,30}?)(?<![中高初平对均相优])等(?![级次同待]|为主|(?:合同|协议)$)(?=[\u4e00-\u9fff“]{2})/,
    (whole, verb: string, examples: string, at: number, all: string) => {
      // (动力电池产业集聚了比亚迪、国轩等一批头部企业, 新型化工产业要围绕绿色涂料、…等重点领域: a subject
      // and its verb before the first example are no example; they stay)
      const subject = SUBJECT_BEFORE_EXAMPLES.exec(examples.split('、')[0]);
      if (subject && !verb) return subject[0];
      // (甘蔗、桑蚕、木薯等产量排全国第1位: a bare measure after 等 is the examples' own, they stay)
      if (MEASURE_ALONE.test(all.slice(at + whole.length))) return whole;
      return verb || all.length - whole.length >= 2 ? verb : whole;
    });
  // “八大行动”项目投资分别完成年度计划, 高新区、经开区分别落位…项目: 分别 pairs values, it names nothing
  t = t.replace(/(?<=.{2})分别(?=.{2})/, '');
  // PM_2.5: a subscript written with an underscore
  t = t.replace(/(?<=[A-Za-z])_(?=\d)/g, '');
  // 基本普及九年义务教育的地区要增加到全国人口的(72%): the share of a whole reached is of what
  // stands before the verb
  t = t.replace(SHARE_REACHED, '');
  // 国考断面优良水体比例超国家考核目标(14.8个百分点): the target beaten is no part of what beat it
  t = t.replace(TASK_BEATEN_AT_END, '');
  // 光伏产业规模接近全国(十分之一): nearly a scope's share is the thing's share of it
  t = t.replace(SHARE_NEARLY, '占$1');
  // 扣除价格因素实际增长8%, 考虑价格下降因素比上年实际增长9.3%: the price effect taken out is how
  // the growth is counted, not what grew
  t = t.replace(/^(?:扣除|剔除|考虑|不考虑|排除)[^，。；0-9]{0,6}?因素(?:后|影响)?/, '');
  // 分六批集中开工: in how many batches is how, not what
  t = t.replace(/^分[0-9一二两三四五六七八九十]+批(?=.{2})/, '');
  // 广州选手在全国职业技能大赛中获得金牌 → 全国职业技能大赛金牌: who won, and 在…中获得, are no part of what is won
  // (常州健儿在杭州亚运会获得金牌数: the 中 or 上 may be left out)
  t = t.replace(/^[^，。；在]{0,8}?在([^，。；在]{2,20}?)(?:中|上)?(?:共|累计)?(?:获得|夺得|取得|斩获|获)(?=[\u4e00-\u9fff]{1,6}$)/, '$1');
  // 提请市人大常委会审议地方性法规草案 → 地方性法规草案: who is asked to review is no part of what
  // is counted (reports name the body or not; the laws are the same)
  t = t.replace(/^提请[^，。；]{0,12}?审议(?=.{2})/, '');
  // 省运会我市金牌总数: the report's own city is no part of the name (省外银行卡在我省刷卡交易额: but where a thing
  // is done, after 在, is)
  t = t.replace(/(?<=.{2})(?<!在)(?:我[市州省县区])(?=.{2})/, '');
  // 新开工建设重点水网工程 → 新开工重点水网工程: 建设 after 新开工 adds nothing (开工建设工业项目
  // keeps it: reports and readers name those works so)
  t = t.replace(/新开工建设(?=.{2})/, '新开工');
  // 第十五届省运会金牌总数, 自治区第十四届运动会金牌数: which session or round is no part of the name
  t = t.replace(/^第[0-9一二三四五六七八九十]+届(?=.{3})|(?<=.{2})第[一二三四五六七八九十]+[届轮](?=.{2})/g, '');
  // 新型“六防”（10）井盖: a footnote marker is no part of the name
  t = t.replace(FOOTNOTE_MARK, '');
  // 飞地园区实现产值 → 飞地园区产值: a light verb inside the phrase says nothing
  // (全面小康实现程度 and 实现率 keep theirs: a degree of achievement is measured by it)
  t = t.replace(/(.{2,})实现(?!的|程度|率)(.{2,})/, '$1$2');
  // 筹措财政资金, 获中央补助资金, 高层次人才发放购房补贴: a verb of getting or paying money before the funds names
  // no part of them (发放 opening a name, or after 新增 or 累计, stays: the golds keep 发放租赁补贴, 新增发放创业担保贷款)
  // (发放补贴, 发放各类补贴: 发放 before money it names by no kind goes too, the name is left to what it pays for)
  t = t.replace(/(?:^|(?<=.{2}))(?:获得|获(?![批评])|筹措|筹集|(?<=.{2})(?<!新增|累计)发放|^发放(?=(?:各类|各项)?(?:补贴|补助|补助资金|资金)$)|兑现|拨付|下达|落实|落地)(?=[^，。；]{0,10}?(?:资金|补助|补贴|基金|奖补|奖励|贷款|债券)$)/, '');
  // 全社会完成固定资产投资 → 全社会固定资产投资: the statistic has its own name
  t = t.replace(/(?:累计)?完成(?=固定资产投资)/, '');
  // 生物医药产业集群完成产值 → 生物医药产业集群产值, 规模工业完成增加值 → 规模工业增加值 (完成投资 stays: reports name it so)
  t = t.replace(/(.{2,})完成(?=(?:总)?产值|(?:工业)?增加值|营业收入|营收|销售收入|演出|接种|培训)/, '$1');
  // 农业总产值仍以(每年平均递增百分之七点五的速度前进): the 以 of the pace a thing moves at names nothing
  // (所以, 予以, 可以, 难以 are words)
  t = t.replace(/(?<=[\u4e00-\u9fff]{2})(?<![所予可难加足得用借赖])(?:仍|却|也|还|将|则|都|均)?以$/, '');
  return t;
}
