// Finding numbers: scan text → mentions (value, unit, span). Meaning is resolved later.
// The scanner walks the text once; every rule is a sticky regex tried at one position,
// and looks back at most LOOKBACK characters, so the cost is linear in the text.
import {
  BARE_MULTIPLIER_CUES, CROSSING_VERBS, FALL_BEFORE_OBJECT_VERBS, FOOTNOTE_MARK_PATTERN, HEADING_VERBS, MILESTONES_AFTER_SUM, RANK_POOL_JUST_BEFORE, CHANGE_DOWN, CHANGE_UP, CLASSIFIERS_COUNTED_ABOVE_TEN, COUNT_VERBS, COUNTED_PEERS, MEDAL_VERBS, ORDINAL_NOUNS, RANK_CONTEXT, RANK_MOVE_DOWN, RANK_MOVE_TO, RANK_MOVE_UP, RANK_VERBS, STRUCTURE_COUNT, TIMES_OF_ACTION,
} from '../lexicon/cues.js';
import {
  MULTIPLIERS, MULTIPLIER_SPELLINGS, PEOPLE_WORDS, RATE_DENOMINATORS, RATE_DENOMINATOR_CANONICAL, UNIT_SPELLINGS, UNIT_WORD_OPENINGS, unitEntry, type UnitEntry,
} from '../lexicon/units.js';
import { CHINESE_NUMERAL_CHARS, parseChineseDecimal, parseChineseNumeral } from '../numbers/chinese-numerals.js';
import type { Mention } from '../types.js';

const LOOKBACK = 12;
const CN = CHINESE_NUMERAL_CHARS;
const CN_DIGIT = '零〇一二两三四五六七八九';

// 513.35, 1,234.5 — an Arabic number
// (33，212万吨, 1，062万吨: older reports group thousands with the Chinese comma; a group of three
// digits, then no digit, only after one to three)
const ARABIC = /\d{1,3}(?:，\d{3})+(?![\d，])(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?/y;
/** 增长19. 3%: a scanned copy may put a space after the decimal point of a percentage inside a sentence (never a list's 2. 12个). */
const SPACED_DECIMAL = /\d+\. \d{1,2}(?=[%％])/y;
/** A whole run of digits or numeral characters with its multipliers, skipped when it is no number. */
const NUMBER_RUN = new RegExp(`[0-9.,${CN}]+`, 'y');
/** Longer digit strings are codes or noise, and beyond a double's precision. */
const MAX_DIGITS = 18;
// 五百亿, 二十三, 十几万 — a Chinese numeral, with 几 for vague amounts
const CHINESE = new RegExp(`[${CN}]{1,16}(?:几[十百千万亿]{0,4})?`, 'y');
/** The fraction of a decimal in words after its whole part: (一)点三(倍). */
const DECIMAL_IN_WORDS = new RegExp(`^点([${CN_DIGIT}]{1,6})`);
// 百分之百, 百分之三点五 — a percentage in words
const PERCENT_IN_WORDS = new RegExp(`百分之([${CN}]{1,8}(?:点[${CN_DIGIT}]{1,8})?)`, 'y');
/** The high end of a range in words, after the low one: (百分之八)至九, (百分之四)至百分之五. */
const PERCENT_RANGE_END = new RegExp(`(?:至|到|—|－|-)(?:百分之)?([${CN}]{1,8}(?:点[${CN_DIGIT}]{1,8})?)(?![${CN}])`, 'y');
// 千分之7.69 → 0.769% — a per mille written in digits after its words
const PER_MILLE_IN_DIGITS = /千分之(\d{1,3}(?:\.\d{1,3})?)(?![\d.])/y;
// 四分之一 → 25% — a fraction in words; 千分之六点一 → 0.61%, its numerator a decimal
const FRACTION_IN_WORDS = new RegExp(`([${CN}]{1,6})分之([${CN}]{1,6}(?:点[${CN_DIGIT}]{1,6})?)`, 'y');
// 第一, 第5位 — a rank, or an ordinal (第五次) that is dropped
const ORDINAL = new RegExp(`第(\\d+|[${CN}]+)(位|名)?`, 'y');
// 16/10万 — a rate per hundred thousand (maternal deaths, crimes)
const PER_HUNDRED_THOUSAND = /(\d{1,4}(?:\.\d{1,3})?)\/(?:10万|十万)/y;
// 1/4 → 25% — a fraction with a slash
const FRACTION = /(\d{1,3})\/(\d{1,3})(?![\d/])/y;
// 进入全省前3位, 居全国前十 — a rank bound
const TOP_N = new RegExp(`前(\\d{1,3}(?!\\d)|[${CN}]{1,4})(位|名|强)?`, 'y');
// 居首位, 居全国榜首 — rank one
const FIRST_PLACE = /首位|榜首/y;
// 翻一番, 翻两番 — doubling, a change in 倍
// 翻番 alone is 翻一番, and so is 翻倍 (实现翻倍增长)
// 翻了近一番 (approx), 翻了一番多 (gt)
const DOUBLING = new RegExp(`翻了?(近|约)?([${CN_DIGIT}])?(?:番|倍(?=增长|$|[，。；、]))(多)?`, 'y');
// 信访总量减半 — a fall by half, a change of −50 % (halved)
// 4成, 超四成 → 40% — tenths
const TENTHS = new RegExp(`(\\d{1,2}(?:\\.\\d{1,4})?|[${CN_DIGIT}十])成`, 'y');
// 6%－6.5%, 3至5个 — the link between the ends of a range
const RANGE_LINK = /[ \t]*[-－—–~～至到]{1,2}[ \t]*/y;
// 多/余 after a number: 500多亿, 8.16万余件 — a vague amount, qualifier gt
const VAGUE = /[多余]/y;

// Where a reader may begin: digits and numerals, and the words that open an ordinal, a rank, a doubling, a
// fall by half, a multiple or a half (半数).
const START = new RegExp(`[0-9${CN}第首榜翻前减倍半]`, 'g');

/** Characters that may follow a complete quantity: punctuation, qualifiers, 的. */
const BOUNDARY_AFTER = /^(?:[，。、；：！？,.;:!?”"’）)\]\s]|以上|以下|以内|之内|左右|上下|多|余|的|$)/;

interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Chinese numerals that are only a multiplier: 千, 万亿, 百万 (no digit of their own). */
  bareMultiplier: boolean;
  chinese: boolean;
  vague: boolean;
  hasMultiplier: boolean;
  /** The factor of the multiplier read (亿 → 1e8), 1 without one. */
  multiplier: number;
}

interface UnitToken {
  end: number;
  spelling: string;
  entry: UnitEntry;
}

/** Finds every candidate numeric mention in `scan` (the ASCII-normalised text). */
export function findMentions(scan: string): Mention[] {
  const mentions: Mention[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(scan); m; m = START.exec(scan)) {
    const at = m.index;
    const found = matchAt(scan, at);
    if (found) {
      if (found.mention) mentions.push(found.mention);
      START.lastIndex = Math.max(found.end, at + 1);
    }
  }
  const repeated = repeatedCountNames(scan);
  // (新建八个产业园区: a verb of counting before it makes a count of the same words)
  return repeated.size ? mentions.filter((m) => !repeated.has(countName(scan, m.span.start)) || endsWithAny(before(scan, m.span.start, 6), COUNT_VERBS)) : mentions;
}

/** A count in words with 个, then the two characters after it: 十二个产业, 四个意识, 五个扎实. */
const COUNT_NAME = new RegExp(`(?<![${CN}第])[${CN}]{1,3}个[\u4e00-\u9fff]{2}`, 'g');
const COUNT_NAME_AT = new RegExp(`[${CN}]{1,3}个[\u4e00-\u9fff]{2}`, 'y');

function countName(scan: string, at: number): string {
  COUNT_NAME_AT.lastIndex = at;
  return COUNT_NAME_AT.exec(scan)?.[0] ?? '';
}

/**
 * 重点发展…十二个产业 (five times in one report), 四个意识, 五个扎实: a count in words the report repeats word for word,
 * three times or more, names its own programme or slogan, it counts nothing, unless a verb of counting stands right
 * before it (golds: no claim in about 140 such phrases of 218 reports, counted before this rule).
 */
function repeatedCountNames(scan: string): Set<string> {
  const seen = new Map<string, number>();
  for (const m of scan.matchAll(COUNT_NAME)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 3).map(([name]) => name));
}

interface Found {
  end: number;
  mention?: Mention;
}

function matchAt(s: string, at: number): Found | null {
  // (减 opens no number but 减半: the other readers need not look there)
  if (s[at] === '减') return halved(s, at);
  return (
    percentInWords(s, at) ??
    fractionInWords(s, at) ??
    perMilleInDigits(s, at) ??
    ordinal(s, at) ??
    topN(s, at) ??
    perHundredThousand(s, at) ??
    ratioToOne(s, at) ??
    structureShare(s, at) ??
    fraction(s, at) ??
    firstPlace(s, at) ??
    doubling(s, at) ??
    medal(s, at) ??
    tenths(s, at) ??
    half(s, at) ??
    neighbouringNumerals(s, at) ??
    quantity(s, at)
  );
}

/** Two neighbouring digits in words, the first alone: (二)、三百亿度, (四)、五十亿元. */
const NEIGHBOURING_NUMERALS = new RegExp(`([${CN_DIGIT}])、(?=[${CN_DIGIT}][十百千万亿])`, 'y');

/**
 * 二、三百亿度 → 200亿 to 300亿 度, about: the first digit, said alone, shares the second's magnitude and
 * unit; one mention with its high end, approximate.
 */
function neighbouringNumerals(s: string, at: number): Found | null {
  const m = sticky(NEIGHBOURING_NUMERALS, s, at);
  if (!m) return null;
  const second = quantity(s, at + m[0].length)?.mention;
  const low = parseChineseNumeral(m[1]);
  const high = parseChineseNumeral(s[at + m[0].length]);
  if (!second || low === null || high === null || low >= high || second.value <= 0) return null;
  return mention(at, second.span.end, round((second.value * low) / high), second.unit, 'neighbouring-numerals', { high: second.value, qualifier: 'approx', ...(second.kind ? { kind: second.kind } : {}) });
}

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

const before = (s: string, at: number, n = LOOKBACK) => s.slice(Math.max(0, at - n), at);
const endsWithAny = (text: string, words: readonly string[]) => words.find((w) => text.endsWith(w));

/** 百分之百 → ratio 100%, 百分之三点五 → 3.5%. */
function percentInWords(s: string, at: number): Found | null {
  const m = sticky(PERCENT_IN_WORDS, s, at);
  if (!m) return null;
  const value = parseChineseDecimal(m[1]);
  if (value === null) return { end: at + m[0].length };
  // 百分之八至九, 百分之四至百分之五: a range in words is one mention with its high end
  const range = sticky(PERCENT_RANGE_END, s, at + m[0].length);
  const high = range ? parseChineseDecimal(range[1]) : null;
  if (range && high !== null && high > value) return mention(at, at + m[0].length + range[0].length, value, '%', 'percent-range-in-words', { high });
  return mention(at, at + m[0].length, value, '%', 'percent-in-words');
}

/** 四分之一 → 25 (%), 三分之二 → 66.67. */
function fractionInWords(s: string, at: number): Found | null {
  const m = sticky(FRACTION_IN_WORDS, s, at);
  if (!m) return null;
  const denominator = parseChineseNumeral(m[1]);
  const numerator = parseChineseDecimal(m[2]);
  if (!denominator || numerator === null) return { end: at + m[0].length };
  // (千分之五点一: a decimal numerator is read as written, 0.51, not 0.5099999…)
  const value = Number.isInteger(numerator) ? fractionPercent(numerator, denominator) : round(fractionPercent(numerator, denominator));
  return mention(at, at + m[0].length, value, '%', 'fraction-in-words', shareKind(s, at));
}

/** 婴儿死亡率由千分之7.69下降到千分之4.77 → 0.769%, 0.477% (as 6.5‰ is 0.65%). */
function perMilleInDigits(s: string, at: number): Found | null {
  const m = sticky(PER_MILLE_IN_DIGITS, s, at);
  return m ? mention(at, at + m[0].length, round(Number(m[1]) / 10), '%', 'per-mille-in-digits') : null;
}

/** A rank verb a list's name away: 跃居全国先进制造业百强城市第六位. */
const RANK_VERB_FAR = new RegExp(`(?:${RANK_VERBS}|排名|${RANK_MOVE_TO}|名列)[^，。；、]*$`);
/** A verb that places a place in a list by number: 分列全国百强县58位、94位, 稳居全国百强区14位; 排168城市倒17位 (from the bottom). */
const PLACED_IN_LIST = new RegExp(`(?:分列|${RANK_VERBS}|排(?=全|第))[^，。；]*$|倒数?$`);

/** 分别跃升至全球城市第80位和第81位: a rank joined to the rank before it. */
const RANK_PAIR = /第[0-9一二三四五六七八九十]+[位名]?(?:[和、及与]|以及)$/;

/** 天竺综保区在国家绩效评估中从第9名提升至第2名: the place a move in rank starts from is a rank too. */
const RANK_MOVE_FROM = new RegExp(`^(?:${RANK_MOVE_TO}|(?:${RANK_MOVE_DOWN.join('|')}|降)(?:至|到))第`);

/** 居全省第一 → rank 1; 第五次, 第一产业, 第十四届 → ordinals, dropped. */
function ordinal(s: string, at: number): Found | null {
  const m = sticky(ORDINAL, s, at);
  if (!m) return null;
  const end = at + m[0].length;
  const value = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
  const after = s.slice(end, end + 4);
  // 居全省第一: a scope or verb just before; 跃居全国先进制造业百强城市第六位: a verb may stand a
  // list's name away (a scope word that far is no cue: 全市…第二工业水厂)
  const context = before(s, at, 8);
  // (the clause's last words, without the words whose 排 ranks nothing)
  const rankWords = clauseTail(context).replace(PAI_OF_NO_RANK, '');
  const farVerb = RANK_VERB_FAR.test(before(s, at, 24));
  // (第一、第二、第三产业: an ordinal listed before others that end in the noun is that noun's too)
  const listedOn = /^(?:[、和及与]\s*第?[0-9一二三四五六七八九十]{1,2})+/.exec(s.slice(end, end + 16))?.[0] ?? '';
  const ordinalNoun = m[2] === undefined && ORDINAL_NOUNS.some((w) => s.startsWith(w, end + listedOn.length));
  // 服务业成为第一大产业, 我国是第二大经济体: the largest of a kind is a rank
  // (新能源成为第二大电源, 成为我国对东盟的第一大铁路口岸: of any kind, a scope or a 的-phrase between)
  // (…是全省最大外商独资项目、第二大外商投资项目: one more item of a list after the verb)
  // (货物贸易第一大国: a kind that is itself a standing needs no verb)
  const largest = m[2] === undefined && /^大[\u4e00-\u9fff](?<!大[会队道街学厦])/.test(after) && (/(?:成为|是|为|居|稳居|位居|跃居)(?:[^，。；、]{0,10}的|世界|全球|全国|全省|亚洲|[^，。；]{2,20}、)?$/.test(clauseTail(before(s, at, 30))) || /^大(?:国|经济体|贸易国|贸易伙伴|港|口岸)/.test(s.slice(end, end + 5)));
  const isRank =
    value !== null &&
    m[1].length <= 4 &&
    !ordinalNoun &&
    (largest ||
    !/^[.．]\d/.test(after) &&
    (RANK_CONTEXT.some((w) => rankWords.includes(w)) || RANK_POOL_JUST_BEFORE.test(context) || farVerb || inRankList(s, at, end) || RANK_PAIR.test(context) || COUNTED_PEERS.test(context) || placeWon(s, at, m[2]) || placeHeld(s, at, end, m[2]) || (/[从由]$/.test(context) && RANK_MOVE_FROM.test(s.slice(end, end + 8)))));
  if (!isRank) return { end };
  return mention(at, end, value, '位', 'rank', { kind: 'rank' });
}

/** Words whose 排 ranks nothing: 排污权交易“第一单”, 安排, 排放, 排水, 排查, 排涝 (排第3, 排全省第一 rank). */
const PAI_OF_NO_RANK = /安排|排[污放水查涝]/g;

/**
 * A place held past listed measures: 保持金牌、奖牌总数第一名 (第N名 ending its clause, the verb before the list);
 * a place won, 名 or not: 取得金牌总数、奖牌总数、团体总分三个第一, 囊括金牌总数等六项第一.
 */
const PLACE_HELD = /(?:保持|蝉联|稳居|位居|获得|取得)[^，。；]{2,20}$/;
const PLACE_WON = /(?:取得|夺得|囊括|包揽)[^，。；]{2,30}$/;
function placeHeld(s: string, at: number, end: number, suffix: string | undefined): boolean {
  if (!/^(?:[，。；、）)]|$)/.test(s.slice(end, end + 1))) return false;
  return (suffix === '名' && PLACE_HELD.test(clauseTail(before(s, at, 24)))) || (suffix === undefined && PLACE_WON.test(clauseTail(before(s, at, 34))));
}

/**
 * 荣获《福布斯》杂志“中国大陆最佳县级城市”第二名, 获全国大赛第三名: a place (第N名) won in a contest
 * or a list is a rank.
 */
function placeWon(s: string, at: number, suffix: string | undefined): boolean {
  return suffix === '名' && /(?:获|评为|获得|夺得|取得)[^，。；]*$/.test(before(s, at, 40));
}

/** The top ones as a pool: (前十)省市中位居(第一). */
const POOL_OF_TOP_N = new RegExp(`^(?:位|名|强)?[\\u4e00-\\u9fff]{1,6}?中(?:${RANK_VERBS}|排|列|名列)`);

/** 进入全省前3位 → rank 3, le; 居全国前十 → rank 10, le. */
function topN(s: string, at: number): Found | null {
  const m = sticky(TOP_N, s, at);
  if (!m) return null;
  const end = at + m[0].length;
  // ESI全球排名前1%学科: a top share inside a name is no rank, nor a claim of its own
  const share = /^(?:\.\d+)?[%％]/.exec(s.slice(end, end + 4));
  if (share) return { end: end + share[0].length };
  // (增幅在全国外贸前十省市中位居第一: the top ones, then 中 and a rank, are the pool the rank is held in)
  if (POOL_OF_TOP_N.test(s.slice(end, end + 14))) return { end };
  const value = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
  // 青海位列全国旅游目的地人气榜前十: the verb may stand a list's name away
  const context = clauseTail(before(s, at, 20));
  // (包揽国家考评前六名, 获全省大赛前三名: places won in a review or contest too)
  // (营商环境连续6个季度全省前三: a scope names the table without a verb)
  if (value === null || !/(?:进入|居|位列|列|跻身|保持|稳居|排名|排|跃居|迈入|包揽|入围|考评|考核|评比|评选|竞赛|大赛|比赛|全[省国市区州县球])/.test(context) || /^[年天月个季周大]/.test(s.slice(end, end + 1))) {
    return at + 1 < s.length && /\d/.test(s[at + 1]) ? null : { end: at + 1 };
  }
  return mention(at, end, value, '位', 'top-n', { kind: 'rank', qualifier: 'le' });
}

/** 孕产妇死亡率16/10万 → ratio 16 per 100,000 (unit 1/10万). */
function perHundredThousand(s: string, at: number): Found | null {
  const m = sticky(PER_HUNDRED_THOUSAND, s, at);
  if (!m || (at > 0 && /[\d./]/.test(s[at - 1]))) return null;
  return mention(at, at + m[0].length, Number(m[1]), '1/10万', 'per-100k', { kind: 'ratio' });
}

/** 产值之比提高到2.3:1 → ratio 2.3 倍: a proportion to one is a multiple (not a time of day). */
const RATIO_TO_ONE = /(\d{1,3}(?:\.\d{1,2})?)[:：∶]1(?![\d.:：∶])/y;
function ratioToOne(s: string, at: number): Found | null {
  const m = sticky(RATIO_TO_ONE, s, at);
  if (!m || (at > 0 && /[\d.:：∶]/.test(s[at - 1]))) return null;
  return mention(at, at + m[0].length, Number(m[1]), '倍', 'ratio-to-one', { kind: 'ratio' });
}

/** Three or more shares joined by colons (三次产业结构调整为11.8∶48.3∶39.9). */
const SHARE_CHAIN = /\d{1,2}(?:\.\d{1,2})?(?:[:：∶︰]\d{1,2}(?:\.\d{1,2})?){2,}/y;
const SHARE_NUMBER = /\d{1,2}(?:\.\d{1,2})?/y;

/**
 * 三次产业结构调整为11.8∶48.3∶39.9 → ratios of 11.8, 48.3 and 39.9 %: the parts of a whole, each a
 * share in %, when they add up to a hundred (3:2:1 or a time of day does not).
 */
function structureShare(s: string, at: number): Found | null {
  let chainStart = at;
  while (chainStart > 0 && /[\d.:：∶︰]/.test(s[chainStart - 1])) chainStart--;
  const chain = sticky(SHARE_CHAIN, s, chainStart);
  if (!chain || at >= chainStart + chain[0].length || /[\d.:：∶︰]/.test(s[chainStart + chain[0].length] ?? '')) return null;
  const parts = chain[0].split(/[:：∶︰]/).map(Number);
  if (Math.abs(parts.reduce((a, b) => a + b, 0) - 100) > 1.5) return null;
  const number = sticky(SHARE_NUMBER, s, at);
  if (!number) return null;
  const index = s.slice(chainStart, at).split(/[:：∶︰]/).length - 1;
  return mention(at, at + number[0].length, Number(number[0]), '%', 'structure-share', { kind: 'ratio', share: { index, of: parts.length, chainStart } });
}

/** 占全国1/4 → ratio 25%. */
function fraction(s: string, at: number): Found | null {
  const m = sticky(FRACTION, s, at);
  if (!m) return null;
  const numerator = Number(m[1]);
  const denominator = Number(m[2]);
  if (!denominator || numerator >= denominator || (at > 0 && /[\d/.]/.test(s[at - 1]))) return null;
  return mention(at, at + m[0].length, fractionPercent(numerator, denominator), '%', 'fraction', shareKind(s, at));
}

/**
 * The lexicon's verbs of growth or fall before a share (and its qualifier): 缩短三分之一以上, 减少一半,
 * 下降超过五成, 价格平均降幅六成. The share is then by how much the measure changed, not a level.
 */
const SHARE_CHANGE = new RegExp(`(${[...CHANGE_UP, ...CHANGE_DOWN].join('|')})了?(?:超过|超|近|接近|约|逾)?$`);

/** A verb of cutting opening the clause before its object, then the fraction cut: 压减文件(三分之一). */
const CUT_OBJECT_BEFORE = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${FALL_BEFORE_OBJECT_VERBS.join('|')})[\\u4e00-\\u9fff“”]{1,8}$`);

/** The kind of a share (a fraction, tenths, a half): a change after SHARE_CHANGE or CUT_OBJECT_BEFORE, else a ratio. */
function shareKind(s: string, at: number): Partial<Mention> {
  const verb = SHARE_CHANGE.exec(before(s, at, 6))?.[1];
  if (!verb && CUT_OBJECT_BEFORE.test(clauseTail(before(s, at, 20)))) return { kind: 'change', sign: -1 };
  if (!verb) return { kind: 'ratio' };
  return { kind: 'change', sign: (CHANGE_DOWN as readonly string[]).includes(verb) ? -1 : 1 };
}

/**
 * 位居全国百强县投资潜力第3、新型城镇化质量第4、…工业百强第7: each item of a list that a
 * rank verb opens is a rank, when it ends at the list's glue (、，。；).
 */
function inRankList(s: string, at: number, end: number): boolean {
  const glue = s.slice(end, end + 1);
  if (!/^(?:[、，。；,;]|$)/.test(glue)) return false;
  const clause = clauseTail(before(s, at, 60));
  if (!/(?:位居|位列|跃居|稳居|名列|排名|居(?![民住家]))/.test(clause)) return false;
  // the list's first item (followed by 、) or a later one (an item 第N、 before it)
  return glue === '、' || /第[0-9一二三四五六七八九十]+、/.test(clause);
}

/** 居首位 → rank 1. */
function firstPlace(s: string, at: number): Found | null {
  // 创新能力居全国创新型城市之首: 之首 is first place (the scan meets it at 首)
  if (s[at] === '首' && s[at - 1] === '之' && !/^[位先批]/.test(s.slice(at + 1, at + 2))) {
    if (!/居|位列|列|排/.test(clauseTail(before(s, at, 24)))) return null;
    return mention(at - 1, at + 1, 1, '位', 'first-place', { kind: 'rank' });
  }
  // (蔬菜价格降幅全国居首，: 居首 ending its clause is first place too)
  if (s[at] === '首' && s[at - 1] === '居' && /^(?:[，。；、,;]|$)/.test(s.slice(at + 1, at + 2))) return mention(at - 1, at + 1, 1, '位', 'first-place', { kind: 'rank' });
  const m = sticky(FIRST_PLACE, s, at);
  if (!m) return null;
  // 居首位, 排在首位 (摆在首位 is a priority, no rank); 位居全国研究机构科技创新榜榜首: the verb of
  // a 榜首 may stand a list's name away
  const context = clauseTail(before(s, at, m[0] === '榜首' ? 24 : 8));
  // (居全省县域金融生态评估首位: a verb and a pool may stand a ranking's name away)
  // (增速居9个国家中心城市首位: or a pool counted)
  const farPool = /(?:居|位列|列|保持)(?:全[国省市州区县盟]|全球|世界|(?:\d{1,3}|[两三四五六七八九十]{1,3})个)/.test(clauseTail(before(s, at, 24)));
  if (!/居|位列|保持|排名|排在|列|登|蝉联|跻身|问鼎/.test(context) && !RANK_POOL_JUST_BEFORE.test(context) && !farPool) return { end: at + 2 };
  return mention(at, at + 2, 1, '位', 'first-place', { kind: 'rank' });
}

/** A medal in a tally: 3金11银9铜, 斩获两金一银, 取得4金、2银、1铜 (not 五金 hardware, 资金). */
const MEDAL = new RegExp(`(\\d{1,3}|[${CN_DIGIT}十]{1,3})([金银铜])`, 'y');
/** What may follow a medal: the next one or the tally's end (3金11银, 4金、2银, 两金一银，, 1铜佳绩, 2铜好成绩). */
const MEDAL_TALLY_GOES_ON = new RegExp(`^(?:[、，。；\\d${CN_DIGIT}十佳好的）)\\s]|$)`);
/** Verbs that win medals, somewhere before the tally in its clause. */
const MEDAL_WON = new RegExp(`(?:${MEDAL_VERBS})[^，。；]*$`);

/** 斩获3金11银9铜 → amounts of 3, 11 and 9 枚 (their indicator names the medal: see medalName). */
function medal(s: string, at: number): Found | null {
  const m = sticky(MEDAL, s, at);
  if (!m) return null;
  const end = at + m[0].length;
  // (取得7金、3银、3铜历史最好成绩: the last medal of a tally may run on into what it was)
  const lastOfTally = /[金银]、?$/.test(before(s, at, 2)) && m[2] !== '金';
  if (!lastOfTally && !MEDAL_TALLY_GOES_ON.test(s.slice(end, end + 1))) return null;
  const won = MEDAL_WON.test(clauseTail(before(s, at, 30))) || /[金银]、?$/.test(before(s, at, 2));
  const value = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
  if (!won || !value) return null;
  return mention(at, end, value, '枚', 'medal', { kind: 'amount' });
}

/** 页岩油产量实现倍增, 实现新能源整车产量倍增: a doubling reached at the clause's end is 翻一番 (not 倍增计划, 倍增行动). */
const DOUBLED_REACHED = /倍增(?=[，。；、]|$)/y;

/** 翻一番 → change of 1 倍 (doubling, as 增长1倍); 翻两番 → 3 倍; 实现倍增 → 1 倍. */
function doubling(s: string, at: number): Found | null {
  // (七大产业振兴翻番工程, “倍增翻番”计划, “提前翻番、同步小康”: a doubling that names a programme, or stands
  // in a quoted slogan, is a name; golds give none of these a claim)
  const named = (end: number) => /^”?(?:工程|计划|行动|战略)/.test(s.slice(end, end + 3)) || quotation(s, at, end) !== null;
  if (s[at] === '倍') {
    const reached = sticky(DOUBLED_REACHED, s, at) && /实现[^，。；]{0,12}$/.test(clauseTail(before(s, at, 16)));
    return reached && !named(at + 2) ? mention(at, at + 2, 1, '倍', 'doubling', { kind: 'change' }) : null;
  }
  const m = sticky(DOUBLING, s, at);
  if (!m) return null;
  const times = m[2] === undefined ? 1 : parseChineseNumeral(m[2]);
  // “七个翻番”: doublings counted in quotes are a slogan's name (实现两个翻番 after two figures stays)
  // (“六翻番、六突破”: so are doublings numbered with no measure word; “完成两个翻番”: and counted inside a quoted slogan)
  const countedInQuote = /[一二两三四五六七八九十\d]个$/.test(before(s, at, 3)) && quotation(s, at, at + m[0].length) !== null;
  if (!times || countedInQuote || named(at + m[0].length) || /[“"][一二两三四五六七八九十\d]个$|[一二两三四五六七八九十]$/.test(before(s, at, 4))) return { end: at + m[0].length };
  const qualifier = m[1] ? 'approx' : m[3] ? 'gt' : undefined;
  return mention(at, at + m[0].length, 2 ** times - 1, '倍', 'doubling', { kind: 'change', ...(qualifier ? { qualifier } : {}) });
}

/** 超4成, 占…的七成 → ratio 40%, 70% (gt from the qualifier rules). Only after a verb of share or level, or opening a clause. */
function tenths(s: string, at: number): Found | null {
  const m = sticky(TENTHS, s, at);
  if (!m) return null;
  // 超4成, 占…的七成, 占全国9成, 价格平均降幅六成以上, 比重保持在七成, 提升至六成; 把七成以上的财力 (bounded)
  const bounded = /^(?:以上|左右)/.test(s.slice(at + m[0].length, at + m[0].length + 2));
  // (，七成规上工业企业实施数字化转型: tenths opening a clause, then the things they are a share of; not a word
  // made with 成, 成为, 成效, 一成不变)
  // (a paragraph's start opens a clause as the text's own start does: 。\n三成增长 as 三成增长)
  const opensClause = /(?:^|[，、；。：\n])[ \t*]*$/.test(before(s, at, 3)) && /^[\u4e00-\u9fff]{2}/.test(s.slice(at + m[0].length)) && !/^(?:为|立|果|效|本|绩|熟|功|长|交|员|品|型|就|都|年|片|群|了|不)/.test(s.slice(at + m[0].length));
  if (!bounded && !opensClause && !/(?:占(?:全[国省市区县州盟])?|超过?|近|达到?|约|逾|接近|提高到|为|的|(?:保持|稳定|维持|控制)在|至)$/.test(before(s, at, 4)) && !SHARE_CHANGE.test(before(s, at, 6))) return null;
  const value = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
  if (value === null) return null;
  return mention(at, at + m[0].length, value * 10, '%', 'tenths', shareKind(s, at));
}

/**
 * 贡献率占到一半, 一半以上的行政村 → ratio 50%: a half after a verb of share or level, or bounded;
 * 重污染天数减少一半 → a change of −50%; …再增加40元，一半用于大病保险: a half of a sum spent is a share.
 * 半数 is read alike (农户半数左右, 将有半数上下转变); so is a half of a whole named before it (不到原定计划的一半)
 * or that a part makes up (私营工业的产值将有一半要转变为公私合营).
 */
function half(s: string, at: number): Found | null {
  // 一般贸易占比过半, 治污项目完成率过半: more than half of a share, a rate or a task's progress (not 双过半,
  // the half of a year's time and tasks, nor 经过半年; nor where the exact share follows: 比重首次过半、达51.2%)
  if (s[at] === '半' && s[at - 1] === '过' && PAST_HALF_OF.test(before(s, at - 1, 4)) && !/^[年个月天世]|^[、，,]?(?:达到?|为|至)/.test(s.slice(at + 1, at + 4))) {
    return mention(at, at + 1, 50, '%', 'past-half', { kind: 'ratio', qualifier: 'gt' });
  }
  const word = s.slice(at, at + 2);
  if (word !== '一半' && word !== '半数') return null;
  // (新增装机超过全球一半: the whole the half is of may stand between)
  const share = /(?:占|占到|超过?|近|达到?|约|逾|接近|提高到|为|的|有)(?:全球|世界|全国|全[省市区州县])?$/.test(before(s, at, 5)) || (word === '半数' && /(?:达到?|为)[\u4e00-\u9fff]{1,4}$/.test(before(s, at, 8)));
  const bounded = /^(?:以上|以下|左右|上下)/.test(s.slice(at + 2, at + 4));
  const spent = /[，,]$/.test(before(s, at, 1)) && /^用于/.test(s.slice(at + 2, at + 4));
  if (!share && !bounded && !spent && !SHARE_CHANGE.test(before(s, at, 6))) return null;
  return mention(at, at + 2, 50, '%', 'half', shareKind(s, at));
}

/** What more than half is said of, before 过半: a share, a rate, a task's progress (占比过半, 完成率过半, 进度过半). */
const PAST_HALF_OF = /(?:占比|比重|率|进度|完成|比例|份额|人数|首次)$/;

/** 信访总量、重复信访量减半 → a change of −50 % (减半征收, a tax halved, names a policy). */
function halved(s: string, at: number): Found | null {
  if (s.slice(at, at + 2) !== '减半' || /^(?:征收|收取|征|缴纳|执行|优惠)/.test(s.slice(at + 2, at + 4))) return null;
  return mention(at, at + 2, 50, '%', 'halved', { kind: 'change', sign: -1 });
}

/**
 * 高于全省平均水平6.8和22.5个百分点, 分别增长5、7.5和9%: a bare number in a list whose last
 * value carries a unit of rate (%, 百分点, 倍) shares it. After 分别 any measure is shared, with
 * multipliers too: 分别上升54、52、39位, 分别净减少10.6万、3.8万、3.3万平方公里; after a verb of passing
 * (突破, 超过, 达到) money and measures are (产值突破4000、2000和500亿元), counts not. Null when the
 * list ends without a unit (or with a date: 1、2月).
 */
function sharedListUnit(s: string, at: number, num: NumberToken): (UnitToken & { multiplier: number }) | null {
  if (num.chinese) return null;
  const passing = /(?:突破|超过|达到)$/.test(before(s, listHead(s, at), 10));
  const respectively = /分别[^，。；：、\d]{0,6}$/.test(before(s, listHead(s, at), 10)) || passing;
  if (num.hasMultiplier && !respectively) return null;
  let end = num.end;
  for (let items = 0; items < 8; items++) {
    const glue = /^(?:[、和及]|以及)/.exec(s.slice(end, end + 2));
    if (!glue) return null;
    const next = readNumber(s, end + glue[0].length);
    if (!next || next.chinese || (next.hasMultiplier && !respectively)) return null;
    const unit = readUnit(s, next.end);
    if (unit) {
      if (/^(?:percent|points|times)$/.test(unit.entry.role)) return { ...unit, multiplier: 1 };
      // (实名用户突破2500万、809项服务事项…: a count after a mark passed is another item's, not the list's unit)
      if (!respectively || !/^(?:count|measure|money)$/.test(unit.entry.role) || (passing && unit.entry.role === 'count')) return null;
      // 存贷款余额分别突破5000、5300亿元: a member without a multiplier takes the last one's when
      // that brings it nearer the last in size (分别新增800、1.2万户 keeps 800)
      const distance = (v: number) => Math.abs(Math.log10(v) - Math.log10(next.value));
      const inherit = !num.hasMultiplier && next.hasMultiplier && num.value > 0 && distance(num.value * next.multiplier) < distance(num.value);
      return { ...unit, multiplier: inherit ? next.multiplier : 1 };
    }
    end = next.end;
  }
  return null;
}

/**
 * 2个、1.3个、6.1个百分点, 27个、21个工作日: the unit of points or time a list of 个-items ends in,
 * read from after the first 个.
 */
const LIST_REST_TO_UNIT = /^(?:[、和及]\d+(?:\.\d+)?个)*[、和及]\d+(?:\.\d+)?(?=个(?:百分点|工作日|月|小时))/;
function unitAtListEnd(s: string, end: number): UnitToken | null {
  const m = LIST_REST_TO_UNIT.exec(s.slice(end, end + 60));
  return m ? readUnit(s, end + m[0].length) : null;
}

/** Where the list a number stands in begins: 分别上升54、52、|39位 → before 54 (分别进位5位、|6位 → before 5). */
const LIST_MEMBERS_BEFORE = /(?:\d+(?:\.\d+)?[万亿]?(?:个?位次?)?(?:以上|左右)?(?:[、和及]|以及))+$/;
function listHead(s: string, at: number): number {
  const m = LIST_MEMBERS_BEFORE.exec(before(s, at, 40));
  return m ? at - m[0].length : at;
}

/** So many units before a size: 2×66万千瓦, 4x35蒸吨. */
const UNITS_OF_SIZE = /(?<![\d.])(\d{1,2})\s*[×xX✕]\s*$/;

/** The part after a multiplier in 1万6千, 1亿3千多万: digits, 千 or 百, 多, 万. */
const MIXED_PART = /^(\d{1,4})(千|百)?([多余])?(万)?/;

/** A number, with multiplier, vagueness and unit: 513.35亿元, 8.16万余件, 二十三个, 6%－6.5%. */
function quantity(s: string, at: number): Found | null {
  const num = readNumber(s, at);
  if (!num) {
    // 百千万亿百千万亿…: a run of numeral characters that is no numeral is skipped whole,
    // so that the scan stays linear; a digit string too long for a number likewise
    const run = sticky(NUMBER_RUN, s, at);
    return run ? { end: at + run[0].length } : null;
  }
  // 人口自然增长率为-2.41‰: a minus sign after a word (not after a digit or letter) is a sign
  const negative = !num.chinese && at > 0 && /[-−－]/.test(s[at - 1]) && (at < 2 || /[\u4e00-\u9fff：:，,（(\s]/.test(s[at - 2]));
  // 增长- 39.7%: a PDF copy may put a space between a sign after a word and its number
  const spacedSign = !negative && !num.chinese && at > 2 && s[at - 1] === ' ' && /[-−－]/.test(s[at - 2]) && /[\u4e00-\u9fff]/.test(s[at - 3]);
  // G318, PM2.5, 4G, 415X, 4A级: letters glued to the number make a code or a name
  // (三市, 两市: cities counted in words are the ones just named, a group, no figure: only digits count them)
  const read = spaced(s, num.end, readUnit);
  const unit = read?.spelling === '市' && num.chinese ? null : read;
  // (52个表单式+93个: a + after Chinese words adds counts, it glues no code)
  const addedCount = /[+＋]/.test(s[num.start - 1] ?? '') && /[\u4e00-\u9fff]/.test(s[num.start - 2] ?? '');
  if (!negative && !spacedSign && num.start > 0 && /[A-Za-z._+\-·]/.test(s[num.start - 1]) && !addedCount && !num.chinese && !countAfterAcronym(s, num, unit) && !figureAfterIndicator(s, num)) {
    return { end: skipCode(s, num.end) };
  }
  let end = unit ? unit.end : num.end;
  if (!unit && !num.chinese && /^[A-Za-z]/.test(s.slice(num.end, num.end + 1))) {
    return { end: skipCode(s, num.end) };
  }

  // 6%－6.5%, 3至5个: a range becomes one mention with `high`
  let high: number | undefined;
  let highUnit = unit;
  const link = sticky(RANGE_LINK, s, end);
  // (九千万至九千二百万吨: numerals in words make a range too, joined by 至 or 到)
  if (link && (unit || !num.chinese || /[至到]/.test(link[0]))) {
    const next = readNumber(s, link.index + link[0].length);
    if (next && !next.vague && next.chinese === num.chinese) {
      const nextUnit = readUnit(s, next.end);
      const sameUnit = unit ? nextUnit?.entry.canonical === unit.entry.canonical || !nextUnit : !!nextUnit;
      if (sameUnit && !(unit?.entry.role === 'date' || nextUnit?.entry.role === 'date')) {
        // 6000—8000万元: the multiplier of the high end applies to the low end too
        if (!num.hasMultiplier && next.hasMultiplier) num.value *= next.multiplier;
        high = next.value;
        if (!unit) highUnit = nextUnit;
        end = nextUnit ? nextUnit.end : next.end;
      }
    }
  }
  // 3、4个工作日, 两、三年: two neighbouring whole numbers joined by 、 before one unit are a rough range
  // (not a list: 分别增长5、6个百分点, 第一、二批项目15、16个 pair each value with a name)
  if (high === undefined && !unit && s[end] === '、' && Number.isInteger(num.value) && num.value < 100 && !/分别|、/.test(clauseTail(before(s, at, 16)))) {
    const next = readNumber(s, end + 1);
    const nextUnit = next && next.chinese === num.chinese && next.value === num.value + 1 ? readUnit(s, next.end) : null;
    if (next && nextUnit && nextUnit.entry.role !== 'date') {
      high = next.value;
      highUnit = nextUnit;
      end = nextUnit.end;
    }
  }
  const shared = highUnit || high !== undefined ? null : sharedListUnit(s, at, num);
  if (shared && shared.multiplier !== 1) num.value *= shared.multiplier;
  let u: UnitToken | null | undefined = highUnit ?? shared;
  // 分别提高9.9个、3.1个百分点: the 个 of a list's first item opens the last item's 个百分点
  // (分别高于全国2个、1.3个、6.1个百分点: however many items between)
  // (分别平均用时27个、21个工作日: so does the 个 of a list of durations)
  if (u?.spelling === '个' && !num.chinese) {
    const rate = unitAtListEnd(s, end) ?? sharedListUnit(s, at, { ...num, end });
    if (rate?.entry.role === 'points' || rate?.entry.role === 'duration') u = rate;
  }
  // 倍差缩小至1.67: a bare number that is a multiple
  if (!u && !num.hasMultiplier && !num.chinese && isBareMultiple(s, at)) {
    return mention(at, end, num.value, '倍', 'bare-multiple', { kind: 'ratio' });
  }
  // 区域发展差异系数由0.680调整为0.660, 基尼系数为0.46: a coefficient is a bare ratio, with no unit
  if (!u && !num.hasMultiplier && !num.chinese && /[.]\d/.test(s.slice(at, end)) && BARE_COEFFICIENT_BEFORE.test(before(s, at, 24))) {
    return mention(at, end, num.value, '', 'bare-coefficient', { kind: 'ratio' });
  }
  // 居民消费价格指数为102.1: a price index stated as a bare level is in percent of its base
  if (!u && !num.hasMultiplier && !num.chinese && isBareIndexLevel(s, at, num.value)) {
    return mention(at, end, num.value, '%', 'bare-index-level');
  }
  // 制造业高质量发展指数达91.9, 社会文明程度指数保持在90以上, 空气质量综合指数为3.52: any other index stated bare is a
  // bare level, with no unit (golds write none 15 times, 点 8)
  if (!u && !num.hasMultiplier && !num.chinese && high === undefined && BARE_INDEX.test(clauseTail(before(s, at, 30)))) {
    return mention(at, end, num.value, '', 'bare-index');
  }
  const places = u?.spelling === '位次' || u?.spelling === '个位次';
  // (世行排名从132名跃升至32名: 名 in a clause about a ranking is a place, as 位 is; 5名专家 counts people)
  const placesByMing = u?.spelling === '名' && /排名|排位|名次|位次|排行/.test(clauseTail(before(s, at, 30)));
  if ((u?.spelling === '位' || places || placesByMing) && high === undefined) {
    // 排名前移一位, 提升5位, 提升11个位次: a move in rank; otherwise 位 counts people (5位专家)
    // (分别上升54、52、39位: the verb stands before the whole list; 提高了100位: its 了 aside)
    const back = clauseTail(before(s, listHead(s, at), 10)).replace(/了$/, '');
    const up = endsWithAny(back, RANK_MOVE_UP);
    const down = endsWithAny(back, RANK_MOVE_DOWN);
    // 排名从上年85位升至81位: the places a move starts from and reaches are ranks, not moves
    // (顶尖人才达到164位: 达到 a number of people is no place reached; 两院院士增至93位: nor is a count grown to)
    // (排名从46位进一步提升到31位: an adverb may come before the verb of the move)
    // (由全国21位提升到2016年的18位: the place reached may be dated)
    const fromOrTo = !places && (/(?<!达|增|增加|增长)(?:至|到)(?:\d{4}年(?:底|末)?的)?$/.test(back) || /^(?:进一步|大幅|再|又)?(?:上升|提升|跃升|前移|下降|[升降])(?:至|到)/.test(s.slice(end, end + 6)));
    if (fromOrTo && num.value < 1000) return mention(at, end, num.value, '位', 'rank-from-to', { kind: 'rank' });
    // 兰州高新区全国排名53位、提升3位: a place right after 排名, no move verb between, is a rank
    if (!places && !up && !down && /排名$/.test(back) && num.value < 1000) return mention(at, end, num.value, '位', 'rank-after-ranking', { kind: 'rank' });
    if ((up || down || places || /排名|位次/.test(back)) && num.value < 1000) {
      return mention(at, end, num.value, '位', 'rank-move', { kind: 'change', sign: down ? -1 : 1 });
    }
    // 瓦房店市、庄河市分列全国百强县58位、94位, 蜀山稳居全国百强区14位: a place in a list
    const placed = PLACED_IN_LIST.test(clauseTail(before(s, at, 24)));
    // (年户均停电时间缩至8小时、居全国10位左右: an approximate place too)
    if (placed && num.value < 1000 && (!/^[\u4e00-\u9fff]/.test(s.slice(end, end + 1)) || /^(?:左右|前后)/.test(s.slice(end, end + 2)))) {
      return mention(at, end, num.value, '位', 'rank-in-list', { kind: 'rank' });
    }
  }
  // 提高2个多百分点, 中断航运1个多月: more than so many points or months, the 多 inside the unit
  if (u?.spelling === '个' && !num.chinese && high === undefined && s.startsWith('多百分点', end)) {
    return mention(at, end + 4, num.value, '百分点', 'points-and-more', { qualifier: 'gt' });
  }
  // 等于一九五〇年的六倍半, 增长一倍半: a multiple and a half
  if (u?.entry.canonical === '倍' && high === undefined && Number.isInteger(num.value) && s[end] === '半') {
    return mention(at, end + 1, num.value + 0.5, '倍', 'multiple-and-half');
  }
  // (历时两个多月: in words too; 两个多月前 says when, it measures nothing)
  const timeAndMore = u?.spelling === '个' && high === undefined ? /^多(月|小时|季度|星期)/.exec(s.slice(end, end + 3)) : null;
  if (timeAndMore && /^(?:以|之)?前/.test(s.slice(end + timeAndMore[0].length, end + timeAndMore[0].length + 2))) return { end: end + timeAndMore[0].length };
  if (timeAndMore) return mention(at, end + timeAndMore[0].length, num.value, timeAndMore[1], 'time-and-more', { qualifier: 'gt' });
  // 潜江、赤壁等4地获批, 武汉、襄阳等6市入选: places listed, then counted by 地 or 市
  if (!u && !num.hasMultiplier && high === undefined && s[at - 1] === '等' && /^[地市](?![区方产块级场政民县域标])/.test(s.slice(end, end + 2))) {
    return mention(at, end + 1, num.value, s[end], 'places-after-examples');
  }
  const rejection = rejectQuantity(s, at, num, u, end);
  if (rejection) return { end };
  if (u?.spelling === '强') return mention(at, end, num.value, '位', 'top-n-strong', { kind: 'rank', qualifier: 'le' });

  const canonical = u ? u.entry.canonical : '';
  const factor = u && 'factor' in u.entry && u.entry.factor ? u.entry.factor : 1;
  const extra: Partial<Mention> = {};
  if (num.vague) extra.qualifier = 'gt';
  // 装机容量均为2×66万千瓦: so many units of a size make the size times as much
  const units = u?.entry.role === 'measure' && !negative && !spacedSign ? UNITS_OF_SIZE.exec(before(s, at, 4)) : null;
  const value = round((negative || spacedSign ? -1 : 1) * num.value * factor * (units ? Number(units[1]) : 1));
  const start = negative ? at - 1 : spacedSign ? at - 2 : units ? at - units[0].length : at;
  const result = mention(start, end, value, canonical, num.chinese ? 'chinese-quantity' : 'arabic-quantity', extra);
  if (high !== undefined && result.mention) result.mention.high = round(high * factor);
  return result;
}

/** 以上/以下 followed by a noun, at once or after 的 (not 规模, 水平, a goal or punctuation), or by the count of the things so sized: 亿元以上项目, 20万元以上的村, (100亿元以上项目5个、)50亿元以上15个. */
const THRESHOLD_IN_NAME = /^(?:及)?以[上下](?:的(?![^，。；]{0,4}?(?:目标|任务|规模|水平|增长|增速|速度|幅度|成绩|总量|投资))(?=[\u4e00-\u9fff])|(?![的地得和及与或、规水并且而再还也都均]|用于|投向|投入|支持|带动|惠及)[\u4e00-\u9fff]|\d+(?:\.\d+)?[个家项所座处条])/;

/**
 * A size of households or people glued to a kind of village or school names a class of them:
 * 30户以上自然村寨, 1000人以上行政村, 10人以下乡村小规模学校 (but 20户以上, 1200名以上科技特派员 stay).
 */
const SETTLEMENT_SIZED = /^(?:及)?以[上下](?:、[^，。；]{0,8}?\d+[户人]以[上下])?的?(?:自然村|行政村|村寨|村庄|村组|农村|乡村|小规模学校|村(?![民委干]))/;

/**
 * 以下儿童, 妇女 after an age (not 左右, 以上。 or 的); an age followed by a verb of change is a
 * level: 人均期望寿命从71.7岁提高到73.97岁; so is an age passed as a milestone (人均预期寿命突破80岁大关).
 */
const AGE_IN_NAME = /^(?:及)?(?:以[上下])?(?![以左上的及]|提高|提升|增加|增长|上升|延长|下降|降低|减少|缩短|到|至|增至|升至|大关|关口)[\u4e00-\u9fff]/;

/** Words a policy's articles are counted in: 十条措施, 20条硬措施, 24条特别措施, 33条意见, 30条实施办法. */
const POLICY_WORDS = '(?:硬|特别)?(?:实施)?(?:措施|举措|政策|意见|规定|禁令|要求|清单|原则|办法|细则)';
/** A footnote mark after a term the report explains at its end: [9], ①. */
const FOOTNOTE_MARK = `(?:${FOOTNOTE_MARK_PATTERN})`;
/** What follows a policy's number of articles: 措施 at once, or a list of such policies closed by 等政策. */
// (…促增长43条、旅游业振兴30条等超常规举措: a word of kind may stand between 等 and the measures)
// (促投资15条、…促农民增收22条[9]等举措: a footnote mark after an item is no part of the list)
const POLICY_NAME = new RegExp(`^${POLICY_WORDS}|^${FOOTNOTE_MARK}?(?:、[^，。；、]{1,16}?\\d+条${FOOTNOTE_MARK}?)*等(?:一系列|系列|一揽子)?[\\u4e00-\\u9fff]{0,4}?(?:政策|措施|举措)`);
/** 十条措施, 十条促进措施 (Chinese numerals), 24条特别措施: the policy words after 条 or 项. */
const POLICY_WORDS_AFTER = new RegExp(`^(?:促进|支持|具体|配套|扶持)?${POLICY_WORDS}`);

/**
 * Ends of a title that count things by 条 rather than name a policy: the policy words themselves, and whatever is long
 * and thin (道路, 航线, 河道, 通道, 街巷; 建设乡村振兴示范带(23条), 乡村振兴精品线: the last character says it).
 */
const COUNTED_BY_TIAO = '措施|举措|政策|意见|条款|建议|问题|街区|管网|班列|[带线路河廊道渠轴巷]';

/** A policy's title before its number of articles: 支持民营经济高质量发展(33条), 科技新政(15条), 人才振兴(60条), 基础教育综合改革(20条). */
const POLICY_TITLE = new RegExp(`(?:支持|促进|推动|推进|扩大|提振|振兴|稳住?|新政|改革)[^，。；、]*?(?<!${COUNTED_BY_TIAO})$`);

/** A policy's title after a verb that puts it in force: 落实脱贫富民(36条), 推动民营经济(30条), 执行中央八项规定精神和省(30条). */
// (实施背街小巷改造(259条), 实施道路照明质量提升(100条): works done on things counted by 条 are counted)
const POLICY_IN_FORCE = new RegExp(`(?:落实|实施|执行|贯彻|用好|推动)[^，。；、\\d]{1,16}?(?<!${COUNTED_BY_TIAO}|改造|提升|建设|整治|治理|修复|新建|建成|打通|开通|硬化)$`);

/** A field alone before articles: 制造业(16条), 民营经济(16条), 人才新政(10条) (not 措施, 意见: those are counted). */
const POLICY_FIELD = '(?:(?!措施|举措|政策|意见|条款)[^，。；、\\d条]){2,10}';
// (出台降成本41条、28条和物流业降本增效48条: a later item may give its number alone, the field of the one before)
const POLICY_LIST_BEFORE = new RegExp(`(?:出台|印发|制定|推出)(?:(?:${POLICY_FIELD})?\\d+条[、和])*${POLICY_FIELD}$|(?:出台|印发|制定|推出)${POLICY_FIELD}\\d+条[、和](?:(?:${POLICY_FIELD})?\\d+条[、和])*$`);
const POLICY_LIST_AFTER = new RegExp(`^[、和](?:${POLICY_FIELD})?\\d+条`);

/** True when articles stand in a list of at least two policies, each a field and its number of articles. */
function isPolicyList(clause: string, after: string): boolean {
  const listed = POLICY_LIST_BEFORE.exec(clause);
  return listed !== null && (/\d条[、和]/.test(listed[0]) || POLICY_LIST_AFTER.test(after));
}

/**
 * A count or a verb of making before articles: they are counted, not a name (6个方面18条措施, 出台20条); so are
 * the measures examples are listed for (…、政府领导班子成员联系服务企业和项目等15条措施).
 */
const COUNTED_BEFORE = /(?:方面|领域|出台|拿出|推出|制定|提出|包括|包含|涵盖|共|合计|累计|等)$/;

/** Kinds of firm, park, project or place that a sum before them sizes: 百亿元项目, 超亿元工业项目, 三千亿元城区. */
const SIZED_KIND = /^(?:重大|重点|优质|骨干|龙头|领军)?(?:产业|工业|制造业|服务业|农业|文旅|外资|基础设施)?(?:园区|企业|项目|产业集群|集群|工业园)|^[镇乡村县](?![级域村镇民])|^城区|^大?(?:品种|单品)/;

/**
 * 一批十亿、百亿、千亿潜力企业, 百亿企业: round sizes, listed or alone, glued to a kind of firm or
 * place are classes (a size with a unit is SIZED_KIND's).
 */
const ROUND_SIZES_OF_KIND = /^(?:[、和][一二三四五六七八九两]?[十百千]?[万亿])*(?:级|元)?(?:潜力|规模)?(?:企业|园区|项目|产业|集群|县|市|镇)/;

const ROUND_SIZES_OF_FIRMS = /^(?:级|元)?(?:潜力|规模)?(?:企业|园区|产业集群|集群|工业园)/;

/** A length of time named as a measure before years: 受教育年限从(13.5年), 年限8.87年，提高(0.11年). */
const YEARS_AS_MEASURE_BEFORE = /(?:年限|年数)[^，。；]{0,12}(?:，(?:再|又)?(?:提高|增加|延长|提升)了?)?$/;

/**
 * What a length in months measures or moves from, right before it: 由, 从, 提高到, 延长至, 周期, 时间; the measure then a
 * verb of level (消化周期控制在(10个月左右)).
 */
const MONTHS_AS_MEASURE_BEFORE = /(?:由|从|(?:提高|延长|缩短|压缩|增加|提升|降低|减少|降)(?:到|至)|(?:周期|时间|能力)(?:控制在|保持在|稳定在|为|达到?)?)$/;

/** A score named before points (分): 评估得分, 满意度测评, 社会治安的评价, 考核. */
const SCORE_NAMED_BEFORE = /得分|评分|分数|评价|测评|评估|考核|满意度|打分/;

/** A ranking right after the places counted: (168个)重点城市排名中, (100个)大中城市中排. */
const RANKED_POOL_AFTER = /^[^，。；、\d]{0,10}?(?:排名中|中排名|排名|中(?:位居|居|位列|列|排))/;

/** A size class is a round sum: 亿元, 10亿元, 50亿元, 1.5亿元 (two figures at most), not 5660亿元. */
function isRoundSize(value: number): boolean {
  return String(value).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length <= 2;
}

/** Reasons a number with its unit is not a claim: years, dates, names, slogans, codes. */
function rejectQuantity(s: string, at: number, num: NumberToken, unit: UnitToken | null, end: number): string | null {
  const after = s.slice(end, end + 6);
  const role = unit?.entry.role;
  // 平均受教育年限从13.5年提高到14年: years as the measure of a length of time named before (年限)
  // are a quantity (人均受教育年限8.87年，提高0.11年: so is the rise said in the next clause)
  if (unit?.spelling === '年' && num.value < 100 && YEARS_AS_MEASURE_BEFORE.test(before(s, at, 30))) return null;
  // (地方储备粮能力由4.5个月提高到6个月, 去化周期10.1个月: months a level is measured in, moved from or to or
  // named by a span's measure, are a quantity; 近5个月, 前十一个月 stay time spans)
  if (unit?.spelling === '个月' && MONTHS_AS_MEASURE_BEFORE.test(before(s, at, 12))) return null;
  // years, months, days, anniversaries: 2023年, 1月, 75周年, 20世纪
  if (role === 'date') return 'date';
  // 粳稻每50公斤提高10元, 配置AED达每10万人45台: the quantity a price is quoted per, or the
  // population a density is counted per, is the rate's base, no claim
  if (s[at - 1] === '每' && (PER_BASE_THEN_FIGURE.test(after) || (role === 'measure' && PER_BASE_THEN_CHANGE.test(after)))) return 'per-base';
  // 每10万人刑事案件数下降36.9%: the population a count is taken per is the rate's base
  if (s[at - 1] === '每' && (unit?.spelling === '人' || unit?.spelling === '人口') && PER_PEOPLE_THEN_MEASURE.test(s.slice(end, end + 16))) return 'per-base';
  // 在全国168个重点城市排名中提升5个位次, 在全国100个大中城市中排第15位: the places a ranking is held among are
  // its pool, no claim (golds: none or optional, 5 of 5)
  // (…中排第15位、27个省会城市中排第3位: a second pool listed after a first ranking is one too)
  // (the pool is looked for only after a count in 个 followed by a ranking: this runs at every number)
  const poolOpens = () => /(?:在|全国|全省|全市)$/.test(before(s, at, 2)) || (/、$/.test(before(s, at, 1)) && /排|居|位列/.test(clauseTail(before(s, at, 24))));
  if (unit?.spelling === '个' && RANKED_POOL_AFTER.test(s.slice(end, end + 14)) && poolOpens()) return 'ranked-pool';
  // (得分从83.81分提高到90.12分: 分 is a score's points only where a score is named before it)
  if (unit?.spelling === '分' && !SCORE_NAMED_BEFORE.test(before(s, at, 30))) return 'not-a-score';
  // voltage classes, ordinals, grades: 1000千伏, 十三届, 4A级, 500强, 8.6代
  if (role === 'class') {
    if (unit?.spelling === '强' && isTopNEntry(s, at, num)) return null;
    // 百亿级企业, 千亿级产业集群: a size class names a kind of thing, it asserts no amount
    if (unit?.spelling === '级' && (num.bareMultiplier || num.hasMultiplier)) return 'scale-class';
    if (unit?.spelling === '级' && !Number.isInteger(num.value)) return null; // 5.6级 (magnitude)
    return 'class';
  }
  // 劣五类水体, 三类水质, 水质达到三类以上: a class of water quality is a grade, not a count
  // (1类靶向创新药: a class of new drug)
  if (unit?.spelling === '类' && (/^(?:及以上)?(?:水|断面)/.test(after) || /^(?:靶向|创新药|新药|化学药|中药)/.test(after) || /劣$/.test(before(s, at, 1)) || /水质[^，。；]{0,4}$/.test(before(s, at, 8)))) return 'class';
  // 26兆瓦级: a number with unit then 级 names a class of machine
  if (after.startsWith('级') && unit) return 'class-suffix';
  // 亿元以上项目120个, 10亿元以上产业项目, 35蒸吨/小时以下燃煤锅炉: a threshold of money or measure
  // glued to a noun names a class of things; the count after it is the claim (but 增长10%以上，
  // 100亿元以上的目标 and 500个以上5G基站 stay)
  if ((role === 'money' || role === 'measure') && THRESHOLD_IN_NAME.test(after)) return 'threshold-in-name';
  // 供热用户室温20℃达标率: a temperature glued to the standard it sets is part of that standard's name
  if (unit?.entry.canonical === '℃' && /^(?:达标|标准)/.test(after)) return 'threshold-in-name';
  // 营收过百亿元园区, 超10亿元企业, 百亿元项目, 十亿元镇: a sum glued to a kind of firm, park, project or place
  // names a size class of them; the count after it is the claim
  // (超亿元工业项目, 超10亿元重大产业项目: the kind may carry its sector and weight first)
  // (建立5660亿元项目专项贷款资金池: a sum of three figures or more is no size class, it is the sum)
  if (role === 'money' && SIZED_KIND.test(s.slice(end, end + 10)) && isRoundSize(num.value)) return 'size-in-name';
  // 主营业务收入超500亿元的企业达到11家: a bound then 的 and a kind of firm or park is a size class too
  // (营业收入过千亿的产业, 新增营业收入过百亿的民营企业, 预增产值过10亿的重大增长点: with or without 元,
  // the kind may carry a word or two first)
  // (经济总量突破2万亿的城市 is a mark a city passed, and stays)
  // (超百亿、千亿元的企业: sizes listed after one bound share it and the kind after the last)
  const bound = role === 'money' ? SUM_BOUND_BEFORE : MEASURE_BOUND_BEFORE;
  // (是全省首个突破5000亿元的城市, 成为第二个突破3万亿元的城市: a place among the first to pass a mark passed it;
  // 成为西部首个产值超过2000亿元的化工园区: so does a park or a firm)
  const firstToPass = () => /^(?:元)?(?:大关)?的/.test(s.slice(end, end + 8)) && /(?:首个|第[一二三四五六七八九十\d]+个)[^，。；]{0,16}$/.test(clauseTail(before(s, at, 30)));
  const sizedKindAfter = SIZED_KIND_AFTER_DE.test(s.slice(end, end + 24).replace(SIZES_LISTED_AFTER, ''));
  if ((role === 'money' || (!unit && num.hasMultiplier)) && bound.test(before(s, at, 12)) && sizedKindAfter && !firstToPass()) return 'size-in-name';
  // (…过10亿元的县达到81个，其中过20亿元的40个: a bound, then 的 and a count ending the clause, sizes the things
  // counted before; 总投资超3万亿元的809个基础设施项目 names its own things, and stays)
  if (role === 'money' && bound.test(before(s, at, 12)) && /^的[0-9一二三四五六七八九十]+[个家项所座处户](?=[，。；、]|$)/.test(s.slice(end, end + 10))) return 'size-in-name';
  // “双百”是指投资超百亿或产值超百亿的重大产业项目: round sizes without 元 defining a kind of project
  // (突破2万亿的城市 is a mark a city passed, and stays)
  if (!unit && num.hasMultiplier && /(?:超过?|过|突破)$/.test(before(s, at, 2)) && /^(?:[或和、][^，。；的]{0,10})?的?(?:重大|重点)?(?:产业)?项目/.test(s.slice(end, end + 20))) return 'size-in-name';
  // 14岁以下儿童, 35-64岁妇女: an age glued to a noun names a group of people
  if (unit?.spelling === '岁' && AGE_IN_NAME.test(after)) return 'age-in-name';
  if ((unit?.spelling === '户' || unit?.spelling === '人') && SETTLEMENT_SIZED.test(s.slice(end, end + 24))) return 'size-in-name';
  // 角度, 各方: a unit that needs a multiplier before it is no unit alone
  if (unit?.entry.afterMultiplier && !num.hasMultiplier) return 'bare-number';
  // 支持中小企业20条措施, 促进经济发展20条、新能源汽车36条等政策措施: a policy named by its
  // number of articles (出台措施20条 and 6个方面18条措施 count them and stay)
  // (制定“1+N+1”等900多条政策措施: hundreds are counted measures, no policy is numbered so)
  if (unit?.spelling === '条' && num.value < 100 && POLICY_NAME.test(s.slice(end, end + 40)) && !COUNTED_BEFORE.test(s.slice(Math.max(0, at - 4), at))) return 'policy-name';
  // 出台支持民营经济高质量发展33条, 出台科技新政15条: articles after a policy's purpose or title,
  // with nothing counted after them, name the policy (出台政策措施20条 counts its measures)
  // (支持呼包同城化60条落地: or with a verb of putting it in force after)
  if (unit?.spelling === '条' && /^(?:[，。；、]|$|落地|落实|兑现|见效)/.test(after) && POLICY_TITLE.test(clauseTail(before(s, at, 24)))) return 'policy-name';
  // 落实生态立区28条, 实施中关村国际人才20条新政, 用好扩大开放100条等政策: articles after a title a verb puts in force
  if (unit?.spelling === '条' && /^(?:[，。；、]|$|等|新政|有效|落地)/.test(after) && POLICY_IN_FORCE.test(clauseTail(before(s, at, 24)))) return 'policy-name';
  // 出台制造业16条、民营经济16条、房地产15条: policies listed by field and number of articles name them
  if (unit?.spelling === '条' && isPolicyList(clauseTail(before(s, at, 40)), s.slice(end, end + 16))) return 'policy-name';
  // 二期工程, 电厂三期: a project's phase, written in Chinese numerals, is no count of issues (24期)
  if (num.chinese && unit?.spelling === '期') return 'phase';
  // 办好两件大事: a numbered duty is a slogan
  if (num.chinese && unit?.spelling === '件' && /^大事/.test(after)) return 'slogan';
  // 州委八届五次、六次全会, 十四届人大二次会议, 省十二届人大六次会议: the session of a congress or a plenum is an ordinal
  // (十二届市委五次、六次全会, 省委十五届四次、五次、六次、七次全会)
  if (unit?.spelling === '次' && /届(?:[省市州县区]委|人大|政协|人民代表大会)?(?:[0-9一二三四五六七八九十]+次[、和])*$/.test(before(s, at, 24))) return 'session';
  // 3人制篮球场, 5人制足球: a rule of play names a kind of game
  if (unit?.spelling === '人' && after.startsWith('制')) return 'class-suffix';
  // 1+5, 15+N: numbered slogans
  // (52个表单式+93个导引式事项 adds two counts: a + after words joins no slogan)
  if (/^[+＋]/.test(s.slice(end, end + 1)) || /[0-9A-Za-z一二三四五六七八九十”"][+＋]$/.test(s.slice(Math.max(0, at - 2), at))) return 'slogan-plus';
  // 9·5, 8·20: dates in event names
  if (/^[·•]/.test(s.slice(end, end + 1)) || /[·•]$/.test(s.slice(Math.max(0, at - 1), at))) return 'date-dot';
  // 重点做好9个方面工作: counts of the report's own parts
  if (unit && STRUCTURE_COUNT.test(s.slice(unit.end - (unit.spelling.length), unit.end + 6))) return 'structure';
  if (unit?.spelling === '方面' && /^工作/.test(after)) return 'structure';
  // 这两个方面的改革, 上述三种结合形式, 查处三个方面的案件：一是…: a count in words that points back at
  // what was named (这, 上述) or announces the list that follows (…：一是) counts the report's own items
  // (办好十件民生实事：一是…: the practical projects a government promises are counted, list or not)
  if (num.chinese && unit?.entry.role === 'count' && !practicalProjects(s, at, end) && (/(?:这|上述|下列|以下)$/.test(before(s, at, 2)) || LIST_ANNOUNCED.test(s.slice(end, end + 14)))) return 'structure';
  // 聚焦“衣食住行…”12个字, 十六字方针: the characters of a slogan are counted, nothing is measured
  if ((unit?.spelling === '个' && /^字(?![号画])/.test(after)) || (!unit && /^字(?:方针|诀|要求)/.test(after))) return 'slogan-characters';
  // no unit and no multiplier: a bare integer (12345, 2024, 120) is a name or a year
  if (!unit && !num.hasMultiplier && !num.vague) {
    return 'bare-number';
  }
  // a time span followed by a noun names a concept: 15分钟品质文化生活圈, 24小时值守 (not a verb of change:
  // 停电时间从目前的32小时降至25小时); after an
  // event it is how long something took (震后10分钟专业救援队集结); seconds name no concept, they
  // time a record (实现403秒高约束等离子体运行)
  if (role === 'duration' && unit?.spelling !== '秒' && /^[\u4e00-\u9fff]/.test(after) && !/^(?:以|内|左|可|前|后|之|就|即|的|完成|办结|实现|增加|提高|提升|减少|缩短|延长|下降|上升|降|升|压缩|缩减|到|至|[和及]\d)/.test(after) && !/后$/.test(s.slice(Math.max(0, at - 1), at)) && !TIME_TAKEN.test(before(s, at, 30))) {
    return 'duration-name';
  }
  // inside a short quotation: “18条”, “三个责任”, “1万亿方阵” are names; “五百亿”, “百分之百” are amounts
  // (“十件民生实事”全面完成: the year's practical projects, quoted and reported done, are still counted;
  // “十件实事”和“包联机制”两项经验做法 names a practice)
  const quoted = practicalProjects(s, at, end) && (DONE_AFTER.test(s.slice(end, end + 16)) || POINTS_FOLLOW.test(s.slice(end, end + 16))) ? null : quotation(s, at, end);
  // (第一项是“全年接待游客总人数增长13％，旅游总收入增长15％”: a figure in digits quoted with a clause's break
  // inside the quotes is a goal cited, not a name; a slogan's counts in words stay names: “完成两个翻番，实现一个超越”)
  if (quoted !== null && (num.chinese || !/[，。；！？]/.test(quoted))) {
    const pure = quoted.trim() === s.slice(at, end);
    if (!pure) return 'quoted-name';
    if (unit && unit.entry.role === 'count') return 'quoted-name';
    // “三公里”充分就业社区: a quoted measure glued to a noun names it (突破“五百亿”、 is a sum)
    if (/^[”"][\u4e00-\u9fff]/.test(s.slice(end, end + 2)) && !endsWithAny(before(s, at - 1, 4), BARE_MULTIPLIER_CUES)) return 'quoted-name';
  }
  // 五个“必须统筹好”, 三大, 四个意识: numeral-measure-word before a quotation or 大 is a slogan
  // (超百场“粤贸全球”经贸活动: after a bound the quotation names what is counted)
  // (两个“多式联运”项目被评为国家示范工程: things named in quotes and then honoured are counted)
  // (推出两批“高效办成一件事”重点事项清单: after a verb of making, what is made is counted; 实施三个“一号工程” names)
  if (num.chinese && /^[“"]/.test(after) && !endsWithAny(before(s, at, 4), BARE_MULTIPLIER_CUES) && !HONOURED_AFTER.test(s.slice(end, end + 30)) && !madeAfterVerb(before(s, at, 4))) return 'slogan-quote';

  // (50亿企业达到4家: written in digits, a size of firms or parks only: 10万产业工人, 40万市民 are counted)
  const roundSize = num.chinese ? /^[一二三四五六七八九两]?[十百千]?[万亿]$/.test(s.slice(at, end)) && ROUND_SIZES_OF_KIND.test(s.slice(end, end + 16)) : /^\d+[万亿]$/.test(s.slice(at, end)) && ROUND_SIZES_OF_FIRMS.test(after);
  if (!unit && num.hasMultiplier && roundSize) return 'size-in-name';
  if (num.chinese) return rejectChineseQuantity(s, at, num, unit, end);
  return null;
}

/** Measure words of the things a list of counts counts: (三十)个大电站，(六)条铁路新干线. */
const LISTED_COUNT_UNITS = '个|条|座|家|所|项|处|批|台|艘|架';
/** A thing counted, after its numeral: (三十)个大电站, (十)大钢铁基地. */
const ITEM_COUNTED = `(?:${LISTED_COUNT_UNITS}|大)(?!百分点)[\\u4e00-\\u9fff]{1,10}`;
/**
 * A list of counts just before, the first in digits or above ten: 三十个大电站，(六条)铁路新干线和(五个)重点港口.
 * A small count in words that goes on such a list counts too, with no verb of its own.
 */
const COUNTS_LISTED_BEFORE = new RegExp(`(?:(?<![\\d.])\\d+|[一二两三四五六七八九十百千]*[十百千][一二三四五六七八九]?)${ITEM_COUNTED}(?:[，、和][一二两三四五六七八九十百千\\d]+${ITEM_COUNTED})*[，、和]$`);

const LISTED_COUNT_UNIT = new RegExp(`^(?:${LISTED_COUNT_UNITS})$`);

/** Animals counted in 头 (牦牛, 奶牛 end in 牛). */
const LIVESTOCK_WORDS = '牛|猪|羊|马|驴|骡|骆驼|牲畜|家畜';
/** Livestock a count in 头 is of: 两头牛, 三头猪. */
const LIVESTOCK = new RegExp(`^[^，。；]{0,4}?(?:${LIVESTOCK_WORDS})`);
/** Livestock, or its stock and flow, named in the clauses before a count in 头: 养猪…，平均每户两头. */
const LIVESTOCK_BEFORE = new RegExp(`(?:${LIVESTOCK_WORDS}|存栏|出栏|饲养量)[^。]*$`);

/** The first point of a list: 一是, 其一, 第一, （一）, 一、, （1）, 1. */
const FIRST_POINT = '(?:一是|其一|第一|[（(][一1][）)]|一、|1[.．、])';
/** A list announced after a count: (三个方面)的案件：一是…, (有三种)：一是…. */
const LIST_ANNOUNCED = new RegExp(`^[^，。；]{0,10}[：:]\\s*${FIRST_POINT}`);

/** Practical projects promised for the year: (十件)民生实事, (十件)实事, (十项)重点民生实事 (not 实事工程, a programme). */
const PRACTICAL_PROJECTS = /^(?:重点|省级|市级)?(?:民生)?实事(?!工程)/;
/** A holder before a count that makes the things counted a programme's name: 农村(五件实事), 省(十件民生实事), 新一轮. */
const PROGRAMME_HOLDER = /(?:农村|城市|城乡|[省市县区州]|新一轮)$/;
/**
 * The year's practical projects counted: counted unless a holder before them makes them a programme's name
 * (农村五件实事, 2016年省十件民生实事, 农村新一轮五件实事: the golds count none of 10).
 */
function practicalProjects(s: string, at: number, end: number): boolean {
  return PRACTICAL_PROJECTS.test(s.slice(end, end + 6)) && !PROGRAMME_HOLDER.test(before(s, at, 6));
}

/** A count's noun, then a verb that reports it done: (十件)民生实事全面兑现, (三个)项目如期建成, (十件)民生实事顺利完成. */
const DONE_AFTER = /^[^，。；、]{1,10}?(?:全面|圆满|如期|全部|按期|顺利)(?:完成|兑现|落实|建成|办结)/;

/** A count's noun closed by its quote, then its points listed: 继续办好“(十件)民生实事”。（1）…, “…”：一是…. */
const POINTS_FOLLOW = new RegExp(`^[^，。；”]{1,10}”[。：:]\\s*${FIRST_POINT}`);

/**
 * Things counted, then honoured, their name in quotes or not: 两个“多式联运”项目被评为…, 三个村获评…; or raised
 * to a rank or praised (三个学科跻身国家“双一流”学科, 三个学科晋级A类, 三项典型经验做法受到国务院通报表扬).
 */
const HONOURED_AFTER = /^(?:[“"][^”"]{1,12}[”"])?[\u4e00-\u9fff]{0,4}?(?:项目|企业|基地|中心|村|园区|县|区|市|学校|高校|院校|大学|医院|社区|案例|学科|专业|做法|经验)(?:被评为|被命名为|被认定为|获评|入选|获批|荣获|跻身|晋级|入围|受到[^，。；]{0,8}?(?:表扬|表彰))/;

/** A verb of making, not of naming, right before: 推出(两批), 出台(三项). */
function madeAfterVerb(back: string): boolean {
  return endsWithAny(back, MAKING_VERBS) !== undefined;
}

/** A count in a list after a verb of counting: 建成两个国家级…中心、(两个)全国…中心. */
function countedInList(s: string, at: number, unit: UnitToken): boolean {
  const clause = clauseTail(before(s, at, 40));
  if (!clause.endsWith('、')) return false;
  // the same measure word after a counted numeral earlier in the list
  const counted = COUNTED_BEFORE_IN_LIST.exec(clause);
  return counted !== null && counted[1].startsWith(unit.spelling);
}

/** Verbs that name a programme rather than count what it makes: 实施百家景区焕新工程, 开展千名干部…. */
const NAMING_VERBS: readonly string[] = ['实施', '开展', '共', '累计', '达', '达到'];
/** Verbs of counting that make what they count. */
const MAKING_VERBS = COUNT_VERBS.filter((w) => !NAMING_VERBS.includes(w));
/** A verb of counting, a numeral and its measure word, then a list item: 建成两个…中心、 */
const COUNTED_BEFORE_IN_LIST = new RegExp(`(?:${COUNT_VERBS.join('|')})[一二两三四五六七八九十\\d]+([^，。；]{2,32})、$`);
/** The end of a programme's name: …焕新工程, …行动, …计划. */
const PROGRAMME_END = /^[^，。；：、]{0,14}?(?:工程|行动|计划|工作)(?:[，。；：、]|$)/;

/**
 * 打造百个江西网络零售品牌, 培育千名本土电商主播, 规上工业企业新增百家: a round 百, 千 or 万
 * with a measure word after a verb of making counts what is made (a target in round figures),
 * unless it opens the name of a programme (实施百家景区焕新工程) or sizes a thing counted later.
 */
function roundCountMade(s: string, num: NumberToken, unit: UnitToken | null, back: string, end: number): boolean {
  // (新增百万户以上: a round count may be a run of multipliers)
  if (unit?.entry.role !== 'count' || !/^(?:[百千万]|[百千]万)[余多]?$/.test(s.slice(num.start, num.end))) return false;
  // 新建千头牛场9个: a count later in the clause makes the round figure a size in a name
  const restOfClause = /^[^，。；：]*/.exec(s.slice(end, end + 24))![0];
  return madeAfterVerb(back) && !PROGRAMME_END.test(s.slice(end, end + 20)) && !/\d/.test(restOfClause);
}

/** Chinese numerals are also words (一个, 统一, 千家万户): they need stronger evidence. */
function rejectChineseQuantity(s: string, at: number, num: NumberToken, unit: UnitToken | null, end: number): string | null {
  const after = s.slice(end, end + 6);
  const back = before(s, at, 6);
  // (必须在七个工作日内书面答复: a time span closed by 内 is a limit, as 以内 closes it)
  const atBoundary = BOUNDARY_AFTER.test(after) || (unit?.entry.role === 'duration' && after.startsWith('内'));
  if (num.value === 0) return 'zero';
  // 二次供水, 二次开发: times are counted with 两 (两次), so 二次 is the adjective "secondary"
  if (unit?.spelling === '次' && s.slice(at, end) === '二次') return 'chinese-in-word';
  // 二轮土地延包: rounds are counted with 两 (两轮), so 二轮 is "the second round"
  if (unit?.spelling === '轮' && s.slice(at, end) === '二轮') return 'chinese-in-word';
  // 谋划一批、储备一批、建设一批: a batch is "some", never a count, whatever verb stands before it
  if (unit?.spelling === '批' && num.value === 1) return 'a-batch';
  if (num.bareMultiplier) {
    // 江汉油田“万千百”战略: multipliers in a row that make no round number are a slogan
    const written = s.slice(num.start, num.end).replace(/[多余近约]/g, '');
    if (written.length > 1 && !(MULTIPLIER_SPELLINGS as readonly string[]).includes(written)) return 'multiplier-run';
    // (直达千家万户, 千军万马: a bare multiplier and its word, then another multiplier at once, is an idiom)
    if (unit && /^[十百千万亿]/.test(after)) return 'multiplier-run';
    // 成达万、渝万高铁: 万 alone, with no unit, is a place's short name (万州), never a sum (golds: 5 none, 0 claims),
    // unless a bound opens it or people follow (组织逾万游客跨省护送)
    if (written === '万' && !unit && !/(?:逾|超过?|近|上|过)$/.test(back) && !COUNTED_PEOPLE_AFTER.test(after)) return 'bare-multiplier-word';
    // 千, 万亿, 百万 alone: only after a quantity verb (突破千万) or before 元 (超亿元)
    const money = unit?.entry.role === 'money';
    // 规模以上万元工业增加值能耗: the 上 of 以上 closes a threshold, it reaches no sum
    const cued = (endsWithAny(back, BARE_MULTIPLIER_CUES) && !back.endsWith('以上')) || milestoneEntered(before(s, at, 30), after) || (HEADING_FOR.test(back) && HEADING_VERB_AFTER.test(after));
    // (储备规模超万亿、: a round sum alone after a verb of passing, at a boundary, is that sum)
    const passed = !money && !unit && /(?:超过?|突破|达到?|逾)$/.test(back) && atBoundary && num.value >= 1e8;
    if (!money && !cued && !passed && !roundCountMade(s, num, unit, back, end)) return 'bare-multiplier-word';
    // 万元GDP能耗, 万元工业增加值用水量: a per-unit base inside an indicator's name
    if (money && !cued && !atBoundary && !/^(?:以上|以下|级|规模)/.test(after)) return 'per-unit-name';
    // 突破千亿大关: a milestone after the sum ends it as a boundary would; 惠及近千万家庭: so do
    // the people or households it counts (咬定产业规模超万亿目标: and a goal set at it)
    if (!money && !unit && !atBoundary && !MILESTONE_AFTER.test(after) && !/^目标/.test(after) && !COUNTED_PEOPLE_AFTER.test(after)) return 'bare-multiplier-word';
    return null;
  }
  if (!unit) {
    // 五百亿, 四千万 without unit: a quantity when a multiplier makes it large and it stands alone
    // 两千多万城乡居民: or when people follow it
    // (地区生产总值跨过两万亿台阶: and so is a sum a verb passes, then a milestone)
    // (五千农户、一万个劳动力: a thousand or more with people or households right after counts them)
    return num.hasMultiplier && ((num.value >= 1e4 && (atBoundary || milestoneEntered(before(s, at, 30), after))) || (num.value >= 1e3 && COUNTED_PEOPLE_AFTER.test(after))) ? null : 'chinese-without-unit';
  }
  // (以十倍的疯狂，百倍的仇恨: a multiple after 以 and before 的 is the manner of an act, no figure)
  if (unit?.entry.role === 'times' && /以$/.test(back) && after.startsWith('的')) return 'manner';
  // (正反两方面的经验, 不可分开的两个方面, 抓好两头: aspects, and the two ends of a task, counted in words are a
  // way of speaking; the golds make none of 40 a claim; 两头牛 counts cattle)
  if (unit?.spelling === '方面' || unit?.spelling === '个方面') return 'aspects';
  if (unit?.spelling === '头' && num.value < 10 && !LIVESTOCK.test(after) && !LIVESTOCK_BEFORE.test(before(s, at, 60))) return 'aspects';
  // (建设四个现代化的社会主义强国: a count of an abstract noun in 化, then no more noun, is a slogan)
  if (num.value < 10 && /^[\u4e00-\u9fff]{1,4}化(?=[的，。；、”]|$)/.test(after)) return 'slogan-abstract';
  // (比重每年提高一个百分点以上: points are a figure in words too, even one of them)
  if (unit?.entry.role === 'points') return null;
  // 科技经费投入增加一倍: a multiple after a verb of growth is a change, whatever its numeral
  // (增加了将近一倍, 增长超一倍, 比农民…高一倍多, 比第一汽车制造厂大一倍: a bound or a comparison in between too)
  if (unit?.entry.role === 'times' && /(?:增加|增长|提高|提升|扩大|上升|了|(?<=比[^，。；]{1,20})[高大多])(?:了)?(?:近|将近|接近|约|超过?)?$/.test(before(s, at, 30))) return null;
  // 十条措施, 二十条措施: a numbered policy is a name
  if (unit && /^[条项]$/.test(unit.spelling) && POLICY_WORDS_AFTER.test(after)) return 'policy-name';
  // 开门红九条: a numeral-条 after a noun names a policy unless a verb right before counts it
  // 十件民生实事全面兑现: things reported done after their count are counted too
  // (建成济南、青岛两个国家级…直联点: the verb may stand a list of names away)
  // (海上、陆上、空中、网上四位一体, 基础设施等五个一体化规划: N位一体, N个一体化 is a set phrase of the parts
  // made one, no count of people or things, even after the parts are named; 五个一体化示范区 counts places)
  if (/^一体(?!化[\u4e00-\u9fff]{0,4}?(?:区|园|中心|基地|平台|项目))/.test(after)) return 'made-one';
  const countedAfterNames = COUNTED_NAMES.test(clauseTail(before(s, at, 24)));
  const listedAfterCounts = LISTED_COUNT_UNIT.test(unit?.spelling ?? '') && COUNTS_LISTED_BEFORE.test(before(s, at, 60));
  const counted = COUNT_VERBS.some((w) => clauseTail(back).includes(w)) || practicalProjects(s, at, end) || countedAfterNames || DONE_AFTER.test(s.slice(end, end + 16)) || HONOURED_AFTER.test(s.slice(end, end + 30)) || countedInList(s, at, unit) || listedAfterCounts;
  // (汽车轮胎十六万条: a hundred or more is a figure, no policy is numbered so)
  if (unit?.spelling === '条' && num.value < 100 && !endsWithAny(back, COUNT_VERBS) && !listedAfterCounts) return 'policy-name';
  // 一个, 三次, 十项民生工程 before a noun are words or names; a verb of counting makes a count
  const small = num.value < 10;
  // 有效实施稳健的货币政策，两次全面降准: at a clause's start, the times an action was taken
  if (unit?.spelling === '次' && /(?:^|[，。；：、])$/.test(back) && TIMES_OF_ACTION.test(after)) return null;
  // (由一九八〇年的一百九十一元增加到…: a level in words that a verb of change moves on from is a figure)
  const movedOn = /^(?:增加|提高|上升|下降|减少|降低|扩大|增长|发展)(?:到|至)/.test(after) && (unit?.entry.role !== 'count' || /(?:由|从)[^，。；]{0,10}$/.test(before(s, at, 12)));
  // (开放十四个沿海港口城市, 一百多个科研单位: a count above ten in words, of things, people or kinds, is no
  // idiom, verb or not; 十件实事, 十方面, 十二类, 二十项 name a programme's parts as before)
  // (争取每人平均至少一千五百斤粮食: a weight or a sum in words above ten is a figure whatever stands around it;
  // 生产的三百八十台钻床, 敞车三百二十二辆: so is a count of a hundred or more, whatever the classifier)
  const tensOrMore = num.value > 10 && !num.bareMultiplier && ((CLASSIFIERS_COUNTED_ABOVE_TEN as readonly string[]).includes(unit?.spelling ?? '') || (num.value >= 100 && (unit?.entry.role === 'measure' || unit?.entry.role === 'money' || unit?.entry.role === 'count')));
  if (!atBoundary && !movedOn && !(num.hasMultiplier && num.value >= 1e4)) {
    if (num.value === 1) return 'chinese-one';
    if (!counted && !tensOrMore) return 'chinese-word';
  }
  if (num.value === 1 && !endsWithAny(back, COUNT_VERBS)) return 'chinese-one';
  // (三个一号旅游公路, 三个一批: a small count of a numbered thing is a name or a slogan)
  if (small && /^一[号批]/.test(after)) return 'slogan-numbered';
  // 统一部署: the numeral glued to a preceding word
  if (/[统唯之专万进初周逐一]$/.test(back) && small) return 'chinese-in-word';
  return null;
}

/** Reads a number at `at`: Arabic or Chinese, with vagueness and a multiplier. */
function readNumber(s: string, at: number): NumberToken | null {
  const arabic = (/[\u4e00-\u9fff]/.test(s[at - 1] ?? '') ? sticky(SPACED_DECIMAL, s, at) : null) ?? sticky(ARABIC, s, at);
  if (arabic) {
    let end = at + arabic[0].length;
    // a digit or a dot just before means we are inside a longer token
    if (at > 0 && /[0-9.]/.test(s[at - 1])) return null;
    const digits = arabic[0].replace(/[,， ]/g, '');
    if (digits.replace('.', '').length > MAX_DIGITS) return null;
    let value = Number(digits);
    let vague = false;
    let hasMultiplier = false;
    let multiplier = 1;
    const vagueBefore = vagueMark(s, end);
    if (vagueBefore && readMultiplier(s, end + vagueBefore)) {
      vague = true; // 500多亿, 500 多万 (a PDF copy)
      end += vagueBefore;
    }
    const mult = spaced(s, end, readMultiplier);
    if (mult) {
      // scale in decimal, not binary: 4.06万亿 is 4060000000000 exactly
      value = scaleDecimal(digits, mult.factor);
      multiplier = mult.factor;
      end = mult.end;
      hasMultiplier = true;
      // 1万6千多户, 1亿3千多万人次, 2万5千公里: a smaller part written after the multiplier adds on
      const part = MIXED_PART.exec(s.slice(end, end + 8));
      if (part && (part[2] || part[4]) && !(part[2] && unitStartsAt(s, end + part[1].length))) {
        const size = Number(part[1]) * (part[2] === '千' ? 1e3 : part[2] === '百' ? 100 : 1) * (part[4] ? 1e4 : 1);
        if (size < multiplier) {
          value += size;
          end += part[0].length;
          vague ||= !!part[3];
          // 突破3万2千亿元: the whole, 32000, counts a larger multiplier after it (3.2万亿)
          const larger = !part[4] ? readMultiplier(s, end) : null;
          if (larger && larger.factor > multiplier) {
            value *= larger.factor;
            multiplier *= larger.factor;
            end = larger.end;
          }
        }
      }
    }
    const vagueAfter = vagueMark(s, end);
    if (vagueAfter && !isWordAfterVague(s, end + vagueAfter)) {
      vague = true; // 8.16万余件, 500余户, 3000 多人
      end += vagueAfter;
      // 新增4万多亿元, 1千多亿元: a larger multiplier after the vagueness scales the whole
      const more = hasMultiplier ? readMultiplier(s, end) : null;
      if (more && more.factor > multiplier) {
        multiplier *= more.factor;
        value = scaleDecimal(digits, multiplier);
        end = more.end;
      }
    }
    return { start: at, end, value, bareMultiplier: false, chinese: false, vague, hasMultiplier, multiplier };
  }
  const chinese = sticky(CHINESE, s, at);
  if (!chinese) return null;
  let text = chinese[0];
  // keep 十几万 whole but read it as 十万, gt
  const vagueIndex = text.indexOf('几');
  let vague = vagueIndex >= 0;
  // a unit spelled with numeral characters must not be eaten: 二十三个 is fine, but 千米 and 千瓦 are units
  for (let cut = text.length; cut > 0; cut--) {
    if (unitStartsAt(s, at + cut) && !unitStartsAt(s, at + cut - 1)) {
      text = text.slice(0, cut);
      break;
    }
    if (cut === 1) break;
  }
  const clean = vague ? text.replace('几', '') : text;
  // 比一九八〇年增长一点三倍, 二点五万吨: a decimal in words, when a multiplier or a unit follows it
  // (一点一滴 is no number)
  const decimal = vague ? null : DECIMAL_IN_WORDS.exec(s.slice(at + text.length, at + text.length + 8));
  const decimalEnd = decimal ? at + text.length + decimal[0].length : -1;
  if (decimal && (/^[万亿]/.test(s.slice(decimalEnd)) || readUnit(s, decimalEnd) !== null)) {
    const whole = parseChineseDecimal(`${clean}点${decimal[1]}`);
    const mult = whole === null ? null : readMultiplier(s, decimalEnd);
    if (whole !== null) {
      return { start: at, end: mult ? mult.end : decimalEnd, value: whole * (mult?.factor ?? 1), bareMultiplier: false, chinese: true, vague: false, hasMultiplier: mult !== null, multiplier: 1 };
    }
  }
  // trailing multipliers of the stack may belong to the unit (千瓦); try to parse
  const value = parseChineseNumeral(clean);
  if (value === null || !Number.isFinite(value)) return null;
  let end = at + text.length;
  let scaled = value;
  let multiplied = false;
  if (!vague && sticky(VAGUE, s, end) && !isWordAfterVague(s, end + 1)) {
    vague = true; // 十余个
    end += 1;
    const mult = readMultiplier(s, end);
    if (mult) {
      scaled = value * mult.factor; // 十余万, 两千多万
      // (七亿七千多万吨, 四亿零七百多万吨: the 万 after 多 scales the part after 亿, not the 亿)
      const yi = clean.lastIndexOf('亿');
      if (mult.factor < 1e8 && yi >= 0 && yi < clean.length - 1) {
        const high = parseChineseNumeral(clean.slice(0, yi + 1));
        const low = parseChineseNumeral(clean.slice(yi + 1).replace(/^零/, ''));
        if (high !== null && low !== null) scaled = high + low * mult.factor;
      }
      end = mult.end;
      multiplied = true;
    }
  }
  const bareMultiplier = ![...clean].some((c) => CN_DIGIT.includes(c) || c === '十');
  const hasMultiplier = multiplied || /[百千万亿]/.test(clean);
  return { start: at, end, value: scaled, bareMultiplier, chinese: true, vague, hasMultiplier, multiplier: 1 };
}

/** The length of a 多/余 at `at` (500多亿), with the space a PDF copy may put before it (3000 多人); 0 if none. */
function vagueMark(s: string, at: number): number {
  if (sticky(VAGUE, s, at)) return 1;
  return s[at] === ' ' && /[多余]/.test(s[at + 1] ?? '') && /[\u4e00-\u9fff]/.test(s[at + 2] ?? '') ? 2 : 0;
}

/** 多 or 余 followed by a word is not vagueness: 500多家 is, 3个多元化 is not. */
function isWordAfterVague(s: string, at: number): boolean {
  const next = s.slice(at, at + 2);
  return /^(?:元化|样|种形式|方|年来|项目)/.test(next) ? true : false;
}

/** Text copied from PDFs puts a space between number and unit: 134.9 万亿元, 增长 5 %. */
function spaced<T>(s: string, at: number, read: (s: string, at: number) => T | null): T | null {
  return read(s, at) ?? (s[at] === ' ' && s[at + 1] !== ' ' ? read(s, at + 1) : null);
}

function readMultiplier(s: string, at: number): { end: number; factor: number } | null {
  // a unit that begins with a multiplier character wins: 14.5千米, 1000千伏, 10千瓦
  if (unitStartsAt(s, at)) return null;
  for (const spelling of MULTIPLIER_SPELLINGS) {
    if (s.startsWith(spelling, at)) {
      return { end: at + spelling.length, factor: MULTIPLIERS[spelling] };
    }
    // 1.2万 亿元, 跨上万 亿台阶: a PDF copy may space a compound multiplier apart
    if (spelling.length === 2 && s[at] === spelling[0] && s[at + 1] === ' ' && s[at + 2] === spelling[1]) {
      return { end: at + 3, factor: MULTIPLIERS[spelling] };
    }
  }
  return null;
}

/** A verb of counting, then names listed, before a numeral: 建成济南、青岛(两个…). */
const COUNTED_NAMES = new RegExp(`(?:${COUNT_VERBS.join('|')})[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+$`);

/** The time a result took: 用14天初步遏制了疫情蔓延势头、(51天)将住院确诊病例清零, 历时8个月建成. */
const TIME_TAKEN = /(?:(?:仅|只)?用|历时|耗时)$|用[\d一二三四五六七八九十]+(?:天|个月|年)[^，。；]*、$/;

/**
 * People or households right after a number without unit, which they count: 两千多万城乡居民, 近千万家庭,
 * 上千万农村人口, 两百多万高校师生, 一千多万外出务工经商人员.
 */
/** A round sum in words, one of several a verb may pass in turn: 八千亿, 九千亿, 万亿. */
const ROUND_SUM = '[一二两三四五六七八九十百千]*[万亿]+';
/**
 * A milestone a round sum marks, right after it: (突破千亿)大关, (跨过两万亿)台阶, (突破万亿)规模, (跻身万亿)行列, (进入万亿)阶段;
 * or after more sums listed: 连跨(八千亿)、九千亿和万亿台阶.
 */
const MILESTONE_AFTER = new RegExp(`^(?:[、和]${ROUND_SUM})*新?(?:${MILESTONES_AFTER_SUM.join('|')})`);
/**
 * A verb of passing or entering before the sum, its milestone after (跨越四个千亿台阶 counts steps: 个 ends no verb);
 * the sums listed before this one are passed by the same verb: 连跨八千亿、(九千亿)和(万亿)台阶.
 */
const ENTERING_BEFORE = new RegExp(`(?:${[...CROSSING_VERBS, '突破', '超过', '超'].join('|')})(?:${ROUND_SUM}[、和])*$`);
/** A round sum a verb passes or enters, then names as a milestone: 非公有制经济突破万亿规模, 固定资产投资跻身万亿行列. */
function milestoneEntered(back: string, after: string): boolean {
  return ENTERING_BEFORE.test(back) && MILESTONE_AFTER.test(after);
}
/** A round sum a figure heads for: 营业收入向万亿元冲刺, 向千亿级迈进 (the sum, then the verb of heading). */
const HEADING_FOR = /[向朝]$/;
const HEADING_VERB_AFTER = new RegExp(`^(?:元|亿元|级)?(?:${HEADING_VERBS.join('|')})`);
/** People or households right after a number in words, which it counts: 五千农户, 一亿一千多万青、壮年 (PEOPLE_WORDS). */
const COUNTED_PEOPLE_AFTER = new RegExp(`^(?:农村|城镇|城乡|贫困|困难|外出|进城|高校)*(?:${[...PEOPLE_WORDS, '农户', '游客', '务工', '家庭', '人'].join('|')})`);

/** Units spelled with a multiplier character first: 千米, 千瓦, 百分点, 万伏. */
const UNITS_LIKE_MULTIPLIERS = UNIT_SPELLINGS.filter((u) => /^[千万百]/.test(u));

function unitStartsAt(s: string, at: number): boolean {
  const c = s[at];
  if (c !== '千' && c !== '万' && c !== '百') return false;
  return UNITS_LIKE_MULTIPLIERS.some((u) => s.startsWith(u, at));
}

/** Unit spellings by first character, longest first: readUnit runs at every number. */
const UNITS_BY_FIRST_CHAR = new Map<string, string[]>();
for (const u of UNIT_SPELLINGS) UNITS_BY_FIRST_CHAR.set(u[0], [...(UNITS_BY_FIRST_CHAR.get(u[0]) ?? []), u]);

function readUnit(s: string, at: number): UnitToken | null {
  for (const spelling of UNITS_BY_FIRST_CHAR.get(s[at]) ?? []) {
    if (s.startsWith(spelling, at)) {
      // ASCII units must end at a word boundary: 15EFlops, not 5Gbps
      if (/^[A-Za-z]/.test(spelling) && /[A-Za-z]/.test(s[at + spelling.length] ?? '')) continue;
      // 14亿多人口, 5万人民: a unit character opening a word is no unit
      if ((UNIT_WORD_OPENINGS as Partial<Record<string, string>>)[spelling]?.includes(s[at + spelling.length] ?? '\0')) continue;
      // 降低900多万个体工商户税负: self-employed households, no count of 个 (3个体育公园 is)
      if (spelling === '个' && /^体(?:工商)?户|^体经济|^体私营/.test(s.slice(at + 1, at + 5))) continue;
      const entry = unitEntry(spelling);
      // (5G, 4G基站: a unit that needs two digits before it is a name after one)
      if (entry?.afterTwoDigits && !/\d/.test(s[at - 2] ?? '')) continue;
      if (entry) return perDenominator(s, { end: at + spelling.length, spelling, entry });
    }
  }
  return null;
}

/** The denominator of a rate after its unit: 778元/月, 16.8万元/人, 18.9万吨/日, 6818元/年, 510元/人/月. */
const DENOMINATOR = new RegExp(`[/／](${RATE_DENOMINATORS.join('|')})(?![0-9])`, 'y');

/**
 * A rate keeps its denominator in the unit (元/月, 吨/日), and the denominator is part of
 * the figure's text, so the next number's lead does not start with it.
 */
function perDenominator(s: string, unit: UnitToken): UnitToken {
  const role = unit.entry.role;
  if (role !== 'money' && role !== 'measure' && role !== 'count') return unit;
  const m = sticky(DENOMINATOR, s, unit.end);
  if (!m) return unit;
  const per = RATE_DENOMINATOR_CANONICAL[m[1]] ?? m[1];
  // 510元/人/月: a rate per head and per month keeps both
  const then = sticky(DENOMINATOR, s, unit.end + m[0].length);
  const perThen = then && then[1] !== m[1] ? `/${RATE_DENOMINATOR_CANONICAL[then[1]] ?? then[1]}` : '';
  const written = m[0] + (perThen ? then![0] : '');
  return { end: unit.end + written.length, spelling: unit.spelling + written, entry: { ...unit.entry, canonical: `${unit.entry.canonical}/${per}${perThen}` } };
}

/**
 * 投放AED1200台: an acronym of capitals before a number of two digits or more that a count's
 * measure word follows names the thing counted (G318国道, PM2.5, H5页面 stay codes).
 */
function countAfterAcronym(s: string, num: NumberToken, unit: UnitToken | null): boolean {
  return unit?.entry.role === 'count' && num.end - num.start >= 2 && /\d{2}/.test(s.slice(num.start, num.end)) &&
    /(?:^|[^A-Za-z])[A-Z]{2,5}$/.test(before(s, num.start, 6));
}

/** 全区实现GDP255亿元, CPI涨幅2%: an indicator's acronym glued to a figure is no code (PM2.5 is). */
function figureAfterIndicator(s: string, num: NumberToken): boolean {
  return /(?:^|[^A-Za-z])(?:GDP|CPI|PPI)$/.test(before(s, num.start, 4)) && /^[\u4e00-\u9fff%％]/.test(s.slice(num.end, num.end + 1));
}

function skipCode(s: string, at: number): number {
  let end = at;
  while (end < s.length && /[A-Za-z0-9.]/.test(s[end])) end++;
  return end;
}

/** The quotation “…” that holds [start, end), if it is short (a name or slogan), else null. */
function quotation(s: string, start: number, end: number): string | null {
  const MAX = 16;
  // look only MAX characters each way, and never past a line break
  const left = s.slice(Math.max(0, start - MAX), start);
  const openAt = left.lastIndexOf('“');
  if (openAt < 0 || left.indexOf('”', openAt) >= 0 || left.indexOf('\n', openAt) >= 0) return null;
  const right = s.slice(end, end + MAX + 1);
  const closeAt = right.indexOf('”');
  if (closeAt < 0 || right.slice(0, closeAt).includes('\n')) return null;
  return left.slice(openAt + 1) + s.slice(start, end) + right.slice(0, closeAt);
}

/** 跻身服务业全国10强: entering a top-N is a rank bound; “中国民营企业500强” is a list's name. */
function isTopNEntry(s: string, at: number, num: NumberToken): boolean {
  // 金川公司入围世界企业500强, 入选全国先进制造业百强: a list of a hundred or more (the Fortune
  // lists, the yearly 百强) is a name, not a place in it (blind golds: none in 49 of 51 such rows)
  if (num.value >= 100 || !Number.isInteger(num.value) || quotation(s, at, at + 1) !== null) return false;
  // 百强县, 500强企业: a top-N before a noun names a list (迈入全国城市二十强并力争前移: a conjunction opening the next
  // predicate is no noun)
  const after = s.slice(num.end + 1, num.end + 2);
  if (after && !BOUNDARY_AFTER.test(after) && !/^[并且和]/.test(after)) return false;
  const clause = clauseTail(before(s, at, 24));
  // 10家企业入围中国企业500强: members counted into a list; the count is the claim, the list a name
  if (/[\d一二两三四五六七八九十]+(?:家|户|个|所|项|款|名|只)[^，。；\d]{0,8}?(?:跻身|进入|入围|入选|列入)/.test(clause)) return false;
  // (朗坤苏畅获评“双跨”工业互联网平台全国十强: a place won in a review, as 入选 enters a list)
  return /(?:跻身|进入|跨入|迈入|挺进|入围|入选|获评|评为|位列|位居|稳居|列入|居)/.test(clause);
}

/**
 * A bare level's measure is followed by a verb of level, or by both ends of a move (its start dated or not):
 * 收入比缩小到(2.5), 收入倍差从1.96缩小至(1.81), 差异系数由0.680调整为(0.660).
 */
const BARE_LEVEL_MOVE = '(?:(?:从|由)(?:(?:\\d{4}年|上年|去年)(?:底|末)?的)?(?:\\d+(?:\\.\\d+)?(?:缩小|下降|降低|降|扩大|调整|提高|上升)(?:至|到|为))?|(?:缩小|下降|降低|降|扩大|调整|提高|上升)(?:至|到|为)|为|是|达到?)?$';
/**
 * A ratio of incomes before a bare number, which is then a multiple: 收入倍差缩小至1.67, 城乡居民收入比
 * 缩小到2.5, and both ends of a move, 收入倍差从1.96缩小至1.81 (收入比由2020年的1.67缩小至1.53: the start dated).
 */
const BARE_MULTIPLE_BEFORE = new RegExp(`(?:倍差|收入比|之比)${BARE_LEVEL_MOVE}`);

function isBareMultiple(s: string, at: number): boolean {
  return BARE_MULTIPLE_BEFORE.test(before(s, at, 24));
}

/** A coefficient before a bare decimal: 差异系数由0.680调整为(0.660), 基尼系数为(0.46). */
const BARE_COEFFICIENT_BEFORE = new RegExp(`系数${BARE_LEVEL_MOVE}`);

/** A level of a price index, written without %: 居民消费价格指数为102.1, CPI控制在103左右. */
/** After a rate's base (每10万人), the figure itself: 45台, 拥有执业医师3.2人. */
const PER_BASE_THEN_FIGURE = /^(?:拥有|配置|配备|有)?\d/;
/** After a population base (每10万人), the measure counted per it: 刑事案件数, 执业医师数, 死亡率. */
const PER_PEOPLE_THEN_MEASURE = /^口?[\u4e00-\u9fff（）()]{2,12}?(?:数|量|率)/;
/** After a price's base (每50公斤), the change of the price: 提高10元, 分别提高3元、5元. */
const PER_BASE_THEN_CHANGE = /^(?:分别)?(?:提高|降低|增加|减少|上调|下调|补贴|收购|价格|为|达)/;

/** A bound before a size, past sizes listed after it: 超(百亿), 超百亿、(千亿元); 突破 bounds sums only. */
const SUM_BOUND_BEFORE = /(?:超过?|过|突破)(?:[\d.]*[十百千万亿]+元?、)*$/;
const MEASURE_BOUND_BEFORE = /(?:超过?|过)(?:[\d.]*[十百千万亿]+元?、)*$/;
/** More sizes listed after a size, before the kind they class: (超百亿)、千亿元(的企业). */
const SIZES_LISTED_AFTER = /^元?(?:[、和或][\d.]*[十百千万亿]+(?=元|、|和|或|的))+/;
/** 的 and a kind of firm, park, industry, place or project that a bound before it sizes. */
const SIZED_KIND_AFTER_DE = /^(?:元)?的[\u4e00-\u9fff]{0,4}?(?:企业|园区|产业集群|集群|产业|工业园|县|城市|项目|增长点)(?![\u4e00-\u9fff]{0,2}(?:目标|任务))/;

/** An index other than prices and volumes (生产总值指数 is growth on a base of 100), then a verb of level, right before a bare number; an air-quality or congestion index needs no verb (空气质量综合指数5.09). */
const BARE_INDEX = /(?<!价格|物价|总值|加值|产值|产量|零售)(?:指数(?:(?:由|从)[0-9.]+)?(?:达到|达|为|升至|降至|降为|下降到|下降至|提高到|提升至|提升到|保持在|稳定在|由|从)(?:约|近)?|(?:空气质量|拥堵|交通)综合指数|拥堵指数)$/;

function isBareIndexLevel(s: string, at: number, value: number): boolean {
  if (value < 90 || value >= 150) return false; // near the base of 100, as resolve/kind.ts reads it
  return /(?:价格|物价)[^，。；]{0,4}指数(?:涨幅)?(?:为|是|达到|达|控制在|保持在|在)(?:约|左右)?$|CPI(?:为|控制在|在)$/.test(clauseTail(before(s, at, 24)));
}

/** The text after the last clause break: context must not leak across commas. */
function clauseTail(text: string): string {
  const cut = Math.max(...['，', '。', '；', '：', ',', ';', '\n'].map((c) => text.lastIndexOf(c)));
  return cut >= 0 ? text.slice(cut + 1) : text;
}

function scaleDecimal(digits: string, factor: number): number {
  return Number(`${digits}e${Math.round(Math.log10(factor))}`);
}

/**
 * A fraction as a percentage: 1/4 → 25, 十万分之一 → 0.001 as they are; one that never ends, as a
 * person writes it, to two decimals: 三分之二 → 66.67, 1/7 → 14.29 (hand golds of 231 texts write
 * thirds and sevenths so 63 times in 31 reports, at full precision 27 times in 17), and below one
 * percent to four significant digits (三百分之一 → 0.3333).
 */
function fractionPercent(numerator: number, denominator: number): number {
  const exact = (100 * numerator) / denominator;
  if (Math.abs(exact - round(exact)) < 1e-9) return exact;
  return Math.abs(exact) >= 1 ? Math.round(exact * 100) / 100 : Number(exact.toPrecision(4));
}

function round(x: number): number {
  // (5亿亿次 is 5e16: scaling a whole number by 1e6 would pass 2^53 and lose its last digits)
  if (Number.isInteger(x)) return x;
  return Math.round(x * 1e6) / 1e6;
}

function mention(start: number, end: number, value: number, unit: string, rule: string, extra: Partial<Mention> = {}): Found {
  return { end, mention: { span: { start, end }, value, unit, rule, ...extra } };
}

