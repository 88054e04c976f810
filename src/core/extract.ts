// The core pipeline: text → sentences → mentions → claims. Pure: no I/O, no console.
import { findMentions } from './mentions/find-mentions.js';
import { PLACE_LEVEL, SCOPE_LEVELS, TASK_BEATEN, WORK_STAGES } from './lexicon/cues.js';
import { isMoneyUnit } from './lexicon/units.js';
import { measureHeads } from './lexicon/measure-heads.js';
import { buildContexts, clauseBefore, SENTENCE_WINDOW, type MentionContext } from './resolve/context.js';
import { isFragment } from './resolve/fragment.js';
import {
  beneficiariesOf, peopleCounted, secondVerbOnThing, withoutTrailingAdverb, actorOfClauseBefore, capacityAfterList, NOTE_SCOPE, measureOfClauseBefore, ownerOfMeasure, routeOfMileage, wholeOfShare, fundSetUp, finishedName, kindOfPrevious, perHeadOfTopic, worksAtStage, GOAL_OF_MEASURE, namesOfOwnClause, cleanLead, countsThings, moneyPutUp, ownerOfKind, rankNamedBefore, growthGoalNamed, otherSizeOfPrevious, shareOfPlacesReached, valuesListedAfter, placesTitled, wordsWithin, objectOfRate, previousClauseSubject, ONE_CHARACTER_THINGS, phraseAfter, phraseAfterOf, phraseAfterPurpose, phraseBefore, isChangeOrLevel, objectOfClause, previousClauseObject, qualifyPrevious, aggregateOfPrevious, honourOfWorks, markPassed, medalName, milestoneCounted, withoutMilestone, rateAfterLevel, structureShareName, referenceGrowth, titleGiven, titlesAfterList, partsOfResidents, pilotPlaces, thingThatDid, rankedAsPower,
  actionNamedBefore, doneWithin, fieldsPointedTo, topicOfBareMoney, topicOfSentenceBefore, topicOfSentenceOpening, listNamedBefore, measureOf, PROVINCES_AS_POOL, RANK_POOL, lastClauseOfList, measureOfAction, shareSpokenOf, subjectOfClauseBefore, trimPredicates, measureOfOpening, rankingNamedIn, rankMoved, isMilestone, timesOfAction, ownerAfterMeasures, outputOfCrop, SHARE_OF_SCOPE,
} from './resolve/indicator/index.js';
import { kindOncePaired, PACE_AFTER, resolveKind, type KindResult } from './resolve/kind.js';
import { metricMatcher, resolveMetric, type MetricMatcher } from './resolve/metric.js';
import { isPlanFigureInReview, isStandingPopulation, resolveModality } from './resolve/modality.js';
import { resolvePeriod } from './resolve/period.js';
import { resolveQualifier, resultHeldAt, shareListQualifiers } from './resolve/qualifier.js';
import { pairLevelsReached, pairRespectively } from './resolve/respectively.js';
import { resolveSector } from './resolve/sector.js';
import { inferUnit } from './resolve/unit.js';
import { LineIndex } from './text/lines.js';
import { toScanText, unwrapHardBreaks } from './text/normalize.js';
import { readReportYears, type ReportYears } from './text/report-years.js';
import { glossaryTerm, splitSentences } from './text/sentences.js';
import type { Claim, ExtractOptions, ExtractResult, Mention, Period, SectorId, Segmenter, Sentence } from './types.js';

/**
 * Extracts every numeric claim from a report's text.
 * Spans are half-open UTF-16 indices into `text` (a leading BOM, if any, counts as
 * part of `text`: strip it first, as the readers in ../io do).
 */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractResult {
  const scan = unwrapHardBreaks(toScanText(text));
  const lines = new LineIndex(text);
  const report: ReportSettings = { years: readReportYears(text, options.year), metrics: metricMatcher(options.metrics) };
  const sentences = splitSentences(scan, lines, report.years.planYear);
  const mentions = findMentions(scan);
  const claims: Claim[] = [];
  let m = 0;
  // a claim with no sector word takes the sector of the claim before it in its paragraph
  let lastSector: SectorId | null = null;
  // a sentence cut at ；goes on about its predecessor's subject: …是2017年的2.5倍；年均增长35.6%
  let carried: string | null = null;
  // (…农民人均纯收入3118元，分别比上年增长8%和7%；比2000年分别增加3281元和921元: and its names, in order)
  let carriedNames: string[] = [];
  // (今年计划国内生产总值增长百分之九。在连续两年增长百分之十三的基础上…: a figure left with no name is of the
  // last figure named in the sentence before, in its paragraph)
  let namedBefore = '';
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraphStart !== paragraph) {
      paragraph = sentence.paragraphStart;
      lastSector = null;
      carried = null;
      carriedNames = [];
      namedBefore = '';
    }
    const inSentence: Mention[] = [];
    while (m < mentions.length && mentions[m].span.start < sentence.span.end) {
      if (mentions[m].span.start >= sentence.span.start) inSentence.push(mentions[m]);
      m++;
    }
    // 8、尿毒症等8类大病：儿童白血病…: in a glossary, the term an entry defines is a name
    const term = sentence.role === 'glossary' ? glossaryTerm(scan, sentence.paragraphStart) : null;
    if (term) for (let k = inSentence.length - 1; k >= 0; k--) if (inSentence[k].span.start < term.end && inSentence[k].span.start >= term.start) inSentence.splice(k, 1);
    const endsWithSemicolon = /[；;]$/.test(sentence.text);
    if (!inSentence.length) {
      if (!endsWithSemicolon) [carried, carriedNames] = [null, []];
      continue;
    }
    const resolved = resolveSentence(text, scan, lines, sentence, inSentence, options, report, lastSector, carried, carriedNames, namedBefore);
    if (resolved.length) lastSector = resolved[resolved.length - 1].sector;
    carried = endsWithSemicolon && resolved.length ? resolved[resolved.length - 1].indicator : null;
    carriedNames = endsWithSemicolon ? resolved.map((claim) => claim.indicator) : [];
    namedBefore = [...resolved].reverse().find((claim) => claim.indicator)?.indicator ?? namedBefore;
    for (const claim of resolved) claims.push(claim); // not push(...): 300,000 claims of one sentence overflow the stack as arguments
  }
  return { claims, sentences: sentences.length };
}

/** A pace alone, as the phrase after 的 gives it (保持百分之八至百分之九的增长率): it says how the figure grows, not of what. */
const PACE_ALONE = /^(?:经济)?(?:增长率|增长速度|增速|速度)$/;

/**
 * A figure's own name; or, for a growth or a share left with none, or named only by a pace after it, the last
 * name of the sentence before (a count left with none is of things named after it, and takes nothing).
 */
function ownOrNamedBefore(named: string, kind: string, after: string, namedBefore: string): string {
  const paceAlone = PACE_ALONE.test(named) && PACE_AFTER.test(after);
  if (named && !paceAlone) return named;
  return ((paceAlone || kind === 'change' || kind === 'ratio') && namedBefore) || named;
}

/** What every sentence of one report is resolved with: its years and the metric table. */
interface ReportSettings {
  years: ReportYears;
  metrics: MetricMatcher;
}

/**
 * A figure over several years that all lie in the past is a result, never a target: a
 * five-year achievement (过去五年城镇新增就业6000万人, 2003年到2023年…增加到1117.56亿元).
 */
function pastYears(period: Period | null, years: ReportYears): boolean {
  return period !== null && years.reviewYear !== null && period.to <= years.reviewYear;
}

/**
 * A figure about years after the one planned is a goal: 到二〇三五年…森林覆盖率达到40%; so is one
 * about years from the planned one on (今后五年经济年均增长6.5%以上 in a 2016 report: 2016–2020).
 */
function futureYears(period: Period | null, years: ReportYears): boolean {
  return period !== null && years.planYear !== null && period.from >= years.planYear && period.to > years.planYear;
}

/** True when a period is the planned year itself, after the year reviewed. */
function planYearNamed(period: Period | null, years: ReportYears): boolean {
  return period !== null && years.planYear !== null && years.reviewYear !== null && years.planYear > years.reviewYear && period.from === years.planYear && period.to === years.planYear;
}

/** A lead ending in the scope a share is taken of: 贡献了全市(超过四成的工业增加值). */
const SCOPE_AT_END = new RegExp(`全[${SCOPE_LEVELS}]$`);
/** A lead that puts people to what is done for them: 对(24.3万人), 为, 向, 帮助, 累计将, 将…的(11.1万人). */
const PEOPLE_DONE_FOR = /(?:^|[^\u4e00-\u9fff]|累计|共|全年|再)(?:为|对|向|帮助|将|把)(?:[^，。；]{0,24}的)?(?:不少于|超过?|近|约)?$/;

/**
 * 对24.3万人实施临时救助 → 实施临时救助, 累计将5.17万人纳入防止返贫监测帮扶范围 → 纳入防止返贫监测帮扶范围: people
 * counted only by 人, whom the lead puts to something done for them, are counted by what is done (the clause after, 了
 * dropped); people counted by 名, or with a noun of their own (为1.6万名城市五类老年人…), are read by it, in phraseAfter.
 */
function peopleServedWith(ctx: MentionContext, scan: string, segmenter?: Segmenter): string {
  if (ctx.mention.unit !== '人' || !/人$/.test(scan.slice(ctx.mention.span.start, ctx.mention.span.end)) || !segmenter) return '';
  if (!PEOPLE_DONE_FOR.test(ctx.lead.trim())) return '';
  const deed = /^(?:次)?([\u4e00-\u9fff][^，。；：]{1,24})/.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 26))?.[1] ?? '';
  const first = segmenter.tag(deed)[0];
  return first && /^v/.test(first.tag) && first.word.length >= 2 ? deed.replace(/(?<=[\u4e00-\u9fff])了/g, '') : '';
}

/** Where people counted do what, up to the clause's end: (1亿人)在(中西部地区就近城镇化)，. */
const PEOPLE_WHERE_DONE = /^(?:左右|以上|多)?在(?![线校岗建职读园册编押外内])([\u4e00-\u9fff]{4,14})(?=[，。；])/;
/** A named coverer before 覆盖 and a count: (集团化办学)覆盖(122所学校), (片区)覆盖(1.8万余个行政村). */
const COVERED_BY = /^(.*[\u4e00-\u9fff”]{2})覆盖(?:了|到)?(?:全[省市县区])?(?:约|近|超过?|逾)?$/;

/** A lead that is a scope alone, or one that has: 全疆, 全省, 全国已有, 有(三分之二的城镇职工…). */
const SCOPE_ONLY = new RegExp(`^(?:(?:全[${SCOPE_LEVELS}疆])?(?:已|共)?有|全[${SCOPE_LEVELS}疆])$`);
/**
 * A sentence opened by who speaks or what requires, then a colon (我在这里向大会报告：, 总书记强调：, 全国农业发展纲要要求：),
 * or by a word of knowing or seeing that frames what follows (大家知道，, 应当看到，).
 */
const SPEECH_FRAME = /^[^，。；：:]{0,16}?(?:报告|指出|强调|表示|宣布|要求|规定|提出)[：:]|^(?:大家知道|众所周知|应当看到|必须看到|这就是说|可以看出|很明显)[，,]/;
/** A reference a multiple or a share is taken of, after its measure: (平均投资规模)是淘汰关停企业的, (…)约为全国平均的; the measure may be left to the clause before (，是三峡电站年发电量的). */
const MULTIPLE_OF_REFERENCE = /^(?:(.*[\u4e00-\u9fff]{2})(?<![作成认称因以]))?(约为|是|相当于|为)[^，。；是为\d]{2,16}的$/;
/** How much of a paragraph's opening the period resolver reads (五年来，… · “十三五”时期，…). */
const PARAGRAPH_OPENING = 40;

function resolveSentence(
  text: string, scan: string, lines: LineIndex, sentence: Sentence, mentions: Mention[], options: ExtractOptions,
  report: ReportSettings, fallbackSector: SectorId | null, carried: string | null, carriedNames: string[], namedBefore: string,
): Claim[] {
  const contexts = buildContexts(scan, sentence, mentions);
  const kinds = new Map<MentionContext, KindResult>();
  const indicators: string[] = [];
  for (const ctx of contexts) {
    const kind = resolveKind(ctx, kinds);
    kinds.set(ctx, kind);
    const resolved = resolveIndicator(ctx, scan, kind.kind, indicators, options, carried);
    const named = topicOfSentenceOpening(topicOfSentenceBefore(topicOfBareMoney(fieldsPointedTo(kindOfPrevious(resolved, indicators.at(-1) ?? '', ctx.lead), ctx.paragraphBefore), ctx.paragraphBefore), ctx.paragraphBefore, options.segmenter), ctx.mention.unit, ctx, scan, options.segmenter);
    const name = wholeOfShare(routeOfMileage(beneficiariesOf(perHeadOfTopic(ownOrNamedBefore(named, kind.kind, ctx.after, namedBefore), ctx.lead), ctx.after), ctx.sentenceBefore), ctx.sentenceBefore);
    indicators.push(kind.kind === 'rank' ? name : name.replace(RISE_WORD, ''));
  }
  pairRespectively(contexts, indicators, scan, options.segmenter, carriedNames);
  pairLevelsReached(contexts, indicators);
  capacityAfterList(contexts, indicators);
  titlesAfterList(contexts, indicators);
  partsOfResidents(indicators);
  contexts.forEach((ctx, i) => kinds.set(ctx, kindOncePaired(ctx, kinds.get(ctx)!, indicators[i])));
  // 组织7批、100名医务人员驰援湖北: a count that names nothing before a list comma counts what the
  // next item names
  // (建成投运南江50万吨、通江40万吨超微细粉体新型材料项目: sizes of a list of places share the
  // thing the last one names after it)
  for (let i = indicators.length - 2; i >= 0; i--) {
    const next = contexts[i + 1];
    if (!indicators[i + 1]) continue;
    // (省政府抓10项、每个市县和部门抓5项创新性亮点工作: so does one whose verb the next item repeats, its own doer before it)
    const nextLead = next.lead.trim();
    const sameVerb = /^、[^，。；、\d]{1,10}$/.test(nextLead) && nextLead.slice(-1) === contexts[i].lead.trim().slice(-1) && /[\u4e00-\u9fff]/.test(nextLead.slice(-1));
    // (城镇新增就业32万人、支持1万名未就业普通高校毕业生: not one whose clause names what it counts before it)
    const verbAlone = contexts[i].clauseBefore.trim().replace(/^(?:[一二三四五六七八九十]+是|其中)/, '').length <= 4;
    const sharesNext = ((/^、[\u4e00-\u9fff]{1,3}$/.test(nextLead) && verbAlone) || sameVerb) && next.mention.unit === contexts[i].mention.unit && scan.startsWith(indicators[i + 1], next.mention.span.end);
    if ((!indicators[i] && /^、$/.test(next.lead.trim())) || sharesNext) indicators[i] = indicators[i + 1];
  }
  const opening = scan.slice(sentence.paragraphStart, sentence.paragraphStart + PARAGRAPH_OPENING);
  const qualifiers = shareListQualifiers(contexts, contexts.map(resolveQualifier));

  return contexts.map((ctx, i) => {
    const { mention } = ctx;
    const kind = kinds.get(ctx)!;
    const clause = scan.slice(ctx.clauseStart, mention.span.end + ctx.after.length);
    const unit = inferUnit(ctx, contexts, indicators[i]);
    // (（包括村办工业为百分之六）: a note's figure said with 为 is the whole measure again, with what it includes)
    const noteCounts = inNote(ctx) && !/(?:为|是|达到?)$/.test(ctx.lead.trim());
    const written = noteCounts ? indicators[i].replace(NOTE_SCOPE, '') : indicators[i];
    const indicator = withoutTrailingAdverb(secondVerbOnThing(ownerOfMeasure(finishedName(written, unit, kind.kind), options.segmenter), options.segmenter));
    // (a standing population is now, its period the year reviewed's too)
    const standing = isStandingPopulation(ctx);
    const stated = standing ? 'actual' : resolveModality(ctx, report.years.planYear);
    const { period, overYears } = resolvePeriod(ctx, kind.kind, stated, report.years, opening);
    // (a five-year review's results are actual, but not the plans it reports: 总投资, 建成后将)
    const planned = stated === 'target' && ctx.sentence.role === 'review' && isPlanFigureInReview(ctx);
    // (…实现年度减亏1430万元，预计2024年减亏2800万元: in a review, the planned year's figure is a forecast)
    // (今年 in a review may be the year reviewed: only the year written out counts)
    const forecast = ctx.sentence.role === 'review' && !overYears && planYearNamed(period, report.years) && ctx.clauseBefore.includes(`${report.years.planYear}年`);
    const modality = standing || (overYears && pastYears(period, report.years) && !planned) ? 'actual' : futureYears(period, report.years) || forecast ? 'target' : stated;
    const claim: Claim = {
      kind: kind.kind,
      // (降幅由一季度的-23.1%收窄到…: a figure written negative is a fall already, a word of fall flips it no more)
      value: overBase(mention.value < 0 ? mention.value : kind.sign * mention.value, kind.base),
      unit,
      qualifier: resultHeldAt(ctx, qualifiers[i], modality),
      modality,
      // (the sector and metric read the whole name: 农村人口饮水安全 is water supply's, 农村人口 alone is nobody's)
      indicator: inSourceWidths(peopleCounted(indicator, unit, scan.slice(mention.span.end, mention.span.end + 40)), text.slice(sentence.span.start, sentence.span.end)),
      sector: resolveSector(indicator, {
        clause, sentence: ctx.sentenceAround, after: scan.slice(mention.span.end, Math.min(sentence.span.end, mention.span.end + 30)), fallback: fallbackSector, paragraph: ctx.paragraphBefore, segmenter: options.segmenter, unit,
      }),
      metric: resolveMetric({ indicator, kind: kind.kind, unit, after: ctx.after, before: ctx.clauseBefore }, report.metrics),
      period,
      text: text.slice(mention.span.start, mention.span.end),
      span: { ...mention.span },
      line: lines.lineOf(mention.span.start),
      sentence: sentenceOf(text, sentence, mention),
    };
    if (mention.high !== undefined) claim.high = overBase(kind.sign * mention.high, kind.base);
    return claim;
  });
}

/**
 * The indicator in the report's own characters: rules read a copy with full-width forms folded
 * to ASCII (“名校＋”教育集团 is read as “名校+”), so a character the sentence writes only in
 * full width is written back so. Sector and metric are read from the folded form.
 */
function inSourceWidths(indicator: string, sentence: string): string {
  if (!/[!-~]/.test(indicator)) return indicator;
  let out = '';
  for (const ch of indicator) {
    const code = ch.charCodeAt(0);
    const wide = code >= 0x21 && code <= 0x7e ? String.fromCharCode(code + 0xfee0) : '';
    out += wide && !sentence.includes(ch) && sentence.includes(wide) ? wide : ch;
  }
  return out;
}

/** A level over its base (103.5 over 100 → 3.5), rounded back to the digits written (102.1 − 100 is not 2.0999…). */
function overBase(value: number, base: number | undefined): number {
  return base === undefined ? value : Math.round((value - base) * 1e9) / 1e9;
}

/** A task whose size follows: 超额完成国家下达的(110万人任务), 超额完成(70%的目标任务), 超额完成国家确定的(50%以上目标). */
const TASK_SET = /超额完成(?:[^，。；、]{0,12}?(?:下达|确定)的?)?$/;

/** A measure of places right after them: (5市)生产总值, (关中5市)PM2.5浓度, (3市)地区生产总值占全省比重. */
const PLACE_MEASURED_AFTER = new RegExp(`^[^，。；、]{0,8}?(?:${measureHeads('ofPlace')}|浓度|比重|占比)`);

/** A count's number, after a list comma, then where it ranks: 、数量全国(第2), 、总数居全省(第一). */
const COUNT_RANKED = /、(数量|总数|个数)(?:均|也)?(?:位居|居|排|列)?(?:全国|全省|全市|全区)?(?:排名)?$/;

/**
 * A total after a flow: 新增国家级孵化器13家、总数65家, 净增市场主体17.6万户、总数169万户; a level
 * reached right after it is the total too (经营主体新增105万户，达到920万户).
 */
const STOCK_TOTAL = /(?:^|[、，,])\s*(?:总数|总量)(?:达到|达|为|突破|超过)?\s*$|^\s*[、，,]?\s*(?:累计)?(?:达到|突破|超过)\s*$/;
/**
 * 工业总产值增幅(25%) → 工业总产值: a change is of the thing, the word for its rise adds nothing;
 * a rank of the rise keeps it (全社会研发投入增幅沿黄省区第一 ranks the rise, not the spending).
 */
const RISE_WORD = /(?<=.{2})增幅$/;
/** A whole a share is of, after a verb of share or level and before 的: ，达到耕地总面积的(58%). */
const SHARE_OF_WHOLE = /(?:^|[，、])\s*(?:占|占到|达到|相当于)([^，。；、占的]{2,10})的$/;
/** A point of a list opening a sentence or after a semicolon: ；十是, ；（三）, ；第二. */
const NEW_POINT = /(?:^|[；;])\s*(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，,]|\d{1,2}[.．、])/;
/** Words that make a name a flow (what was added this year), before or after it: 新增, 净增, 新设, 新登记, 新注册. */
const FLOW_WORDS = /^(?:新增|净增|新设|新登记|新注册)(?=.{2})|(?<=.{2})(?:新增|净增|新设|新登记|新注册)$/g;

/** A share of a whole named after the thing it is of: 生产总值占全国比重 (the thing captured). */
const SHARE_OF_PREVIOUS = /^([^占]{2,})占[^占]{1,12}比重$/;
/** How many earlier figures of the sentence are searched for the thing a share is of. */
const SHARE_LOOKBACK = 8;

/** How far back a note's opening bracket is sought (a note is short; the search stays linear on any text). */
const NOTE_WINDOW = 60;

/** True when a figure stands inside a bracket its sentence opened within NOTE_WINDOW characters before it and has not closed. */
function inNote(ctx: MentionContext): boolean {
  const head = ctx.sentenceBefore.slice(-NOTE_WINDOW);
  const open = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('));
  return open >= 0 && Math.max(head.lastIndexOf('）'), head.lastIndexOf(')')) < open;
}

/** True when `earlier`'s figure stands in a bracketed note of the sentence that closes before `ctx`'s figure. */
function inClosedNote(scan: string, earlier: MentionContext, ctx: MentionContext): boolean {
  return inNote(earlier) && /[）)]/.test(scan.slice(earlier.mention.span.end, ctx.mention.span.start));
}

function resolveIndicator(
  ctx: MentionContext, scan: string, kind: string, earlier: string[], options: ExtractOptions, carried: string | null,
): string {
  // a candidate must name something: 以上, 占全省, 新开工, 大关 alone are fragments, passed over
  const names = (phrase: string) => phrase.length >= 1 && !isFragment(phrase, options.segmenter);
  let previous = carried ?? '';
  // a rank measures what was measured before, not the count of its peer group (168个重点城市排第16位)
  // (nor a count of milestones: 五年跨越3个十亿级台阶，年均增速达到8% measures the economy)
  // (财政总收入3936亿元（不含海关税收等612.3亿元），增长26%: a figure in a note closed before this one is passed over)
  let earlierCtx = ctx.previous;
  for (let i = earlier.length - 1; i >= 0; i--, earlierCtx = earlierCtx?.previous) {
    if (earlierCtx && inClosedNote(scan, earlierCtx, ctx)) continue;
    if (earlier[i] && !(kind === 'rank' && RANK_POOL.test(earlier[i])) && !isMilestone(earlier[i])) { previous = earlier[i]; break; }
  }
  // (达到21701亿元，占全国的11.9%，比上年增长12.5%: in a clause after the thing's share of a whole, what follows
  // measures the thing again, when the sentence measured the thing before; only a move of points, or a lead
  // that names a share, is the share's)
  const shareOfThing = SHARE_OF_PREVIOUS.exec(previous);
  const newClause = ctx.previous !== undefined && ctx.previous.mention.span.end <= ctx.clauseStart;
  if (shareOfThing && newClause && earlier.slice(-SHARE_LOOKBACK).includes(shareOfThing[1]) && ctx.mention.unit !== '百分点' && !/占|比重|比例|份额/.test(ctx.lead)) previous = shareOfThing[1];
  // 连跨4个千亿台阶，2024年达到1.3万亿元: what follows measures the subject, not its milestones
  previous = withoutMilestone(previous);
  // (工业总产值完成了原定计划的101%，比1954年增长(8%): what follows measures the thing, not its completion of the plan)
  previous = previous.replace(PLAN_DONE_NAME, '');
  // …建成小微型调蓄设施550座；十是继续实施…搬迁工程，让2万户…: a new point of a list measures nothing said before it
  if (NEW_POINT.test(scan.slice(ctx.previous ? ctx.previous.mention.span.end : ctx.sentence.span.start, ctx.mention.span.start))) previous = '';
  // 实际使用外资达到160.6亿美元、折合1148亿元人民币: a figure converted into another currency or unit
  // measures the same thing as the figure before it
  if (previous && CONVERTED.test(ctx.lead.trim())) return previous;
  // (一九五九年的社会商品零售总额将达到六百五十亿元…；如果同一九五零年的(一百七十亿元)作比较: so does a base
  // it is compared with, the lead says only when)
  if (previous && BASE_COMPARED.test(ctx.lead.trim()) && COMPARED_AFTER.test(ctx.after)) return previous;
  // 各项税收共收到…元，完成预算数的(92.49%); 1955年全国工业总产值完成了原定计划的(101%): a share of a plan or budget
  // done is the thing's completion of it, the thing named in its clause or measured just before
  const planDone = ctx.mention.unit === '%' ? PLAN_DONE.exec(ctx.lead.trim()) : null;
  const doer = planDone ? cleanLead(planDone[1]) : '';
  const completer = doer.length >= 2 && names(doer) ? doer : previous;
  if (planDone && completer) return `${completer}完成${planDone[2]}`;
  // names given by the shape of the mention: a medal's event, a structure's part, a mark passed, a ranking
  const shaped = placesTitled(ctx, scan) || growthGoalNamed(ctx) || otherSizeOfPrevious(ctx, previous) || medalName(ctx, scan) || structureShareName(ctx, scan) || markPassed(ctx, scan, previous) || rankingNamedIn(ctx, scan, kind) || rankedAsPower(ctx, scan, kind) || timesOfAction(ctx, scan);
  if (shaped) return shaped;
  // 汉川在全国县域经济百强中再进5位: a move in rank changes the ranking the lead names
  const moved = kind === 'change' && ctx.mention.unit === '位' ? rankMoved(ctx.lead) : '';
  // 环境空气质量在全国168个重点城市排名上升4位: a move among a pool counted before is the move of
  // what stands before the pool
  // (数字经济发展百强城市排名上升22位 names its ranking; the pool must follow the count in the clause)
  const pooledMove = moved && ctx.previous && ctx.previous.mention.span.end > ctx.clauseStart && !/[百千]强|\d+强/.test(moved) && RANK_POOL.test(moved.replace(/排名$/, '')) ? cleanLead(phraseBefore(ctx.previous, 'rank').replace(/在$/, '')) : '';
  if (pooledMove.length >= 2 && names(pooledMove)) return `${pooledMove}排名`;
  if (moved && names(moved.replace(/排名$/, ''))) return moved;
  const reference = referenceGrowth(ctx.lead, ctx.after);
  if (reference) return reference;
  // 物价上涨幅度的调控目标，定为(3%): a goal set in the clause before names the measure it is set for
  const goalBefore = /^(?:定为|定在|确定为|是|为)$/.test(ctx.lead.trim()) ? GOAL_OF_MEASURE.exec(clauseBefore(ctx, scan).trim()) : null;
  const goalSetFor = goalBefore ? cleanLead(goalBefore[1]) : '';
  if (goalSetFor && names(goalSetFor)) return goalSetFor;
  const fund = fundSetUp(ctx, scan);
  if (fund) return fund;
  // 平均投资规模是淘汰关停企业的(108倍), 进出口总额相当于东部平均水平的(1.2倍): a multiple or a share of a
  // reference measures what stands before 是, not the reference
  const multipleOf = ctx.mention.unit === '倍' || (ctx.mention.unit === '%' && kind === 'ratio') ? MULTIPLE_OF_REFERENCE.exec(ctx.lead.trim()) : null;
  const beforeReference = multipleOf ? cleanLead(multipleOf[1] ?? '') : '';
  // (国家级高新技术企业新增2000家以上，总数是三年前历史总和的(3.5倍): a bare total is of the things just counted)
  const bareTotal = /^(?:总数|总量|总额)$/.exec(multipleOf?.[1]?.trim() ?? '')?.[0];
  if (previous && bareTotal) return previous.replace(FLOW_WORDS, '') + bareTotal;
  if (beforeReference.length >= 2 && names(beforeReference)) return beforeReference;
  // (“西电东送”年外送电量超过1500亿千瓦时，是三峡电站年发电量的(1.3倍): a multiple of a reference with no subject of
  // its own is of what the sentence measured just before)
  if (previous && multipleOf && multipleOf[1] === undefined && multipleOf[2] !== '为') return previous;
  // (超80%建成区完成正本清源改造: a bound alone before a share glued to its noun opens its clause, the
  // share is of that noun)
  // (phraseAfterOf checks the share is glued to a noun)
  const ofBound = ctx.mention.unit === '%' && /^(?:超过?|近|约|逾)$/.test(ctx.lead.trim()) ? phraseAfterOf(ctx, scan, options.segmenter) : '';
  if (ofBound.length >= 2 && names(ofBound)) return ofBound;
  const rateOf = ctx.mention.unit === '%' ? objectOfRate(ctx, scan, options.segmenter) : '';
  if (rateOf.length >= 2 && names(rateOf)) return rateOf;
  // 国务院决定今年安排30亿元建设资金, 中央财政拿出396亿元用于转移支付: money a spending verb puts up
  const putUp = moneyPutUp(ctx, scan, names, options.segmenter);
  if (putUp) return putUp;
  const within = doneWithin(ctx, scan, options.segmenter);
  if (within.length >= 2 && names(within)) return within;
  const measured = measureOf(ctx, scan, options.segmenter) || ownerAfterMeasures(ctx, scan, options.segmenter);
  if (measured && names(measured)) return measured;
  // 所有市州和三分之二的县: a lead ending in list glue is another item, so a share names what follows 的
  // (长达3500多公里的长江干堤和近(千公里的黄河堤防加固工程): the list glue may come before a bound)
  // (86％的县建成三级医院: so does a share opening its clause; a one-character thing, 县 or 村, is
  // named with what it did, as a noun phrase: 建成三级医院的县, 通高速公路的县)
  // (全疆77%以上的财政支出投向民生领域: a scope alone before the share opens no name either)
  // (50%以上县（市、区）基本完成…改革任务: a place of one character may follow the share with no 的)
  const placeGlued = /^(?:以上|以下|左右)?的?(?=[县村镇乡][^\u4e00-\u9fff]|[县村镇乡](?:[（(]|基本|全部|建成|实现|完成|达到|开展|通))/.exec(ctx.after);
  const opensClause = (ctx.lead.trim() === '' || SCOPE_ONLY.test(ctx.lead.trim())) && ctx.mention.unit === '%' && (/^(?:以上|以下|左右)?的/.test(ctx.after) || placeGlued !== null);
  if (opensClause || /[和、及与](?:近|约|超过?|逾)?$/.test(ctx.lead.trim())) {
    const of = phraseAfterOf(ctx, scan, options.segmenter);
    const glue = ctx.after.startsWith('的') ? '的' : placeGlued?.[0];
    if (of.length === 1 && ONE_CHARACTER_THINGS.test(of) && glue !== undefined) return thingThatDid(of, scan, ctx.mention.span.end + glue.length + 1);
    if (of.length >= 1 && names(of)) return of;
  }
  // 投资120亿元完善园区基础设施 → 园区基础设施投资: money put in, named only by the verb, is the
  // investment in what the purpose after it works on
  const spentVerb = /^(?:累计|全年|共)?(投资|投入)$/.exec(ctx.lead.trim());
  const spentFor = spentVerb && isMoneyUnit(ctx.mention.unit) && options.segmenter ? objectOfClause(phraseAfterPurpose(ctx, scan, options.segmenter), options.segmenter) : '';
  if (spentFor.length >= 2 && names(spentFor)) return spentFor + spentVerb![1];
  // 安排超长期特别国债3000亿元支持消费品以旧换新: what follows a verb of spending is the purpose, not the name
  // (节省盘活资金8亿多元优先保障民生: an adverb may come first)
  // (282条支持民营经济高质量发展措施 counts measures: the verb there opens their name)
  const spentOn = isMoneyUnit(ctx.mention.unit) && /^(?:优先|重点|专项|全部|主要)?(?:支持|用于|投向|帮助|撬动|带动|拉动|保障)/.test(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 4));
  // 引导约1亿人在中西部地区就近城镇化 → 中西部地区就近城镇化: people counted, then where they do what, are
  // counted by that (not 在线, 在校, 在岗: words of their own)
  const whereDone = /^人/.test(ctx.mention.unit) ? PEOPLE_WHERE_DONE.exec(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 20))?.[1] : undefined;
  if (whereDone) return whereDone;
  const servedWith = peopleServedWith(ctx, scan, options.segmenter);
  if (servedWith && names(servedWith)) return servedWith;
  // 山区5市生产总值和财政一般预算收入分别达…, 关中5市PM2.5浓度改善24.7%: cities or counties counted by their own
  // measure word, then a measure of theirs, are the thing counted (the measure is the later figure's), named by
  // the place before them
  const written = scan.slice(ctx.mention.span.start, ctx.mention.span.end);
  const placesCounted = /\d[县市]$/.test(written) && PLACE_MEASURED_AFTER.test(scan.slice(ctx.mention.span.end, ctx.mention.span.end + 16));
  if (placesCounted) {
    // (67个县（市）和山区5市: a list's glue before the place is no part of it)
    const region = /[\u4e00-\u9fff]{2,4}$/.exec(cleanLead(ctx.lead))?.[0].split(/[和及与](?=[\u4e00-\u9fff]{2})/).pop();
    return (region && names(region) ? region : '') + written.slice(-1);
  }
  // (差异系数由0.680调整为0.660, 交通拥堵指数由1.31降为1.27: a coefficient or an index counts nothing, the words after
  // it name nothing)
  const bareLevel = ctx.mention.rule === 'bare-coefficient' || ctx.mention.rule === 'bare-index';
  const after = milestoneCounted(ctx, countsThings(ctx.mention.unit) && !bareLevel && !spentOn ? phraseAfter(ctx, scan, options.segmenter) : '', options.segmenter);
  if ((after.length >= 2 || ONE_CHARACTER_THINGS.test(after)) && names(after)) {
    // 政企联络微信群覆盖21万家“四上”企业 → 政企联络微信群覆盖“四上”企业: the things a named service or scheme
    // covers are counted as covered by it (golds 9 of 11; 覆盖 alone, after an action, is its reach)
    const coverer = COVERED_BY.exec(ctx.lead.trim());
    const covering = coverer ? cleanLead(coverer[1]) : '';
    if (covering.length >= 2 && names(covering)) return `${covering}覆盖${after}`;
    const rest = scan.slice(ctx.mention.span.end, ctx.sentence.span.end);
    return honourOfWorks(ctx, scan, after) || pilotPlaces(titleGiven(after, rest), rest);
  }
  // 对政府工作报告180项重点任务, 落实中部城市群高质量发展64项年度重点任务: things counted that name
  // only their kind (重点任务) are the tasks of what the lead works on
  const owned = after && !names(after) ? ownerOfKind(ctx.lead, after, options.segmenter, clauseBefore(ctx, scan)) : '';
  if (owned && names(owned)) return owned;
  // 全州8县（市）实现义务教育基本均衡发展: counties counted without a noun after are the thing counted
  // (3县（市）入选全国首批农业现代化示范区: unless a title given them follows, which names them)
  const placeCounted = !after && /[县村镇乡]$/.test(scan.slice(ctx.mention.span.start, ctx.mention.span.end));
  const placeTitle = placeCounted ? titleGiven('', scan.slice(ctx.mention.span.end, ctx.sentence.span.end)) : '';
  if (placeTitle && names(placeTitle)) return placeTitle;
  if (placeCounted) return scan[ctx.mention.span.end - 1];
  // 完成2.15万户设施改造，…完成11.6万户改造: a bare action is the earlier one of the same name
  const same = after && earlier.findIndex((name) => name.length > after.length && name.endsWith(after));
  if (same !== '' && same >= 0) return earlier[same];
  // 将制造业等行业现行16%的增值税税率降至13%: a rate written after its current level names both
  const rate = rateAfterLevel(ctx, scan);
  if (rate && names(rate)) return rate;
  // 新型农村社会养老保险试点要覆盖全国10%左右的县: a share of places a scheme reaches
  const reached = shareOfPlacesReached(ctx, scan);
  if (reached) return reached;
  // 集体经济收入5万元以上的村496个: a lead opening with 的 ends a name the earlier number is inside
  if (ctx.previous && /^(?:以上|以下|及以上)?的/.test(ctx.lead.trim())) {
    const whole = cleanLead(ctx.clauseBefore);
    if (whole.length > ctx.lead.length && names(whole)) return whole;
  }
  // 近九成国家高新技术企业、近八成境内上市公司: the noun after the previous number is its own,
  // so this number's lead starts after it
  const lastName = earlier[earlier.length - 1];
  const afterLast = lastName && ctx.previous && ctx.lead.startsWith(lastName) ? ctx.lead.slice(lastName.length) : '';
  // (新能源成为第二大电源、投产并网规模(突破2000万千瓦): the words glued to the previous number, up to 、,
  // end that number's own phrase, so this number's lead starts after them)
  // (勇夺13块金牌、占全国1/3: so do the words the previous figure counted, its name's head)
  const gluedWords = /^([\u4e00-\u9fff]{1,4})、(?=[\u4e00-\u9fff]{2})/.exec(ctx.lead);
  const glued = ctx.previous && gluedWords && ctx.previous.mention.span.end > ctx.clauseStart && (ctx.previous.mention.kind === 'rank' || (lastName ?? '').endsWith(gluedWords[1])) ? gluedWords[0] : undefined;
  const leadCtx = /^[、，,和及与]/.test(afterLast) ? { ...ctx, lead: afterLast.slice(1) } : glued ? { ...ctx, lead: ctx.lead.slice(glued.length) } : ctx;
  // (园区新签约、新开工、新竣工项目545个、559个、523个: as many names as values listed after the number
  // are one list to pair, not clauses of which the last names the number)
  const trimmed = trimPredicates(phraseBefore(leadCtx, kind), options.segmenter, names);
  const pairsWithValues = trimmed.split('、').length === 1 + valuesListedAfter(scan, ctx.mention.span.end);
  const own = measureOfAction(pairsWithValues ? trimmed : lastClauseOfList(trimmed, options.segmenter, names), ctx.mention.unit);
  const before = subjectOfClauseBefore(ctx, scan, own, previous) || shareSpokenOf(own, ctx.sentenceBefore, previous) || listNamedBefore(ctx, scan, kind, own) || own;
  // 空气质量综指4.13、…、排168城市倒17位: a rank whose lead is only its pool ranks the measure before
  if (kind === 'rank' && previous && RANK_POOL.test(before) && /^[^，。；]{0,4}?\d+个?[^，。；\d]{0,6}$/.test(before)) return previous;
  // (实有市场主体增至710万户，列各省市第二位; 增幅在全国外贸前十省市中位居第一: provinces alone as the pool
  // rank what the sentence measured before)
  if (kind === 'rank' && previous && PROVINCES_AS_POOL.test(before)) return previous;
  // 增速排全国省会城市第四、西部省会城市第二: a pool alone after a rank's list comma ranks the same measure
  // (…百强市第18位、智能制造城市二十强: a list of the strongest is a title of its own)
  const listOfStrongest = /强$/.test(scan.slice(ctx.mention.span.start, ctx.mention.span.end));
  if (kind === 'rank' && previous && ctx.previous?.mention.kind === 'rank' && /^、/.test(ctx.lead.trim()) && RANK_POOL.test(before) && before.length <= 10 && !listOfStrongest) return previous;
  // 数据开放综合评价指数居全国204个参评城市第一: the rank's subject stands before its pool's count
  if (kind === 'rank' && !before && ctx.previous && lastName && RANK_POOL.test(lastName)) {
    const subject = phraseBefore(ctx.previous, 'rank');
    if (subject.length >= 2 && names(subject)) return subject;
  }
  // 单位GDP能耗累计下降10.7%，超额完成省考核目标2.7个百分点; 城镇新增就业139.3万人、超额完成国家下达的
  // 110万人任务: a target beaten, or by how much, measures what the sentence measured before
  if (previous && (TASK_BEATEN.test(ctx.lead.trimEnd()) || TASK_SET.test(ctx.lead.trimEnd()))) return previous;
  // …达到16500万千瓦；原油产量继续增长，达到1.42亿吨: a clause of its own between two figures names the next
  const ownClause = previous ? namesOfOwnClause(ctx, scan, kind, before, options.segmenter).find((name) => name.length >= 2 && names(name)) : undefined;
  if (ownClause) return ownClause;
  // 新增上市公司22家、总数达302家; 规上工业企业净增218家、总数达2898家: a total counts the stock,
  // not the flow → 上市公司, 规上工业企业
  const stock = previous ? STOCK_TOTAL.exec(ctx.lead) : null;
  if (stock) {
    // (五星级酒店新增7家，5A级景区新增周村古商城、总数达到16家: a clause of its own before 总数 names its stock)
    const ownClause = ctx.lead.slice(0, stock.index).split(/[，,；;]/).pop()!.trim();
    const subject = /^(.{2,}?)(?:新增|净增|增加)/.exec(ownClause)?.[1];
    if (subject && names(subject)) return subject;
    return previous.replace(FLOW_WORDS, '');
  }
  // 12个项目入选国家新型信息消费示范、数量全国第2: the number of the things just counted is what is ranked
  // (新增国家企业技术中心5家、总数居全国第4位: the total is of the stock, named in the report's word)
  const countRanked = kind === 'rank' && previous ? COUNT_RANKED.exec(ctx.lead) : null;
  if (countRanked) return `${previous.replace(FLOW_WORDS, '').replace(/(?<=.{2})(?:数量|总数|个数)$/, '')}${countRanked[1]}`;
  // 柳州保持第一、汉川居一类县（市）第1名: a place alone (a name, or one word the segmenter does
  // not know) before a rank is who holds it, in the ranking the sentence named before
  const holder = kind === 'rank' && previous && before.length >= 2 && before.length <= 4 ? options.segmenter?.tag(before) : undefined;
  if (holder?.length === 1 && /^(?:n[sr]|x)$/.test(holder[0].tag)) return previous;
  // 增速全省第一, 省级129家, 投运一个、开工一个: a short lead that qualifies the previous indicator
  const earlierInSentence = earlier.some((name) => name);
  // (民间投资增长6.5%、占全部投资比重达50.4%: a share of a whole, however long, qualifies it too)
  // (新设产业基金4只、总规模97亿元: a bare total sum, which cleaning leaves empty, is the previous thing's too)
  const totalSum = before ? '' : BARE_TOTAL_SUM.exec(ctx.lead.trim())?.[1] ?? '';
  const qualified = (before.length <= 6 || SHARE_OF_SCOPE.test(before)) && earlierInSentence ? qualifyPrevious(before || totalSum, previous, options.segmenter, !names(before)) : '';
  if (qualified) return qualified;
  // 高标准农田规模突破1000万亩，达到耕地总面积的58%: a share of a whole named with 的 after the
  // previous figure is the previous thing's share (its measure word said once)
  const whole = ctx.mention.unit === '%' && earlierInSentence && previous && !/^占/.test(previous) ? SHARE_OF_WHOLE.exec(ctx.lead) : null;
  if (whole) return `${previous.replace(/(?<=.{2})(?:规模|总量|总数|数量)$/, '')}占${whole[1]}比重`;
  // 贡献了全市超过四成的工业增加值: a share of a scope's total names the total after 的
  const shareOf = kind === 'ratio' && SCOPE_AT_END.test(before) ? phraseAfterOf(ctx, scan, options.segmenter) : '';
  if (shareOf.length >= 2 && names(shareOf)) return before.length > 2 ? before.replace(/了(?=全)/, '') + shareOf : shareOf;
  // 五大支柱产业不断做大做强，预计完成增加值910亿元: a bare measure is the opening subject's
  const openingOwns = earlierInSentence ? '' : (measureOfOpening(before, ctx.sentenceBefore, options.segmenter) || measureOfOpening(ctx.lead.trim(), ctx.sentenceBefore, options.segmenter));
  if (openingOwns) return openingOwns;
  // 7个盟市固定资产投资增速超过20%、鄂尔多斯市达到27.4%: a place alone measures what was just measured
  if (previous && PLACE_LEVEL.test(ctx.lead.trim()) && ctx.previous?.mention.unit === ctx.mention.unit && earlierInSentence) return previous;
  const crop = outputOfCrop(before, ctx.sentenceBefore);
  if (crop) return crop;
  // 农村税费改革不仅取消了原先336亿元的农业税赋: a lead ending in a verb done (…了) acts on the noun after 的
  // (带动银行贷款和其他社会资金形成3.28万亿元的投资规模: so does a verb of forming; 全国完成了将近(一百四十亿元)的
  // 基本建设投资额: a bound may stand between)
  // (新建736平方公里的绿色生态屏障, 规划建设…的…: a lead that is only a verb of building says what was done, the
  // noun after 的 what was built)
  const actedOn = (/(?:了(?:原先|原有|原来)?|形成|带动|拉动|撬动)(?:将近|接近|近|约|大约)?$/.test(ctx.lead.trim()) || BUILDING_ONLY.test(ctx.lead.trim())) && ctx.after.startsWith('的') ? phraseAfterOf(ctx, scan, options.segmenter) : '';
  if (actedOn.length >= 2 && names(actedOn)) return actedOn;
  // (棉花360万吨，纱359万吨: a good of one character names itself)
  if ((before.length >= 2 || ONE_CHARACTER_THINGS.test(before)) && names(before)) return before;
  const of = phraseAfterOf(ctx, scan, options.segmenter);
  if (of.length >= 2 && names(of)) return of;
  const level = aggregateOfPrevious(ctx.lead, previous);
  if (level) return level;
  // …湖北排名连续三年进位，进入全国前10: a rank whose clause names nothing ranks what the clause
  // before ranked, when that clause gave no figure of its own
  const ranked = kind === 'rank' ? rankNamedBefore(clauseBefore(ctx, scan, 60)) : '';
  if (ranked && names(ranked)) return ranked;
  // 城镇居民人均生活费收入，1982年为494.5元: a topic opening the sentence, then a clause of its year,
  // names the figure (the previous sentence's name carried over a ； does not)
  const topicOfYear = !earlierInSentence && !before ? cleanLead(TOPIC_THEN_TIME.exec(ctx.sentenceBefore)?.[1] ?? '') : '';
  if (topicOfYear && names(topicOfYear)) return topicOfYear;
  // 增长6.2%、居全省第一: the number measures what the sentence's previous number did
  if (previous) return previous;
  // 老旧小区改造坚持当年开工当年竣工，…，实施改造1055万平方米: a bare action names the work the
  // sentence named before with it
  const action = actionNamedBefore(before, ctx.sentenceBefore, names);
  if (action) return action;
  // 经营主体稳中培优。总量达1461.4万户: a bare total opening a sentence is of the subject of the short
  // topic sentence before it
  const topic = !previous ? topicTotal(ctx, options.segmenter) : '';
  if (topic) return topic;
  const actor = actorOfClauseBefore(ctx, scan, before, options.segmenter);
  if (actor && names(actor)) return actor;
  // the sentence's opening words before the number, or what the number is spent on or
  // followed by (统筹20亿元实施6个重大科技专项, 100%利用清洁能源), as last resorts
  const object = previousClauseObject(ctx, scan, options.segmenter) || previousClauseSubject(ctx, scan, options.segmenter);
  // (推进保障性安居工程建设，…，基本建成500万套: a stage of works alone is the works' at that stage)
  const ownLead = scan.slice(ctx.clauseStart, ctx.mention.span.start).trim();
  if (object.length >= 2 && names(object)) return worksAtStage(object, ownLead);
  // 继续提高企业退休人员基本养老金，人均每年增长10%左右: a rise per head is of what the clause
  // before raised
  // (提供助学金，每人每年1500元: so is an amount per head of what the clause before provided)
  const raisedBefore = /^(?:全年|又|再|还)?(?:人均|每人|每户|年均)(?:每[年月日])?/.test(ctx.lead.trim()) ? clauseBefore(ctx, scan) : '';
  const raised = /(?:提高|提升|增加|上调|调整|提供|发放)([\u4e00-\u9fff]{2,16})$/.exec(raisedBefore)?.[1] ?? '';
  const perHead = raised || (raisedBefore && options.segmenter ? objectOfClause(raisedBefore, options.segmenter) : '');
  if (perHead.length >= 2 && names(perHead)) return perHead;
  // 代表浙江接受国家基本公共卫生服务项目绩效评价、荣获全国第一: the object of the sentence's
  // opening, else its first words
  const opening = ctx.sentenceBefore.split(/[，,：:、]/)[0];
  const objectWanted = options.segmenter && opening.length < ctx.sentenceBefore.length && !isChangeOrLevel(ctx.lead);
  const openingObject = objectWanted ? objectOfClause(opening, options.segmenter!) : '';
  if (openingObject.length >= 2 && names(openingObject)) return worksAtStage(openingObject, ownLead);
  const measureBefore = measureOfClauseBefore(ctx, scan);
  if (measureBefore && names(measureBefore)) return measureBefore;
  // (经济增速是综合性指标，今年预期目标设定为6%以上: the subject before a copula)
  // (a short first clause is read whole, so that its end can be cleaned: 全年地区生产总值迈上新台阶)
  // (五年来，全市生产总值稳步增长，从5666亿元…: a period opening the sentence names nothing, the clause after it does)
  // (我在这里向大会报告：原定…翻两番: who speaks, before a colon, is no clause of the sentence's own)
  const firstClause = ctx.sentenceBefore.replace(SPEECH_FRAME, '').split(/[，,：:]/).find((clause) => cleanLead(clause)) ?? '';
  const copula = /[，,：:]|(?<=[^，,：:]{2})(?<![但就还于即正也不])是/;
  // (a long clause that cleans short, 一般公共预算收入跨越六个百亿元台阶, is read whole too)
  const wholeClause = cleanLead(firstClause.split(copula)[0]);
  const lead = wholeClause.length <= 16 && names(wholeClause) ? wholeClause : cleanLead((firstClause.length <= 16 ? firstClause : wordsWithin(firstClause, 12, options.segmenter)).split(copula)[0]);
  if (names(lead)) return lead;
  const purpose = phraseAfterPurpose(ctx, scan, options.segmenter);
  return names(purpose) ? purpose : '';
}

/** A topic, then a clause of its year before the figure: 城镇居民人均生活费收入，1982年为(494.5元). */
const TOPIC_THEN_TIME = /^([\u4e00-\u9fff“”]{4,16})[，,]\s*(?:(?:19|20)\d\d年|去年|上年|今年)(?:底|末)?(?:为|是|达到?|有)?$/;

/** A lead that is only a verb of building, planned or not, after where: 新建, 规划建设, 在…之间规划建设, 新开工. */
const BUILDING_ONLY = new RegExp(`^[，,]?(?:在[^，。；]{2,20}?(?:之间|之内|境内|内|中))?(?:规划|谋划|计划)?(?:${[...WORK_STAGES, '新建', '建设', '修建', '改造', '打造'].join('|')})$`);

/** A bare total opening its sentence: 总量达, 总数为, 规模突破. */
const TOTAL_OPENING = /^(总量|总数|规模|总规模)(?:达到?|为|突破|超过?|已达|接近|近|约|逾)?$/;

/**
 * The subject of a short topic sentence (no figure, at most 14 characters) right before a sentence
 * that opens with a bare total, with that total: 经营主体稳中培优。总量达(1461.4万户) → 经营主体总量.
 */
function topicTotal(ctx: MentionContext, segmenter?: Segmenter): string {
  const total = TOTAL_OPENING.exec(ctx.lead.trim());
  if (!total || !segmenter || ctx.clauseStart !== ctx.sentence.span.start) return '';
  const before = ctx.paragraphSoFar.slice(0, ctx.sentence.span.start - ctx.sentence.paragraphStart);
  const topic = /(?:^|[。！？；])\s*([^。！？；，0-9]{4,14})[。！？]\s*$/.exec(before)?.[1];
  if (!topic) return '';
  let subject = '';
  for (const w of segmenter.tag(topic)) {
    if (!/^(?:n[a-z]*|vn)$/.test(w.tag)) break;
    subject += w.word;
  }
  return subject.length >= 2 && subject.length < topic.length ? subject + total[1] : '';
}

/** A conversion of the figure before: 、折合(1148亿元人民币), （约合(25亿美元)）. */
/** A share of a plan or budget done: (工业总产值)完成了原定计划的, 完成预算数的, 完成年度计划的. */
const PLAN_WORDS = '(?:原定|年度|国家)?(?:计划|预算)';
const PLAN_DONE = new RegExp(`^(.*?)(?:只|共|已|均)?完成了?(${PLAN_WORDS})数?的$`);
/** A name of such a completion, which the figures after it leave off: 工业总产值完成原定计划. */
const PLAN_DONE_NAME = new RegExp(`(?<=.{2})完成${PLAN_WORDS}$`);

/** A base the figure is compared with, opening its clause: (如果)同建国初期的一九五零年的(一百七十亿元)作比较. */
const BASE_COMPARED = /^(?:如果|若|如)?(?:同|与|跟)[^，。；]{0,20}$/;
const COMPARED_AFTER = /^\s*(?:作|做|进行|相)?(?:比较|对比|相比|相较)/;
const CONVERTED = /^[、，,（(]?\s*(?:折合|约合|折算为?|换算为?)(?:人民币|美元)?约?$/;

/** A total sum alone after a count: (、)总规模(97亿元), 总金额超过(…). */
const BARE_TOTAL_SUM = /^[、，,]?\s*(总规模|总金额)(?:达到?|为|超过?|约|近)?$/;

/**
 * The sentence of a claim, as provenance. A sentence that a PDF copy wrapped is joined up
 * again; one longer than any real sentence (a text without punctuation) is cut to the
 * window around the number, with … where it was cut, so output stays linear in the input.
 */
function sentenceOf(text: string, sentence: Sentence, mention: Mention): string {
  let { start, end } = sentence.span;
  const cutStart = mention.span.start - start > SENTENCE_WINDOW;
  const cutEnd = end - mention.span.end > SENTENCE_WINDOW;
  if (cutStart) start = mention.span.start - SENTENCE_WINDOW;
  if (cutEnd) end = mention.span.end + SENTENCE_WINDOW;
  const body = text.slice(start, end).replace(/[ \t]*\r?\n[ \t]*/g, '');
  return `${cutStart ? '…' : ''}${body}${cutEnd ? '…' : ''}`;
}
