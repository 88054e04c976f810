// Indicator: the shortest phrase that names what a number measures.
// Two patterns cover most report prose:
//   before — 地区生产总值达513.35亿元, 办成民生实事52件: the clause before the number, minus its verb;
//   after  — 围绕68个课题开展调查研究, 建成10个示范村: the noun phrase after a measure word.
// A number with neither (增长6.2%, 居全省第一) measures what its sentence's previous number did.
import { CHANGE_DOWN, CHANGE_UP, COUNTED_PEERS, CROSSING_VERBS, MEDAL_VERBS, NOMINAL_VERBS, NON_CONTENT_WORDS, PEER_GROUPS, PER_UNIT_OPENING, RANK_POOL_JUST_BEFORE, RANK_MOVE_DOWN, RANK_MOVE_UP, MORE_THAN_BASE, PROVINCE_NAMES, REACHING_VERBS, RANK_MOVE_TO, RATE_OF_ACTION, RANK_REGIONS, RANK_VERBS, REFERENCE_RATE, SCOPE_LEVELS, TASK_BEATEN, TIMES_OF_ACTION, YUE_ENDS_VERB } from '../lexicon/cues.js';
import type { Segmenter } from '../types.js';
import { clauseBefore, endingAt, type MentionContext } from './context.js';
import { isCountUnit, isDurationUnit, isMoneyUnit } from '../lexicon/units.js';
import { PEOPLE_AFTER } from './unit.js';

/** Words stripped from the end of a lead: the verb or cue between indicator and number. */
const TRAILING_CUES = [
  // (城乡居民基础养老金、惠及(549万人): a verb of reach goes whole, never its 及 alone)
  '惠及', '涉及', '波及',
  '由', '从', '成为', '是', '各', '继', '中有', '占到', '占', '平均为', '平均', '实际', '名义', '拟按', '拟安排', '安排', '按', '拟', '增产', '减产', '同比增长', '同比下降', '比增', '压降', '消降', '分别增长', '分别下降', '分别为', '分别达到', '分别达', '分别', '均为', '均达到', '均', '比上年增长', '比上年', '较上年', '年均增长', '年均', '同比', '环比增长', '环比下降', '环比',
  '稳定在', '保持稳定', '稳定', '稳控在', '控制在', '定在', '设定为', '确定为', '仅差', '相差', '高达', '多达', '最高达', '保持在', '跃上', '迈上', '站上', '跨上', '跨越', '跨过', '迈入', '跨入', '跻身', '挺进', '跃升至', '跃升到', '发展到', '发展至', '精简', '拓宽', '增至', '提至', '降至', '降到', '缩小为', '减为', '降为', '增为', '增至为', '精简为', '压缩为', '调整为', '回升到', '回升至', '达到', '达', '为', '是', '在',
  '增长', '下降', '递增', '递减', '增加', '净增加', '净增', '再添', '新添', '增添', '裁减了', '裁减', '减少', '减量', '提高', '提升', '降低', '降价', '上调', '调增', '上浮', '下调', '调减', '下浮', '降', '提速', '压减', '削减', '缩减', '缩短', '减轻', '上涨', '回落', '回升', '逐季回升', '稳步回升', '上升', '前移', '大幅提升', '涨幅', '突破', '首破', '超过', '超出', '超', '逾', '破', '接近', '近', '约', '大约', '不低于', '不少于', '不超过', '不高于', '不足', '至少', '首次低于', '低于', '首次过半', '过半', '完成', '实现', '累计', '共计', '共', '合计', '总计', '总量达', '首次', '全部', '全都', '最快', '荣获', '获评', '继续', '持续', '连年', '连续', '始终', '一直', '总体', '力争', '有望', '预计', '预期', '预定', '确保', '争取', '的', '了', '已经', '已', '将', '要', '再', '和', '及', '、', '“', '"', '（', '(',
  // examples before a count: 100万千瓦光伏等(14个…项目)
  '等',
  // the ordinal of a rank list: 百强县第4、第5、第15位
  '第',
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
  // (预计可实现生产总值190亿元: what can be reached)
  '预计可', '可实现', '可完成', '可达到', '可达',
  // 就能够实现原定(2000年)国民生产总值比1980年翻两番: can, as first set
  '就能够', '能够', '原定',
  '拟安排', '安排', '拟', '还要', '也要', '要', '将', '把', '再', '计划', '实现了', '实现', '共有', '同口径', '其中', '但', '全年', '今年', '去年', '一年来', '过去一年', '我们', '同时', '此外', '另外', '并且', '并', '还', '即', '和', '及', '与', '、', '，', '”', '全州', '全省', '全市', '全县', '全区', '全盟', '全旗', '全国', '各地', '本市', '本州', '本省', '我国', '我省', '我市', '我州', '我区', '我县', '累计', '共', '均', '分别', '力争', '确保', '争取', '预计', '新增加',
  // 完成老旧小区改造提升302个 → 老旧小区改造提升 (the gold's 完成整改 still contains 整改)
  '完成',
  // 尽快实现制造业企业(100%)…: how soon a goal is to be met names nothing
  '尽快',
  // a goal as the report puts it forward: 提出居民消费价格涨幅控制在(4%左右)
  '提出',
  // a rule put in force over the things measured: 实行省级以上开发区(100%“标准地”供应)
  '实行',
  // a change verb before its object: 压减一般性支出5% → 一般性支出, 增加就业岗位5000个 → 就业岗位
  '压减', '削减', '压缩', '减少', '降低', '提高', '提升', '增加', '扩大', '缩小',
  // a verb of work before its object: 建成规范化门诊19家 → 规范化门诊, 实施城中村改造项目 → 城中村改造项目
  '新建成', '建成', '新建', '开展', '实施', '启动', '创建', '打造', '培育', '举办', '消除', '带动', '吸引',
  // effort said before the verb: 着力消除(2800户…返贫风险)
  '着力',
  // a verb of urging before its object: 促进增量绿电(80%以上就地转化) → 增量绿电
  '促进', '推动',
  // the stage of projects counted: 在建、拟建亿元以上…项目(63个)
  '在建、拟建', '在建和拟建', '在建、新建', '拟建',
] as const;

/** A region a rank or gap is held in: 保持东北地区第一, 居长江中上游港口首位. */
const REGION = `(?:(?:${RANK_REGIONS.join('|')})(?:地区|省区|省份)?|(?:${PROVINCE_NAMES.join('|')})(?:省|自治区|市)?)`;
/** A region alone after a rank, a pool too: 出口通关效率居全国第5、中部地区第1. */
const REGION_ALONE = new RegExp(`^${REGION}$`);
/** A peer group alone, the pool of a rank with no subject of its own: (在)省会城市(中). */
const PEER_GROUP_ALONE = new RegExp(`^(?:全[国省区])?(?:${PEER_GROUPS.join('|')})$`);
/** A rank or gap cue: the indicator ends before it (增长12%、居全省第一; 高于全省0.2个百分点). */
const RANK_CUE = new RegExp(`^(.*)(?:${RANK_VERBS}|(?:晋升|跃升|上升|提升|(?<![晋跃上提])升)(?:至|到)(?=[全第]|国家级|省级|${REGION})|保持(?=[全第在]|国家级|省级|${REGION})|进入(?=全[国省市区球]$|$)|排名|排(?=[全第各]|$)|名列|分列|(?<![位名分])列(?=[全第]|$))(?:全[${SCOPE_LEVELS}](?:城市|地市|县市区|同类城市|各市州)?|全球|全?世界|全?亚洲|省会城市|副省级城市|各[市县区](?:（[州市区县]）|州|区)?|${REGION})?(.*)$`);
const GAP_CUE = new RegExp(`(?:高于|低于|快于|慢于|高出|低出|领先|比(?![重例率]))(?:全[${SCOPE_LEVELS}]|全球|省会城市|副省级城市|${REGION})?.*$`);

/** Part-of-speech tags that end a noun phrase: verbs, prepositions, conjunctions, particles. */
const PHRASE_BREAK_TAGS = /^(?:v|vd|vi|vg|p|c|u|uj|ul|uz|ug|uv|ud|d|r|y|a|ad)$/;
/** Verbs that jieba tags as such but that name things inside indicator phrases. */
const KEEP_IN_PHRASE = /^(?:支出|收入|建设|改造|提升|配套|发展|振兴|服务|保护|治理|管理|规划|示范|监测|养老|就业|创业|制造|集聚|转移|建|改|修)$/;
/** Tags of words that name things: nouns, names, nominal verbs, idioms, abbreviations. */
const NAMING_TAGS = /^(?:n|nr|nr[a-z]+|ns|nt|nz|ng|vn|an|eng|j|l|i|zg)$/;
const NON_CONTENT = new Set<string>(NON_CONTENT_WORDS);
/** A threshold or size class before a head noun: 亿元以上, 二级及以上, 百亿元级. */
const THRESHOLD = /^[0-9.十百千万亿]*(?:亿元|万元|元|级)?(?:及)?(?:以上|以下|级)$/;

/**
 * Characters that end an after-phrase when no segmenter is given (not digits glued to letters or minutes: 省级5G全连接工厂, 15分钟便民生活圈;
 * nor a short bracket inside a word, 探（采）矿权, but one after a place's level, 县（市）, ends it as before).
 */
const AFTER_STOP = /[，。、；：！？,;:!?]|(?<=[省市县区乡镇村居州旗])[（(]|[（(](?![\u4e00-\u9fff]{1,3}[）)][\u4e00-\u9fff])|[0-9](?![0-9.]*(?:[A-Za-z]|分钟))|(?:(?:发展|上升|扩大|提升)(?:到|至)|当年|当月|同期|[春夏秋冬]季|第(?=[0-9一二三四五六七八九十首])|中(?=排|位居|居|有)|(?<=[\u4e00-\u9fff]{2})(?<![高初集])中$|前(?=[0-9一二三四五六七八九十])|排第|排名|名列|获(?=全[国省市区州]|第[一二三四五六七八九十\d])|位居|位列|居第|全面|全部|全线|首次|基本|相继|陆续|率先|成功|正在|已经|有力|有序|顺利|稳步|扎实|精彩纷呈|流连忘返|开展|进行|免费|实现|建成|完成|获得|荣获|达到|取得|参加|参与|得到|成为|入选|落地|投产|开工|动工|竣工|纳入|覆盖|实施|建设|增加(?!值)|增长|下降|减少|提高|用于|等)/;

const MAX_INDICATOR = 24;

/** Opening quotes and brackets, with their closers. */
const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '(': ')', '《': '》', '【': '】', '[': ']', '「': '」' };

/** A move in rank at the end of a lead: 县域经济百强榜进位至(第77位). */
const MOVED_TO_AT_END = new RegExp(`(?<=.{2})${RANK_MOVE_TO}$`);

/**
 * Phrases between an indicator and its number that say how, not what: 连续5年保持, 同口径; a
 * milestone passed (地区生产总值迈上新台阶，总量突破5万亿元 → 地区生产总值).
 */
// (取消了原先(336亿元的农业税赋): the former level's adverb, like 现行, names nothing)
const TRAILING_NOISE = new RegExp(`(?:(?<=.{2})(?:接连|相继|先后|依次)|可比口径|原先|原有|原来|连续(?:[0-9一两二三四五六七八九十]+|多)年(?:保持)?|同口径|按可比价格计算|保持|(?<![许认])可|要?高于|(?<=.{4})年度任务|(?:${CROSSING_VERBS.join('|')})(?:[一二两三四五六七八九十\\d]+个)?(?:[十百千万亿]+元?级?)?新?(?:台阶|关口|大关))$`);

/**
 * Time words are when, not what: 2022年达到312.6亿元, 到2027年突破450亿元, 是2017年的1.6倍, 从五年前的71.7岁;
 * a span of years at either end of a phrase (五年接待游客, 三年计划投资), not inside a name (学前三年毛入园率).
 */
const TIME_WORDS = /(?:比|较|与)?(?:到|至|截至)?(?:用[0-9一两三四五六七八九十]+年(?:时间)?、?|\d{4}(?:年)?[—–\-~至到]\d{4}年度?|\d{4}年(?:底|末|初|末期)?|[一二][〇零○一二三四五六七八九]{3}年(?:底|末|初)?(?:以前|之前)?|[一二][〇零○一二三四五六七八九]{3}(?:以前|之前|前)|[0-9一两三四五六七八九十]+年前的?|[“"]十[一二三四五]?五[”"](?:时期|期间|末|以来)?的?|十[一二三四五]?五(?:时期|期间|末|以来)的?|[上下]半年|(?:去|今|上)年(?:末|底|初)|(?:本|上)世纪末|今年|去年|全年|年内|年底|年末|当年|同期|前三季度|第?[一二三四]季度|(?:近|过去|今后|未来)[两三四五六七八九十]年(?:来|间|内)?|提前[一两三四五六七八九十]年|(?:[两三四五六七八九十]|\d{1,2})年(?:来|间|内)|(?<=^|[、，,“])[两三四五六七八九十]年(?!来|间|内)|[两三四五六七八九十]年(?=$|[提增下完实累就达共新接近翻])|连续第?[0-9一两二三四五六七八九十]+年|连续[0-9两三四五六七八九十]+个?季度|连续[0-9一两二三四五六七八九十]+个月)/g;

/**
 * A peer group after a rank verb is the pool ranked in, not what is ranked:
 * 规上工业增加值增长10%、居万亿城市第3位 (the previous number's 规上工业增加值), 新站高新区位居全省高新区前3 (新站高新区);
 * places counted or classed are a pool too: 居皖北六市第1位, 居一类县（市）第1名, 居同类市（州）第2名.
 * 位居全国百强县投资潜力第3 ends in what is measured (投资潜力), so it stays the indicator.
 */
export const RANK_POOL = /(?:城市|地级市|县级市|县级行政区|省份|省区市|省区|地市|市州|县市区?|城区|经开区|高新区|新区|开发区|园区|地区|港口|机场|口岸|国家|经济体|行业|主产省|主产区|(?:工业|经济|人口|农业|制造业)?大省|[两三四五六七八九十\d]个?(?:省区|[省市州])|[一二三]类[县市区州]（[县市区州]）|同类[县市区州](?:（[县市区州]）)?)中?$/;
/** A named list ranks by its theme, so it stays the indicator: 跃居全国数字经济百强城市第56位. */
const NAMED_LIST = /[百千]强|[0-9一二三四五六七八九十]+强|[十百千]佳/;

/** A top list without a theme: 百强县, 百强区, 500强. */
const BARE_TOP_LIST = /^(?:[百千]强|\d+强)(?:县|区|市|城市|县市)?$/;

/** The scope of a rank at the end of its lead: 区域创新综合能力(连续8年)全国第一. */
const RANK_SCOPE_AT_END = new RegExp(`(?:全[${SCOPE_LEVELS}]|全球)$`);

/** Notes in brackets say how a figure was counted, not what: 同比（下同）, （按可比价格计算）. */
const BRACKETED_NOTE = /[（(](?:下同|同口径|按可比价(?:格)?计算|按不变价(?:格)?计算|现价|初步核算|预计|快报数|(?:不)?(?:含|包括)[^（()）]{1,12}|注[：:][^（()）]{1,24})[）)]/g;

/** A glossary reference inside a phrase: “首席服务员”（4）制度, 井盖（10）, “三类500强”企业[3]. */
export const FOOTNOTE_MARK = /[（(]\d{1,2}[）)]|\[\d{1,2}\]/g;

/** Measures that need an owner: (完成)投资, 实现产值, 营业收入 of what the sentence just counted. */
const OWNED_MEASURES = '投资|总投资|总金额|总规模|产值|总产值|营业收入|营收|销售收入';
/** Words that open with a leading cue: 和美, 和谐, 及时, 与会, 再生水, 再就业. */
const CUE_OPENS_WORD = new RegExp(`^(?:增加值|各级|和[美谐睦平]|及时|与会|建成区|再(?:生|次|度|就业|贷款|融资|制造|保险|担保)|完成[率值额度]|完成(?:年度)?(?:固定资产)?(?:${OWNED_MEASURES})$)`);

/** Cue lists longest first, so that 下降到 is stripped whole and not as 降到. */
const TRAILING_LONGEST_FIRST = [...TRAILING_CUES].sort((a, b) => b.length - a.length);
const LEADING_LONGEST_FIRST = [...LEADING_CUES].sort((a, b) => b.length - a.length);

/** A per-unit base before a number: 每立方米, 每人每月, 每亩, (提高到)人均. */
const PER_UNIT_BASE = /(?:每(?:\d+(?:公斤|斤|吨))?(?:立方米|平方米|平方公里|亩|人|户|吨|千瓦时|月|年|天|日)?)+$|每\d*[十百千万]?人口?$|(?<=[到至为达])人均$/;

/** The lead without the verbs and cues at its end: 地区生产总值达到 → 地区生产总值. */
/** Any verb of change, then 到/至, before the level reached: 提高到, 下调至, 上浮到, 压降至 (one-character verbs, 降至, 增至, are TRAILING_CUES). */
const CHANGED_TO = new RegExp(`(?:${[...CHANGE_UP, ...CHANGE_DOWN].filter((w) => w.length === 2).join('|')})(?:到|至)(?:全[国省市区县])?$`);

function withoutTrailingCues(text: string): string {
  let t = text;
  for (let changed = true; changed && t; ) {
    changed = false;
    if (CHANGED_TO.test(t)) {
      t = t.replace(CHANGED_TO, '').trim();
      changed = true;
      continue;
    }
    for (const w of TRAILING_LONGEST_FIRST) {
      // (城镇居民人均(4.5万元): 均 of 人均 is no cue, the per-person word stays whole)
      // (新签约(513个): 约 of a verb is no cue either; 经济增长(5.5%) is the growth's name, 经济 alone
      // names nothing — golds: 经济增长 19 times, 经济 never)
      if (t.endsWith(w) && !(w === '均' && t.endsWith('人均')) && !(w === '约' && YUE_ENDS_VERB.test(t)) && !/(?:^|[的年])经济增长$/.test(t)) {
        t = t.slice(0, -w.length).trim();
        changed = true;
        break;
      }
    }
  }
  return t;
}

/** A comparison names the reference, not the indicator: 比上年, 比去年预算, 较年初, 比“八五”时期. */
const COMPARISON = new RegExp(`^(?:同比|(?:比|较)(?:上年|去年|同期|上年同期|年初|上次|上一次|预算|\\d|全[${SCOPE_LEVELS}]|平均|“[^”]{1,6}”))`);

/**
 * The label of a point in a list of measures or of an annex's items, with any Markdown bold
 * before it: 一是…, 第三，…, 1.…, 一、… (二是取消收费35项 → 取消收费; **地区生产总值增长 → 地区生产总值;
 * 1. 2023年地区生产总值增长 → 地区生产总值: a space and a year may follow the label).
 */
const POINT_LABEL = /^(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,]|首先[，,]?|其次[，,]?|\d{1,2}[.．、]\s*(?=[\u4e00-\u9fff]|\d{4}年)|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))/;

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

export function cleanLead(text: string, maxLength = MAX_INDICATOR): string {
  // 比去年预算(高0.2个百分点): read before the time words go, which would take 比去年 with them
  if (/^(?:比|较)(?:上年|去年)(?:年初)?预算/.test(text.trim().replace(/^[，,、]/, ''))) return '';
  // (由115家)优化整合至(90家): a level moved to names nothing
  if (/^(?:优化)?(?:整合|合并|调整|精简|撤并)(?:至|到|为)$/.test(text.trim())) return '';
  // (千亿)大关、贷款增速(居全省第8): the milestone the figure before passed is no part of this name
  text = text.replace(/^新?(?:大关|关口|台阶)[、，,]\s*(?=[\u4e00-\u9fff]{2})/, '');
  // 从今年起，逐步降低…: a time from which something runs names nothing (its year goes with the time words)
  text = text.replace(/(?:^|(?<=[，,]))(?:从|自)(?:今年|明年|\d{4}年)?起[，,]?/, '');
  // 《纲要（草案）》提出了…单位国内生产总值能源消耗(降低20%左右): the document that sets a goal is no part of its name
  text = text.replace(/^[^，。；]{0,16}?[》”](?:中)?(?:提出了?|明确了?|确定了?|要求)(?=[\u4e00-\u9fff“]{4})/, '');
  // 生物医药产业力争实现营业收入(3600亿元): a modal verb inside the lead is no part of the name
  // (累计 inside stays: the gold files keep 累计服务, 累计放贷 as written)
  text = text.replace(/(?<=[\u4e00-\u9fff]{2})(?:力争(?!取)|确保|预计|必须(?:争取)?)(?:实现|完成|达到)?(?=[\u4e00-\u9fff]{2}|$)/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?<![主重需必纲概摘只还也])要(?=投资|实现|完成|达到)/, '');
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
  // of 50); 用于科技、教育…的支出 names a list to pair, each item the spender's (中央财政科技支出)
  text = text.replace(/^([\u4e00-\u9fff]{0,8}?)用于([^，。；的]*[、和][^，。；的]*?)的?(投入|支出|补助资金|资金)$/, '$1$2$3');
  // 中央财政安排“三农”支出, 中央财政累计补助养老保险专项资金: the spender's verb before what it spends names nothing
  // (中央财政五年累计补助…专项资金, 中央财政安排就业补助资金五年累计: and so do the years it ran over)
  text = text.replace(/(?<=.{4}(?:支出|资金|投入))(?:[一二两三四五六七八九十\d]+年|连续[一二两三四五六七八九十\d]+年)累计$/, '');
  text = text.replace(/^((?:今年|去年|全年)?(?:中央|地方|各级|省级|市级)?(?:财政|政府))(?:拟|将)?(?:[一二两三四五六七八九十\d]+年|连续[一二两三四五六七八九十\d]+年)?(?:安排|累计)(?=[^，。；]{2,}(?:支出|资金|投入)$)/, '$1');
  // 仅中央财政当年就增加支出(621亿元): "only … alone" around the spender names nothing
  text = text.replace(/^仅(?=[\u4e00-\u9fff]{2,8}?就)([\u4e00-\u9fff]{2,8}?)就/, '$1');
  // 为此中央财政支出(将由上年18亿元…): 为此 (for this) names nothing
  text = text.replace(/^为此(?=[\u4e00-\u9fff]{2})/, '');
  // 为退役军人提供就业岗位(1万个) → 退役军人就业岗位: who a thing is provided for opens its name
  text = text.replace(/^为([\u4e00-\u9fff]{2,8}?)(?:提供|新增|创造|开发)(?=[\u4e00-\u9fff]{2})/, '$1');
  // 果断地把军队裁减了(100万人): what 把 takes is what changed, the manner before it names nothing
  text = text.replace(/^[^，。；]*?把(?=[\u4e00-\u9fff“”]{2,10}$)/, '');
  // 按可比价格计算平均每年增长(11.1%): how the figure was reckoned opens no name
  text = text.replace(/^(?:按(?:可比价格|可比口径|现行价格|不变价格|现价)计算|扣除(?:物价上涨|价格)因素)[，,]?/, '');
  // 保证每年增产原煤(3000万吨), 努力做到每年增产钢(250万吨): more output of a product is its 产量's change
  text = text.replace(/^(?:[^，。；]{0,8}?(?:保证|做到|力争|争取))?(?:每年|年均|平均每年)?增产([\u4e00-\u9fff]{1,6})$/, '$1产量');
  // 重点事项办理平均减时间(83%)、减材料(54%): a cut named by what was cut, the verb and 平均 go
  text = text.replace(/(?:平均)?(?:减少?|压减|压缩|精简)(时间|时限|材料|环节|跑动次数|跑动)$/, '$1');
  // 就业预期目标比去年多(100万人), 贷款余额较年初新增(超200亿元): more than a base is the change, not part of the name
  let t = text.trim().replace(/\*\*/g, '').replace(POINT_LABEL, '').replace(MORE_THAN_BASE, '').replace(TIME_WORDS, '').replace(BRACKETED_NOTE, '');
  // 均衡性转移支付、…奖补资金等增幅均超过(10%): a bare rise after 等 is the listed things', no kind of its own
  t = t.replace(/等(?:增幅|增速)(?=[均都]|$)/, '等');
  // 把增长预期目标定在(7.5%左右): growth alone, with its goal, is the economy's
  t = t.replace(/^(?:把|将)?增长(?=(?:预期)?目标)/, '经济增长');
  // 县级三甲医院实现零的突破、达到(5家): a first reached names nothing
  t = t.replace(/(?<=.{2})(?:实现|取得)?“?零的突破”?[、，]?(?:达到?)?$/, '');
  // 死亡人数在前几年连续大幅下降的基础上又(分别下降11.2%): the ground a change builds on names nothing
  // 新区预计可实现生产总值, 重大项目可完成投资: what can be reached, 可 is no part of the name
  t = t.replace(/可(?=实现|完成|达)/g, '');
  t = t.replace(/(?<=.{2})在[^，。；在]{0,24}的?基础上(?:又|再|还)?$/, '').replace(/^在[^，。；在]{0,24}的?基础上(?:又|再|还)?$/, '');
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
  t = t.replace(/^([\u4e00-\u9fff]{2,}?)(?:达到?|为|是)?(每[十百千万]人口?)$/, '$2$1');
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
  t = t.replace(/^(.{2,}?)(?:(?<![理自经缘])由|(?<![服遵随])从)[^，。由从0-9”]{1,6}$/, '$1');
  // (纯收入将由的一百九十一元增加到(二百五十五元): a level in words moved from names nothing either)
  t = t.replace(/^(.{2,}?)(?:将|要)?(?:(?<![理自经缘])由|(?<![服遵随])从)[^，。；由从”]*?[一二三四五六七八九十百千万亿零〇两][^，。；由从”]{0,3}(?:增加|提高|上升|下降|减少|降低|扩大|增长)?(?:到|至)$/, '$1');
  // PM2.5浓度降至每立方米(36微克), 低保标准提高到每人每年(6000元): a per-unit base written
  // before the number is part of the unit, and the verb before it goes with it
  if (PER_UNIT_BASE.test(t)) t = withoutTrailingCues(t.replace(PER_UNIT_BASE, ''));
  // 新增奥丰石墨精深加工、普凡硼业等规上工业企业 → 新增规上工业企业, 承办首届江西油茶文化节等活动 →
  // 承办活动, 山地文化旅游节等节会活动 → 节会活动 (as the gold files name them): examples before 等
  // name members, the kind after 等 is what is counted; quoted categories alone stay (“三大球”“三小球”等场地),
  // and so do words ending in 等 (农村公路优良中等路率, 高等教育)
  t = t.replace(/^((?:新增|新引进|引进|新建|扩建|改扩建|新改扩建|建成|培育|新签约|签约|实施|维修改造|改造提升|改造|推动|推进|支持|打造|举办|承办|获批|获评|入选|荣获|组织开展|开展|提升)*)(?!(?:“[^“”]{1,10}”)+等)([^，。；：]{2,30}?)(?<![中高初平对均相优])等(?![级次同待]|为主)(?=[\u4e00-\u9fff“]{2})/,
    (whole, verb: string, examples: string, at: number, all: string) => {
      // (动力电池产业集聚了比亚迪、国轩等一批头部企业, 新型化工产业要围绕绿色涂料、…等重点领域: a subject
      // and its verb before the first example are no example; they stay)
      const subject = SUBJECT_BEFORE_EXAMPLES.exec(examples.split('、')[0]);
      if (subject && !verb) return subject[0];
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
  // 省运会我市金牌总数: the report's own city is no part of the name
  t = t.replace(/(?<=.{2})(?:我[市州省县区])(?=.{2})/, '');
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
  // 筹措财政资金, 获中央补助资金, 高层次人才发放购房补贴: a verb of getting or paying money
  // before the funds names no part of them
  t = t.replace(/(?:^|(?<=.{2}))(?:获得|获(?![批评])|筹措|筹集|发放|兑现|拨付|下达|落实|落地)(?=[^，。；]{0,10}?(?:资金|补助|补贴|基金|奖补|奖励|贷款|债券)$)/, '');
  // 全社会完成固定资产投资 → 全社会固定资产投资: the statistic has its own name
  t = t.replace(/(?:累计)?完成(?=固定资产投资)/, '');
  // 生物医药产业集群完成产值 → 生物医药产业集群产值 (完成投资 stays: reports name it so)
  t = t.replace(/(.{2,})完成(?=(?:总)?产值|营业收入|营收|销售收入|演出|接种|培训)/, '$1');
  return t;
}

/** Circled numbers a report uses as footnote marks: ①…⑳, ㉑…㉟, ㊱…㊿. */
const FOOTNOTE_MARKS = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|［\d{1,2}］|\[\d{1,2}\]/g;
/** A note's reference in brackets: ［1］, [12]. */
const NOTE_REFERENCE = /［\d{1,2}］|\[\d{1,2}\]/g;

/**
 * A phrase cut just inside an opening quote keeps the quote whole: 四上企业” → “四上企业”,
 * 走出去”“请进来”团组 → “走出去”“请进来”团组 (the cut fell after the “ that opened it).
 */
function balanceQuotes(written: string): string {
  // 省级“两化融合”㉜试点示范企业, 表单式+: footnote marks and a trailing + are no part of a name
  // (村（: a bracket left open at the end, its words cut off, goes; 桥梁（含渡改桥 keeps what it holds)
  const indicator = written.replace(FOOTNOTE_MARKS, '').replace(/(?<=.)[+＋]$/, '').replace(/(?<=.)[（(][^（()）]?$/, '');
  const close = indicator.indexOf('”');
  return close >= 0 && !indicator.slice(0, close).includes('“') ? '“' + indicator : indicator;
}

/**
 * Projects counted by their stage name the stage first, as a kind of project: 重点项目新开工(547个)、
 * 在建(433个) → 新开工重点项目, 在建重点项目 (golds of the 41 reports 9 of 10 so; firms that 上市 or
 * 新增 are split, and keep the order written).
 */
const PROJECT_THEN_STAGE = /^(.*?(?:项目|工程))(新开工|开工|在建|续建|竣工|建成|新签约|签约|新投产|投产)$/;

function stageBeforeProjects(name: string, unit: string): string {
  if (unit !== '个' && unit !== '项') return name;
  const m = PROJECT_THEN_STAGE.exec(name);
  return m ? m[2] + m[1] : name;
}

/**
 * A list's comma left before the share that ends a name: 规上工业企业实现“智改数转”、占比(达72.8%) →
 * 规上工业企业“智改数转”占比 (the share is the thing's, not a second item).
 */
function withoutCommaBeforeShare(name: string): string {
  return name.replace(/(?<=.{2})、(?=(?:占比|比重|比例)$)/, '');
}

/**
 * A social insurance named by its risk alone before 参保 is that insurance: 养老、医疗、失业、工伤参保人数
 * (分别为…) → 养老保险参保人数, … (the golds write 保险 in 18 of 18 such names).
 */
function insuranceNamed(name: string): string {
  return name.replace(/^((?:城乡居民|城镇职工|企业职工)?(?:基本)?(?:养老|医疗|失业|工伤|生育))(?=参保)/, '$1保险');
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

/**
 * A name as the claim gives it, once the sentence's names are paired: quotes balanced, projects
 * named stage first, no list comma before a closing share, insurances named whole, 平均每人 as 人均.
 */
export function finishedName(written: string, unit: string): string {
  // (平均每人占有粮食 → 人均占有粮食: per head, written out)
  return insuranceNamed(withoutCommaBeforeShare(stageBeforeProjects(balanceQuotes(written), unit))).replace(/平均每人(?=[\u4e00-\u9fff])/g, '人均');
}

/** A count that follows a count with nothing between: (15项)46个, (十大类)49项, (2800户)7700人 (not a threshold: 50户以上). */
const CHAINED_COUNT = /^(?:\d+|[一二两三四五六七八九十百]+)(?:个|项|件|家|条|所|座|处|批|大类|类|户|人|名)(?!以[上下]|及以[上下])(?=[\u4e00-\u9fff“])/;

/** A size class of the things counted, before their noun: (6个)超50亿元(项目), (12个)10亿元以上(项目). */
const SIZE_CLASS = /^(?:超|超过)?\d+(?:\.\d+)?[万亿]?(?:元(?:以上|级)?|级)的?(?=[\u4e00-\u9fff、])/;
/** Further items of a list of size classes, to the noun they share: (1个400亿级)、3个100亿级(产业名镇). */
const MORE_SIZE_CLASSES = /^(?:[、和](?:\d+个)?(?:超|超过)?\d+(?:\.\d+)?[万亿]?(?:元(?:以上|级)?|级)的?)+(?=[\u4e00-\u9fff])/;

/** The noun phrase after a measure word: 68个课题开展调查研究 → 课题; 6个超50亿元项目 → 超50亿元项目. */
export function phraseAfter(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  const at = ctx.mention.span.end;
  const sized = SIZE_CLASS.exec(scan.slice(at, at + 12));
  // 有2项指标增速居全省第1位: the things counted are the 指标, their growth is what the rank is of
  if (!sized) return nounAfter(ctx, scan, segmenter).replace(/(?<=.{2})(?:增速|增幅)$/, '');
  const more = MORE_SIZE_CLASSES.exec(scan.slice(at + sized[0].length, at + sized[0].length + 40))?.[0] ?? '';
  const noun = nounAfter(endingAt(ctx, at + sized[0].length + more.length), scan, segmenter);
  return noun ? sized[0] + noun : '';
}

function nounAfter(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  let start = ctx.mention.span.end;
  // 1万个左右的行政村, 350名左右本土高层次人才: a qualifier may stand between number and noun
  const qualifier = /^(?:左右|以上|多|余)(?:的)?(?![，。、；])/.exec(scan.slice(start, start + 4));
  if (qualifier) start += qualifier[0].length;
  // 10大类45项民生实事, 15项46个重点民生实事: a count right before another counts the same things
  // (a count of classes always; others when nothing before names them: 营商环境升级行动75条223项
  // 攻坚举措 keeps its action)
  const items = CHAINED_COUNT.exec(scan.slice(start, start + 8));
  // (着力消除2800户7700人返贫风险: households, then their people, count the same group)
  if (items && (/类$/.test(ctx.mention.unit) || !cleanLead(ctx.lead) || (ctx.mention.unit === '户' && /[人名]$/.test(items[0])))) start += items[0].length;
  // 5个770万千瓦抽蓄电站: the size of each thing may stand between count and noun
  const size = /^\d+(?:\.\d+)?[万亿]?(?:千瓦|兆瓦|吨|亩|平方米|立方米|公里|米)(?=[\u4e00-\u9fff])/.exec(scan.slice(start, start + 12));
  if (size) start += size[0].length;
  // 7县（市、区）县城污水处理设施: a bracketed note on the count comes before the noun
  const note = /^[（(][^）)]{1,8}[）)]/.exec(scan.slice(start, start + 10));
  if (note) start += note[0].length;
  // 3046公里世界最长环沙漠生态屏障: a superlative before the noun praises it, it names nothing
  const superlative = /^(?:全国|全球|世界|亚洲|国内|全省)?(?:最长|最大|最高|最深|最宽|最早|规模最大)的?(?=[\u4e00-\u9fff]{2})/.exec(scan.slice(start, start + 8));
  if (superlative) start += superlative[0].length;
  // 7万名35-64岁妇女, 14台35蒸吨/小时以下燃煤锅炉: an age or threshold before the noun is part of its name
  const age = /^\d+(?:\.\d+)?(?:-\d+)?(?:岁(?:以[上下])?|[^，。、；0-9]{1,6}?以[上下])(?=[\u4e00-\u9fff])/.exec(scan.slice(start, start + 16));
  if (age) start += age[0].length;
  // 500个以上5G基站, 38家A级景区: a name may open with letters, or digits glued to them
  // (16个15分钟便民生活圈: or with the minutes of a service radius)
  if (!/^(?:[\u4e00-\u9fff“"]|\d*[A-Za-z]|\d+分钟)/.test(scan.slice(start, start + 6))) return '';
  // 240万户林区、垦区、煤矿等棚户区居民: places or kinds listed as examples before 等 and the noun
  // counted after it stand before that noun
  // (only for things counted, and only names: 5万吨浆粕、…等项目 sizes the first; 18所高中开办科技、…等特色班
  // holds a verb)
  const examples = isCountUnit(ctx.mention.unit) ? /^(?:[^，。；、\d]{1,8}、)+[^，。；、\d]{1,8}等(?=[\u4e00-\u9fff])/.exec(scan.slice(start, start + 40)) : null;
  const onlyNames = examples && segmenter ? segmenter.tag(examples[0]).every((w) => w.word.length < 2 || !/^v[di]?$/.test(w.tag)) : !!examples;
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
  const describes = qualities.some((tags) => tags.length >= (listed ? 2 : 3) && /^(?:v|a)$/.test(tags[tags.length - 1].tag));
  // (新疆2600多万各族儿女共有的精神家园: a bare number with people right after it counts them, not
  // the thing they share)
  // (600多万香港人的共同努力: so does one with people right after it and then 的)
  const peopleThenOf = !ctx.mention.unit ? PEOPLE_AFTER.exec(scan.slice(start, start + 12))?.[0] : undefined;
  if (peopleThenOf && scan.startsWith('的', start + peopleThenOf.length)) return peopleThenOf;
  const people = clauseOf && describes && !ctx.mention.unit ? PEOPLE_AFTER.exec(clauseOf[1])?.[0] : undefined;
  if (people) return people;
  if (clauseOf && describes) start += clauseOf[0].length;
  // 2800亿元授信额度的落实工作: a sum glued to a fund, then 的 and the work done with it, is the fund
  const fund = isMoneyUnit(ctx.mention.unit) ? /^([\u4e00-\u9fff]{0,6}?(?:额度|资金|贷款|基金|经费|债券|补贴|补助))的(?=[\u4e00-\u9fff])/.exec(scan.slice(start, start + 16)) : null;
  if (fund) return fund[1];
  // 100个人口1000人以上行政村: a threshold of the things, ending in 以上, stands before the noun
  const bounded = /^(?:人口|常住人口|投资|总投资|年产值|产值|营收|营业收入|面积|规模)[0-9.]+[万亿]?[\u4e00-\u9fff]{1,2}?以[上下](?=[\u4e00-\u9fff“])/.exec(scan.slice(start, start + 20));
  if (bounded && !described) start += bounded[0].length;
  // 6个年度计划总投资100亿元的装备制造项目: a measure of each thing, ending in 的, stands before the noun
  const measured = /^[\u4e00-\u9fff]{1,8}?[0-9.]+[万亿]?[\u4e00-\u9fff/]{1,4}?的(?=[\u4e00-\u9fff“])/.exec(scan.slice(start, start + 24));
  if (measured) start += measured[0].length;
  // (突破40万亿元并连续多年居世界首位: a conjunction or a rank verb opens another predicate, no noun)
  // (1000个和美乡村, 和谐社区: 和 opening a word is no conjunction)
  if (/^(?:以上|以下|以内|左右|多|余|的|和(?![美谐睦])|及(?!时)|与|或|等|是|为(?!民)|在(?![建营运产库校园职岗线])|到|至|次|后(?!期|续)|前(?!期)|内|里|并(?![购网联])|且|连续|[位稳跃]居|居(?=[全世第首前]))/.test(scan.slice(start, start + 2))) return '';
  // 突破5000公里规划目标: a goal after a number is what it meets, not what it counts (nor a band
  // it is kept in: 保持在16万头合理区间)
  if (/^(?:规划|年度|预期|既定)?(?:目标|任务)|^(?:合理|正常)(?:区间|水平)/.test(scan.slice(start, start + 4))) return '';
  // (94个“两重”“两新”［1］项目: a note's mark inside the name is no part of it, nor its end)
  const window = scan.slice(start, Math.min(ctx.sentence.span.end, start + 34)).replace(NOTE_REFERENCE, '');
  // 由115家优化整合至90家: a level moved to another says what became of the things, no noun names them
  const movedTo = /^[\u4e00-\u9fff]{0,6}?(?:至|到|为)[0-9.]+([^0-9.，。；、]{1,2})/.exec(window);
  if (movedTo && ctx.mention.unit.startsWith(movedTo[1])) return '';
  // 14亿人口的发展中国家, 14亿多人口大国: a population, then what holds it, counts the population
  const population = /^(人口|中国人)(?:的|大国|大省)/.exec(window);
  if (population) return population[1];
  // (10项中、省生态环保督察任务: levels of government listed one character each open the name)
  const levels = /^(?:[中国省市县][、和])+(?=[省市县区])/.exec(window)?.[0].length ?? 0;
  const punctuation = window.slice(levels).search(/[，。、；：！？,;:!?]/);
  const stop = punctuation >= 0 ? punctuation + levels : -1;
  // 4.56万户住房困难群众圆了“安居梦”, 217.6万户城乡家庭改善了居住条件: the word before 了 is a
  // verb, so the name ends before it
  const piece = beforeVerbOfLe(stop >= 0 ? window.slice(0, stop) : window, segmenter);
  // 5G基站: digits glued to letters open a name, they do not stop it
  // (P2P平台: letters and digits mixed make one code)
  const code = /^\d*[A-Za-z][A-Za-z0-9]*/.exec(piece)?.[0].length ?? levels;
  const found = piece.slice(code).search(AFTER_STOP);
  const verb = found >= 0 ? found + code : -1;
  // (企业“老工伤”人员和工亡职工供养亲属: a phrase cut at its length limit ends at a whole word, not 职)
  const whole = verb >= 0 ? piece.slice(0, verb) : piece;
  const phrase = whole.length > 16 && segmenter ? wholeWordsWithin(whole, 16, segmenter) : whole.slice(0, 16);
  let segmented = segmenter ? cutAtVerb(phrase, segmenter) : null;
  // 15个配套实施细则, 6次集中开工活动, 永久基本农田: the stop words cut before any noun; the
  // segmenter finds the head instead
  // (44项具体任务全部完成: an adverb still ends the phrase the segmenter reads again)
  if (segmenter && segmented && verb > 0 && !segmented.named) segmented = cutAtVerb(wholeWordsWithin(piece.split(/[0-9(（]|(?<=.{2})(?:全部|全线|相继|陆续|率先|正在|已经|顺利)/)[0], 16, segmenter), segmenter);
  const cut = closeQuote(segmented ? segmented.text : phrase, piece, segmenter);
  // (37个省级和市级示范点 is one count with two modifiers: the list must hold a count of its own)
  const listModifier = MODIFIER_BEFORE_LIST.exec(piece)?.[0];
  const countFollows = listModifier !== undefined && /\d[个家项所座处条]/.test(window.split(/[，。；：]/)[0]);
  const modifier = (countFollows ? listModifier : undefined) ?? cut.replace(/[和及与]$/, '');
  if (!MODIFIER_ONLY.test(modifier) || !piece.startsWith(modifier)) return cut;
  const head = sharedHead(scan, start + modifier.length, ctx.sentence.span.end, segmenter);
  return head ? modifier + head : cut;
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

/**
 * Word segmentation cuts what the stop list missed: 作品荣获省群星奖 → 作品.
 * The phrase ends before the first verb, preposition or particle once it holds a word.
 */
/** People or households a count stands before, then 的 and what they have: 棚户区居民(的住房问题). */
const PEOPLE_COUNTED_BEFORE_OF = /(?:居民|群众|家庭|农户|人口|农民|职工|学生)$/;

function cutAtVerb(phrase: string, segmenter: Segmenter): { text: string; named: boolean } {
  let kept = '';
  // 四场现象级的开闭幕式: what stands before 的 describes the head noun after it
  let described = '';
  let named = false;
  const tagged = segmenter.tag(phrase);
  for (let k = 0; k < tagged.length; k++) {
    const { word, tag } = tagged[k];
    // 农村贫困人口: an adjective before a noun is part of the name
    const modifies = /^a$/.test(tag) && word.length >= 2 && /^n/.test(tagged[k + 1]?.tag ?? '');
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
    if ((kept.length >= 2 || ONE_CHARACTER_THINGS.test(kept)) && PHRASE_BREAK_TAGS.test(tag) && !modifies && !whichPeople && !KEEP_IN_PHRASE.test(word) && (named || ONE_CHARACTER_THINGS.test(kept))) break;
    // 225个村启动乡村振兴试点: after a one-character head, an action jieba tags a noun (启动/vn) is its verb
    // (78万农牧户发展庭院经济: so after households or people, whose words end in 户 or 民)
    if (ONE_CHARACTER_THINGS.test(kept) && tag === 'vn' && ACTIONS_AFTER_HEAD.test(word)) break;
    if (kept.length >= 2 && /[户民]$/.test(kept) && tag === 'vn' && (ACTIONS_AFTER_HEAD.test(word) || word === '发展')) break;
    kept += word;
    // 虹鳟鱼成功“盐化”: a word of three characters the dictionary lacks is a name (a species, a product)
    // (孕妇, a word for people the segmenter does not know, names them too)
    named ||= (NAMING_TAGS.test(tag) || (tag === 'x' && (word.length >= 3 || /[妇童员民工农者]$/.test(word)))) && !/^(?:(?:国家|自治区)级?|[省市州县]级)$/.test(kept) && !THRESHOLD.test(kept) && !NON_CONTENT.has(word);
  }
  // (加大对10个试点县的支持力度: an effort or quality after 的 is of the things counted before it)
  return { text: kept.length >= 2 && !(described && EFFORT_HEAD.test(kept)) ? kept : described || kept, named };
}

/** Heads that are an effort, a quality or a showing of something, not a thing counted: 支持力度, 水平, 积极性; (18块金牌的)优异成绩. */
const EFFORT_HEAD = /^(?:支持|扶持|投入|帮扶|工作)?(?:力度|水平|能力|积极性|效率|效能)$|^(?:优异|良好|优秀|历史最好|最好)?(?:成绩|佳绩|战绩)$/;

/** A ranking held in a setting: 制度创新指数在全国同批片区(排第四位), 经济总量在省会城市中(排名上升1位). */
const RANKED_IN_SETTING = /^(.{2,}?)在(?:全[国省区市]|省会城市|副省级城市|同类城市|国家级|省级|中国|全球|世界)/;
/** Names that are measures, which a setting ranks: 指数, 总量, 增速, 覆盖率, 水平. */
const MEASURE_NAME = /(?:指数|总量|增速|增幅|规模|总额|产值|增加值|收入|率|水平|能力|得分|排名)$/;

export function phraseBefore(ctx: MentionContext, kind: string): string {
  let lead = ctx.lead;
  // 制度创新指数在全国同批片区排第四位: a measure ranked in a setting is what is ranked (武汉在全国
  // “万家民企评营商环境”中 names a place, so the ranking stays)
  const setting = kind === 'rank' || ctx.mention.unit === '位' ? RANKED_IN_SETTING.exec(lead) : null;
  const measure = setting ? cleanLead(setting[1]) : '';
  if (MEASURE_NAME.test(measure)) return measure;
  // 增长12%、居全省第一; 高于全省0.2个百分点: what follows the cue is the reference, not the indicator
  if (kind === 'rank') {
    // 位居全国百强县投资潜力第3: what the rank verb and its scope are followed by is ranked
    const ranked = RANK_CUE.exec(lead);
    // 群众安全感满意度从多年排全省末位上升到第7位: a rank it rose from names the subject before 从
    const risenFrom = ranked && /^(.{2,}?)(?:从|由)(?:多年|长期|过去|以往|原来|上年|去年|\d{4}年)?的?$/.exec(ranked[1]);
    if (risenFrom) return cleanLead(risenFrom[1]);
    // (排名从上年85位升至81位: where a move starts from names nothing)
    const after = ranked && !/^(?:从|由)/.test(ranked[2].trim()) ? cleanLead(ranked[2]).replace(RANK_SCOPE_AT_END, '') : '';
    // 蜀山稳居全国百强区14位, 经济综合竞争力提升至全国百强县第11位: a list without a theme ranks
    // what stands before the verb, named with its list as annotators name it (蜀山全国百强区排名;
    // places listed keep their names alone, to be paired); a named list has a theme before 百强
    const subject = BARE_TOP_LIST.test(after) && ranked ? cleanLead(ranked[1]) : '';
    const scope = subject ? /(全[^，。；]{1,2}?)(?:[百千]强|\d+强)/.exec(lead)?.[1] ?? '' : '';
    if (subject.length >= 2) return subject.includes('、') ? subject : `${subject}${scope}${after}排名`;
    if (after.length >= 2 && (!RANK_POOL.test(after) || NAMED_LIST.test(after))) return after;
    if (ranked) lead = ranked[1];
    // 5家企业获评“…”、数量居中部第一: a bare aggregate after the thing counted is its own (aggregateOfPrevious)
    if (/[、，]\s*(?:数量|总数|总量|增量)$/.test(lead)) return '';
    // 工业投资…，总量在投资中跃居第二位: the setting ranked in is no part of what is ranked
    // (标准为西北第一, 增幅沿黄省区第一: a region named right before the place is no part of what
    // is ranked; 全国, 全省 come off below)
    const unpooled = lead.replace(/在[^，。；在]{1,12}中$/, '').replace(COUNTED_PEERS, '').replace(RANK_POOL_JUST_BEFORE, (pool) => (pool.startsWith('全') ? pool : ''));
    lead = cleanLead(unpooled).replace(RANK_SCOPE_AT_END, '');
    // 在全国168个重点城市排第16位, 在大中城市中排第15位: a peer group alone is the pool, and the
    // number measures what the sentence measured before
    // (合肥经开区稳居国家级经开区第6位 names what is ranked: the pool rule needs 在…中 or a count)
    const pooled = /^在|中$/.test(lead) || (ctx.previous !== undefined && /^(?:个|家)$/.test(ctx.previous.mention.unit) && ctx.lead.startsWith(lead));
    if (pooled && RANK_POOL.test(lead.replace(/^在/, '').replace(/中$/, '')) && lead.length <= 8) return '';
    // 在全国168个重点城市排第16位、省会城市排第6位: a peer group alone names no subject either
    if (PEER_GROUP_ALONE.test(lead.replace(/^在/, '').replace(/中$/, '')) || REGION_ALONE.test(lead)) return '';
    // 跃居中部非省会城市第2位、全国百强城市第49位: a list without a theme, alone, ranks what was ranked before
    if (BARE_TOP_LIST.test(lead.replace(/^全[国省市区州]/, ''))) return '';
  }
  if (kind === 'gap') lead = lead.replace(GAP_CUE, '');
  return cleanLead(lead);
}

/** Actions that jieba may tag nouns (vn) but that open a predicate after a one-character head. */
const ACTIONS_AFTER_HEAD = /^(?:启动|开展|实施|推进|完成|实现|建设|创建|开通)$/;

/** A one-character noun that can stand as the thing counted: 在115个县建设… */
export const ONE_CHARACTER_THINGS = /^[县市区村镇乡省州校户房]$/;

/** 64.2%的县医院达到…: a share followed by 的 and what it is a share of. */
export function phraseAfterOf(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  const at = ctx.mention.span.end;
  // 60%以上村集体经济组织, 75%以上财力: a bounded share before what it is a share of
  // 总投资6747亿元的2265个项目: a count between 的 and the noun is the noun's own
  // 近八成工业行业实现盈利: tenths glue to the noun they are a share of
  const glue = /^(?:的(?:\d+[个项家所座处])?|(?:以上|以下|左右)的?)(?=[\u4e00-\u9fff“A-Z])/.exec(scan.slice(at, at + 10)) ??
    (ctx.mention.rule === 'tenths' && /^[\u4e00-\u9fff]/.test(scan.slice(at, at + 1)) ? /^/.exec('') : null) ??
    // 推动70%村集体经济组织收入超过50万元, 90%学校达到…标准: a share glued to the noun it is a share of
    (ctx.mention.unit === '%' && /^[\u4e00-\u9fff](?<!^(?:以|左|上|和|与|及|或|的|用|预))/.test(scan.slice(at, at + 1)) ? /^/.exec('') : null);
  if (!glue) return '';
  // 争取实现7%的更好结果: a result or goal after 的 judges the number, it is no share of anything
  // (平均每年递增7.9%的基础上, 增长3.2%的速度: the ground built on, the pace kept, name nothing either)
  if (/^(?:更好|更高|较好|较高|良好)?(?:结果|成绩|成效|水平|目标|任务|基础上|前提下|速度(?![^，。；]{0,2}[指率])|幅度)/.test(scan.slice(at + glue[0].length, at + glue[0].length + 6))) return '';
  return phraseAfter(endingAt(ctx, at + glue[0].length), scan, segmenter);
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

/** `城镇、农村居民人均可支配收入` → [城镇居民人均可支配收入, 农村居民人均可支配收入]. */
/** Words that split a population or a sector into groups: 城镇、农村居民…; 国有、民营企业… */
const GROUP_MODIFIER = /^(?:城镇|农村|城市|乡村|城乡|全体|国有|民营|外资|内资|外商|中央|地方|省级|市级|县级|国家级|一般|专项|公办|民办|男性|女性|出口|进口|存款|贷款)$/;
/** The measure a list of things shares when only its last item names it. */
const LIST_MEASURE = /(?:年?(?:增加值|总产值|产值|营业收入|营收|收入|总额|投资|产量|产能|销售额|零售额|交易额|(?:贷款|存款)?余额)(?:增速|增幅|占比|比重)?|增速|排名|占比|比重|出口|进口|出口额|进口额|(?:人均)?(?:财政)?补助标准)$/;

/** A rate of a level (零售总额增速 → 增速), and an item that ends in a level (地区生产总值, 规上工业增加值). */
const RATE_AFTER_LEVEL = /^年?(?:增加值|总产值|产值|营业收入|营收|收入|总额|投资|产量|产能|销售额|零售额|交易额|余额)(增速|增幅)$/;
const LEVEL_AT_END = /(?:生产总值|增加值|总产值|产值|营业收入|营收|收入|总额|投资|产量|产能|销售额|零售额|交易额|余额|总量|业务量|吞吐量|[货客]运量|[发用]电量|销量)$/;

/** What joins the items of a list; not the 及, 和, 与 inside words (普及率, 和谐, 参与). */
const LIST_GLUE = /、|(?<![普涉企波危触遍以])及(?![时格])|(?<![温缓饱共总柔])和(?![谐平美睦])|(?<![参给赋授])与/;

/** An item that names its own measure borrows none: 旅游人数、旅游总收入 (not 旅游人数收入). */
const MEASURED = /(?:人数|人次|数量|个数|户数|率|比重|占比|规模|总量)$/;

export function splitEnumeration(text: string, count: number, segmenter?: Segmenter): string[] | null {
  // 一、二、三产业增加值, 第一、二、三产业, 一、二、三产增加值, 一、二、三次产业增加值: ordinals that share a head
  const ordinals = /^第?([一二三四五六七八九])((?:[、和][一二三四五六七八九])+)次?产(?:业)?(.*)$/.exec(text);
  if (ordinals) {
    const numerals = [ordinals[1], ...ordinals[2].split(/[、和]/).filter(Boolean)];
    if (numerals.length === count) return numerals.map((n) => `第${n}产业${ordinals[3]}`);
  }
  // 城、乡居民人均可支配收入 → 城镇居民…, 农村居民…: the town and the country named by one character each
  const townCountry = /^城[、和与]乡(.+)$/.exec(text);
  if (count === 2 && townCountry) return [`城镇${townCountry[1]}`, `农村${townCountry[1]}`];
  // 本外币存、贷款余额 → 本外币存款余额, 本外币贷款余额; 进、出口总额 → 进口总额, 出口总额: one
  // character each that share the second character of the word after them
  const halves = count === 2 ? /^(.*?)([\u4e00-\u9fff])、([\u4e00-\u9fff])([\u4e00-\u9fff])(.*)$/.exec(text) : null;
  // (a dictionary word, not one the segmenter guessed: 数亡, 业饮 come back tagged x)
  const isWord = (w: string) => { const words = segmenter?.tag(w); return words?.length === 1 && words[0].tag !== 'x'; };
  if (halves && segmenter && segmenter.tag(halves[1] + halves[2]).at(-1)?.word.length === 1 && isWord(halves[2] + halves[4]) && isWord(halves[3] + halves[4])) {
    const [, owner, first, second, sharedChar, rest] = halves;
    return [owner + first + sharedChar + rest, owner + second + sharedChar + rest];
  }
  let items = text.split(LIST_GLUE).map((s) => s.trim()).filter(Boolean);
  // 现代家居、有色金属和新材料、电子信息、纺织服装产业集群: 和 may join inside one item
  if (items.length > count) {
    const byComma = text.split('、').map((s) => s.trim()).filter(Boolean);
    if (byComma.length === count) items = byComma;
  }
  if (items.length !== count) {
    // 金融机构存贷款余额分别达…、…: one word that names two things splits into them
    const pair = PAIRED_WORDS.find(([word, parts]) => parts.length === count && text.includes(word));
    if (pair) return pair[1].map((one) => text.replace(pair[0], one));
    // 城乡居民人均可支配收入分别为…和… : 城乡 pairs 城镇 and 农村 (or 城市 and 农村)
    const m = /城乡(.+)$/.exec(text);
    if (count === 2 && m) {
      const head = m[1];
      const town = /^(?:常住)?居民/.test(head) ? '城镇' : '城市';
      return [`${town}${head}`, `农村${head}`];
    }
    return null;
  }
  const last = items[items.length - 1];
  // 国家级、自治区级、市级示范区: levels share the head after the last one's level
  // (新培育国家级、省级专精特新企业: a verb before the first level is each item's)
  const verb = /^(?:新培育|培育|新增|新建|新认定|认定|创建|争创|打造)(?=国家级|省级|市级|州级|县级|自治区级)/.exec(items[0])?.[0] ?? '';
  const lastLevel = LEVEL.exec(last);
  if (lastLevel && items.slice(0, -1).every((item, i) => LEVEL.test(i ? item : item.slice(verb.length)) && item.length - (i ? 0 : verb.length) <= 5)) {
    const head = last.slice(lastLevel[0].length);
    return items.map((item, i) => (i === 0 ? item : verb + item) + (i < items.length - 1 ? head : ''));
  }
  // 单位国内生产总值用水量、能耗、二氧化碳排放量: a per-unit base opening the first item is every item's
  const base = PER_UNIT_OPENING.exec(items[0])?.[0];
  if (base && items.slice(1).every((item) => !item.startsWith(base))) return items.map((item, i) => (i ? base + item : item));
  // 粮食播种面积与产量 → 粮食播种面积, 粮食产量: later items that are bare measures belong to the
  // owner of the first one's measure
  const firstMeasure = MEASURE_AT_END.exec(items[0]);
  if (firstMeasure && items[0].length > firstMeasure[0].length + 1 && items.slice(1).every((item) => BARE_MEASURE_ITEM.test(item))) {
    const owner = items[0].slice(0, -firstMeasure[0].length);
    return items.map((item, i) => (i ? owner + item : item));
  }
  const subject = segmenter && sharedSubjectOfActions(items, segmenter);
  if (subject) return items.map((item, i) => (i ? subject + item : item));
  const framed = segmenter && actionsBetweenSubjectAndHead(items, segmenter);
  if (framed) return framed;
  // 忻城县、金秀瑶族自治县工业投资: places listed share what the last place is followed by
  const lastPlace = PLACE_THEN_MEASURE.exec(last);
  if (lastPlace && items.slice(0, -1).every((item) => PLACE_ALONE.test(item))) return items.map((item, i) => (i < items.length - 1 ? item + lastPlace[2] : item));
  // a short first item borrows the head of the last: 城镇、农村居民… → 城镇居民…
  // a longer one borrows the measure the last ends in: 制造业、战略性新兴产业增加值 → 制造业增加值
  const measure = LIST_MEASURE.exec(last)?.[0];
  // 钒钛磁铁矿铁、钒、钛资源利用率: middle items of one character, as wide as the last's first word, show
  // where the shared measure starts; a long first item takes it too
  const middle = items.slice(1, -1);
  const width = middle.length && middle.every((item) => item.length === middle[0].length) ? middle[0].length : 0;
  const sharedTail = segmenter && width === 1 && last.length - width >= 3 && segmenter.tag(last)[0]?.word.length === width ? last.slice(width) : '';
  const first = items[0];
  items = items.map((item, i) => {
    if (i === items.length - 1) return item;
    // 先进制造业和高技术制造业增加值占规模以上工业比重 → 先进制造业增加值占…比重: an item ending in
    // the word the last one's kind ends in (制造业) takes all the last says after that word
    const itemHead = segmenter ? segmenter.tag(item).at(-1)?.word ?? '' : '';
    const parallel = itemHead.length >= 2 && itemHead !== item ? last.indexOf(itemHead) : -1;
    if (parallel > 0 && last.length - parallel - itemHead.length >= 2) return item + last.slice(parallel + itemHead.length);
    const modifier = item.length <= 3 && (!measure || GROUP_MODIFIER.test(item));
    // 货物、集装箱吞吐量 → 货物吞吐量: the item stands for the last one's first word (城镇、农村居民…
    // and 批发业、零售业… replace as many characters; 荒漠化、沙化土地面积 → 荒漠化土地面积)
    const firstWord = modifier && segmenter ? segmenter.tag(last)[0]?.word ?? '' : '';
    // (住宿业、餐饮业营业额: when the slot after the first word ends as the item does, it is the item's)
    const slotIsItem = firstWord.length < item.length && item.endsWith(last.slice(firstWord.length, item.length));
    // (国、省考断面: one character stands for one)
    const replaced = item.length > 1 && firstWord.length >= 2 && firstWord.length < last.length - 1 && !slotIsItem ? firstWord.length : item.length;
    if (modifier && last.length >= replaced + 2) return item + last.slice(replaced);
    // 脱贫人口、易地搬迁脱贫人口人均纯收入: the last names the first inside it, then the shared measure
    const inLast = last.indexOf(item);
    if (item.length >= 2 && inLast > 0 && last.length - inLast - item.length >= 2) return item + last.slice(inLast + item.length);
    // 地区生产总值、规上工业增加值、社会消费品零售总额增速 → 地区生产总值增速, 规上工业增加值增速: an
    // item that is a level already shares only the rate the last one's level is followed by
    const rate = measure ? RATE_AFTER_LEVEL.exec(measure)?.[1] : undefined;
    if (rate && LEVEL_AT_END.test(item)) return item + rate;
    // 现代家居、…、纺织服装产业集群营收 → 现代家居产业集群营收: the items are industries too
    // (市级重点产业链、特色产业集群营业收入: an item that is one already takes the measure alone)
    const industry = measure && last.includes('产业') ? last.slice(last.lastIndexOf('产业')) : '';
    const tail = !/(?:业|产业链|集群)$/.test(item) && industry.endsWith(measure ?? '') && industry.length > (measure?.length ?? 0) ? industry : measure;
    // (地区生产总值、财政收入: an item that is a level already takes no other measure)
    return measure && tail && !LIST_MEASURE.test(item) && !MEASURED.test(item) && !LEVEL_AT_END.test(item) && !item.endsWith(measure) ? item + tail : item;
  });
  if (sharedTail && items[0] === first && first.length > width && !first.endsWith(sharedTail)) items[0] = first + sharedTail;
  return items;
}

/** Measures a list may name alone (产量, 单产, 销量, 面积), and one ending a named item (粮食播种面积). */
const LIST_MEASURES = '播种面积|种植面积|面积|套数|成交额|成交量|总产量|产量|单产|亩产|总产值|产值|产能|销量|销售额|营业收入|营收|增加值|增速|增幅|总量|规模|资产总额|总额|货值';
const BARE_MEASURE_ITEM = new RegExp(`^(?:${LIST_MEASURES})$`);
const MEASURE_AT_END = new RegExp(`(?:${LIST_MEASURES})$`);

/**
 * 蔬菜出口突破100亿元、货值和总量分别居全国第1位、第3位 → 蔬菜出口货值, 蔬菜出口总量: a list of
 * bare measures measures what the sentence measured just before (its own measure off). The items
 * unchanged when any names a thing.
 */
export function measuresOfPrevious(items: string[], previous: string): string[] {
  if (!previous || !items.every((item) => BARE_MEASURE_ITEM.test(item))) return items;
  const owner = previous.replace(MEASURE_AT_END, '');
  return owner.length >= 2 ? items.map((item) => owner + item) : items;
}

/** 粮食生产实现“二十连丰”，总产量为1557.6亿斤 → 粮食总产量: a bare output is the crop's its sentence names. */
export function outputOfCrop(lead: string, sentenceBefore: string): string {
  const crop = /^(?:总产量|产量|总产)$/.test(lead) ? /(粮食|油料|棉花|蔬菜|茶叶|水果|水产品|肉类)/.exec(sentenceBefore)?.[1] : undefined;
  return crop ? crop + lead : '';
}

/** A county, district or city alone, and one followed by what is measured of it. */
const PLACE_ALONE = /^[\u4e00-\u9fff]{1,8}(?:自治县|县|区|市|旗|镇|乡)$/;
/** A park, county or city alone, as ranked in a list: 常州经开区, 溧阳高新区, 金坛区. */
export const PLACE_OR_PARK = /^[\u4e00-\u9fff]{2,10}(?:开发区|高新区|经开区|园区|新区|区|县|市)$/;
const PLACE_THEN_MEASURE = /^([\u4e00-\u9fff]{1,8}?(?:自治县|县|区|市|旗|镇|乡))(?![在于])([\u4e00-\u9fff]{2,})$/;

/** Words of an action alone (新签约, 开工, 开工续建, 投产): verbs, with an adjective or an unknown word. */
const ACTION_WORD_TAGS = /^(?:a|ad|v|vn|vd|vi|x)$/;

/**
 * 亿元以上项目新签约、新开工、新竣工分别超400个、500个、300个 → 亿元以上项目新开工, …: when every item
 * after the first is an action alone, they share the first's subject (its words before its own
 * action). '' when the items are not such a list.
 */
function sharedSubjectOfActions(items: string[], segmenter: Segmenter): string {
  const isAction = (words: readonly { tag: string }[]) => words.every((w) => ACTION_WORD_TAGS.test(w.tag)) && words.some((w) => /^v/.test(w.tag));
  if (items.length < 2 || !items.slice(1).every((item) => item.length <= 4 && isAction(segmenter.tag(item)))) return '';
  const first = segmenter.tag(items[0]);
  let n = first.length;
  while (n > 0 && ACTION_WORD_TAGS.test(first[n - 1].tag)) n--;
  if (n === 0 || n === first.length || !/^n/.test(first[n - 1].tag)) return '';
  return first.slice(0, n).map((w) => w.word).join('');
}

/**
 * 园区新签约、新开工、新竣工项目 → 园区新签约项目, 园区新开工项目, 园区新竣工项目: actions listed between
 * a subject (before the first) and a head noun (after the last) each take both. null when the items
 * are not such a list.
 */
function actionsBetweenSubjectAndHead(items: string[], segmenter: Segmenter): string[] | null {
  const isAction = (words: readonly { tag: string }[]) => words.length > 0 && words.every((w) => ACTION_WORD_TAGS.test(w.tag)) && words.some((w) => /^v/.test(w.tag));
  if (items.length < 3 || !items.slice(1, -1).every((item) => item.length <= 4 && isAction(segmenter.tag(item)))) return null;
  const action = items[1].length;
  const last = segmenter.tag(items[items.length - 1]);
  // the last item: an action of the same kind, then its head noun (新竣工|项目)
  let cut = 0;
  let k = 0;
  while (k < last.length && ACTION_WORD_TAGS.test(last[k].tag) && cut < action + 1) cut += last[k++].word.length;
  const head = items[items.length - 1].slice(cut);
  if (cut === 0 || k === last.length || !/^n/.test(last[k].tag) || head.length < 2) return null;
  const first = items[0];
  const subject = first.length > action ? first.slice(0, first.length - action) : '';
  if (subject && !isAction(segmenter.tag(first.slice(subject.length)))) return null;
  return items.map((item, i) => subject + (i === items.length - 1 ? item : (i === 0 ? first.slice(subject.length) : item) + head));
}

/**
 * 航空航天及装备制造、基础材料产业发展壮大，分别完成产值164.8亿元、234.8亿元: a measure said after
 * 分别 is each item's, and the items' predicate goes (→ 航空航天及装备制造产值, 基础材料产业产值).
 */
export function measureAfterRespectively(items: string[], afterRespectively: string, segmenter?: Segmenter): string[] {
  // (电力、水利建设分别完成投资: investment completed is one measure, 完成投资, as the golds name it)
  const said = /^分别(?:(完成投资)|(?:完成|实现|达到?)?(?:年度)?(总产值|产值|营业收入|营收|销售收入|增加值|投资))/.exec(afterRespectively);
  const measure = said?.[1] ?? said?.[2];
  if (!measure || !segmenter) return items;
  // (电力建设完成投资: the work the investment was completed in stays, as written)
  return items.map((item) => (item.endsWith(measure) ? item : (measure === '完成投资' ? item : withoutVerbs(withoutGrowing(item, segmenter), segmenter)) + measure));
}

/** 基础材料产业发展壮大 → 基础材料产业: a predicate of growth (verb, then adjective) at the end goes. */
function withoutGrowing(phrase: string, segmenter: Segmenter): string {
  const words = segmenter.tag(phrase);
  const n = words.length;
  const growing = n >= 3 && /^a[d]?$/.test(words[n - 1].tag) && /^v[nid]?$/.test(words[n - 2].tag);
  return growing ? words.slice(0, n - 2).map((w) => w.word).join('') : phrase;
}

/**
 * 航空航天、集成电路、新能源等新兴产业产值分别增长20%、39.1%、25%: as many examples before 等 as
 * values are what the values measure, each with the measure the kind after 等 ends in
 * (航空航天产业产值). null when the count differs or nothing is measured.
 */
export function splitExamples(text: string, count: number): string[] | null {
  const m = /^(.+?)等([^等、]+)$/.exec(text.trim());
  const examples = m ? examplesListed(text, count) : null;
  const own = m ? LIST_MEASURE.exec(m[2])?.[0] : undefined;
  if (!m || !examples || !own) return null;
  // 新兴产业产值 → 产业产值: the examples are industries too
  const industry = m[2].slice(m[2].lastIndexOf('产业'));
  const tail = m[2].includes('产业') && industry.endsWith(own) ? industry : own;
  return examples.map((item) => (item.endsWith(own) ? item : item + tail));
}

/**
 * 机械制造、轻工纺织、能源化工、建筑材料等传统产业…，分别实现产值…: as many examples before 等 as
 * values are the items paired, whatever the kind after 等 (the measure comes after 分别). null
 * when the count differs.
 */
export function examplesListed(text: string, count: number): string[] | null {
  const m = /^(.+?)等[^等、]+$/.exec(text.trim());
  const examples = m ? cleanLead(m[1], 60).split(LIST_GLUE).filter(Boolean) : [];
  return examples.length === count ? examples : null;
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

/** Words that name two things at once, and the two, in the order reports give their values. */
const PAIRED_WORDS = [
  ['存贷款', ['存款', '贷款']],
  ['进出口', ['进口', '出口']],
  // 产销量分别增长…: the longer word first, so that 量 is not written twice (产量量)
  ['产销量', ['产量', '销量']],
  ['产销', ['产量', '销量']],
  // 批零住餐销售额分别增长9.8%、10.7%、18.1%、13.6%
  ['批零住餐', ['批发业', '零售业', '住宿业', '餐饮业']],
  ['批发零售业', ['批发业', '零售业']],
  ['住宿餐饮业', ['住宿业', '餐饮业']],
  // 客货运吞吐量分别达920万人次、14.5万吨: passengers and freight
  ['客货运', ['客运', '货运']],
  // 三次产业分别增长3.9%、7.9%、6.3%: the three sectors' value added
  ['三次产业增加值', ['第一产业增加值', '第二产业增加值', '第三产业增加值']],
  ['三次产业', ['第一产业增加值', '第二产业增加值', '第三产业增加值']],
] as const satisfies readonly (readonly [string, readonly string[]])[];

/** True when `text` holds a word that names `count` things (存贷款余额, 进出口总额, 批零住餐). */
export function hasPairedWord(text: string, count: number): boolean {
  return PAIRED_WORDS.some(([word, parts]) => parts.length === count && text.includes(word));
}

/** Levels of an award or a list: 国家级, 省级, 市级, 自治区级. */
const LEVEL = /^(?:国家级|省级|市级|州级|县级|自治区级)/;

/** True when a lead is a verb of change or level (达到, 增长, 突破): it goes on about a subject. */
export function isChangeOrLevel(lead: string): boolean {
  return CHANGE_OR_LEVEL.test(lead.trim());
}

/** A share of a whole scope: 占全国, 占全盟, 占全球, 占世界, 占地区生产总值. */
export const SHARE_OF_SCOPE = new RegExp(`^占(?:全[${SCOPE_LEVELS}]|全球|全?世界|全部|(?:常住|户籍|总)人口|(?:地区|国内)生产总值|GDP)`);

/** Measures of one product or trade that a report gives side by side: 产量…、销量…; 出口…、进口…; of a service's red tape: 减时间…、减材料…. */
const SIBLING_MEASURES = '总产量|产量|销量|销售量|产值|销售额|营收|出口额|进口额|出口|进口|时间|时限|材料|环节|跑动次数';
const SIBLING_MEASURE = new RegExp(`年?(?:${SIBLING_MEASURES})$`);
const SIBLING_MEASURE_ALONE = new RegExp(`^(?:${SIBLING_MEASURES})$`);

/** Verbs of change or level, which say how much, not what was done: 增至, 恢复到, 扩大. */
const CHANGE_OR_LEVEL = /^(?:由|从)?.*(?:到|至|为)$|增长|增加|下降|减少|提高|提升(?!改造)|降低|扩大|缩小|恢复|上升|前移|前进|突破|超过|达到|以上|以下|以内|左右|占|比|排|居|列|跃/;

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
  // 地区生产总值完成87.4亿元，…，年均增速达到8% → 地区生产总值年均增速
  const rate = /^(?:年均)?(?:增速|增幅|降幅)/.exec(fragment);
  if (rate) return previous.endsWith(rate[0]) ? previous : previous + rate[0];
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
    const thing = previous.replace(/(?<=.{2})占[^占]{2,}?(?:比重|比例|份额)$/, '').replace(/(?<=.{2})总数$/, '');
    const owner = measure && fragment.includes(measure) && previous.length > measure.length + 1 ? previous.slice(0, -measure.length) : thing;
    return owner + fragment + (/(?:比重|比例|份额)$/.test(fragment) ? '' : '比重');
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
  // 实施藏香猪产业项目23个、完成投资5330万元: a bare measure of the same thing
  const measure = RELATIONAL.exec(fragment);
  if (measure && segmenter) {
    // the owner must be a thing of its own (not 项目 alone, not 年产量: a measure owns nothing)
    const object = withoutVerbs(previous, segmenter);
    return object.length >= 3 && !MEASURE_END.test(object) ? object + fragment : '';
  }
  // 制造业投资增速…保持18%以上，占比提高到31.1% → 制造业投资占比: a bare share of the thing just measured
  if (/^(?:占比|比重)$/.test(fragment)) return previous.replace(/(?<=.{2})(?:增速|增幅)$/, '') + fragment;
  // 技术合同成交额达到6121亿元、金额居全国第3位: a bare amount word after a figure that is itself an
  // amount or volume restates it
  if (/^(?:金额|总额|总量|规模|数量)$/.test(fragment) && /(?:额|量|规模|值)$/.test(previous)) return previous;
  // 中欧班列开行868列、净增100列: a net rise of the same measure
  // (4项指标中有3项获全省第三: what was won, or placed, is the thing before)
  if (/^(?:净增(?:加)?|获|获得|荣获)$/.test(fragment)) return previous;
  // (进入全国前10, 跻身全国百强: a verb of entering a list is no action done to the previous thing)
  if (!segmenter || fragment.length > 4 || CHANGE_OR_LEVEL.test(fragment) || /^(?:进入|跻身|迈入|迈进|入围|入选|位列|晋级)$/.test(fragment)) return '';
  // verbs alone (开工, 改造提升), or one word the segmenter does not know (续建, 投运, 谋定):
  // an action in a list
  const words = segmenter.tag(fragment);
  const unknownWord = words.length === 1 && words[0].tag === 'x' && fragment.length === 2 && !NOMINAL_VERBS.test(fragment) && !CROSSING_VERB.test(fragment);
  if (!unknownWord && (!fragmentOnly || !words.every((w) => /^v[dig]?$/.test(w.tag) || /^[新再已]$/.test(w.word)))) return '';
  // 完成重点项目前期930个、新开工547个、在建433个: the phase of the previous item goes with it
  const object = withoutVerbs(previous, segmenter).replace(/(?<=.{2})(?:前期|新?(?:开工|在建|续建|竣工|投产|建成)|(?<![更创革翻刷])新)+$/, '');
  // the thing, then what was done to it: 大科学装置开工, 高标准农田改造 (as 重点项目开工 reads)
  return object.length >= 2 && !ACTION_TAGS.test(segmenter.tag(object).map((w) => w.tag).join('')) ? object + fragment : '';
}

/** A measure that needs an owner, with the verb that reports it: 完成投资, 实现年度产值. */
const RELATIONAL = new RegExp(`^(?:完成|实现|累计完成|累计|共)?(?:年度)?(${OWNED_MEASURES})$`);
/** Phrases that are measures themselves: 年产量, 营业收入, 增加值. */
const MEASURE_END = /(?:产量|产值|收入|总额|规模|投资|增加值|总量|营收|比重|率)$/;

/** Tags of an action word at the edge of a phrase: verbs, and unknown words (投运, 续建). */
const ACTION_TAGS = /^(?:v|vd|vi|vg|vn|x)$/;

/**
 * 查处生态环境违法案件 → 生态环境违法案件; 大科学装置投运 → 大科学装置; 新建高标准农田 →
 * 高标准农田: the thing a verb phrase works on (verbs and cue words off both ends).
 */
function withoutVerbs(phrase: string, segmenter: Segmenter): string {
  const words = segmenter.tag(phrase);
  // an unknown word (x) opening a phrase is more often a place (省州) than a verb
  const isAction = (w: { word: string; tag: string }, end: boolean) =>
    ((end ? ACTION_TAGS : /^v[dgi]?$/).test(w.tag) && w.word.length <= 2 && !NOMINAL_VERBS.test(w.word) && !(end && (/[预]/.test(w.word) || KEEP_IN_PHRASE.test(w.word)))) || /^(?:新建|新增|新开工|开工|续建|竣工|建成|完成|实施|启动|建设|推进|谋划|储备|启动实施)$/.test(w.word);
  let from = 0;
  let to = words.length;
  while (from < to - 1 && isAction(words[from], false)) from++;
  while (to > from + 1 && isAction(words[to - 1], true)) to--;
  return words.slice(from, to).map((w) => w.word).join('');
}

/** Things that name only their kind: 重点任务, 年度重点任务, 主要任务. */
const KIND_ONLY = /^(?:年度)?(?:重点|主要|具体)?任务$/;

/**
 * 对政府工作报告180项重点任务 → 政府工作报告重点任务; 落实中部城市群高质量发展64项年度重点任务 →
 * 中部城市群高质量发展年度重点任务: things counted by their kind alone are the tasks of what the lead
 * works on (a preposition and verbs off its front). '' when the lead names nothing of its own.
 */
export function ownerOfKind(lead: string, after: string, segmenter?: Segmenter): string {
  if (!segmenter || !KIND_ONLY.test(after)) return '';
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
const FROM_LEVEL = /^(?:由|从)(?:年初|上年|去年|\d{4}年)?的?$/;
/** A measure at the end of a phrase: 覆盖人数, 参保率, 总量. */
const MEASURE_NOUN_AT_END = /(?:人数|人次|户数|数量|总量|规模|面积|产量|率|额)$/;

/** A trend shown by the thing before it: (增速)快于全省的势头, (收入)稳定增长的良好态势. */
const TREND_SHOWN = /(?:(?:[快高好优]于|领先于?)[^，。；的]{0,6}|(?:稳定|持续|较快|快速)?(?:增长|发展|回升|向好))的(?:良好|强劲|稳定)?(?:势头|态势|趋势)/;

/**
 * 克服…影响，粮食产量再创历史新高，达到837.3亿斤: a verb of level or change goes on about the
 * subject of the clause before, when that clause opens with one (a noun phrase, then its verb).
 */
export function previousClauseSubject(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  if (!segmenter || !CHANGE_OR_LEVEL.test(ctx.lead.trim())) return '';
  const clause = clauseBefore(ctx, scan);
  if (!clause || /[0-9]/.test(clause)) return '';
  // 下调城镇职工基本养老保险单位缴费比例，各地可降至16%: a clause that changes a thing names it as its object
  // (加大高标准农田投入和管护力度，新建和改造提升200万亩: the effort put into a thing names it too)
  // (逐步降低农业税税率，平均每年降低1个百分点: an adverb may come first)
  if (/^(?:逐步|进一步|适当|继续|稳步|大幅)?(?:下调|上调|降低|提高|调整)/.test(clause) || EFFORT_AT_END.test(clause)) return objectOfClause(clause, segmenter);
  if (/^v/.test(segmenter.tag(clause)[0]?.tag ?? 'v')) return '';
  // 地区生产总值增速快于全省的势头不断巩固提升，全年增长7.8%: the trend a thing shows is the thing's
  const { text, named } = cutAtVerb(clause.replace(TREND_SHOWN, ''), segmenter);
  return named && text.length < clause.length ? cleanLead(text) : '';
}

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
  const opening = !before && kind !== 'rank' ? segmenter.tag(clause.replace(/^[，,\s]+/, ''))[0] : undefined;
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
export function objectOfClause(clause: string, segmenter: Segmenter): string {
  if (!clause || /[0-9]/.test(clause)) return '';
  const words = segmenter.tag(clause);
  // the object runs back to a verb; 推进品质养老服务创新工程: one that leaves a bare head (工程,
  // 计划) is inside the name, so the cut goes back to the verb before
  let from = 0;
  for (let i = words.length - 2; i >= 0; i--) {
    // 超长期特别国债: a one-character verb before an adverb is a prefix inside the name
    const prefix = words[i].word.length === 1 && MANNER_TAGS.test(words[i + 1].tag);
    if (/^v[di]?$/.test(words[i].tag) && !prefix && !KEEP_IN_PHRASE.test(words[i].word) && !NOMINAL_VERBS.test(words[i].word)) {
      from = i + 1;
      if (words.slice(from).reduce((n, w) => n + w.word.length, 0) >= 3) break;
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
  return NAMING_TAGS.test(last.tag) || work ? cleanLead(object) : '';
}

/** The effort put into a thing, after it: 建设力度, 投入和管护力度. */
const EFFORT_AT_END = /(?<=.{2})(?:(?:建设|工作|推进|投入|管护|保护|支持|监管|整治)[和、]?)*力度$/;

/** Tags of a word that says how, never what: adverbs and adjectives (高, 强, 好). */
const MANNER_TAGS = /^(?:d|ad|a)$/;

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
    // (播种面积 names its measure already)
    const verb = rule.verbs.find((v) => lead.startsWith(v) && /^[\u4e00-\u9fff]{2,8}$/.test(lead.slice(v.length)) && !lead.endsWith(rule.measure.replace('{verb}', v)));
    if (verb) return lead.slice(verb.length) + rule.measure.replace('{verb}', verb);
  }
  return lead;
}

/** A fund, project or works after 的, named up to the end of its clause: 的(市人才创新创业基金)。 */
const WHOLE_NAME_AFTER_OF = /^的([\u4e00-\u9fff“”]{2,18}?(?:基金|项目|工程|电站|产业园))(?=[，。；]|$)/;

/** Measures of one thing that a report writes before it and 的: 总投资113亿元的…项目, 全长66公里的三环路. */
const MEASURE_BEFORE_OF = /((?:年度)?(?:计划)?总投资|全长|总长度?|总面积|建筑面积|占地面积|总规模|总库容|库容|总装机(?:容量)?|装机容量)(?:约|超|达|近)?$/;

/**
 * 实施总投资113亿元的襄垣源网荷储一体化项目, 签约引进总投资1929.8亿元的582个项目, 全长66公里的
 * 三环路: a measure written before 的 belongs to what follows it (三环路全长). '' when the lead
 * ends in no such measure.
 */
export function measureOf(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  const measure = MEASURE_BEFORE_OF.exec(ctx.lead.trim())?.[1];
  if (!measure) return '';
  // (总规模50亿元的市人才创新创业基金: a fund, project or works named to the clause's end is whole,
  // whatever verbs the segmenter finds inside its name)
  const named = WHOLE_NAME_AFTER_OF.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 24))?.[1];
  const of = named ?? phraseAfterOf(ctx, scan, segmenter);
  if (of.length < 2) return '';
  // a total investment of several projects (的582个项目) names the projects alone
  if (measure.endsWith('总投资') && !/(?:项目|工程)$/.test(of)) return of;
  return `${of}${measure}`;
}

/**
 * 1天内供电线路全部恢复通电 → 供电线路, 震后10分钟专业救援队集结 → 专业救援队: what a time span
 * bounds is the thing done within it, named after it. '' when the span bounds nothing.
 */
export function doneWithin(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  if (!isDurationUnit(ctx.mention.unit)) return '';
  // 震后10分钟专业救援队集结: a span counted from an event bounds what follows it too
  const bound = ctx.after.startsWith('内') ? 1 : /后$/.test(ctx.lead) ? 0 : -1;
  if (bound < 0) return '';
  // (在18个小时内完成受威胁群众转移安置: the work completed within the span, past its verb of completion)
  const done = /^(?:全部|基本)?(?:完成|实现)/.exec(scan.slice(ctx.mention.span.end + bound, ctx.mention.span.end + bound + 4))?.[0].length ?? 0;
  return phraseAfter(endingAt(ctx, ctx.mention.span.end + bound + done), scan, segmenter);
}

/**
 * 青海湖示范区创建成效显现、接待游客 → 接待游客: a list whose earlier item ends in a verb or an
 * adjective is a list of clauses, and the number belongs to the last. Other leads come back whole.
 */
export function lastClauseOfList(lead: string, segmenter: Segmenter | undefined, names: (phrase: string) => boolean): string {
  const at = lead.lastIndexOf('、');
  if (!segmenter || at <= 0) return lead;
  const last = lead.slice(at + 1);
  const words = segmenter.tag(lead.slice(0, at));
  const end = words[words.length - 1];
  // …“中华鹅乡”建设、力争养殖量: a verb of aiming opens a clause of its own
  const clauses = /^(?:力争|确保|争取|推动|实现)/.test(last) || (end && /^(?:v|vi|vd|a|ad)$/.test(end.tag) && !NOMINAL_VERBS.test(end.word) && !KEEP_IN_PHRASE.test(end.word));
  const clause = cleanLead(last);
  // (总量创历史新高、增速居全国第9位: a bare rate after such a clause is the previous measure's, which
  // the caller adds)
  return clauses && clause.length >= 2 && (names(clause) || /^(?:增速|增幅)$/.test(clause)) ? clause : lead;
}

/** A move in rank ending a lead: (排名)再进(5位), 成功前移, 下降. */
const RANK_MOVE_ENDING = new RegExp(`(?:排名|位次)?(?:再|又|大幅|分别|成功)?(?:${[...RANK_MOVE_UP, ...RANK_MOVE_DOWN].join('|')})了?$`);

/**
 * 汉川在全国县域经济百强中再进5位 → 汉川在全国县域经济百强排名, 经济总量在全国排名中成功前移一位 →
 * 经济总量在全国排名: a move in rank is a change of the ranking its lead names (the setting's 中
 * off, 排名 on). '' when the lead names no ranking, or opens with the setting (its subject is in
 * the clause before: subjectOfClauseBefore).
 */
export function rankMoved(lead: string): string {
  const trimmed = lead.trim();
  if (!RANK_MOVE_ENDING.test(trimmed) || /^(?:在|于)/.test(trimmed)) return '';
  const name = cleanLead(trimmed.replace(RANK_MOVE_ENDING, '').replace(/(在[^，。；在]{2,16})中$/, '$1'));
  return name.length >= 2 ? (/(?:排名|位次)$/.test(name) ? name : `${name}排名`) : '';
}

/** The ranking a clause without figures speaks of: “万家民企评营商环境”湖北排名连续三年进位 → …湖北排名. */
export function rankNamedBefore(clause: string): string {
  if (!clause || /[0-9]/.test(clause)) return '';
  const ranking = /^(.{2,30}?(?:排名|位次))/.exec(clause)?.[1] ?? '';
  // (全国工商联“万家民企评营商环境”…: who runs a quoted ranking is no part of its name)
  return ranking ? cleanLead(ranking.replace(/^[^“”]{0,8}?(?=“)/, '')) : '';
}

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

/**
 * 世界知识产权组织发布的全球“科技集群”，合肥居第40位: a ranking named in quotes by the clause
 * before is what a place is ranked in; '' unless the rank's own lead is short (the place) and
 * opens its clause.
 */
export function listNamedBefore(ctx: MentionContext, scan: string, kind: string, own: string): string {
  // (出口规模跃居全国第2位 names a measure, not a place: the quotes before are no ranking)
  if (kind !== 'rank' || own.length > 4 || MEASURE_NAME.test(own) || (ctx.previous && ctx.previous.mention.span.end > ctx.clauseStart)) return '';
  const list = /(?:^|的)([^，。；的]{0,8}“[^“”]{2,16}”[^，。；“”]{0,4})$/.exec(clauseBefore(ctx, scan, 60));
  return list ? cleanLead(list[1]) : '';
}

/** Things that are given titles or recognised as a kind: 企业, 园区, 景区… */
const TITLED_THINGS = '企业|合作社|作品|单位|社区|村|学校|医院|家庭|项目|园区|景区|基地|县市区|县（市、区）|县（市）|县市|区县|乡镇|市|县';
const ONE_OF_A_KIND = new RegExp(`^(?:${TITLED_THINGS})$`);
const TITLED_KINDS = `(?:${TITLED_THINGS}|院校|高校)`;
// (技工院校获评…: a short kind of the thing may come first)
const TITLE_GIVEN = new RegExp(`^([\u4e00-\u9fff]{0,4}?${TITLED_KINDS})(?:获评|入选|被评为|被认定为|被命名为|获批|荣获|创成)(.{3,})$`);

/**
 * 5家企业获评“国家级电子商务示范企业”, 6个社区获评全国示范性老年友好型社区, 5个县市区获评国家乡村
 * 振兴示范县: things counted by the title they were given are named by the title, read whole from the
 * text after the number when the phrase was cut inside it (光伏项目获批 and 企业获评A级 keep their words).
 */
export function titleGiven(phrase: string, textAfter = ''): string {
  // (102个专项债项目获批资金需求80.9亿元: what holds a figure is no title)
  const title = (m: RegExpExecArray | null) => (m && !/\d(?:\.\d+)?[万亿]?(?:元|吨|亩|平方米|公里|千瓦)/.test(m[2]) ? m : null);
  const rated = title(TITLE_GIVEN.exec(phrase));
  const whole = title(TITLE_GIVEN.exec(textAfter.split(/[，。；、：]/)[0]));
  // 4家企业入选国家级绿色工厂: a bare kind cut at its verb is named by the title after it too
  // (3个市获批国家…示范项目城市: or a phrase cut inside the title)
  if (!rated) return whole && textAfter.startsWith(phrase) && whole[2].length <= 30 ? withKind(whole[2], whole[1]) : phrase;
  return withKind(whole && whole[2].startsWith(rated[2]) && whole[2].length <= 30 ? whole[2] : rated[2], rated[1]);
}

/** A one-character thing named by what it did, to its clause's end: 建成三级医院的县, 通高速公路的县 (了 off). */
export function thingThatDid(thing: string, scan: string, start: number): string {
  // (50%的县（市、区）基本普及…: a bracketed note on the thing stays with it)
  const note = /^[（(][^）)]{1,8}[）)]/.exec(scan.slice(start, start + 10))?.[0] ?? '';
  const did = (/^[^，。；：,;:]{1,20}/.exec(scan.slice(start + note.length, start + note.length + 20))?.[0] ?? '').replace(/了/g, '');
  return did ? `${did}的${thing}${note}` : thing + note;
}

/** Places that run a pilot, and the pilot after them: (58个)城市进行了企业优化资本结构的试点. */
const PILOT_PLACES = /^(?:城市|县|县市|县（市、区）|地区|省市|乡镇)$/;
const PILOT_RUN = /^(?:城市|县|县市|县（市、区）|地区|省市|乡镇)(?:开展|进行|实施|推进)了?([^，。；、]{2,20}?)的?试点/;

/**
 * 国家先后在58个城市进行了企业优化资本结构的试点 → 企业优化资本结构试点城市: places counted by
 * the pilot they run are named by it (as the golds name them); other phrases come back as given.
 */
export function pilotPlaces(phrase: string, textAfter: string): string {
  const run = PILOT_PLACES.test(phrase) ? PILOT_RUN.exec(textAfter) : null;
  return run ? `${run[1]}试点${phrase}` : phrase;
}

/**
 * 全国“五个一工程”奖 → 全国“五个一工程”奖文艺作品: an award names the works that won it with their kind
 * (firms keep the award alone: 中国轻工业…一等奖, as the golds name them).
 */
function withKind(title: string, kind: string): string {
  return /奖[”"]?$/.test(title) && kind.endsWith('作品') ? title + kind : title;
}

/** Verbs of crossing a milestone, alone: 跨过, 连跨, 迈上 (jieba may not know them as verbs). */
const CROSSING_VERB = new RegExp(`^(?:连续?)?(?:${CROSSING_VERBS.join('|')}|突破|跨)了?$`);

/** Milestones a measure passes: 千亿台阶, 5万关口, 新台阶, 大关, 万亿元新起点. */
const MILESTONE = /(?:[十百千万亿]+元?级?)?新?(?:台阶|关口|大关|门槛|行列|俱乐部|起点)$/;

/** True when a name is a milestone alone: 十亿级台阶, 千亿元大关. */
export function isMilestone(name: string): boolean {
  return name.replace(MILESTONE, '') === '';
}

/** 地区生产总值千亿台阶 → 地区生产总值: what a later number measures is the subject, not its milestones. */
export function withoutMilestone(name: string): string {
  return name.replace(MILESTONE, '') || name;
}

/**
 * The phrase after a number when it is a milestone: 突破5万关口 → '' (a milestone names no measure);
 * 全省地区生产总值连跨4个千亿台阶 → 地区生产总值千亿台阶 (milestones counted are the subject's). Any
 * other phrase comes back as it is.
 */
export function milestoneCounted(ctx: MentionContext, phrase: string, segmenter?: Segmenter): string {
  if (!MILESTONE.test(phrase) || /[\u4e00-\u9fff]/.test(phrase.replace(MILESTONE, ''))) return phrase;
  if (ctx.mention.unit !== '个') return '';
  const subject = withoutTrailingVerb(cleanLead(ctx.lead), segmenter);
  // (五年跨过3个万亿元级台阶: a verb alone names no subject; the sentence's measure goes on)
  const verbOnly = CROSSING_VERB.test(subject) || (segmenter !== undefined && segmenter.tag(subject).every((w) => /^[vud]/.test(w.tag)));
  return subject && !verbOnly ? subject + phrase : '';
}

/** 全省地区生产总值连跨 → 地区生产总值: the subject without the verb that ends it. */
function withoutTrailingVerb(phrase: string, segmenter?: Segmenter): string {
  const words = segmenter?.tag(phrase) ?? [];
  let n = words.length;
  while (n > 1 && /^(?:v|vd|vi|d)$/.test(words[n - 1].tag)) n--;
  // 连|跨: a character before the verb goes with it (jieba may take 连 for a name)
  if (n < words.length && n > 1 && words[n - 1].word.length === 1) n--;
  return words.length ? words.slice(0, n).map((w) => w.word).join('') : phrase;
}

/** 成为…第四个突破(2000亿元大关的地区): a place that passed a mark, counted among the first to. */
const PASSED_AS_ONE = /成为[^，。；]*?(?:[首第]?[一二三四五六七八九十\d]*个)([^，。；个]*?)(?:突破|超过|跨越|迈上|站上|跃上)$/;

/**
 * 工业经济总量成为全区第四个突破2000亿元大关的地区 → 工业经济总量; 成为…新一个经济总量突破2万亿的城市 →
 * 经济总量; 研发经费支出占GDP比重达3.1%，成为东北首个突破3%的城市 → the previous measure: the mark a
 * place passed measures what passed it, not the place. '' for any other mention.
 */
export function markPassed(ctx: MentionContext, scan: string, previous: string): string {
  if (!/^(?:大关)?的(?:城市|地区|省份|省区|县|区|市|州)/.test(ctx.after)) return '';
  const clause = scan.slice(ctx.clauseStart, ctx.mention.span.start);
  const passed = PASSED_AS_ONE.exec(clause);
  if (!passed) return '';
  const own = cleanLead(passed[1]);
  if (own.length >= 2) return own;
  const subject = cleanLead(clause.slice(0, clause.indexOf('成为')));
  return subject.length >= 2 ? subject : previous;
}


/** Words for works done, too general to name what was counted by themselves. */
const GENERAL_WORKS = /^(?:工作|做法|经验|单位)$/;

/**
 * 政府督查、碳汇试点等4项工作获省政府督查激励 → 获省政府督查激励: works counted by the honour
 * they received are named by it (the gold files' reading). '' for any other phrase.
 */
export function honourOfWorks(ctx: MentionContext, scan: string, phrase: string): string {
  const at = scan.indexOf(phrase, ctx.mention.span.end);
  if (at < 0) return '';
  const rest = scan.slice(at + phrase.length);
  // (2家单位入选国家级生态农场: units of any kind are named by what they entered; 30个单位获国家、
  // 自治区…示范单位命名: levels listed before the honour)
  if (GENERAL_WORKS.test(phrase)) return /^(?:获得?|荣获|受到|获评|入选|被评为|获批)(?:[^，。；、]{2,6}、[^，。；、]{2,24}|[^，。；、]{2,24})/.exec(rest)?.[0] ?? '';
  // 5个园区成功认定自治区级化工园区: places recognised as a kind are named by it, as titles are
  const recognised = /^(?:成功)?(?:被认定为|认定为|认定)([^，。；、]{4,20})/.exec(rest);
  return ONE_OF_A_KIND.test(phrase) && recognised ? recognised[1] : '';
}

/** A reference after a word of comparison: 高于(全球), 快于(全国). */
const REFERENCE_SCOPE = new RegExp(`(?:高于|低于|快于|慢于|超过)(全球|世界|全[${SCOPE_LEVELS}])$`);

/** 高于全球3%左右的增速 → 全球增速: the reference named before the number grew by it. '' otherwise. */
export function referenceGrowth(lead: string, after: string): string {
  const reference = REFERENCE_SCOPE.exec(lead.trim());
  return reference && REFERENCE_RATE.test(after) ? `${reference[1]}增速` : '';
}

const MEDALS: Record<string, string> = { 金: '金牌', 银: '银牌', 铜: '铜牌' };
/** What stands before the verb that won the medals: the event, with who won them. */
const MEDAL_EVENT = new RegExp(`^(.*?)(?:${MEDAL_VERBS})`);
/** The event of the last tally in a list of tallies: 、亚残运会夺得(1金2银). */
const LAST_MEDAL_EVENT = new RegExp(`[、；]([^、，；]{2,20}?)(?:${MEDAL_VERBS})[^、，；]*$`);
/** The event right before a tally, after its verb or opening a list item: 获亚运会(10金2银), 、亚残运会(9金1铜). */
const EVENT_BEFORE_TALLY = new RegExp(`(?:${MEDAL_VERBS}|、)([^、，；\\d]{1,18}?[会赛杯])(?:${MEDAL_VERBS})?(?:\\d[^、，；]*)?$`);

/**
 * A medal of a tally names the event it was won at: 运动员在杭州亚运会上斩获两金一银 →
 * 杭州亚运会金牌, 杭州亚运会银牌. '' for any other mention.
 */
export function medalName(ctx: MentionContext, scan: string): string {
  if (ctx.mention.rule !== 'medal') return '';
  const medal = MEDALS[scan[ctx.mention.span.end - 1]];
  const clause = scan.slice(ctx.clauseStart, ctx.mention.span.start);
  // (…在亚运会夺得2金2银1铜、亚残运会夺得1金2银: the tally's own event is the last one named)
  // (绍兴健儿获亚运会10金2银2铜、亚残运会9金1铜: or the event stands right before the tally)
  const event = EVENT_BEFORE_TALLY.exec(clause)?.[1] || LAST_MEDAL_EVENT.exec(clause)?.[1] || (MEDAL_EVENT.exec(clause)?.[1] ?? '');
  const at = cleanLead(event.replace(/^.*在/, '').replace(/[上中]$/, ''));
  return at + medal;
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

/** The three sectors' structure named before its shares: 三次产业结构, 三次产业比, 产业结构. */
const SECTOR_STRUCTURE = /(?:三次产业|三产|产业)(?:结构比例|结构比|结构|比例|比重|构成|比)/;
const SECTOR_PARTS = ['第一产业', '第二产业', '第三产业'];

/**
 * A share of the three sectors' structure names the structure in the report's words, then its
 * sector: 三次产业结构调整为11.8∶48.3∶39.9 → 三次产业结构中第一产业比重 (…第二产业…, …第三产业…);
 * 三次产业比例为26:27:47 → 三次产业比例中第一产业比重. '' for any other mention.
 */
export function structureShareName(ctx: MentionContext, scan: string): string {
  const share = ctx.mention.share;
  if (!share || share.of !== SECTOR_PARTS.length) return '';
  // the colons break clauses: the structure is named in the clause of the chain's first share
  // (三次产业比由2012年的14.6:53.1:32.3调整为…: of the second chain's too)
  const named = scan.slice(Math.max(ctx.sentence.span.start, share.chainStart - 60), share.chainStart).split(/[，。；,;]/).pop()!;
  const structure = named.match(SECTOR_STRUCTURE);
  // in the report's own words, then the part: 三次产业比例中第一产业比重
  return structure ? `${structure[0]}中${SECTOR_PARTS[share.index]}比重` : '';
}

/** Actions that name a work when a thing stands before them: 老旧小区改造, 高标准农田建设. */
const WORK_ACTIONS = /^(?:改造|建设|治理|整治|修复|提升|搬迁|安置)$/;

/** The latest phrase of the sentence before that ends in a bare action (老旧小区改造), or ''. */
export function actionNamedBefore(action: string, sentenceBefore: string, names: (phrase: string) => boolean): string {
  if (!WORK_ACTIONS.test(action)) return '';
  const found = [...sentenceBefore.matchAll(new RegExp(`[\\u4e00-\\u9fff“”]{2,8}?${action}`, 'g'))].map((m) => cleanLead(m[0]));
  const named = found.reverse().find((phrase) => phrase.length > action.length && names(phrase));
  return named ?? '';
}

/** A bare measure of output, which a verb completes (完成增加值910亿元) without naming its owner. */
const BARE_MEASURE = /^(?:预计)?(?:完成|实现|创造|达到?)?((?:总产值|产值|增加值|营业收入|营收|销售收入|主营业务收入|利润总额|利税|产量|交易额|销售额))((?:已|均)?占[^，。；]*)?$/;

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
  const bare = BARE_MEASURE.exec(lead);
  const clauses = sentenceBefore.split(/[，,；;：:]/);
  if (!segmenter || !bare || clauses.length < 2) return '';
  const measure = bare[1] + (bare[2] ?? '').replace(/^(?:已|均)/, '');
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
  const subject = words.slice(0, end).map((w) => w.word).join('');
  return end > 0 && subject.length >= 2 && /^(?:n|j)/.test(words[end - 1].tag) ? subject + measure : '';
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

/** 在第十届全国县域经济基本竞争力排名中位居…第一名: a ranking, contest or review named by 在…中. */
const RANKING_NAMED = /在(?:第[一二三四五六七八九十\d]{1,4}届)?([^，。；在]{2,30}?(?:排名|排行榜?|榜单?|评价|评选|评比|考核|测评|指数|竞赛|大赛|比赛))中[^，。；]*$/;

/**
 * 在第十届全国县域经济基本竞争力排名中位居“…组团”并列第一名 → 全国县域经济基本竞争力排名: a rank
 * whose clause names the ranking it is a place in measures that ranking. '' for any other mention.
 */
export function rankingNamedIn(ctx: MentionContext, scan: string, kind: string): string {
  if (kind !== 'rank') return '';
  const named = RANKING_NAMED.exec(scan.slice(ctx.clauseStart, ctx.mention.span.start));
  // (在全国考核中: a review named by its scope alone names nothing)
  // (在全国80个大城市…考核中: the pool's count is no part of the name)
  const name = named ? cleanLead(named[1].replace(/^[^，。；]{0,4}?[\d一二三四五六七八九十百]+个/, '')) : '';
  return name.length >= 4 ? name : '';
}

/**
 * 成为全球第一货物贸易大国 → 货物贸易, 成为全省第三大用电负荷中心 → 用电负荷: a place ranked as a
 * great power or the largest centre of something is ranked in that thing. '' for any other mention.
 */
export function rankedAsPower(ctx: MentionContext, scan: string, kind: string): string {
  if (kind !== 'rank') return '';
  const m = /^(?:大([\u4e00-\u9fff]{2,8}?)(?:中心|基地|枢纽|集散地)|([\u4e00-\u9fff]{2,8}?)大国)/.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 14));
  if (m) return m[1] ?? m[2];
  // 新能源成为第二大电源: the largest of a kind names what became it (a scope, 我国, names nothing;
  // with no subject in the clause the rank measures what the sentence measured before)
  // (我国成为世界第二大经济体: a scope that became it is ranked by the kind, 经济体)
  const kindOf = /^大([\u4e00-\u9fff]{1,8})(?=[，。；、]|$)/.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 10));
  const subject = kindOf && /^(.{2,}?)(?:成为|是|为|稳居|位居|跃居|居)/.exec(ctx.clauseBefore.trim());
  if (!kindOf || !subject) return '';
  const scope = /^(?:我|全|本)[国省市州区县]$/.test(subject[1].trim());
  const named = cleanLead(subject[1]);
  return scope ? kindOf[1] : named.length >= 2 ? named : '';
}

/** 两次全面降准(，…): the action counted by its times names what the count measures. '' otherwise. */
export function timesOfAction(ctx: MentionContext, scan: string): string {
  if (ctx.mention.unit !== '次' || !TIMES_OF_ACTION.test(ctx.after)) return '';
  return /^[^，。；、]{2,16}/.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 16))?.[0] ?? '';
}

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
  const written = /^[^，。；、等]{2,20}/.exec(scan.slice(at, at + 20))?.[0] ?? '';
  // (的三个一号旅游公路全线贯通: or at its completion)
  const owner = cleanLead(written.split(/(?<=.{2})(?:是|成为|位居|实现|达到|全线|建成|贯通|开通|投运|投产)/)[0]);
  // (盛翌达光储算: a name the dictionary lacks opens with an unknown word, no action)
  const first = segmenter?.tag(owner)[0];
  const action = first && ACTION_TAGS.test(first.tag) && !(first.tag === 'x' && (first.word.length >= 3 || owner.length >= 4));
  // 投资25亿元的盛翌达光储算、…等重大项目: the things listed are the projects the list ends in
  // (新材料产业园, …工程 name their kind already)
  const head = !/(?:项目|园|区|基地|工程|中心|厂|站|线|港|馆)$/.test(owner) && /^[^，。；]{0,40}?等[^，。；]{0,6}项目/.test(scan.slice(at, at + 60)) ? '项目' : '';
  return owner.length >= 2 && segmenter && !action ? owner + head + measure : '';
}

/** 确定经济增长6%的预期目标, 提出增长5%左右的目标: growth set as a goal is named with its 增长 (the verb setting it goes). */
export function growthGoalNamed(ctx: MentionContext): string {
  if (ctx.mention.unit !== '%' || !/^(?:左右|以上)?的(?:预期|发展)?目标/.test(ctx.after)) return '';
  const growth = /(?:^|[，、])\s*(?:确定|提出|设定|锚定|把|将)?([\u4e00-\u9fff]{0,10}?增长)$/.exec(ctx.lead.trimEnd())?.[1];
  return growth === undefined ? '' : growth === '增长' ? '经济增长' : growth;
}

/** A threshold of money: 100亿元以上, 5000万元以下, 超10亿元. */
const SIZE_THRESHOLD = /\d+(?:\.\d+)?[万亿]?元以[上下]|超过?\d+(?:\.\d+)?[万亿]?元/;

/**
 * 引进100亿元以上项目5个、50亿元以上15个 → 引进50亿元以上项目: a count after another size only is of the
 * things before, so sized (新备案超10亿元项目80个，其中超50亿元15个: also a part of them).
 */
const SIZE_LEAD = new RegExp(`^[、，]?\\s*(?:其中)?(${SIZE_THRESHOLD.source})$`);
export function otherSizeOfPrevious(ctx: MentionContext, previous: string): string {
  // (超50亿元15个: the size may be a mention of its own, so the clause's last item is read)
  const size = SIZE_LEAD.exec(ctx.lead.trim())?.[1] ?? SIZE_LEAD.exec(ctx.clauseBefore.split('、').pop()!.trim())?.[1];
  return size && SIZE_THRESHOLD.test(previous) ? previous.replace(SIZE_THRESHOLD, size) : '';
}

/** How many values follow a number as a list (545个、559个、523个 → 2 after the first). */
export function valuesListedAfter(scan: string, end: number): number {
  const list = /^(?:[、和及]\s*\d+(?:\.\d+)?[万亿]?[^\d，。；、和及]{0,3}?)+(?=[，。；、]|$)/.exec(scan.slice(end, end + 60));
  return list ? (list[0].match(/\d+(?:\.\d+)?/g) ?? []).length : 0;
}

/** What places counted after examples became: 房县、安陆等14地成为国家首批…示范县市 → 国家首批…示范县市. */
export function placesTitled(ctx: MentionContext, scan: string): string {
  if (ctx.mention.rule !== 'places-after-examples') return '';
  const rest = scan.slice(ctx.mention.span.end, Math.min(ctx.sentence.span.end, ctx.mention.span.end + 40)).split(/[，。；、]/)[0];
  const title = rest.replace(/^(?:获批建设|获批|成为|获评为?|入选|入围|被评为|被列为|列入|纳入)/, '');
  return title.length >= 2 && title !== rest ? cleanLead(title, 40) : '';
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

/** Verbs that put up money, with a plan's modal words: (还将)安排, 投入, 下达, 筹集, 筹措, 拨付, 拿出. */
const PUTS_UP_MONEY = /(?:还将|将|拟)?(?:安排|投入|下达|筹集|筹措|拨付|拿出)$/;

/**
 * Money a spending verb puts up, named by what follows it: the kind of money (安排30亿元建设资金 →
 * 建设资金), a payment it is used for with its payer (中央财政拿出396亿元用于转移支付 → 中央财政转移支付),
 * whom a subsidy goes to (拿出100亿元，直接补贴种粮农民 → 直接补贴种粮农民), or what the next clause adds
 * to or builds (安排150亿元，增加对产粮大县…的转移支付; 投入90亿元，用于农村寄宿制学校建设工程). '' when the
 * lead ends in no such verb or nothing after it names the money.
 */
export function moneyPutUp(ctx: MentionContext, scan: string, names: (phrase: string) => boolean, segmenter?: Segmenter): string {
  if (!isMoneyUnit(ctx.mention.unit) || !PUTS_UP_MONEY.test(ctx.lead.trim())) return '';
  const after = scan.slice(ctx.mention.span.end, Math.min(ctx.sentence.span.end, ctx.mention.span.end + 40));
  const kind = /^([\u4e00-\u9fff]{0,8}?(?:资金|经费|基金|奖补|补助|债券))(?=[，。；、]|$|用于|支持)/.exec(after)?.[1] ?? '';
  if (kind.length >= 2 && names(kind)) return kind;
  const paidAs = /^用于([\u4e00-\u9fff]{0,6}?(?:转移支付|补助|补贴|奖补))(?=[，。；]|$)/.exec(after)?.[1] ?? '';
  const payer = /^(?:今年|全年)?((?:中央|地方|省级?|市级?|县级?|各级)?财政)/.exec(cleanLead(ctx.lead.trim().replace(PUTS_UP_MONEY, '')))?.[1] ?? '';
  if (paidAs && payer) return payer + paidAs;
  const subsidy = /^[，,]((?:直接)?(?:补贴|补助|奖励)[\u4e00-\u9fff]{2,8}?)(?=[，。；]|$)/.exec(after)?.[1] ?? '';
  if (subsidy && names(subsidy)) return subsidy;
  const addedTo = segmenter ? /^[，,](?:增加|加大|充实|补充|用于)([^，。；]{4,30})/.exec(after)?.[1] ?? '' : '';
  // (the segmenter misreads place names there, 对产|粮大县: a money noun or a work at the end takes the phrase as written)
  const added = /(?:转移支付|补助|补贴|投入|资金|工程|项目)$/.test(addedTo) ? addedTo : addedTo ? objectOfClause(addedTo, segmenter!) : '';
  return added.length >= 2 && names(added) ? added : '';
}
