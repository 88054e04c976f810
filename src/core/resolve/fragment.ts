// A fragment is an "indicator" that names nothing: a cue word, a qualifier, a unit, a verb or
// adverb alone, a pronoun, a scope (以上, 左右, 其中, 加快, 占全省, 新台阶, /月). The extractor
// never chooses one when another reading exists, and `npm run score` counts what is left.
import { NOMINAL_VERBS, NON_CONTENT_WORDS } from '../lexicon/cues.js';
import { COUNTED_NOUN_UNITS, UNIT_SPELLINGS } from '../lexicon/units.js';
import type { Segmenter } from '../types.js';
import { ONE_CHARACTER_THINGS } from './indicator/index.js';
import { matchSector } from './sector.js';

const NON_CONTENT = new Set<string>([...NON_CONTENT_WORDS, ...UNIT_SPELLINGS.filter((u) => !(COUNTED_NOUN_UNITS as readonly string[]).includes(u))]);
/** Cue words of two characters or more, longest first (新台阶 goes whole, not as 新 + 台阶). */
const STRIPPABLE = NON_CONTENT_WORDS.filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);

/** Part-of-speech tags of words that name things: nouns, names, nominal verbs, abbreviations. */
const NAMING_TAGS = /^(?:n|nr|nr[a-z]+|ns|nt|nz|ng|vn|an|eng|j|l|i|x|zg|s)$/;

/**
 * Last characters that make a head noun whatever jieba tags them (退出率, 首位度, 联防所, 泵站):
 * rates, amounts and places; lists (清单, 名单: jieba tags 清单 an adjective); visits and trips counted
 * after what was done (参与人次, 起降架次: the unit 人次 alone stays a fragment).
 */
const NOMINAL_SUFFIX = /(?:[率度量额数值比价费款金品物者员人户家所站点场区园村镇乡县市路桥线网房楼馆校院厂库池塔车船仓沟社街城港口田林地例头带片单]|[人架班车频批]次)$/;


/** Punctuation, digits and brackets say nothing about what is measured. */
const NOISE = /[\s\p{P}\p{S}0-9]/gu;

/**
 * True when `indicator` names nothing. Cue words, scope, pronouns and light verbs are taken
 * off both ends; what is left must be more than a cue word, a unit or one character (except
 * the countable 县, 村, 户…), and name a thing: hold a sector keyword (预算, 学位, 充电桩), end
 * in a nominal suffix (退出率, 泵站) or a verb that names a quantity (收入), or hold a word the
 * segmenter tags as a noun or name.
 * Examples: 占全省, 以上, 加快打造, 新台阶, /月 → true; 项目, 亩产, 一般公共预算收入 → false.
 */
export function isFragment(indicator: string, segmenter?: Segmenter): boolean {
  if (!segmenter) return fragmentTest(indicator);
  // a report asks about the same phrases again and again: remember the answers (bounded)
  let answers = seen.get(segmenter);
  if (!answers) seen.set(segmenter, (answers = new Map()));
  let known = answers.get(indicator);
  if (known === undefined) {
    if (answers.size > 50_000) answers.clear();
    known = fragmentTest(indicator, segmenter);
    answers.set(indicator, known);
  }
  return known;
}
const seen = new WeakMap<Segmenter, Map<string, boolean>>();

function fragmentTest(indicator: string, segmenter?: Segmenter): boolean {
  const clean = indicator.replace(NOISE, '');
  let rest = clean;
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const w of STRIPPABLE) {
      if (rest.length > w.length && (rest.startsWith(w) || rest.endsWith(w))) {
        rest = rest.startsWith(w) ? rest.slice(w.length) : rest.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  // 仅此一项(五年增加489亿元), 此项, 这些: a pronoun pointing back names nothing by itself
  if (/^(?:仅|只|光|单)?(?:此|这|该|其)(?:[一两]?[项个条类些部分方面])?(?:就)?$/.test(rest)) return true;
  // 人均每年(增长10%左右): per head of no one names nothing
  if (/^(?:又|再|还)?人均(?:每[年月日])?$/.test(rest)) return true;
  // (最低工资标准调整到每月1650元、)每小时(16元): per unit of time of nothing names nothing either
  if (/^每(?:小时|天|日|周|月|年|季度)$/.test(rest)) return true;
  // 县 is a unit of counts (8县) and a thing counted (12个县): the thing wins
  if (!rest || (NON_CONTENT.has(rest) && !ONE_CHARACTER_THINGS.test(rest))) return true;
  // 重点街, 首位度, 税占比: a nominal head at the end names a thing once a cue is taken off
  if (NOMINAL_SUFFIX.test(clean) || NOMINAL_VERBS.test(clean) || (rest.length >= 2 && NOMINAL_SUFFIX.test(rest))) return false;
  if (rest.length === 1) return !ONE_CHARACTER_THINGS.test(rest);
  const keyword = matchSector(rest);
  if (keyword && keyword.length >= 2) return false;
  if (!segmenter) return false;
  // a naming word anywhere: 低质低效林改造 names the forest it works on; 规模扩大, 加快打造 name nothing
  return !segmenter
    .tag(rest)
    .some(({ word, tag }) => NAMING_TAGS.test(tag) && !NON_CONTENT.has(word) && (word.length >= 2 || tag !== 'x'));
}
