// Period: the years a figure covers (../../../shared/claims-spec.md § Period).
// The text nearest the number decides first (到2027年, 比2020年, 过去五年, “十四五”期间,
// 2023年，…), then the paragraph's opening (五年来，…), then the part of the report the
// sentence sits in (the year reviewed, the five years reviewed, the year or five years planned).
import { parseChineseNumeral, parseCount } from '../numbers/chinese-numerals.js';
import { YEAR_IN_WORDS, yearOf, type ReportYears } from '../text/report-years.js';
import type { ClaimKind, Modality, Period } from '../types.js';
import { continuesList, type MentionContext } from './context.js';

/** A span of years a cue names, relative to the report or absolute. */
type Span = { from: number; to: number } | null;

/**
 * The first five plans' years, which ran out of step (1963–1965 were years of readjustment):
 * 第一个五年计划 1953–1957 … 第五个五年计划 1976–1980.
 */
const EARLY_FIVE_YEAR_PLANS = {
  1: { from: 1953, to: 1957 },
  2: { from: 1958, to: 1962 },
  3: { from: 1966, to: 1970 },
  4: { from: 1971, to: 1975 },
  5: { from: 1976, to: 1980 },
} as const satisfies Record<number, { from: number; to: number }>;

/**
 * The N-th five-year plan's years: 第一个五年计划 1953–1957 (EARLY_FIVE_YEAR_PLANS), 六五 1981–1985 …
 * 十四五 2021–2025, 十五五 2026–2030 (the plans from the sixth on run in step).
 */
export function fiveYearPlan(n: number): { from: number; to: number } | null {
  if (n in EARLY_FIVE_YEAR_PLANS) return { ...EARLY_FIVE_YEAR_PLANS[n as keyof typeof EARLY_FIVE_YEAR_PLANS] };
  if (!Number.isInteger(n) || n < 6 || n > 30) return null;
  const from = 1981 + 5 * (n - 6);
  return { from, to: from + 4 };
}

// “十四五”时期, 十三五期间, “十四五”以来, “十三五”末: a plan's years. The ordinal is the characters
// before the final 五, and the plan must be followed by a word of time: “八五”普法 and
// “十四五”重大项目 name a programme, 第十五届 a congress.
const PLAN = '[“"‘]?(十[一二三四五六七八九]?|[六七八九])五[”"’]?(以来|期间|时期|规划期|末)';
/** 第一个五年计划期间, 第一个五年合计, 第六个五年计划时期: a plan written out, its ordinal in words. */
const WRITTEN_PLAN = '第([一二三四五六七八九十]{1,3})个五年(?:计划)?(?:期间|时期|内|中|里|合计|间)';

interface Cue {
  pattern: RegExp;
  /** The years the cue names; null when it needs a year the report did not give. */
  span(m: RegExpExecArray, years: ReportYears, modality: Modality): Span;
  /** A base year (比2020年增长 → 2020). */
  base?: (m: RegExpExecArray) => number;
}

/** The year a figure ends in: the year planned for a target, the year reviewed for a result. */
function endYear(years: ReportYears, modality: Modality): number | null {
  return modality === 'target' ? years.planYear : years.reviewYear;
}

/**
 * Cues in the text before a number, nearest first (the last one met before it wins).
 * Each rule with its example.
 */
const CUES: Cue[] = [
  // 面向2030年的科技创新重大项目: a horizon in a thing's name is no time of the figure
  {
    pattern: /面向((?:19|20)\d\d)年?/g,
    span: () => null,
  },
  // 由2002年的12万亿元增加到2007年的24.66万亿元: from one year's level to a later one's
  {
    pattern: /(?:由|从)((?:19|20)\d\d)年[^，,。；;]{0,30}?(?:到|至)((?:19|20)\d\d)年/g,
    span: (m) => (Number(m[2]) > Number(m[1]) ? { from: Number(m[1]) + 1, to: Number(m[2]) } : null),
  },
  // 2021—2025年 · 2019-2023年: the years of a span, both ends in
  {
    pattern: /((?:19|20)\d\d)年?\s*[—–\-－~～]+\s*((?:19|20)\d\d)年/g,
    span: (m) => ({ from: Number(m[1]), to: Number(m[2]) }),
  },
  // 2003年到2023年，…由103.97亿元增加到1117.56亿元 · 2012年至2022年: from one year's level to
  // another's, so the years of change are those after the first
  {
    pattern: /((?:19|20)\d\d)年(?:底|末)?\s*(?:至|到)\s*((?:19|20)\d\d)年/g,
    span: (m) => (Number(m[2]) > Number(m[1]) ? { from: Number(m[1]) + 1, to: Number(m[2]) } : null),
  },
  // 一九九〇年工农业总产值…比一九八〇年增长一点三倍: a year named, then the base it is compared with
  {
    pattern: /((?:19|20)\d\d)年(?:底|末)?[^，,。；;]{0,30}?(?:比|较)((?:19|20)\d\d)年(?:末|底)?/g,
    span: (m) => (Number(m[1]) > Number(m[2]) ? { from: Number(m[2]) + 1, to: Number(m[1]) } : null),
    base: (m) => Number(m[2]),
  },
  // 比2020年增长 · 较2012年翻一番 · 与2020年相比: a change since a base year
  {
    pattern: /(?:比|较|与|同)((?:19|20)\d\d)年(?:末|底)?(?:相比)?/g,
    span: (m, years, modality) => {
      const end = endYear(years, modality);
      return end === null ? null : { from: Number(m[1]) + 1, to: end };
    },
    base: (m) => Number(m[1]),
  },
  // 从2016年的25778元增长到36810元 · 自2020年以来: the years after a starting year
  {
    pattern: /(?:从|由|自)((?:19|20)\d\d)年(?:底|末)?(?:的|以来)?/g,
    span: (m, years, modality) => {
      const end = endYear(years, modality);
      return end === null || end <= Number(m[1]) ? null : { from: Number(m[1]) + 1, to: end };
    },
  },
  // 到2027年 · 至2025年底 · 2025年末: the state in that year
  {
    pattern: /(?:到|至|于)((?:19|20)\d\d)年(?:底|末)?/g,
    span: (m) => ({ from: Number(m[1]), to: Number(m[1]) }),
  },
  // 比第五个五年计划期间的五百七十七亿元增加…: a plan written out, compared with, is a base too
  {
    pattern: new RegExp(`(?:比|较|同|与)${WRITTEN_PLAN}`, 'g'),
    span: () => null,
  },
  // 第一个五年期间铁路共新建八千五百公里, 第一个五年计划时期, 第六个五年计划期间: the N-th plan written out, with
  // a word of time after it (第一个五年计划的第一年 is one year, read by the year it names)
  {
    pattern: new RegExp(WRITTEN_PLAN, 'g'),
    span: (m) => fiveYearPlan(parseChineseNumeral(m[1]) ?? NaN),
  },
  // 比“六五”期间增长近百分之七十: a plan period compared with is the base, not the figure's years
  {
    pattern: new RegExp(`(?:比|较|同|与)${PLAN}`, 'g'),
    span: () => null,
  },
  // “十四五”以来 · 十三五期间 · “十四五”时期 · “十三五”末
  {
    pattern: new RegExp(PLAN, 'g'),
    span: (m, years) => {
      const plan = fiveYearPlan(parseChineseNumeral(m[1]) ?? NaN);
      if (!plan) return null;
      if (m[2] === '以来') return years.reviewYear === null ? null : { from: plan.from, to: Math.min(plan.to, years.reviewYear) };
      if (m[2] === '末') return { from: plan.to, to: plan.to };
      return plan;
    },
  },
  // 过去五年 · 五年来 · 近五年 · 这五年 · 三年来: the years before the report (过去一年 and
  // 一年来 are left to the one-year rule below, which they would otherwise hide)
  {
    // (学前三年毛入园率 is a name: the three years before school)
    pattern: /(?:过去|近|这|(?<!学)前|最近)(?!一年)([一二三四五六七八九十\d]{1,2})年(?!前)|(?!一年来)([一二三四五六七八九十\d]{1,2})年来/g,
    span: (m, years) => {
      const n = parseCount(m[1] ?? m[2]);
      if (n === null || n < 2 || n > 20 || years.reviewYear === null) return null;
      return { from: years.reviewYear - n + 1, to: years.reviewYear };
    },
  },
  // 五年年均增长5.2% · 十年增加近70万亿元 · 三年累计: so many years up to the one reviewed
  {
    // (在今后十年里 looks ahead: the rule for the years from the one planned reads it)
    pattern: /(?<![\d〇零一二三四五六七八九十第]|今后|未来|此后|接下来)([二三四五六七八九十]|\d{1,2})年(?=年均|平均|累计|间|里|增加|增长|共|合计)/g,
    span: (m, years, modality) => {
      const n = parseCount(m[1]);
      if (n === null || n < 2 || n > 20) return null;
      // (实际消费水平五年增长百分之二十七左右 in a five-year plan: the years planned)
      if (modality === 'target') return years.planYear === null ? null : { from: years.planYear, to: years.planYear + n - 1 };
      if (years.reviewYear === null) return null;
      return { from: years.reviewYear - n + 1, to: years.reviewYear };
    },
  },
  // 今后五年 · 未来五年 · 今后三年: the years from the one planned
  {
    pattern: /(?:今后|未来|此后|接下来)([一二三四五六七八九十\d]{1,2})年/g,
    span: (m, years) => {
      const n = parseCount(m[1]);
      if (n === null || n < 2 || n > 20 || years.planYear === null) return null;
      return { from: years.planYear, to: years.planYear + n - 1 };
    },
  },
  // 比上年增加1.1万亿元 · 较去年同期增长: the year before is what the figure is compared with,
  // so the figure is still its own year's (a target's year planned, a result's year reviewed)
  {
    pattern: /(?:比|较|同)(?:上年|去年|上一年)(?:同期)?(?:相比)?/g,
    span: (m, years, modality) => {
      const end = endYear(years, modality);
      return end === null ? null : { from: end, to: end };
    },
  },
  // 去年 · 上年 · 过去一年 · 过去的一年 · 今年 · 明年
  {
    pattern: /(去年|上年|过去的?一年|一年来|今年|本年|明年)/g,
    span: (m, years) => {
      const year = m[1] === '今年' || m[1] === '本年' ? years.planYear : m[1] === '明年' ? (years.planYear === null ? null : years.planYear + 1) : years.reviewYear;
      return year === null ? null : { from: year, to: year };
    },
  },
  // 2023年，全州地区生产总值… · 2024年全省… · 2023年底: one year named
  // (“十四五”规划和2035年远景目标纲要: a year in the title of a plan document dates no figure)
  {
    pattern: /((?:19|20)\d\d)年(?:底|末|全年|度)?(?!远景目标)/g,
    span: (m) => ({ from: Number(m[1]), to: Number(m[1]) }),
  },
];

/** 年均增长 · 年平均增长 · 平均每年: a yearly average over the period. */
const AVERAGE = /年均|年平均|平均每年|每年平均/;

/** A run of years: 累计, 共, 总计, 合计 (a sum over the period, never one year's figure). */
const CUMULATIVE = /累计|合计|总计/;

/**
 * The period of a claim. `ctx` is the number's context, `years` the report's years,
 * `paragraphOpening` the first characters of its paragraph. The nearest cue in the clause
 * before the number, then in the sentence's opening clause (过去五年，…), then in the
 * paragraph's (五年来，…), then the report part, decide; a yearly average is marked `average`.
 * A cue in another clause of the sentence governs its own clause only: in 数量超前3年总和，
 * 引进总投资120亿元 the 120亿元 is the year's.
 */
/** A claim's period, and whether the text or part speaks of several years (before a level is put at one end). */
export interface PeriodReading {
  period: Period | null;
  overYears: boolean;
}

export function resolvePeriod(ctx: MentionContext, kind: ClaimKind, modality: Modality, years: ReportYears, paragraphOpening: string): PeriodReading {
  const average = AVERAGE.test(ctx.clauseBefore);
  const inSentence = nearestCue(ctx.clauseBefore, years, modality) ?? openingCue(ctx.sentenceBefore, years, modality);
  const found = inSentence ?? paragraphCue(paragraphOpening, years, modality);
  const part = partPeriod(ctx, modality, years);
  let period: Period | null = found ?? part;
  // 年均增长5.4% in a paragraph opening with one year (2021年是本届政府的收官之年) of a review of
  // several: an average is over the part's years
  if (average && !inSentence && period && period.from === period.to && part && part.to > part.from) period = part;
  if (!period) return { period: null, overYears: false };
  // 到2027年累计新增 · 到2025年年均增长: from the year planned to the year named
  if (found && found.from === found.to && found.base === undefined && (average || CUMULATIVE.test(ctx.clauseBefore))) {
    const start = modality === 'target' ? years.planYear : null;
    if (start !== null && start < found.to) period = { from: start, to: found.to };
  }
  const overYears = period.to > period.from;
  if (average && overYears) return { period: { ...period, average: true }, overYears };
  if (period.base === undefined && !CUMULATIVE.test(ctx.clauseBefore)) return { period: levelOf(ctx, kind, period) ?? period, overYears };
  return { period, overYears };
}

/** 由6.3%提高到7.5% · 从2016年的25778元增长到…: the level a period starts from. */
const FROM_LEVEL = /(?:从|由)[^到至，,]{0,12}$/;
/** …提高到7.5% · 增加到121万亿元 · 增加到2007年的24.66万亿元 · 达到3023公里 · 突破4000公里: the level reached. */
const LEVEL_REACHED = /(?:(?:增加|提高|提升|增长|上升|扩大|下降|降低|减少|降|升)(?:到|至)|达到|达|突破|超过|到)(?:(?:19|20)\d\d年(?:底|末)?的?)?$/;

/**
 * A level is the state at one end of its period: 森林覆盖率由6.3%(2015)提高到7.5%(2020),
 * 国内生产总值增加到121万亿元 (the last year reviewed); in a year's review 由X提高到Y puts X
 * in the year before. A flow over the years (新增铁路643公里) and a change keep the whole
 * period. Null when the number is no such level.
 */
function levelOf(ctx: MentionContext, kind: ClaimKind, period: Period): Period | null {
  if (kind !== 'amount' && kind !== 'ratio') return null;
  const end = levelEnd(ctx);
  if (end === 'start') return { from: period.from - 1, to: period.from - 1 };
  if (end === 'end') return { from: period.to, to: period.to };
  return null;
}

/** Which end of the period a level stands at; a list (25778元、8403元) goes with its first item. */
function levelEnd(ctx: MentionContext): 'start' | 'end' | null {
  const lead = ctx.lead.trim();
  if (ctx.previous && continuesList(ctx)) return levelEnd(ctx.previous);
  if (FROM_LEVEL.test(ctx.clauseBefore)) return /到|至/.test(lead) ? 'end' : 'start';
  return LEVEL_REACHED.test(lead) ? 'end' : null;
}

/** A year in words before 年: 二〇三五(年), 一九八四(年). */
const YEAR_IN_WORDS_OF_A_DATE = new RegExp(`${YEAR_IN_WORDS}(?=年)`, 'g');

/**
 * The last cue in `text` (nearest the number), as a period; null when none names years.
 * The rules are tried in order and a later rule's match inside an earlier one's is no cue of
 * its own: 2020年 in 比2020年 is the base, not the year.
 */
function nearestCue(written: string, years: ReportYears, modality: Modality): Period | null {
  // 到二〇三五年 · 一九八四年: years in Chinese digits read as 2035, 1984 (as long, so places hold)
  const text = written.replace(YEAR_IN_WORDS_OF_A_DATE, (y) => String(yearOf(y) ?? y));
  const taken: { start: number; end: number }[] = [];
  let best: { at: number; period: Period } | null = null;
  for (const cue of CUES) {
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(text); m; m = cue.pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end });
      const span = cue.span(m, years, modality);
      if (!span || (best && start <= best.at)) continue;
      const period: Period = { ...span };
      if (cue.base) period.base = cue.base(m);
      best = { at: start, period };
    }
  }
  return best?.period ?? null;
}

/** 五年来，我们… · “十三五”时期，… · 2023年，…: a cue in the first clause of a sentence or paragraph governs it. */
function openingCue(text: string, years: ReportYears, modality: Modality): Period | null {
  const clauses = text.split(/[，,：:。；;]/);
  // the opening clause only, and only when the number is not inside it (then it was its own clause)
  return clauses.length > 1 ? nearestCue(clauses[0], years, modality) : null;
}

/**
 * 五年来，… · 2022年是极为重要的一年。… · 过去五年极不寻常: a cue in the paragraph's first clause,
 * or opening the paragraph, governs the paragraph.
 */
function paragraphCue(opening: string, years: ReportYears, modality: Modality): Period | null {
  const first = opening.split(/[，,：:。；;]/)[0];
  if (first.length < opening.length) return nearestCue(first, years, modality);
  // no clause break in sight: only a cue the paragraph opens with (its first 8 characters)
  return nearestCue(first.slice(0, 8), years, modality);
}

/** The default of the part of the report: the year or five years reviewed or planned. */
function partPeriod(ctx: MentionContext, modality: Modality, years: ReportYears): Period | null {
  const { reviewYear, planYear } = years;
  const year = (y: number | null): Period | null => (y === null ? null : { from: y, to: y });
  switch (ctx.sentence.part) {
    case 'five-year-review':
      return reviewYear === null ? null : { from: reviewYear - 4, to: reviewYear };
    case 'five-year-plan':
      // (同时也必须看到，…地区生产总值刚刚超过2万亿元: what the outlook says is now, is the year reviewed's)
      if (modality === 'actual') return year(reviewYear);
      return planYear === null ? null : { from: planYear, to: planYear + 4 };
    case 'year-plan':
      return year(modality === 'actual' ? reviewYear : planYear);
    default:
      // the year's review, or no part known (a short text, a preamble, a plan with no heading
      // found): a result is the year reviewed's, a target the year planned's
      return year(modality === 'target' ? planYear : reviewYear);
  }
}
