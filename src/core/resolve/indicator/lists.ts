// Lists: a lead that names several things for as many values (城镇、农村居民人均可支配收入 → 城镇居民…,
// 农村居民…; words that name two things, 存贷款, 进出口; examples before 等) is split here
// (splitEnumeration, splitExamples, examplesListed), with the measures the items share or borrow
// (measuresOfPrevious, measureAfterRespectively), a list of clauses whose last one the number
// belongs to (lastClauseOfList), a list of size classes (otherSizeOfPrevious) and the count of the
// values listed after a number (valuesListedAfter). The 分别 pairing (../respectively.ts) is their
// main caller.
import { NOMINAL_VERBS, PER_UNIT_OPENING } from '../../lexicon/cues.js';
import { measureHeads } from '../../lexicon/measure-heads.js';
import type { Segmenter } from '../../types.js';
import type { MentionContext } from '../context.js';
import { cleanLead, MEASURE_ALONE } from './cues.js';
import { KEEP_IN_PHRASE, withoutVerbs } from './phrases.js';

/** `城镇、农村居民人均可支配收入` → [城镇居民人均可支配收入, 农村居民人均可支配收入]. */
/** Words that split a population or a sector into groups: 城镇、农村居民…; 国有、民营企业… */
const GROUP_MODIFIER = /^(?:城镇|农村|城市|乡村|城乡|全体|国有|民营|外资|内资|外商|中央|地方|省级|市级|县级|国家级|一般|专项|公办|民办|男性|女性|出口|进口|存款|贷款)$/;
/** The measure a list of things shares when only its last item names it. */
const LIST_MEASURE = /(?:年?(?:增加值|总产值|产值|营业收入|营收|收入|总额|投资|产量|产能|销售额|零售额|交易额|(?:贷款|存款)?余额)(?:增速|增幅|占比|比重)?|增速|排名|占比|比重|进出口(?:额|总额)?|出口|进口|出口额|进口额|(?:人均)?(?:财政)?补助标准|排放(?:总)?量)$/;

/** A rate of a level (零售总额增速 → 增速), and an item that ends in a level (地区生产总值, 规上工业增加值). */
const RATE_AFTER_LEVEL = /^年?(?:增加值|总产值|产值|营业收入|营收|收入|总额|投资|产量|产能|销售额|零售额|交易额|余额)(增速|增幅)$/;
const LEVEL_AT_END = /(?:生产总值|增加值|总产值|产值|营业收入|营收|收入|总额|投资|产量|产能|销售额|零售额|交易额|余额|总量|业务量|吞吐量|[货客]运量|[发用]电量|销量)$/;

/** What joins the items of a list; not the 及, 和, 与 inside words (普及率, 和谐, 参与). */
const LIST_GLUE = /、|(?<![普涉企波危触遍以])及(?![时格]|以[上下])|(?<![温缓饱共总柔])和(?![谐平美睦])|(?<![参给赋授])与/;

/**
 * A short item that is a whole measure on its own: 进出口, 外贸, 投资, 消费, 税收 (进口, 出口 and 外资 are GROUP_MODIFIER's:
 * 进口、出口通关时间, 外资、内资企业).
 */
const WHOLE_MEASURE = /^(?:进出口|外贸|投资|消费|税收|社零)$/;

/** An item that names its own measure borrows none: 旅游人数、旅游总收入 (not 旅游人数收入). */
const MEASURED = /(?:数|人次|数量|率|比重|占比|规模|总量)$/;

/** A stand-in for the list commas inside brackets while a list is split: 各县（市、区）城镇低保、农村低保… */
const BRACKETED_COMMA = '\u0001';

/** A list's last item, then the class the list counts, then their measure: 氨氮|四项主要污染物|排放. */
const CLASS_THEN_MEASURE = /^([\u4e00-\u9fff]{2,}?)[两二三四五六七八九十\d]+(?:项|种|类|大)(?:主要)?[\u4e00-\u9fff]{2,6}?(排放总量|排放量|排放|浓度|产量|增加值|产值)$/;

export function splitEnumeration(text: string, count: number, segmenter?: Segmenter): string[] | null {
  // (各县（市、区）城镇低保、农村低保平均补贴水平: the commas of a bracketed note list no items)
  const masked = text.replace(/（[^（）]*）/g, (note) => note.replace(/、/g, BRACKETED_COMMA));
  if (masked === text) return splitUnbracketed(text, count, segmenter);
  return splitUnbracketed(masked, count, segmenter)?.map((item) => item.replaceAll(BRACKETED_COMMA, '、')) ?? null;
}

/**
 * Levels of government listed, then counted (市、县两级, 省市县三级), before what each holds; words before the
 * levels (“减证便民”省市县三级申请材料) are each one's.
 */
const LEVELS_COUNTED = /^((?:.*?[^省市县乡镇村区、和])?)((?:[省市县乡镇村区][、和]?){2,4})[两二三四]级(.+)$/;

/** Levels counted opening a list's last item: (省级和)市县两级(依申请类政务服务事项…). */
const LEVELS_OPENING = /^[省市县乡镇村区]{2,4}[两二三四]级/;

function splitUnbracketed(text: string, count: number, segmenter?: Segmenter): string[] | null {
  // (市、县两级公共体育场覆盖率分别达到93%和87%: each level's own, 市级…, 县级…; “减证便民”省市县三级申请材料:
  // what stands before the levels is each one's too)
  const levels = LEVELS_COUNTED.exec(text);
  const levelNames = levels ? [...levels[2].replace(/[、和]/g, '')] : [];
  if (levels && levelNames.length === count) return levelNames.map((level) => `${levels[1]}${level}级${levels[3]}`);
  // 一、二、三产业增加值, 第一、二、三产业, 一、二、三产增加值, 一、二、三次产业增加值: ordinals that share a head
  const ordinals = /^第?([一二三四五六七八九])((?:[、和][一二三四五六七八九])+)次?产(?:业)?(.*)$/.exec(text);
  if (ordinals) {
    const numerals = [ordinals[1], ...ordinals[2].split(/[、和]/).filter(Boolean)];
    if (numerals.length === count) return numerals.map((n) => `第${n}产业${ordinals[3]}`);
  }
  // “乌—昌—石”“奎—独—乌”区域重污染天数比例 → “乌—昌—石”区域…, “奎—独—乌”区域…: names in quotes side by
  // side, with no glue between them, share what follows them
  const quoted = /^([^“”、，]{0,6})((?:“[^“”]{1,12}”){2,})([^“”]{2,})$/.exec(text);
  const quotedNames = quoted?.[2].match(/“[^“”]+”/g) ?? [];
  if (quoted && quotedNames.length === count) return quotedNames.map((name) => quoted[1] + name + quoted[3]);
  // 主营业务收入超百亿、千亿元的企业 → …超百亿元的企业, …超千亿元的企业: sizes listed after one bound share it,
  // the unit of the last and the kind after it
  const sizes = /^(.*?(?:超过?|过|突破))((?:[\d.]*[十百千万亿]+元?、)+[\d.]*[十百千万亿]+)(元?)(的?[\u4e00-\u9fff]{2,})$/.exec(text);
  const sizeList = sizes?.[2].split('、') ?? [];
  if (sizes && sizeList.length === count) return sizeList.map((size) => sizes[1] + size.replace(/元$/, '') + sizes[3] + sizes[4]);
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
  // 金融机构总资产、存贷款余额分别突破5万亿、4万亿和3万亿元: an item that names two things is two items
  if (items.length > 1 && items.length < count) {
    const more = count - items.length + 1;
    const expanded = items.flatMap((item) => splitPairedWord(item, more) ?? [item]);
    if (expanded.length === count) return expanded;
  }
  if (items.length !== count) {
    // 金融机构存贷款余额分别达…、…: one word that names two things splits into them
    const parts = splitPairedWord(text, count);
    if (parts) return parts;
    // 城乡居民人均可支配收入分别为…和… : 城乡 pairs 城镇 and 农村 (or 城市 and 农村)
    // (城乡居民低保标准分别增长11.6%和9.9%: the minimum living guarantee is the city's, 城市居民低保, golds 5 of 6)
    const m = /城乡(.+)$/.exec(text);
    if (count === 2 && m) {
      const head = m[1];
      const town = /^(?:常住)?居民/.test(head) && !/低保|最低生活保障/.test(head) ? '城镇' : '城市';
      return [`${town}${head}`, `农村${head}`];
    }
    return null;
  }
  // (二氧化硫、氮氧化物、化学需氧量、氨氮四项主要污染物排放 → 二氧化硫排放, …, 氨氮排放: the class the list
  // counts stands between its last item and the measure they share; it is no part of the last one's name)
  const classCounted = CLASS_THEN_MEASURE.exec(items[items.length - 1]);
  if (classCounted) return items.map((item, i) => (i < items.length - 1 ? item : classCounted[1]) + classCounted[2]);
  const last = items[items.length - 1];
  // 国家级、自治区级、市级示范区: levels share the head after the last one's level
  // (新培育国家级、省级专精特新企业: a verb before the first level is each item's)
  const verb = /^(?:新培育|培育|新增|新建|新认定|认定|创建|争创|打造)(?=国家级|省级|市级|州级|县级|自治区级)/.exec(items[0])?.[0] ?? '';
  // (省级和市县两级依申请类政务服务事项办理率: or after the last one's levels counted)
  const lastLevel = LEVEL.exec(last) ?? LEVELS_OPENING.exec(last);
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
  if (firstMeasure && items[0].length > firstMeasure[0].length + 1 && items.slice(1).every((item) => MEASURE_ALONE.test(item))) {
    const owner = items[0].slice(0, -firstMeasure[0].length);
    return items.map((item, i) => (i ? withOwner(owner, item) : item));
  }
  // 农村初中和小学的生均公用经费补助标准 → 农村初中生均公用经费补助标准, 小学生均公用经费补助标准: short items, the
  // last with 的 before what they share, each take what follows that 的
  // (集中、分散供养的孤儿平均养育标准 → 集中供养孤儿…: when the last's own words before 的 open with a word as long as
  // the others, the rest of them, 供养, is shared too)
  const ofShared = /^([^的、]{1,4})的([\u4e00-\u9fff]{4,})$/.exec(last);
  if (ofShared && items.slice(0, -1).every((item) => item.length <= 6 && !item.includes('的'))) {
    const width = items[0].length;
    const opening = segmenter?.tag(ofShared[1])[0]?.word ?? '';
    const sharedVerb = items.slice(0, -1).every((item) => item.length === width) && opening.length === width && ofShared[1].length > width ? ofShared[1].slice(width) : '';
    return [...items.slice(0, -1).map((item) => item + sharedVerb + ofShared[2]), ofShared[1] + ofShared[2]];
  }
  const subject = segmenter && sharedSubjectOfActions(items, segmenter);
  if (subject) return items.map((item, i) => (i ? subject + item : item));
  const framed = segmenter && actionsBetweenSubjectAndHead(items, segmenter);
  if (framed) return framed;
  // 忻城县、金秀瑶族自治县工业投资: places listed share what the last place is followed by
  const lastPlace = PLACE_THEN_MEASURE.exec(last);
  if (lastPlace && items.slice(0, -1).every((item) => PLACE_ALONE.test(item))) return items.map((item, i) => (i < items.length - 1 ? item + lastPlace[2] : item));
  // 杭州、宁波、义乌跨境电商交易额 → 杭州跨境电商交易额: places named without a suffix (one word the
  // segmenter knows as a place) share all the last says after its own first word
  const placeTail = segmenter ? placesShareTail(items, segmenter) : '';
  if (placeTail) return items.map((item, i) => (i < items.length - 1 ? item + placeTail : item));
  // a short first item borrows the head of the last: 城镇、农村居民… → 城镇居民…
  // a longer one borrows the measure the last ends in: 制造业、战略性新兴产业增加值 → 制造业增加值
  const measure = LIST_MEASURE.exec(last)?.[0];
  // 钒钛磁铁矿铁、钒、钛资源利用率: middle items of one character, as wide as the last's first word, show
  // where the shared measure starts; a long first item takes it too
  const middle = items.slice(1, -1);
  const width = middle.length && middle.every((item) => item.length === middle[0].length) ? middle[0].length : 0;
  const sharedTail = segmenter && width === 1 && last.length - width >= 3 && segmenter.tag(last)[0]?.word.length === width ? last.slice(width) : '';
  const first = items[0];
  const lastOpening = segmenter ? segmenter.tag(last)[0]?.word ?? '' : '';
  items = items.map((item, i) => {
    if (i === items.length - 1) return item;
    // 先进制造业和高技术制造业增加值占规模以上工业比重 → 先进制造业增加值占…比重: an item ending in
    // the word the last one's kind ends in (制造业) takes all the last says after that word
    const itemHead = segmenter ? segmenter.tag(item).at(-1)?.word ?? '' : '';
    const parallel = itemHead.length >= 2 && itemHead !== item ? last.indexOf(itemHead) : -1;
    if (parallel > 0 && last.length - parallel - itemHead.length >= 2) return item + last.slice(parallel + itemHead.length);
    // 金融机构存款和贷款余额 → 金融机构存款余额: an item ending in a word of the kind the last one opens with (存款,
    // 贷款: as long, the same last character) takes the measure the last says after that word (not 森林“四化”'s name)
    const sameKind = itemHead.length >= 2 && lastOpening.length === itemHead.length && lastOpening !== itemHead && lastOpening.at(-1) === itemHead.at(-1);
    const measureAfter = last.slice(lastOpening.length);
    if (sameKind && measureAfter.length >= 2 && (MEASURE_AT_END.test(measureAfter) || LIST_MEASURE.test(measureAfter))) return item + measureAfter;
    // 高新技术产业、高技术制造业产值占规模以上工业总产值比重 → 高新技术产业产值占…比重: an industry takes what
    // the last says after its own industry word (产业 and 制造业 end alike)
    const industryTail = segmenter && parallel < 0 && INDUSTRY_WORD.test(itemHead) ? industryWordTail(last, segmenter) : '';
    if (industryTail.length >= 2) return item + industryTail;
    // (制造业、战略性新兴产业(分别增长): an industry beside an industry is whole, it borrows no head)
    const industries = item.length >= 2 && INDUSTRY_WORD.test(item) && INDUSTRY_WORD.test(last);
    // (进出口、实际使用外资(增长…): trade alone is a whole measure, it borrows no head either)
    const modifier = item.length <= 3 && !industries && !WHOLE_MEASURE.test(item) && (!measure || GROUP_MODIFIER.test(item));
    // 货物、集装箱吞吐量 → 货物吞吐量: the item stands for the last one's first word (城镇、农村居民…
    // and 批发业、零售业… replace as many characters; 荒漠化、沙化土地面积 → 荒漠化土地面积)
    // (刑事、治安警情、电信诈骗案件 → 刑事警情: the model is the next item that names a whole thing, not
    // always the last)
    const model = items.slice(i + 1).find((other) => other.length > 3) ?? last;
    const tagged = modifier && segmenter ? segmenter.tag(model)[0]?.word ?? '' : '';
    // (市区、县（市）月最低工资标准 → 市区月最低工资标准: a bracket right after the first word is part of it)
    const firstWord = tagged + (/^[（(][^（()）]{1,4}[）)]/.exec(model.slice(tagged.length))?.[0] ?? '');
    // (住宿业、餐饮业营业额: when the slot after the first word ends as the item does, it is the item's)
    const slotIsItem = firstWord.length < item.length && item.endsWith(model.slice(firstWord.length, item.length));
    // (国、省考断面: one character stands for one; 国家、省重点实验室 → 国家重点实验室: a level stands for the level it
    // is listed beside, however long)
    const levelFor = /^(?:国家|国|省|市|县|区|州)$/.test(firstWord) && /^(?:国家|国|省|市|县|区|州)$/.test(item);
    const replaced = levelFor ? firstWord.length : item.length > 1 && firstWord.length >= 2 && firstWord.length < model.length - 1 && !slotIsItem ? firstWord.length : item.length;
    // (早籼稻、中晚籼稻、粳稻: an item that ends as the model does after its first word is whole already)
    // (开工率、竣工率和资金到位率: an item that is a measure already, a rate or a count, is whole)
    if (modifier && model.length >= replaced + 2 && !item.endsWith(model.slice(firstWord.length)) && !MEASURED.test(item)) return item + model.slice(replaced);
    // 脱贫人口、易地搬迁脱贫人口人均纯收入: the last names the first inside it, then the shared measure
    const inLast = last.indexOf(item);
    if (item.length >= 2 && inLast > 0 && last.length - inLast - item.length >= 2) return item + last.slice(inLast + item.length);
    // 地区生产总值、规上工业增加值、社会消费品零售总额增速 → 地区生产总值增速, 规上工业增加值增速: an
    // item that is a level already shares only the rate the last one's level is followed by
    const rate = measure ? RATE_AFTER_LEVEL.exec(measure)?.[1] : undefined;
    if (rate && LEVEL_AT_END.test(item)) return item + rate;
    // 现代家居、…、纺织服装产业集群营收 → 现代家居产业集群营收: the items are industries too
    // (市级重点产业链、特色产业集群营业收入: an item that is one already takes the measure alone)
    // (质检、信用、广告服务业营收 → 质检服务业营收: as do services, builders and trades; 服务业 is the kind)
    const industry = measure ? kindOfIndustryOn(last, 1) : '';
    const tail = !/(?:业|产业链|集群)$/.test(item) && industry.endsWith(measure ?? '') && industry.length > (measure?.length ?? 0) ? industry : measure;
    // (地区生产总值、财政收入: an item that is a level already takes no other measure)
    if (measure && tail && !LIST_MEASURE.test(item) && !MEASURED.test(item) && !LEVEL_AT_END.test(item) && !item.endsWith(measure)) return item + tail;
    // 20户及以上自然村千兆光纤和5G网络通达率 → …千兆光纤通达率: a long item that measures nothing takes the
    // rate the last one ends in (a short one borrowed the last's head above)
    const rateOfLast = !measure && !sharedTail && item.length > 4 && !MEASURED.test(item) ? rateClosing(last, segmenter) : undefined;
    return rateOfLast ? item + rateOfLast : item;
  });
  if (sharedTail && items[0] === first && first.length > width && !first.endsWith(sharedTail)) items[0] = first + sharedTail;
  return items;
}

/** What the last item says after its first industry word (制造业, 服务业, 产业): 高技术制造业|产值占…比重. */
function industryWordTail(last: string, segmenter: Segmenter): string {
  const words = segmenter.tag(last);
  let at = words[0]?.word.length ?? 0;
  // (战略性新兴产业、建筑业增加值占GDP比重 → 战略性新兴产业增加值占GDP比重: an industry opening the last, then its output,
  // shares that output and all after it)
  if (INDUSTRY_WORD.test(words[0]?.word ?? '') && /^(?:增加值|总产值|产值|营业收入|营收)/.test(last.slice(at))) return last.slice(at);
  // (工业、制造业、工业技改投资: an industry word opening the last is its whole subject, not a modifier's head)
  for (const { word } of words.slice(1)) {
    at += word.length;
    if (INDUSTRY_WORD.test(word)) return last.slice(at);
  }
  return '';
}

/**
 * A kind of industry, then what follows it: 广告服务业营收 → 服务业营收, 新兴产业产值 → 产业产值; '' when there is
 * none at or after `from` (1: a name that opens with the kind is an item of its own).
 */
function kindOfIndustryOn(named: string, from = 0): string {
  const at = [...named.matchAll(/产业|服务业|建筑业|行业/g)].at(-1)?.index ?? -1;
  return at >= from ? named.slice(at) : '';
}

/** Words that name an industry (not 就业, 创业): 产业, 制造业, 服务业, 工业, 农业, 行业. */
const INDUSTRY_WORD = /(?:产业|制造业|服务业|工业|农业|行业|建筑业)$/;

/**
 * The rate a phrase closes with, its whole last word: 通达率, 标准化率 (村卫生室标准化率: the segmenter's 标准化 + 率, not
 * the last two characters before 率).
 */
function rateClosing(phrase: string, segmenter: Segmenter | undefined): string | undefined {
  const words = segmenter?.tag(phrase) ?? [];
  const last = words.at(-1)?.word ?? '';
  const word = last === '率' ? (words.at(-2)?.word ?? '') + last : last;
  return word.length >= 3 && word.endsWith('率') && /^[\u4e00-\u9fff]+$/.test(word) ? word : /[\u4e00-\u9fff]{2}率$/.exec(phrase)?.[0];
}

/** A measure a list may name (产量, 单产, 面积; MEASURE_ALONE when alone) ending a named item: 粮食播种面积. */
const MEASURE_AT_END = new RegExp(`(?:${measureHeads('listed')})$`);

/**
 * 蔬菜出口突破100亿元、货值和总量分别居全国第1位、第3位 → 蔬菜出口货值, 蔬菜出口总量: a list of
 * bare measures measures what the sentence measured just before (its own measure off). The items
 * unchanged when any names a thing.
 */
export function measuresOfPrevious(items: string[], previous: string): string[] {
  if (!previous || !items.every((item) => MEASURE_ALONE.test(item))) return items;
  const owner = previous.replace(MEASURE_AT_END, '');
  return owner.length >= 2 ? items.map((item) => withOwner(owner, item)) : items;
}

/**
 * An owner before a bare measure, the words they share written once: 商品房销售 + 销售额 → 商品房销售额
 * (商品房销售面积、销售额分别居全国第四位、第六位).
 */
function withOwner(owner: string, measure: string): string {
  for (let k = Math.min(owner.length, measure.length) - 1; k >= 2; k--) if (owner.endsWith(measure.slice(0, k))) return owner + measure.slice(k);
  return owner + measure;
}

/** What the last item says after its first word, when every item before it is a place alone: '' otherwise. */
function placesShareTail(items: string[], segmenter: Segmenter): string {
  const [first] = segmenter.tag(items[items.length - 1]);
  const words = [...items.slice(0, -1).map((item) => segmenter.tag(item)), [first]];
  // (温州、台州、丽水: the segmenter knows some places and guesses others, so one known place is enough)
  const placesAlone = words.every((w) => w.length === 1 && /^(?:ns|x)$/.test(w[0]?.tag ?? '') && w[0].word.length >= 2 && w[0].word.length <= 3);
  const tail = first ? items[items.length - 1].slice(first.word.length) : '';
  return placesAlone && words.some((w) => w[0].tag === 'ns') && tail.length >= 2 ? tail : '';
}

/** A county, district or city alone, and one followed by what is measured of it. */
const PLACE_ALONE = /^[\u4e00-\u9fff]{1,8}(?:自治县|县|区|市|旗|镇|乡)$/;
/** A park, county or city alone, as ranked in a list: 常州经开区, 溧阳高新区, 金坛区. */
export const PLACE_OR_PARK = /^[\u4e00-\u9fff]{2,10}(?:开发区|高新区|经开区|园区|新区|区|县|市)$/;
// (宁乡市全国…: a place's suffix is its last character, so 宁乡 followed by 市 is no place yet; 地区生产总值
// opens a measure, 地区 alone is no place)
export const PLACE_THEN_MEASURE = /^(?!地区)([\u4e00-\u9fff]{1,8}?(?:自治县|县|区|市|旗|镇|乡))(?![在于县区市旗镇乡])([\u4e00-\u9fff]{2,})$/;

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
  // 新兴产业产值 → 产业产值: the examples are industries too (质检、信用、广告等服务业营收 → 质检服务业营收:
  // services, builders and trades as well)
  const industry = kindOfIndustryOn(m[2]);
  const tail = industry && industry.endsWith(own) ? industry : own;
  return examples.map((item) => (item.endsWith(own) ? item : item + tail));
}

/**
 * 机械制造、轻工纺织、能源化工、建筑材料等传统产业…，分别实现产值…: as many examples before 等 as
 * values are the items paired, whatever the kind after 等 (the measure comes after 分别). null
 * when the count differs.
 */
export function examplesListed(text: string, count: number): string[] | null {
  const m = /^(.+?)等[^等、]+$/.exec(text.trim());
  const listed = m ? cleanLead(m[1], 60) : '';
  // (生物医药与健康、集成电路、新材料等…: list commas alone, when they give as many, keep 与 inside an item)
  const byCommas = listed.split('、').filter(Boolean);
  const examples = byCommas.length === count ? byCommas : listed.split(LIST_GLUE).filter(Boolean);
  return examples.length === count ? examples : null;
}

/**
 * The things a word of PAIRED_WORDS in `text` names, `count` of them, each in `text`'s words: 存贷款余额 → 存款余额,
 * 贷款余额. (批零住餐业销售额 → 批发业销售额: a part already ending in the head's first character takes it once.)
 */
function splitPairedWord(text: string, count: number): string[] | null {
  const pair = PAIRED_WORDS.find(([word, parts]) => parts.length === count && text.includes(word));
  return pair ? pair[1].map((one) => text.replace(text.includes(pair[0] + one.slice(-1)) ? pair[0] + one.slice(-1) : pair[0], one)) : null;
}

/** Words that name two things at once, and the two, in the order reports give their values. */
const PAIRED_WORDS = [
  ['存贷款', ['存款', '贷款']],
  ['进出口', ['进口', '出口']],
  // 实际使用内外资分别增长10%、6.4%; 一二三产增加值分别增长3.5%、6%、5%
  ['内外资', ['内资', '外资']],
  // 一二三产业分别增长6.8%、9.5%和10%: the sectors named in full (the longer word first)
  ['一二三产业', ['第一产业', '第二产业', '第三产业']],
  ['一二三产', ['一产', '二产', '三产']],
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
  // 农村中小学生人均公用经费分别达到500元和300元; 大中型企业分别有…: school levels and sizes, larger first
  ['中小学生', ['中学生', '小学生']],
  ['中小学', ['中学', '小学']],
  ['大中专', ['大专', '中专']],
  ['大中型', ['大型', '中型']],
  ['中小微', ['中型', '小型', '微型']],
] as const satisfies readonly (readonly [string, readonly string[]])[];

/** True when `text` holds a word that names `count` things (存贷款余额, 进出口总额, 批零住餐). */
export function hasPairedWord(text: string, count: number): boolean {
  return PAIRED_WORDS.some(([word, parts]) => parts.length === count && text.includes(word));
}

/** Levels of an award or a list: 国家级, 省级, 市级, 自治区级. */
export const LEVEL = /^(?:国家级|省级|市级|州级|县级|自治区级)/;

/**
 * 青海湖示范区创建成效显现、接待游客 → 接待游客: a list whose earlier item ends in a verb or an
 * adjective is a list of clauses, and the number belongs to the last. Other leads come back whole.
 */
export function lastClauseOfList(lead: string, segmenter: Segmenter | undefined, names: (phrase: string) => boolean): string {
  const at = lastCommaOutsideBrackets(lead);
  if (!segmenter || at <= 0) return lead;
  const last = lead.slice(at + 1);
  const words = segmenter.tag(lead.slice(0, at));
  const end = words[words.length - 1];
  // …“中华鹅乡”建设、力争养殖量: a verb of aiming opens a clause of its own
  const clauses = /^(?:力争|确保|争取|推动|实现)/.test(last) || (end && /^(?:v|vi|vd|a|ad)$/.test(end.tag) && !NOMINAL_VERBS.test(end.word) && !KEEP_IN_PHRASE.test(end.word));
  const clause = cleanLead(last);
  // (总量创历史新高、增速居全国第9位: a bare rate after such a clause is the previous measure's, which
  // the caller adds)
  if (clauses && clause.length >= 2 && (names(clause) || /^(?:增速|增幅)$/.test(clause))) return clause;
  // 普通高中扩容提升、增加学位(2.1万个) → 普通高中增加学位, 七大战新基地提速建设、产值(突破1000亿元) →
  // 七大战新基地产值: a second predicate that names nothing alone is of the first one's subject
  const secondPredicate = end && /^(?:v|vi|vn)$/.test(end.tag) && last.length >= 2 && !/^(?:力争|确保|争取|推动|实现)/.test(last) && (/^v/.test(segmenter.tag(last)[0]?.tag ?? '') || OWNED_MEASURE.test(last));
  const subject = secondPredicate ? subjectBeforeVerb(words) : '';
  return subject.length >= 2 && subject.length < at ? subject + last : lead;
}

/** The last list comma not inside brackets: 核销汽车（报废、置换）更新补贴 has none. -1 when there is none. */
function lastCommaOutsideBrackets(text: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if ((text[i] === '）' || text[i] === ')') && depth > 0) depth--;
    else if (text[i] === '、' && depth === 0) last = i;
  }
  return last;
}

/** A measure alone, which needs an owner: 产值, 投资, 营业收入. */
const OWNED_MEASURE = new RegExp(`^(?:${measureHeads('owned')})$`);

/** The words before a clause's first verb or adverb: its subject (普通高中 of 普通高中扩容提升). */
function subjectBeforeVerb(words: readonly { word: string; tag: string }[]): string {
  const verb = words.findIndex((w) => /^(?:v|vi|vd|vn|ad|d|p|c|u[a-z]*)$/.test(w.tag));
  const subject = words.slice(0, verb < 0 ? 0 : verb);
  // (等系列促销活动: a measure word alone is no subject; 新（改、扩）建: nor is a word cut inside a bracket)
  const text = subject.map((w) => w.word).join('');
  const open = (text.match(/[（(“]/g) ?? []).length;
  const closed = (text.match(/[）)”]/g) ?? []).length;
  return subject.some((w) => /^n/.test(w.tag) || w.tag === 's') && open === closed ? text : '';
}

/** A threshold of money: 100亿元以上, 5000万元以下, 超10亿元. */
const SIZE_THRESHOLD = /\d+(?:\.\d+)?[万亿]?元以[上下]|(?:超过?|过)\d+(?:\.\d+)?[万亿]?元/;

/**
 * 引进100亿元以上项目5个、50亿元以上15个 → 引进50亿元以上项目: a count after another size only is of the
 * things before, so sized (新备案超10亿元项目80个，其中超50亿元15个: also a part of them).
 */
const SIZE_LEAD = new RegExp(`^[、，]?\\s*(?:其中)?(${SIZE_THRESHOLD.source})的?$`);
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

/** Town or country residents named alone, as a part of a whole named before: 其中城镇和农村(分别增长7%左右和7%以上). */
const RESIDENTS_PART = /^(城镇|农村|城市|乡村)(?:居民)?$/;
/** A measure of all residents: 居民人均可支配收入, 全省居民人均消费支出, 全体居民…. */
const RESIDENTS_WHOLE = /^(?:全[省市区县]|全体)?居民(.{2,})$/;

/**
 * 居民人均可支配收入增长7.5%左右，其中城镇和农村分别增长7%左右和7%以上 → 城镇居民人均可支配收入, 农村居民人均可支配收入:
 * town or country residents named alone, after a measure of all residents in the sentence, have that measure
 * (rewrites `indicators` in place).
 */
export function partsOfResidents(indicators: string[]): void {
  for (let i = 1; i < indicators.length; i++) {
    const part = RESIDENTS_PART.exec(indicators[i]);
    if (!part) continue;
    const whole = indicators.slice(0, i).reverse().map((name) => RESIDENTS_WHOLE.exec(name)).find((m) => m !== null);
    if (whole) indicators[i] = `${part[1]}居民${whole[1]}`;
  }
}
