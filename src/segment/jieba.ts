// nodejieba behind the core's Segmenter interface. Nothing is loaded until the first call.
// The word list is a trimmed one (built by scripts/build-dict.mjs: 16k words, ~30 ms to load,
// against ~0.6 s for the full 349k); nodejieba holds one per process.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SEGMENTER_WORDS } from '../core/lexicon/cues.js';
import type { Segmenter, TaggedWord } from '../core/types.js';

interface NodeJieba {
  load(dict?: Record<string, string>): void;
  tag(text: string): TaggedWord[];
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string): string[];
  insertWord(word: string, tag?: string): boolean;
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
}

let jieba: NodeJieba | null = null;
let loaded = false;

/** dist/dict beside the built module, or from the sources (tests run them directly). */
const smallDictDir = ['../dict/', '../../dist/dict/']
  .map((rel) => new URL(rel, import.meta.url).pathname)
  .find((dir) => existsSync(`${dir}jieba.small.utf8`));

function module(): NodeJieba {
  if (!jieba) jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
  return jieba;
}

/**
 * One word list for extraction, keyword matching and summary keywords, so that a claim's
 * indicator never depends on which command ran: the trimmed list when it was built, else the
 * full one. (Summary keywords once loaded the full list with jieba's idf weights: 3 s and
 * 250 MB more; they are weighed against ./background.ts instead.)
 */
function ready(): NodeJieba {
  const j = module();
  if (!loaded) {
    const dictDir = j.DEFAULT_DICT.slice(0, j.DEFAULT_DICT.lastIndexOf('/') + 1);
    j.load({
      dict: smallDictDir ? `${smallDictDir}jieba.small.utf8` : j.DEFAULT_DICT,
      hmmDict: j.DEFAULT_HMM_DICT,
      userDict: j.DEFAULT_USER_DICT,
      // keyword extraction is not used: nodejieba still wants the two files
      idfDict: smallDictDir ? `${smallDictDir}idf.tiny.utf8` : `${dictDir}idf.utf8`,
      stopWordDict: smallDictDir ? `${smallDictDir}stop.tiny.utf8` : `${dictDir}stop_words.utf8`,
    });
    // words of the reports that jieba's dictionary lacks or splits, as the parts of speech they are
    for (const { word, tag } of SEGMENTER_WORDS) j.insertWord(word, tag);
    loaded = true;
  }
  return j;
}

/** The word list alone: tagging, cutting, keyword matching. */
const words = () => ready();

/**
 * Tags of the texts tagged lately: a claim's indicator, clause and sentence are tagged by
 * several rules (indicator trimming, sector word bounds), and the claims of one sentence share
 * its clauses; about half the calls on a report repeat a text. Cleared when full, so memory
 * stays bounded on any corpus. Callers never change the arrays they are given.
 */
const recentTags = new Map<string, TaggedWord[]>();
const RECENT_TAGS_MAX = 2048;

export const jiebaSegmenter: Segmenter = {
  tag: (text) => {
    if (!text) return [];
    let tags = recentTags.get(text);
    if (!tags) {
      if (recentTags.size >= RECENT_TAGS_MAX) recentTags.clear();
      tags = words().tag(text);
      recentTags.set(text, tags);
    }
    return tags;
  },
};

export function cutWords(text: string): string[] {
  return text ? words().cut(text) : [];
}

/** The dictionary words inside a text, overlapping (新能源 → 能源, 新能源): whole-word `--keyword` matching. */
export function cutForSearch(text: string): string[] {
  return text ? words().cutForSearch(text) : [];
}

/**
 * The words of a text with the words the dictionary lacks found by jieba's HMM (甘孜州, 康定,
 * 川藏): what a report's keywords are made of (./keywords.ts).
 */
export function cutNewWords(text: string): string[] {
  return text ? words().cut(text, true) : [];
}
