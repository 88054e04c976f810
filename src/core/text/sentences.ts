// text → sentences, each tagged with the part of the report it sits in.
import { SECTION_CUES, SPEAKER_POSTS } from '../lexicon/sections.js';
import type { ReportPart, SectionRole, Sentence } from '../types.js';
import { LineIndex } from './lines.js';
import { WRITTEN_YEAR, yearOf } from './written-years.js';

/**
 * Sentence ends: 。！？； and line breaks (a report's paragraphs are lines); and an ASCII full stop set
 * between a figure's unit or a word and the next sentence (年均增长20.3%.企业经济效益…), never a decimal point.
 */
const SENTENCE_END = /[。！？；!?;]+|\n|(?<=[%‰\u4e00-\u9fff）)”])\.(?=[\u4e00-\u9fff“（(])/g;

/** A heading is a short line without sentence punctuation: 一、2023年工作回顾, 名词解释. */
const MAX_HEADING_LENGTH = 30;
const HEADING_TAIL = /[。！？；，,：:]$/;
/** A year's list of practical projects for the people: 为民办实事项目, 十件民生实事, 民生工程. */
const YEARS_PROJECTS = /实事|民生工程/;
/** A count noted in brackets at a heading's end: (共21项）, （共十件）. */
const COUNT_NOTED = /\s*[（(]共?[0-9一二三四五六七八九十]+[项件个条类][）)]$/;
/** A count of the items a list's heading lists: 43件民生实事, 10项重点工程. */
const LIST_COUNT = /\d+[件项](?=[^\d]{0,4}(?:实事|民生工程|工程|项目))/g;

/** The speaker's line under the title: 国务院副总理兼国家计划委员会主任　姚依林 (a post, a space, a name). */
const SPEAKER_LINE = new RegExp(`(?:${[...SPEAKER_POSTS, '主任'].join('|')})[\\s\\u3000]+[\\u4e00-\\u9fff·]{2,6}$`);

/** A list label before a heading: 一、 （一） 1. 第一部分 */
const HEADING_LABEL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\(?[0-9]+[.、)）]|第[一二三四五六七八九十]+部分\s*)/;

/** The label of a point within a part: （一） (1) 1. */
const POINT_LABEL = /^(?:[（(][一二三四五六七八九十]+[）)]|\(?[0-9]+[.、)）])/;

/** The label of a part of the report, not of a point within one: 一、 二、 (not （一）, 1.) */
const PART_LABEL = /^[一二三四五六七八九十]+、/;
/** The label of a part after the first: 二、 三、 */
const LATER_PART_LABEL = /^(?:[二三四五六七八九]|十[一二三四五六七八九]?)、/;

/**
 * Markdown's marks around a heading (reports saved from the web as Markdown): `## 一、…`,
 * `**二、关于2024年工作**`, `__…__`. The line reads as its words.
 */
const MARKDOWN_HEADING = /^\s*(?:#{1,6}\s+)?(\*\*|__)?(.*?)\1?\s*$/;

const HEADING_YEAR = new RegExp(WRITTEN_YEAR);

/** The first year a heading names, in digits or in words: 2024年…, （一）一九五七年经济战线上的胜利. */
export function yearInHeading(line: string): number | null {
  const written = HEADING_YEAR.exec(line);
  return written ? yearOf(written[1]) : null;
}

/** A line as a heading reads: trimmed, without Markdown's marks. */
export function headingText(line: string): string {
  const m = MARKDOWN_HEADING.exec(line);
  return (m ? m[2] : line).trim();
}

export function classifyHeading(line: string, reviewYear: number | null, current?: SectionRole, planYear: number | null = null): SectionRole | null {
  // (## 今后五年建设和改革的目标、方针和任务: a Markdown heading is a heading, list commas and all)
  const marked = /^\s*#{1,6}\s/.test(line);
  line = headingText(line);
  // (2013年为民办实事项目(共21项）: a count noted in brackets at the end says how long the list is; the
  // heading is read without it)
  const text = line.replace(HEADING_LABEL, '').replace(COUNT_NOTED, '');
  // (## 附注：, 名词解释：, 注 释 — a glossary's heading may end in a colon, its characters spaced out)
  const bare = text.replace(/[\s\u3000]+/g, '').replace(/[：:]$/, '');
  if (bare && bare.length <= MAX_HEADING_LENGTH && SECTION_CUES.glossary.some((cue) => bare === cue.replace(/[：:]$/, ''))) return 'glossary';
  // (国务院副总理兼国家计划委员会主任　姚依林: the 计划 of a post names no plan)
  if (!text || text.length > MAX_HEADING_LENGTH || HEADING_TAIL.test(text) || SPEAKER_LINE.test(text)) return null;
  // a heading has no clause punctuation and no number but a year: 2024年工作安排
  // (内蒙古自治区2023年43件民生实事项目及牵头责任单位: nor a count but of the items it lists)
  if (/[，；：,;]/.test(text) || /\d/.test(text.replace(/(?:19|20)\d\d/g, '').replace(LIST_COUNT, ''))) return null;
  // nor a list, but in a part's own heading: 二、2024年的总体要求、奋斗目标和重点任务
  if (text.includes('、') && !PART_LABEL.test(line) && !marked) return null;
  if (SECTION_CUES.glossary.some((cue) => text.startsWith(cue) || text === cue)) return 'glossary';
  if (SECTION_CUES.review.some((cue) => text.includes(cue))) return 'review';
  const year = yearInHeading(text);
  // (二、2015年的形势和主要工作: the situation of the year planned opens the plan)
  const ofPlannedYear = year !== null && planYear !== null && year >= planYear;
  if (PART_LABEL.test(line) && !ofPlannedYear && SECTION_CUES.labelledReview.some((cue) => text.includes(cue))) return 'review';
  // 一、2014年的政府工作 (in a report for 2015): a part on the work of the year before the one planned
  // reports on it
  if (year && planYear !== null && year === planYear - 1 && PART_LABEL.test(line) && /工作$/.test(text)) return 'review';
  // 奋力完成2023年高质量发展的各项任务 (then 全力实现2024年…奋斗目标): a heading with a plan's words
  // that names a year before the one planned reports on that year
  if (year && planYear !== null && year < planYear && SECTION_CUES.plan.some((cue) => text.includes(cue))) return 'review';
  // (## （一）一九五七年经济战线上的胜利, in a report for 1958: a part headed by a year before the one planned, in a
  // Markdown heading or after a part's label, reports on that year)
  if (year && planYear !== null && year < planYear && (marked || PART_LABEL.test(line))) return 'review';
  // 附件, then **2018年省十件民生实事** (in a report for 2018): an annex headed by the year planned lists that
  // year's plans, not terms defined
  // (附件一, then **2013年为民办实事项目** in a report whose year is not stated: a year's list of practical
  // projects for the people, 实事 or 民生工程, is that year's plan whatever the year)
  if (year && current === 'glossary' && (planYear !== null ? year >= planYear : YEARS_PROJECTS.test(text))) return 'plan';
  // a heading that names a later year than the review opens the plan: 二、2024年…
  if (year && reviewYear !== null && year > reviewYear) return 'plan';
  // after a review heading without a year (一、过去一年工作回顾), a heading with one: 二、奋力推进2024年各项工作
  if (year && reviewYear === null && current === 'review') return 'plan';
  // 三、2026年主要工作 opening a text before any review (a report's plan copied alone): a later part's
  // heading with a year is the plan
  if (year && reviewYear === null && (current === undefined || current === 'preamble') && LATER_PART_LABEL.test(line)) return 'plan';
  // （二）聚力落实国家重大战略任务: a point's heading inside the review reports the tasks done, its
  // plan words open no plan (only a part's heading, 二、…, or a later year does)
  if (current === 'review' && POINT_LABEL.test(line)) return null;
  if (SECTION_CUES.plan.some((cue) => text.includes(cue))) return 'plan';
  return null;
}

/**
 * A heading that speaks of five years rather than one: 过去五年工作回顾, “十三五”时期工作回顾,
 * 本届政府工作回顾 (a government's term), 今后五年的目标任务, “十四五”主要目标任务. A heading that names a year too (2020年和“十三五”
 * 工作回顾) opens the year's part; its paragraphs that open with 五年来 say otherwise.
 */
const FIVE_YEARS = /五年|十[一二三四五六七八九]?五|[“"][六七八九]五[”"]|本届政府|届期/;

/** A part's heading that names a topic, not a slogan: 关于人民生活. */
const TOPIC_HEADING = /^关于/;

/** How long a part's slogan heading may be: 二、全面贯彻落实党的二十大精神，奋力开创…新局面 */
const MAX_SLOGAN_HEADING = 120;

/**
 * A report whose parts are headed by slogans (一、勠力同心砥砺前行，全年经济社会发展实现稳中向好;
 * 二、全面贯彻落实党的二十大精神，奋力开创…) names no part: the first part is the review, the
 * next the plan. Only for reports where no heading was recognised by its words.
 */
export function partBySlogan(line: string, current: SectionRole): SectionRole | null {
  const text = headingText(line);
  if (!PART_LABEL.test(text) || text.length > MAX_SLOGAN_HEADING || /[。！？；]/.test(text)) return null;
  if (current === 'preamble') return 'review';
  // (一、关于社会主义革命, 二、关于社会主义建设, 三、关于人民生活: parts headed by topics, each 关于 (about) one,
  // keep no order of review and plan; the parts after the first go on reporting)
  if (TOPIC_HEADING.test(text.replace(PART_LABEL, ''))) return null;
  return current === 'review' ? 'plan' : null;
}

/** The part a heading opens: the year or the five years, reviewed or planned. */
export function partOfHeading(line: string, role: SectionRole): ReportPart | null {
  if (role !== 'review' && role !== 'plan') return null;
  const fiveYears = FIVE_YEARS.test(line) && !/(?:19|20)\d\d年/.test(line);
  if (role === 'review') return fiveYears ? 'five-year-review' : 'year-review';
  return fiveYears ? 'five-year-plan' : 'year-plan';
}

/**
 * In a report without headings, the paragraph that opens the plan: it names the planned year as
 * the year it is (2024年是实施“十四五”规划的关键一年，做好今年工作至关重要), or states the government's
 * overall requirement for it. A review's own opening (2023年，是全面贯彻…的开局之年) names an earlier year.
 */
const YEAR_IT_IS = /^(?:各位代表[，,：:]\s*)?(?:((?:19|20)\d\d)年|今年)[，,]?是[^。]{2,60}?(?:一年|之年)/;
const PLAN_REQUIREMENT = /^(?:各位代表[，,：:]\s*)?(?:今年)?政府工作的总体要求是/;
/** The work of this year named in the same paragraph: 做好今年工作. */
const THIS_YEARS_WORK = /做好今年|今年工作/;

/** A plan period: “十五五”, 十四五. */
const PLAN_PERIOD = /十[一二三四五六七八九]?五/g;

/**
 * 二、“十四五”发展成效和“十五五”目标任务: a heading naming a period's results and then the next
 * period's goals opens a review whose plan begins at the paragraph that opens with the later period
 * (“十五五”时期是…, 今后五年…), or null when the heading names no goals after its results.
 */
function laterPeriodOf(heading: string): RegExp | null {
  if (!SECTION_CUES.plan.some((cue) => heading.includes(cue))) return null;
  const periods = heading.match(PLAN_PERIOD) ?? [];
  const later = periods.length >= 2 ? periods[periods.length - 1] : null;
  return new RegExp(`^(?:各位代表[，,：:]\\s*)?(?:[“"]?${later ?? '(?!)'}[”"]?时期|今后五年|未来五年)`);
}

/** The planned year a report without headings or title names in its plan's opening paragraph, or null. */
export function plannedYearStated(text: string): number | null {
  for (const line of text.split('\n')) {
    const m = YEAR_IT_IS.exec(line.trim());
    if (m?.[1] && THIS_YEARS_WORK.test(line)) return Number(m[1]);
  }
  return null;
}

/** True when a paragraph opens the plan (`yearItIs` is YEAR_IT_IS's match on it). */
function opensPlan(text: string, yearItIs: RegExpExecArray | null, planYear: number | null, firstYear: number | null): boolean {
  if (PLAN_REQUIREMENT.test(text)) return true;
  if (!yearItIs) return false;
  if (!yearItIs[1]) return true;
  const year = Number(yearItIs[1]);
  return planYear !== null ? year === planYear : (firstYear !== null && year > firstYear) || THIS_YEARS_WORK.test(text);
}

/**
 * A heading run into the text of a report that lost its line breaks (a web page saved as one
 * line): …各项事业取得积极成效。2023年工作回顾2023年是全面贯彻…. It follows a sentence end and
 * stops where the next paragraph opens with its year, 今年, 一年来 or 各位代表.
 */
const GLUED_HEADING = /(?<=[。！？])([\u4e00-\u9fff\d、]{4,30}?)(?=(?:19|20)\d\d年是|今年是|一年来|过去一年|过去五年|各位代表)/g;

/** A paragraph's half-open span, and the text that may head it: the line, or a heading run into it. */
export interface Paragraph {
  start: number;
  end: number;
  heading: string;
}

/**
 * The paragraphs of a text as half-open spans: its lines, and a line split where a heading runs
 * into it (GLUED_HEADING), so that the heading opens a paragraph as it would its own line.
 */
export function paragraphSpans(text: string): Paragraph[] {
  const spans: Paragraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let heading = text.slice(lineStart, lineEnd);
    if (lineEnd - lineStart > MAX_HEADING_LENGTH) {
      const line = text.slice(lineStart, lineEnd);
      for (const m of line.matchAll(GLUED_HEADING)) {
        const role = classifyHeading(m[1], null);
        if (role !== 'review' && role !== 'plan') continue;
        spans.push({ start, end: lineStart + m.index!, heading });
        start = lineStart + m.index!;
        heading = m[1];
      }
    }
    spans.push({ start, end: lineEnd, heading });
    lineStart = lineEnd + 1;
  }
  return spans;
}

/** Splits text into sentences with spans, lines, section roles and report parts. */
export function splitSentences(text: string, lines = new LineIndex(text), planYear: number | null = null): Sentence[] {
  const sentences: Sentence[] = [];
  let role: SectionRole = 'preamble';
  let part: ReportPart | null = null;
  let reviewYear: number | null = null;
  let named = false;
  let reviewIsPart = false;
  let firstYear: number | null = null;
  let laterPeriod: RegExp | null = null;
  for (const { start: lineStart, end: lineEnd, heading: lineText } of paragraphSpans(text)) {
    const byWords = classifyHeading(lineText, reviewYear, role, planYear);
    // (a review of a period and the next period's goals under one heading: the later period's
    // first paragraph opens the five-year plan)
    if (!byWords && laterPeriod?.test(lineText.replace(/\*\*/g, '').trim())) {
      role = 'plan';
      part = 'five-year-plan';
      laterPeriod = null;
    }
    named ||= byWords !== null;
    // 一、1998年工作回顾和1999年工作的总体要求, then 二、继续扩大内需…: after a review that is a part of
    // its own (一、…回顾), the next part, however headed, opens the plan
    let heading: SectionRole | null = byWords ?? (named && !reviewIsPart ? null : partBySlogan(lineText, role));
    // (a report without headings opens its plan with a paragraph, not a heading: the year's plan)
    const paragraph = !heading && !named && (role === 'preamble' || role === 'review') ? lineText.trim() : '';
    const yearItIs = paragraph ? YEAR_IT_IS.exec(paragraph) : null;
    const planOpened = paragraph !== '' && opensPlan(paragraph, yearItIs, planYear, firstYear);
    if (planOpened) heading = 'plan';
    if (yearItIs?.[1] && firstYear === null) firstYear = Number(yearItIs[1]);
    if (heading) {
      role = heading;
      part = planOpened ? 'year-plan' : partOfHeading(lineText, heading);
      reviewIsPart = heading === 'review' && PART_LABEL.test(headingText(lineText));
      laterPeriod = heading === 'review' ? laterPeriodOf(headingText(lineText)) : null;
      if (heading === 'review') {
        const year = yearInHeading(lineText);
        if (year) reviewYear = year;
      }
    }
    pushSentences(text, lineStart, lineEnd, role, part, lines, sentences);
  }
  return sentences;
}

function pushSentences(
  text: string, from: number, to: number, role: SectionRole, part: ReportPart | null, lines: LineIndex, out: Sentence[],
): void {
  const line = text.slice(from, to);
  SENTENCE_END.lastIndex = 0;
  let start = 0;
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
    add(start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  add(start, line.length);

  function add(s: number, e: number): void {
    // trim white space (and a CR) at both ends, and Markdown's marks of emphasis (**第二，放活小企业。**全国有…:
    // the marks after a bold lead-in belong to no sentence)
    while (s < e && /[\s*]/.test(line[s])) s++;
    while (e > s && /[\s*]/.test(line[e - 1])) e--;
    if (e <= s) return;
    const span = { start: from + s, end: from + e };
    out.push({ span, text: text.slice(span.start, span.end), line: lines.lineOf(span.start), role, part, paragraphStart: from });
  }
}

/**
 * A glossary entry: its label (8、, [3], （3）), then the term it defines, then a colon (促投资15条、…、促农民增收22条：
 * a list of terms defined together may run to 48 characters).
 */
const GLOSSARY_ENTRY = /^\s*(?:\[\d+\]|[（(]\d+[）)]|\d+[、.．]|[①-⑳])\s*([^：:。，；\n]{1,48})[：:]/;

/** A glossary term that reports a result: 新增普通高校7所, 获得国家科学技术奖一等奖2项, 新建成4个…示范县. */
const RESULT_TERM = /^(?:新增|新建成?|新创建|新获批|新认定|获得|获批|建成|创建)[^：:]*\d/;

/**
 * 8、尿毒症等8类大病：儿童白血病…: the half-open span of the term a glossary entry opening at `start`
 * defines (a name, whatever numbers it holds), or null.
 */
export function glossaryTerm(text: string, start: number): { start: number; end: number } | null {
  const m = GLOSSARY_ENTRY.exec(text.slice(start, start + 50));
  // (（19）新创建国家现代农业产业园3个：广汉市、…: a term that opens with a verb of a result done is a result
  // reported, its figures claims, not a name)
  if (!m || RESULT_TERM.test(m[1])) return null;
  const end = start + m[0].length - 1;
  return { start: end - m[1].length, end };
}
