// Sector: the policy area of a claim, from the longest sector keyword in its indicator,
// then in its clause, then from what most of its sentence is about, then the claim before it
// in the paragraph, then what the paragraph so far is about (招商引资… then 引进10亿级项目55个).
import { PER_UNIT_OPENING } from '../lexicon/cues.js';
import { GENERIC_KEYWORDS, HIDING_KEYWORDS, SECTORS } from '../lexicon/sectors.js';
import type { Segmenter, SectorId } from '../types.js';

interface Hit {
  id: SectorId;
  word: string;
  length: number;
}

/** Keywords by first character, each list longest first, then in lexicon order. */
const BY_FIRST_CHAR = new Map<string, { word: string; id: SectorId; order: number; weight: number }[]>();
const GENERIC = new Set<string>(GENERIC_KEYWORDS);
const HIDING = new Set<string>(HIDING_KEYWORDS);
SECTORS.flatMap((s) => s.keywords.map((word: string) => ({ word, id: s.id as SectorId }))).forEach((k, order) => {
  const list = BY_FIRST_CHAR.get(k.word[0]) ?? [];
  list.push({ ...k, order, weight: GENERIC.has(k.word) ? 1 : k.word.length });
  BY_FIRST_CHAR.set(k.word[0], list);
});
for (const list of BY_FIRST_CHAR.values()) list.sort((a, b) => b.word.length - a.word.length || a.order - b.order);

/**
 * True when keyword `word` stands in `text` at `i`. `inside` maps a place inside a word to the
 * word's end: a keyword beginning there must end by it (see wordInsides).
 */
function standsAt(text: string, word: string, i: number, inside?: ReadonlyMap<number, number>): boolean {
  const wordEnd = inside?.get(i);
  return text.startsWith(word, i) && (wordEnd === undefined || i + word.length <= wordEnd);
}

/** The weightiest (longest, generic words aside) sector keyword in `text` (ties: the one earlier in the lexicon). */
export function matchSector(text: string, inside?: ReadonlyMap<number, number>): Hit | null {
  if (!text) return null;
  let best: { word: string; id: SectorId; order: number; weight: number } | null = null;
  // (the end of a word whose inner words are no keywords: 新能源汽车 holds no 新能源, no 能源)
  let hiddenTo = 0;
  for (let i = 0; i < text.length; i++) {
    const candidates = BY_FIRST_CHAR.get(text[i]);
    if (!candidates) continue;
    for (const k of candidates) {
      // longest first: a shorter word can no longer outweigh the best found
      if (best && k.word.length < best.weight) break;
      if (i + k.word.length <= hiddenTo || !standsAt(text, k.word, i, inside)) continue;
      // the longest keyword at this place, unless it is generic and a shorter one is not
      if (!best || k.weight > best.weight || (k.weight === best.weight && k.order < best.order)) best = k;
      if (HIDING.has(k.word)) hiddenTo = i + k.word.length;
      if (k.weight === k.word.length) break;
    }
  }
  return best ? { id: best.id, word: best.word, length: best.word.length } : null;
}

/**
 * The sector a passage is mostly about: every keyword found (longest at each place, not
 * overlapping) votes with its length. One long word in a passage about something else
 * (市场主体 in a sentence on 有机产品) does not outvote the passage.
 */
export function voteSector(text: string, inside?: ReadonlyMap<number, number>): SectorId | null {
  const votes = new Map<SectorId, number>();
  for (let i = 0; i < text.length; ) {
    const k = BY_FIRST_CHAR.get(text[i])?.find((c) => standsAt(text, c.word, i, inside));
    if (!k) {
      i++;
      continue;
    }
    // (a generic word votes as one character, as it weighs in matchSector)
    votes.set(k.id, (votes.get(k.id) ?? 0) + k.weight);
    i += k.word.length;
  }
  let best: SectorId | null = null;
  for (const [id, n] of votes) if (best === null || n > votes.get(best)!) best = id;
  return best;
}

/**
 * Where a keyword may not begin: inside a two-character dictionary word that it would run out of
 * (海绵|城市|重点项目 holds no 市重点项目, 减免|税额 no 免税, 应急|救援 no 急救). Longer words are
 * often jieba's compounds (中小企业|账款 holds 企业账款, 足球赛|事 holds 赛事), and words jieba
 * does not know (tagged x: 川渝通|办) or abbreviations (j) are no bar.
 */
function wordInsides(text: string, segmenter: Segmenter): Map<number, number> {
  const inside = new Map<number, number>();
  let at = 0;
  for (const { word, tag } of segmenter.tag(text)) {
    if (word.length === 2 && tag !== 'x' && tag !== 'j') inside.set(at + 1, at + 2);
    at += word.length;
  }
  return inside;
}

/** voteSector with the segmenter's word bounds. */
function voteOn(text: string, segmenter?: Segmenter): SectorId | null {
  return voteSector(text, segmenter && wordInsides(text, segmenter));
}

/** Quotes and brackets split words a keyword spans: “百村示范”村 is a 示范村. */
const QUOTES = /[“”"‘’《》「」]/g;

/** A trade flow is trade whatever is traded or where: 新能源汽车出口, 锂电池出口额, 经济开发区进出口贸易额 (as 进出口 is consumption). */
const TRADE_HEAD = /(?:出口|进口)(?:贸易)?(?:额|总额|值|总值)?$/;

/** How far past a cut phrase a keyword it begins may run (智能|制造). */
const RUN_ON = 4;

/**
 * The sector of a phrase, read on past its end in the sentence: a phrase cut inside a
 * longer keyword (…获评国家级智能|制造示范工厂) means the longer one (智能制造 is
 * industry, 智能 alone technology).
 */
function matchCut(phrase: string, sentence: string, segmenter?: Segmenter): Hit | null {
  const hit = matchSector(phrase, segmenter && wordInsides(phrase, segmenter));
  if (!hit) return null;
  const at = sentence.indexOf(phrase);
  const runOn = at >= 0 ? matchSector(sentence.slice(at, at + phrase.length + RUN_ON)) : null;
  return runOn && runOn.length > hit.length && runOn.word.includes(hit.word) ? runOn : hit;
}

/**
 * Outside the indicator, a keyword shorter than this in the clause is weaker evidence than
 * what the whole sentence is about: 新增省级“两化融合”示范企业10家 in a sentence on 智能制造 and
 * 规上工业企业 is industry, though its clause holds only 融合 (technology). The clause's short
 * word still votes in the sentence.
 */
const CLAUSE_WORD_ALONE = 4;

/**
 * Names listed as examples before 等 (卓尔控股、九州通医药、恒信汽车等7家企业) are members of
 * what is counted, not its field: a firm's or project's name says nothing of the sector; so does
 * one example opening a clause (爱瑞特新能源环卫车等137个项目开工建设).
 */
const EXAMPLES = /(?:[^，。；：、\s]{2,12}、)+[^，。；：、\s]{2,12}?等(?![级次同等])|(?<=^|[，。；：])[^，。；：、\s]{2,12}?等(?=\d|$)/g;

/**
 * A share of the economy names its field in the part before 占 (研发经费占地区生产总值比重 is
 * technology); a share of a field's own total keeps the total's field (民生投入占财政支出 is fiscal).
 */
const SHARE_OF = /占(?!用|地(?!区))|相当于/;

function shareOfEconomy(indicator: string): SectorId | undefined {
  // 科技进步对经济增长的贡献率: a contribution to the economy is the contributor's, as a share is
  // (服务业对经济的贡献率: a sector of the economy's own is macro, as its share is; so is a kind of ownership,
  // 民营经济对经济增长贡献率: golds macro 5 of 5)
  const contribution = /^(.{2,}?)对[^，。；]{2,10}?(?:的)?贡献率?$/.exec(indicator);
  if (contribution) return /^(?:服务业|第[一二三]产业|[一二三]产|民营经济|非公有制经济|非公经济)$/.test(contribution[1]) ? 'macro' : matchSector(contribution[1])?.id;
  // 全社会研发经费支出与国内生产总值之比: a ratio to the economy is a share of it
  const ratio = /^(.{2,}?)(?:与|同)(.{2,}?)之比$/.exec(indicator);
  if (ratio) return matchSector(ratio[2])?.id === 'macro' ? matchSector(ratio[1])?.id : undefined;
  const at = indicator.search(SHARE_OF);
  if (at <= 0) return undefined;
  // (60岁以上老年人占常住人口比重: a share of the whole population is its part's, as of the economy)
  if (/^占(?:常住|户籍|总)?人口/.test(indicator.slice(at))) return matchSector(indicator.slice(0, at))?.id;
  const whole = matchSector(indicator.slice(at + (indicator.startsWith('相当于', at) ? 3 : 1)));
  // the part is read with its 占: 服务业占 (its value added) is macro
  return whole && whole.id !== 'macro' ? undefined : matchSector(indicator.slice(0, at + 1))?.id;
}

/**
 * Money lent or raised is finance whoever borrows it (民营企业贷款, 制造业中长期贷款 are fiscal),
 * unless it is a programme of jobs or innovation (创业担保贷款, 知识产权质押贷款).
 */
const FINANCE_HEAD = /(?:贷款|存款|授信|融资|债券|保费)(?:余额|总额|规模|增速|增量|占比|比重|投放)?$/;
const PROGRAMME_LOAN = /创业|知识产权/;

/**
 * A subsidy is the field's it is given to: 居民基本医保人均财政补助标准 is social, 救助补助资金 social,
 * 基本公共卫生服务经费人均财政补助标准 health (财政补助资金, with no field named, stays fiscal; other
 * funds, 应急周转资金 or 财政衔接资金, are read as before).
 */
const SUBSIDY_HEAD = /(?:人均)?(?:财政)?(?:补助|补贴)(?:标准|资金)?$/;

/**
 * A fund is the field of what it pays for: 发放救助资金 is social, 专项扶贫资金 rural, 稳岗促就业资金
 * income, 重大科技专项资金 technology. Only a fund the lexicon knows by its head alone (资金, 财政资金,
 * 奖补资金, 经费) is read so; 招商引资到位资金, 政策资金 and 应急周转资金 keep their own words' field.
 */
const FUND_HEAD = /(?:财政|专项|奖补)?(?:资金|经费)$/;
const HEAD_ALONE = /^(?:财政|专项|奖补)?(?:资金|经费)$/;

function fundPurpose(named: string, segmenter?: Segmenter): SectorId | undefined {
  const head = FUND_HEAD.exec(named);
  if (!head || head.index === 0 || !HEAD_ALONE.test(matchSector(named)?.word ?? '')) return undefined;
  const purpose = named.slice(0, head.index);
  const field = matchSector(purpose, segmenter && wordInsides(purpose, segmenter))?.id;
  return field && field !== 'fiscal' ? field : undefined;
}

/**
 * A fund named by no purpose: who raised it and how (自治区财政安排, 筹措资金, 中央财政下达资金), with
 * nothing of what it pays for; the words after it tell the field when they say what it pays for
 * (PURPOSE_AFTER: 筹措资金1.5亿元，…，用于1万户危旧房改造 is urban).
 */
const FUND_WITHOUT_PURPOSE = /^(?:自治区|全省|全市|全州|省级?|市级?|县级?|州级?|市县|中央|地方|各级)?(?:财政)?(?:共|累计)?(?:筹措|筹集|安排|投入|下达|整合)?(?:财政)?(?:资金|经费)?$/;

/** What a fund pays for, said right after it (a clause of its share 其中… between): ，用于…, ，实施…, ，解决…. */
const PURPOSE_AFTER = /^(?:以上|左右|多)?[，,]?(?:其中[^，。；]*[，,])?(?:用于|实施|解决|支持|补助|新增|新建|建设|建成|开展)/;

/** Forms that are themselves what is counted: firms (新设立经营主体), capacity (过剩产能), a plan's indicators (23项主要指标). */
const FORM_COUNTED = /(?:市场主体|经营主体|产能|主要指标|约束性指标)$/;

/** Projects put into production (…等32个项目建成投产) are industry's, whatever the examples name. */
const INTO_PRODUCTION = /^(?:项目)?(?:建成|全面|相继|陆续|顺利|当年)?(?:达产|投产)/;

/**
 * Investment in a kind of industry is investment (新能源产业投资, 高技术制造业投资, as 34 gold rows
 * read them), as 工业投资 and 制造业投资 are: the industry named is where the money goes.
 */
const INDUSTRY_INVESTMENT = /(?:产业|制造业)投资$/;

/** A group of people counted (妇女, 老年人, 群众, 学生), who are served. */
const PEOPLE_SERVED = /(?:妇女|老年人|老人|群众|学生|儿童|居民|农民|患者|残疾人|人员|人口)(?:免费)?$/;
/** The service given after the people counted: (5万名农村妇女)免费提供宫颈癌筛查. */
const SERVICE_AFTER = /^[^，。；、]{0,8}?(?:免费)?(?:提供|开展|进行|实施|接受)([^，。；]{2,24})/;

/** What a claim's sector is read from besides its indicator, nearest first. */
export interface SectorContext {
  /** The claim's clause, up to the end of its number's trailing words. */
  clause: string;
  sentence: string;
  /** The words right after the number in its sentence, up to 30 (…等32个项目建成投产). */
  after?: string;
  /** The sector of the claim before it in the paragraph. */
  fallback: SectorId | null;
  /** The claim's unit: projects counted (个, 项) are read apart from money. */
  unit?: string;
  /** The paragraph before the number. */
  paragraph?: string;
  segmenter?: Segmenter;
}

export function resolveSector(indicator: string, context: SectorContext): SectorId {
  const sector = sectorOfName(indicator, context);
  // 超长期特别国债支持项目512个, 政策性开发性金融工具项目333个: projects a fund or bond backs are investment's,
  // not the fund's (golds: of projects counted, 544 investment, 8 fiscal)
  return sector === 'fiscal' && /^[个项]$/.test(context.unit ?? '') && /项目$/.test(indicator.replace(QUOTES, '')) ? 'investment' : sector;
}

/** The sector a claim's unit (working days) or name gives, then its clause, sentence, the claim before and its paragraph, in that order. */
function sectorOfName(indicator: string, context: SectorContext): SectorId {
  const { clause, sentence, after = '', fallback, paragraph = '', segmenter } = context;
  // (不动产登记限5个工作日内办结, 企业开办压缩至1个工作日: a span counted in working days is how long an office takes,
  // the business environment's, whatever is registered or approved; golds governance 70 of 71)
  if (context.unit === '工作日') return 'governance';
  if (TRADE_HEAD.test(indicator)) return 'consumption';
  if (FINANCE_HEAD.test(indicator) && !PROGRAMME_LOAN.test(indicator)) return 'fiscal';
  if (INDUSTRY_INVESTMENT.test(indicator)) return 'investment';
  // a tax rate is the budget's whoever pays it: 制造业等行业增值税税率
  if (/税率$/.test(indicator)) return 'fiscal';
  // 14亿人口: the whole population is the economy's (城区人口, 常住人口城镇化率 are the city's)
  if (indicator === '人口') return 'macro';
  // 每千人口执业（助理）医师数: a short note in brackets splits the words around it
  const named = indicator.replace(QUOTES, '').replace(/[（(][^（()）]{1,6}[）)]/g, '');
  const subsidy = SUBSIDY_HEAD.exec(named);
  const field = subsidy && subsidy.index > 0 ? matchSector(named.slice(0, subsidy.index), segmenter && wordInsides(named.slice(0, subsidy.index), segmenter)) : null;
  if (field && field.id !== 'fiscal') return field.id;
  const purpose = fundPurpose(named, segmenter);
  if (purpose) return purpose;
  const producing = /项目$/.test(named) && INTO_PRODUCTION.test(after) ? 'industry' : null;
  // 为5万名农村妇女免费提供宫颈癌筛查, 为3万名群众开展…培训: people served are counted in the field
  // of the service they get
  const service = PEOPLE_SERVED.test(named) ? SERVICE_AFTER.exec(after)?.[1] : undefined;
  const served = service ? matchSector(service, segmenter && wordInsides(service, segmenter))?.id : undefined;
  if (served) return served;
  // the sentence's vote, read once however many steps ask for it
  let sentenceVote: SectorId | null | undefined;
  const voteSentence = () => (sentenceVote === undefined ? (sentenceVote = voteOn(sentence.replace(EXAMPLES, ''), segmenter)) : sentenceVote);
  // 整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元: a subsidy named alone is given
  // to the field its sentence is about; a fund named alone (筹措资金1.5亿元，…用于…) to the field of what
  // the rest of the sentence pays for (its examples off whole; the fund words said again, 其中自治区财政
  // 安排…, vote for no field)
  const fundAlone = /资金|经费|财政/.test(named) && FUND_WITHOUT_PURPOSE.test(named) && PURPOSE_AFTER.test(after);
  const paidFor = fundAlone ? sentence.slice(Math.max(0, sentence.indexOf(after))) : '';
  const fieldOfSentence = subsidy && subsidy.index === 0 ? voteSentence() : fundAlone ? voteOn(paidFor.replace(EXAMPLES, '').replace(/财政|资金|经费/g, '，'), segmenter) : null;
  // (安排财政资金480亿元 for 经济高质量发展: the economy at large is no field a fund pays for)
  if (fieldOfSentence && fieldOfSentence !== 'fiscal' && !(fundAlone && fieldOfSentence === 'macro')) return fieldOfSentence;
  const inClause = (): SectorId | null => {
    const hit = matchCut(clause.replace(EXAMPLES, ''), sentence, segmenter);
    return hit && hit.length < CLAUSE_WORD_ALONE ? (voteSentence() ?? hit.id) : (hit?.id ?? null);
  };
  // 单位国内生产总值用水量: a measure per unit of output is the measure's, not the economy's
  const perUnit = PER_UNIT_OPENING.test(named) ? matchSector(named.replace(PER_UNIT_OPENING, ''))?.id : undefined;
  // 省级龙头企业, 产业集群, 续建项目: a word naming only a form is the field its sentence is about
  // (firms and capacity counted, 实有经营主体 or 淘汰过剩产能, are still the word's own)
  const own = matchCut(named, sentence, segmenter);
  // (县域特色产业集群 in a sentence on 县域经济: the economy at large is no field for a form of industry to take)
  const sentenceField = own && GENERIC.has(own.word) && !FORM_COUNTED.test(named) ? voteSentence() : null;
  const formAlone = sentenceField === 'macro' && /产业|集群|企业/.test(own?.word ?? '') ? null : sentenceField;
  return (
    perUnit ??
    shareOfEconomy(named) ??
    formAlone ??
    own?.id ??
    producing ??
    inClause() ??
    voteSentence() ??
    // 52个项目开工建设 with no field named anywhere near: projects are investment's
    (/项目$/.test(named) ? 'investment' : null) ??
    fallback ??
    voteOn(paragraph.replace(EXAMPLES, ''), segmenter) ??
    'macro'
  );
}
