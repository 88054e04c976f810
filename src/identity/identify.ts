// Who issued a report and for which years, read from its own text (pure: text in, identity out).
// The rules are tried in order of how explicit the report is: a title or signature line
// (2025年四川省政府工作报告, 杭州市人民政府市长), then the opening (我代表州人民政府), then,
// when the opening names only a level (州), the place the report keeps naming (甘孜…甘孜州).
import { SPEAKER_POSTS } from '../core/lexicon/sections.js';
import { headOf, readReportYears } from '../core/text/report-years.js';
import { mostNamedOf, nameInText, placeCalled } from './gazetteer.js';
import { LEVEL_SUFFIXES, LEVELS, MUNICIPALITIES, NATIONAL_GOVERNMENT, NATIONALITIES, NOT_A_NAME_CHARS, type Level } from './places.js';

export interface DocumentIdentity {
  /** The issuing government as the report names it: 国务院, 四川省, 甘孜州, 黄山区; null when not found. */
  region: string | null;
  level: Level | null;
  /** The year the report is delivered in, which is the year it plans (2024 for a report reviewing 2023). */
  year: number | null;
  /** The year its review part looks back on (一、2023年工作回顾 → 2023). */
  reviewYear: number | null;
  /** The year its plan part sets goals for (二、2024年主要目标任务 → 2024). */
  planYear: number | null;
}

/** Flags that override what the text says (--region, --level, --year). */
export interface IdentityOverrides {
  region?: string;
  level?: Level;
  year?: number;
}

export function identifyDocument(text: string, overrides: IdentityOverrides = {}): DocumentIdentity {
  const head = headOf(text);
  const opening = openingGovernment(head);
  const region = overrides.region ?? (namedInHead(head) || opening?.name || (opening?.suffix ? namedPlace(text, opening.suffix) : null));
  const level = overrides.level ?? (region ? levelOfName(region) : null) ?? (opening ? levelOfSuffix(opening.suffix) : null);
  // --year says which year the report is: it plans that year and reviews the one before.
  const { year, reviewYear, planYear } = readReportYears(text, overrides.year);
  return { region, level, year, reviewYear, planYear };
}

/** `--level` values, checked: national, provincial, city, county. */
export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

// A name: Chinese characters ending in a level suffix (四川省, 甘孜藏族自治州, 黄山区).
const SUFFIX_ALTERNATION = LEVEL_SUFFIXES.map((s) => s.suffix).join('|');
const GOVERNMENT_NAME = `[\\u4e00-\\u9fff]{1,12}?(?:${SUFFIX_ALTERNATION})`;

/**
 * Title and signature lines that name the government in full:
 * 2025年四川省政府工作报告 · 四川省人民政府省长 施小琳 · （2024年1月29日在杭州市第十四届人民代表大会…）.
 */
const HEAD_NAME_PATTERNS = [
  new RegExp(`^(?:\\d{4}年)?(${GOVERNMENT_NAME})(?:人民)?政府工作报告`, 'm'),
  new RegExp(`(${GOVERNMENT_NAME})人民政府(?:${[...SPEAKER_POSTS, '代理'].join('|')})`),
  new RegExp(`在(${GOVERNMENT_NAME})第[一二三四五六七八九十]+届人民代表大会`),
] as const;

/** 国务院总理 李强 · 在第十四届全国人民代表大会 — the national report. */
const NATIONAL_PATTERN = /国务院总理|在第[一二三四五六七八九十]+届全国人民代表大会|我代表国务院/;

function namedInHead(head: string): string | null {
  if (NATIONAL_PATTERN.test(head)) return NATIONAL_GOVERNMENT;
  for (const pattern of HEAD_NAME_PATTERNS) {
    const m = pattern.exec(head);
    if (m && isPlausibleName(m[1])) return m[1];
  }
  return null;
}

/**
 * 现在，我代表州人民政府 → the suffix 州 (the level) and no name; 我代表四川省人民政府 → both;
 * 我代表市政府 and 我代表州第十四届人民政府 too.
 */
function openingGovernment(head: string): { name: string | null; suffix: string } | null {
  const m = new RegExp(`我代表([\\u4e00-\\u9fff]{0,12}?)(${SUFFIX_ALTERNATION})?(?:第[一二三四五六七八九十]+届)?(?:人民)?政府`).exec(head);
  if (!m || !m[2]) return null;
  const name = m[1] ? m[1] + m[2] : null;
  return { name: name && isPlausibleName(name) ? name : null, suffix: m[2] };
}

/**
 * The government of a report whose opening gave only its level (我代表市人民政府): the place of
 * the code list with that suffix that the text names most (哈尔滨, 28 times); failing that, the
 * stem the text repeats most before the suffix (see mostNamedPlace).
 */
function namedPlace(text: string, suffix: string): string | null {
  const place = mostNamedOf(text, suffix);
  return place ? nameInText(place, text) : mostNamedPlace(text, suffix);
}

/**
 * The place a report keeps naming, for an opening that gave only its level: among the names
 * written with that suffix (甘孜州, once), the one whose stem the text repeats most (甘孜, 40
 * times: 圣洁甘孜, 美丽甘孜…). A stem is two characters, grown leftwards while every use of it
 * has the same character before it (尔滨 → 哈尔滨). Returns null when no stem repeats.
 */
// 完成州十三届人大…, 和州委, 州级, 州县: here 州 opens an abbreviation (州人大, 州委), it ends no name.
const ABBREVIATION_AFTER = /[委人政级内外直属第十一二三四五六七八九两各域情县乡镇际]/;

export function mostNamedPlace(text: string, suffix: string): string | null {
  const counts = new Map<string, number>();
  for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
    if (ABBREVIATION_AFTER.test(text[at + suffix.length] ?? '')) continue;
    const stem = text.slice(at - 2, at);
    if (stem.length < 2 || !isStem(stem) || counts.has(stem)) continue;
    counts.set(stem, countOf(text, stem));
  }
  let best: string | null = null;
  for (const [stem, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = stem;
  return best === null ? null : growStem(text, best) + suffix;
}

function growStem(text: string, stem: string): string {
  while (stem.length < 4) {
    const before = new Map<string, number>();
    let total = 0;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1), total++) {
      const ch = text[at - 1] ?? '';
      before.set(ch, (before.get(ch) ?? 0) + 1);
    }
    const [ch, n] = [...before].sort((a, b) => b[1] - a[1])[0];
    if (n < total || !isStem(ch)) return stem;
    stem = ch + stem;
  }
  return stem;
}

function isStem(s: string): boolean {
  return /^[\u4e00-\u9fff]+$/.test(s) && ![...s].some((ch) => NOT_A_NAME_CHARS.includes(ch));
}

function isPlausibleName(name: string): boolean {
  const stem = LEVEL_SUFFIXES.reduce((n, s) => (n.endsWith(s.suffix) ? n.slice(0, -s.suffix.length) : n), name);
  return stem.length >= 2 || (stem.length === 1 && !NOT_A_NAME_CHARS.includes(stem));
}

function countOf(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/**
 * 四川省 → provincial, 北京市 → provincial, 甘孜藏族自治州 → city, 黄山区 → county, 国务院 → national;
 * a place of the code list has its own level there (天门市, a county-level city → county).
 */
export function levelOfName(name: string): Level | null {
  if (name === NATIONAL_GOVERNMENT || name === '中华人民共和国') return 'national';
  const known = placeCalled(name);
  if (known) return known.level;
  if ((MUNICIPALITIES as readonly string[]).includes(name)) return 'provincial';
  const entry = LEVEL_SUFFIXES.find((s) => name.endsWith(s.suffix));
  return entry ? entry.level : null;
}

function levelOfSuffix(suffix: string): Level | null {
  return LEVEL_SUFFIXES.find((s) => s.suffix === suffix)?.level ?? null;
}

/**
 * A key to find one government under its several names: 甘孜藏族自治州 and 甘孜州 → 甘孜州;
 * 峨边彝族自治县 → 峨边县. Provinces keep their full name (广西壮族自治区).
 */
export function regionKey(region: string): string {
  const m = AUTONOMOUS_NAME.exec(region);
  return m ? m[1] + m[2] : region;
}

// 黔东南苗族侗族自治州 → 黔东南, 州 (the nationalities cut off by name, not by length)
const AUTONOMOUS_NAME = new RegExp(`^([\\u4e00-\\u9fff]{2,}?)(?:(?:${NATIONALITIES.join('|')})族)+自治(州|县|旗)$`);
