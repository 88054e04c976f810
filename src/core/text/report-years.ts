// The years of a report, read from its own text: the year it is delivered in (= the year it
// plans), the year its review part looks back on, and the year its plan part sets goals for.
// Pure; the core reads them to give every claim its period, src/identity to name a document.
import { parseChineseNumeral } from '../numbers/chinese-numerals.js';
import { classifyHeading, paragraphSpans, plannedYearStated, yearInHeading } from './sentences.js';
import { WRITTEN_YEAR, yearOf } from './written-years.js';

export interface ReportYears {
  /** The year the report is delivered in, which is the year it plans (2024 for a report reviewing 2023). */
  year: number | null;
  /** The year its review part looks back on (一、2023年工作回顾 → 2023). */
  reviewYear: number | null;
  /** The year its plan part sets goals for (二、2024年主要目标任务 → 2024). */
  planYear: number | null;
}

/** The title block and opening sit in the first lines; later lines quote other years. */
const HEAD_LINES = 15;

/**
 * The report's years. `year`, when given (--year), wins: the report plans that year and reviews
 * the one before. Otherwise its title, date or session line, then its part headings, say.
 */
export function readReportYears(text: string, year?: number): ReportYears {
  if (year !== undefined) return { year, reviewYear: year - 1, planYear: year };
  const head = headOf(text);
  const own = statedYear(head);
  const parts = partYears(text, own);
  // (a report without title or headings: 2024年是…关键一年，做好今年工作… opens its plan)
  const stated = own ?? parts.planYear ?? (parts.reviewYear === null ? null : parts.reviewYear + 1) ?? plannedYearStated(text);
  return {
    year: stated,
    reviewYear: parts.reviewYear ?? (stated === null ? null : stated - 1),
    planYear: parts.planYear ?? stated,
  };
}

/** The first HEAD_LINES lines that are not blank. */
export function headOf(text: string): string {
  return text.split('\n', HEAD_LINES * 3).filter((l) => l.trim()).slice(0, HEAD_LINES).join('\n');
}

export { WRITTEN_YEAR, YEAR_IN_WORDS, yearOf } from './written-years.js';

/**
 * The year a report states for itself:
 * - its title: 2025年四川省政府工作报告, **1955年国务院政府工作报告**;
 * - the line saying when it was delivered: 2025年1月20日在四川省第十四届人民代表大会…, 1955年7月5日至6日在…;
 * - for the State Council's report, the session of the National People's Congress: the N-th
 *   congress first met in 1998 + 5 (N − 9) (九届 1998, 十四届 2023), and meets once a year,
 *   so 在第十四届全国人民代表大会第二次会议上 is 2024, 第六届…第三次 is 1985.
 */
export function statedYear(head: string): number | null {
  // (**1955年国务院政府工作报告**: a title may be set in bold or as a heading)
  const title = new RegExp(`^[*#\\s]*${WRITTEN_YEAR}年[\\u4e00-\\u9fff]*政府工作报告`, 'm').exec(head);
  if (title) return yearOf(title[1]);
  // (1955年7月5日至6日在…: a report delivered over two days)
  const delivered = new RegExp(`${WRITTEN_YEAR}年[\\d一二三四五六七八九十〇]{1,3}月[\\d一二三四五六七八九十〇]{1,3}日(?:至[\\d一二三四五六七八九十〇]{1,3}日)?\\s*在[^\\n]{0,30}人民代表大会`).exec(head);
  if (delivered) return yearOf(delivered[1]);
  const congress = /第([一二三四五六七八九十]+)届全国人民代表大会第([一二三四五六七八九十]+)次会议/.exec(head);
  if (congress) {
    const n = parseChineseNumeral(congress[1]);
    const session = parseChineseNumeral(congress[2]);
    if (n !== null && session !== null && n >= 4 && session >= 1 && session <= 5) return 1998 + 5 * (n - 9) + session - 1;
  }
  return null;
}

/**
 * The years of the review and plan parts, from the headings the sentence splitter recognises:
 * 一、2023年工作回顾 → review 2023; 二、2024年主要目标任务 → plan 2024.
 */
export function partYears(text: string, stated: number | null = null): { reviewYear: number | null; planYear: number | null } {
  let reviewYear: number | null = null;
  let planYear: number | null = null;
  for (const { heading: line } of paragraphSpans(text)) {
    // (the year the report states for itself, if any, is the one planned: its headings read by it)
    const role = classifyHeading(line, reviewYear, undefined, stated);
    const year = yearInHeading(line);
    if (!role || !year) continue;
    if (role === 'review' && reviewYear === null) reviewYear = year;
    // 奋力完成2023年…各项任务, then 全力实现2024年…奋斗目标: of two headings in a plan's words the
    // first, a year earlier, reviewed that year
    if (role === 'plan' && reviewYear === null && planYear !== null && year === planYear + 1) {
      reviewYear = planYear;
      planYear = year;
    }
    // the plan year follows the review year: 二〇三五年远景目标 is no plan year
    // (nor, when the report states its year, a year further ahead: 二、2035年远景目标和“十四五”时期主要目标, then
    // 三、全力做好2021年重点工作, in a report delivered in 2021)
    if (role === 'plan' && planYear === null && (reviewYear === null || year === reviewYear + 1) && (stated === null || year <= stated + 1)) planYear = year;
    if (reviewYear !== null && planYear !== null) break;
  }
  return { reviewYear, planYear };
}
